import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { DateTimeResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { AccessRole } from "../../common/auth";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { Person, Unit } from "../organisation";
import { AccountKind } from "./access.enums";
import { ApiToken } from "./api-token.entity";
import { UserAccount } from "./user-account.entity";
import { validationMessage } from "../../common/i18n";
import { AccessMessages } from "./access.messages";

export const UserAccountConnection = ConnectionType("UserAccount", UserAccount);

@ObjectType({ description: "A signed-in session's tokens: a short-lived access token and the refresh token that renews it." })
export class LoginPayload {
  @Field({ description: "Send as `Authorization: Bearer <accessToken>`." })
  accessToken!: string;

  @Field(() => DateTimeResolver, { description: "When the access token expires (ACCESS_TOKEN_TTL_SECONDS): refresh before then." })
  expiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      "Opaque; exchange it once with `refreshSession` for a new access and refresh token. Keep it secret: a refresh token used twice ends the whole session.",
  })
  refreshToken!: string | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "When the refresh token expires unused (SESSION_IDLE_SECONDS, never past the session's end, SESSION_MAX_AGE_SECONDS after sign-in).",
  })
  refreshTokenExpiresAt!: Date | null;

  @Field(() => UserAccount, { description: "The signed-in account." })
  account!: UserAccount;
}

@ObjectType({ description: "A unit-scoped role the viewer holds through an active appointment." })
export class UnitRoleGrant {
  @Field(() => AccessRole, { description: "UNIT_CDO (首席数据官) or DATA_SPECIALIST (数据专员)." })
  role!: AccessRole;

  @Field(() => Unit, { description: "The unit the role is held on; it covers the unit's subordinate units too." })
  unit!: Unit;
}

@ObjectType({ description: "The signed-in caller: account, roles and unit scope." })
export class Me {
  @Field(() => UserAccount, { description: "The caller's account." })
  account!: UserAccount;

  @Field(() => Person, { nullable: true, description: "The person (人员) the account belongs to; null for service accounts and unlinked accounts." })
  person!: Person | null;

  @Field(() => [AccessRole], { description: "Granted roles and the roles of active appointments." })
  roles!: AccessRole[];

  @Field(() => [UnitRoleGrant], { description: "Units the caller acts for (each covers its subordinate units too)." })
  units!: UnitRoleGrant[];
}

@ObjectType({ description: "A newly issued API token: its secret (shown once) and its record." })
export class IssuedApiToken {
  @Field({ description: "The secret, shown this once: store it now. Send as `Authorization: Bearer <token>`." })
  token!: string;

  @Field(() => ApiToken, { description: "The token's record (name, prefix, expiry), as listed later." })
  apiToken!: ApiToken;
}

@InputType({ description: "A new sign-in account (district administrators)." })
export class CreateAccountInput {
  @Field({ description: "Lower-case letters, digits, '.', '-' and '_'." })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, { message: validationMessage(AccessMessages.usernameFormat) })
  username!: string;

  @Field(() => AccountKind, { defaultValue: AccountKind.PERSON, description: "PERSON (signs in) or SERVICE (calls with API tokens)." })
  kind!: AccountKind;

  @Field(() => String, { nullable: true, description: "At least 10 characters. Leave out for single-sign-on-only users and service accounts." })
  @IsOptional()
  @Length(10, 200)
  password?: string | null;

  @Field(() => ID, { nullable: true, description: "The person the account belongs to: roles follow their appointments." })
  @IsOptional()
  personId?: string | null;

  @Field({ nullable: true, defaultValue: false, description: "Grant district administration (区数字政府建设工作领导小组办公室): everything, district-wide." })
  @IsOptional()
  districtAdministrator?: boolean;

  @Field({ nullable: true, defaultValue: false, description: "Grant the analyst role: read-only across all units, without personal information." })
  @IsOptional()
  analyst?: boolean;
}

@InputType({ description: "Your current password and the new one." })
export class ChangePasswordInput {
  @Field({ description: "Your password now (checked against the sign-in limits)." })
  currentPassword!: string;

  @Field({ description: "At least 10 characters." })
  @Length(10, 200)
  newPassword!: string;
}

@InputType({ description: "Changes to an account; a field left out (or null) stays as it is." })
export class UpdateAccountInput {
  @Field(() => ID, { description: "Global ID of the account." })
  accountId!: string;

  @Field(() => ID, { nullable: true, description: "Link the account to this person (roles follow their appointments); null unlinks it." })
  @IsOptional()
  personId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Grant (true) or withdraw (false) district administration." })
  @IsOptional()
  districtAdministrator?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Grant (true) or withdraw (false) the analyst role." })
  @IsOptional()
  analyst?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "A disabled account's tokens stop working at once." })
  @IsOptional()
  disabled?: boolean | null;
}

@InputType({ description: "An API token for a service account." })
export class IssueApiTokenInput {
  @Field(() => ID, { description: "A service account." })
  accountId!: string;

  @Field({ description: "What the token is for, e.g. 共享交换平台同步 (1–128 characters)." })
  @Length(1, 128)
  name!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: "Default: never expires (revoke it instead)." })
  @IsOptional()
  expiresAt?: Date | null;
}

@ArgsType()
export class AccountsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Only usernames containing this text (at most 64 characters)." })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}
