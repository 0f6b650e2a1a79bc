import { IsOptional, Length, Matches, MaxLength } from "class-validator";
import { DateTimeResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { AccessRole } from "../../common/auth";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { Person, Unit } from "../organisation";
import { AccountKind } from "./access.enums";
import { ApiToken } from "./api-token.entity";
import { UserAccount } from "./user-account.entity";

export const UserAccountConnection = ConnectionType("UserAccount", UserAccount);

@ObjectType()
export class LoginPayload {
  @Field({ description: "Send as `Authorization: Bearer <accessToken>`." })
  accessToken!: string;

  @Field(() => DateTimeResolver)
  expiresAt!: Date;

  @Field(() => UserAccount)
  account!: UserAccount;
}

@ObjectType({ description: "A unit-scoped role the viewer holds through an active appointment." })
export class UnitRoleGrant {
  @Field(() => AccessRole)
  role!: AccessRole;

  @Field(() => Unit)
  unit!: Unit;
}

@ObjectType({ description: "The signed-in caller: account, roles and unit scope." })
export class Me {
  @Field(() => UserAccount)
  account!: UserAccount;

  @Field(() => Person, { nullable: true })
  person!: Person | null;

  @Field(() => [AccessRole], { description: "Granted roles and the roles of active appointments." })
  roles!: AccessRole[];

  @Field(() => [UnitRoleGrant], { description: "Units the caller acts for (each covers its subordinate units too)." })
  units!: UnitRoleGrant[];
}

@ObjectType()
export class IssuedApiToken {
  @Field({ description: "The secret, shown this once: store it now. Send as `Authorization: Bearer <token>`." })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@InputType()
export class CreateAccountInput {
  @Field({ description: "Lower-case letters, digits, '.', '-' and '_'." })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, { message: "username must be 3–64 letters, digits, '.', '-' or '_'" })
  username!: string;

  @Field(() => AccountKind, { defaultValue: AccountKind.PERSON })
  kind!: AccountKind;

  @Field(() => String, { nullable: true, description: "At least 10 characters. Leave out for single-sign-on-only users and service accounts." })
  @IsOptional()
  @Length(10, 200)
  password?: string | null;

  @Field(() => ID, { nullable: true, description: "The person the account belongs to: roles follow their appointments." })
  @IsOptional()
  personId?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  districtAdministrator?: boolean;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  analyst?: boolean;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword!: string;

  @Field({ description: "At least 10 characters." })
  @Length(10, 200)
  newPassword!: string;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  personId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  districtAdministrator?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  analyst?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "A disabled account's tokens stop working at once." })
  @IsOptional()
  disabled?: boolean | null;
}

@InputType()
export class IssueApiTokenInput {
  @Field(() => ID, { description: "A service account." })
  accountId!: string;

  @Field()
  @Length(1, 128)
  name!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: "Default: never expires (revoke it instead)." })
  @IsOptional()
  expiresAt?: Date | null;
}

@ArgsType()
export class AccountsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}
