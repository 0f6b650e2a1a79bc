import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessRole, AuthorizedOperations, PUBLIC, SIGNED_IN } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { ConnectionArgs, ConnectionType, paginateList, PageArgs } from "../../common/pagination";
import { OrganisationLoaders, Person, Unit } from "../organisation";
import { AccessLoaders, apiTokenOrder } from "./access.loaders";
import * as access from "./access.service";
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
  @Mutation(() => LoginPayload, { description: "Signs in with a username and password; returns a short-lived access token." })
  async login(@Ctx() ctx: RequestContext, @Arg("username") username: string, @Arg("password") password: string): Promise<LoginPayload> {
    return access.login(ctx, username, password);
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
  @Mutation(() => LoginPayload, { description: "Changes your own password; access tokens issued before stop working." })
  changePassword(@Ctx() ctx: RequestContext, @Arg("input", () => ChangePasswordInput) input: ChangePasswordInput): Promise<LoginPayload> {
    return access.changePassword(ctx, input.currentPassword, input.newPassword);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Query(() => UserAccountConnection, { description: "Accounts (district administrators)." })
  accounts(@Ctx() ctx: RequestContext, @Args() { search, ...page }: AccountsArgs) {
    return access.findAccounts(ctx, search, page);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => UserAccount, { description: "Creates an account (district administrators)." })
  createAccount(@Ctx() ctx: RequestContext, @Arg("input", () => CreateAccountInput) input: CreateAccountInput) {
    return access.createAccount(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => UserAccount, { description: "Grants or withdraws roles, links a person, disables an account (district administrators)." })
  updateAccount(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateAccountInput) input: UpdateAccountInput) {
    return access.updateAccount(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => IssuedApiToken, { description: "Issues a long-lived API token to a service account; the secret is shown once." })
  issueApiToken(@Ctx() ctx: RequestContext, @Arg("input", () => IssueApiTokenInput) input: IssueApiTokenInput) {
    return access.issueApiToken(ctx, input.accountId, input.name, input.expiresAt ?? null);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => ApiToken, { description: "Revokes an API token at once." })
  revokeApiToken(@Ctx() ctx: RequestContext, @Arg("id", () => ID) id: string) {
    return access.revokeApiToken(ctx, id);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() account: UserAccount, @Ctx() ctx: RequestContext) {
    return account.personId === null ? null : ctx.loaders(OrganisationLoaders).personById.load(account.personId);
  }

  @FieldResolver(() => ApiTokenConnection, { description: "The account's API tokens: district administrators only, empty for everyone else." })
  apiTokens(@Root() account: UserAccount, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    return paginateList(page, apiTokenOrder, () => ctx.loaders(AccessLoaders).apiTokensOfAccount.load(account.id));
  }
}
