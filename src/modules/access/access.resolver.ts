import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessRole, AuthorizedOperations, PUBLIC, SIGNED_IN } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { ConnectionArgs, ConnectionType, paginateList, PageArgs } from "../../common/pagination";
import { OrganisationLoaders, Person, Unit } from "../organisation";
import { AccessLoaders, apiTokenOrder } from "./access.loaders";
import * as access from "./access.service";
import * as sessions from "./session.service";
import {
  AccountsArgs,
  ChangePasswordInput,
  CreateAccountInput,
  IssueApiTokenInput,
  IssuedApiToken,
  LoginPayload,
  Me,
  UpdateAccountInput,
  UserAccountConnection,
} from "./access.types";
import { ApiToken } from "./api-token.entity";
import { UserAccount } from "./user-account.entity";

const ApiTokenConnection = ConnectionType("ApiToken", ApiToken);

@AuthorizedOperations()
@Resolver(() => UserAccount)
export class AccessResolver {
  @Authorized(PUBLIC)
  @Mutation(() => LoginPayload, {
    description: "Signs in with a username and password: opens a session and returns a short-lived access token and a refresh token.",
  })
  async login(
    @Ctx() ctx: RequestContext,
    @Arg("username", { description: "The account's username (letters, digits, '.', '-', '_'; case and full-width forms are folded)." }) username: string,
    @Arg("password", { description: "The account's password." }) password: string,
  ): Promise<LoginPayload> {
    return access.login(ctx, username, password);
  }

  @Authorized(PUBLIC)
  @Mutation(() => LoginPayload, {
    description:
      "Exchanges a refresh token for a new access token and refresh token (the old one is retired). Errors: UNAUTHENTICATED with `extensions.reason` TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_REVOKED or TOKEN_REUSED (the session is ended: sign in again).",
  })
  refreshSession(
    @Ctx() ctx: RequestContext,
    @Arg("refreshToken", { description: "The refresh token from `login`, `changePassword` or the last `refreshSession`." }) refreshToken: string,
  ): Promise<LoginPayload> {
    return sessions.refreshSession(ctx, refreshToken);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Boolean, {
    description:
      "Signs out of this session: its access token and refresh token stop working. False when the token names no session (API tokens, single sign-on).",
  })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return sessions.signOut(ctx);
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => Int, {
    description: "Signs out of every session of your account (every access and refresh token issued to it); returns how many sessions ended.",
  })
  signOutEverywhere(@Ctx() ctx: RequestContext): Promise<number> {
    return sessions.signOutEverywhere(ctx);
  }

  @Authorized(PUBLIC)
  @Query(() => Me, { nullable: true, description: "The caller: account, roles and unit scope; null when not signed in." })
  async me(@Ctx() ctx: RequestContext): Promise<Me | null> {
    const account = ctx.viewer.account;
    if (!account) return null;
    const loaders = ctx.loaders(OrganisationLoaders);
    const units = await loaders.unitById.loadMany(ctx.viewer.unitRoles.map((r) => r.unitId));
    return {
      account: (await ctx.loaders(AccessLoaders).accountById.load(account.id))!,
      person: account.personId ? await loaders.personById.load(account.personId) : null,
      roles: ctx.viewer.roles,
      units: ctx.viewer.unitRoles.map((r, i) => ({ role: r.role, unit: units[i] as Unit })),
    };
  }

  @Authorized(SIGNED_IN)
  @Mutation(() => LoginPayload, { description: "Changes your own password; every session and access token issued before ends, and a new session starts." })
  changePassword(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ChangePasswordInput, { description: "Your current password and the new one." }) input: ChangePasswordInput,
  ): Promise<LoginPayload> {
    return access.changePassword(ctx, input.currentPassword, input.newPassword);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Query(() => UserAccountConnection, { description: "Accounts (district administrators)." })
  accounts(@Ctx() ctx: RequestContext, @Args() { search, ...page }: AccountsArgs) {
    return access.findAccounts(ctx, search, page);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => UserAccount, { description: "Creates an account (district administrators)." })
  createAccount(@Ctx() ctx: RequestContext, @Arg("input", () => CreateAccountInput, { description: "The new account." }) input: CreateAccountInput) {
    return access.createAccount(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => UserAccount, { description: "Grants or withdraws roles, links a person, disables an account (district administrators)." })
  updateAccount(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateAccountInput, { description: "The account and what to change (fields left out stay as they are)." }) input: UpdateAccountInput,
  ) {
    return access.updateAccount(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => IssuedApiToken, { description: "Issues a long-lived API token to a service account; the secret is shown once." })
  issueApiToken(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => IssueApiTokenInput, { description: "The service account, the token's name and its optional expiry." }) input: IssueApiTokenInput,
  ) {
    return access.issueApiToken(ctx, input.accountId, input.name, input.expiresAt ?? null);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => ApiToken, { description: "Revokes an API token at once." })
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "Global ID of the API token." }) id: string) {
    return access.revokeApiToken(ctx, id);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The person (人员) the account belongs to; null for service accounts and unlinked accounts." })
  person(@Root() account: UserAccount, @Ctx() ctx: RequestContext) {
    return account.personId === null ? null : ctx.loaders(OrganisationLoaders).personById.load(account.personId);
  }

  @FieldResolver(() => ApiTokenConnection, { description: "The account's API tokens: district administrators only, empty for everyone else." })
  apiTokens(@Root() account: UserAccount, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    return paginateList(page, apiTokenOrder, () => ctx.loaders(AccessLoaders).apiTokensOfAccount.load(account.id));
  }
}
