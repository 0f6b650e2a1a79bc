import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import type { Ordering } from "../../common/pagination";
import { requireDistrictAdministrator } from "../../common/auth";
import { apiTokensOf } from "./access.service";
import { ApiToken } from "./api-token.entity";
import { UserAccount } from "./user-account.entity";
import { AccessMessages } from "./access.messages";

/** An account's tokens, newest first (the order of apiTokensOf), for their keyset cursors. */
export const apiTokenOrder: Ordering = {
  list: "UserAccount.apiTokens",
  keys: [
    { column: "createdAt", property: "createdAt", descending: true },
    { column: "id", property: "id", descending: true },
  ],
};

export class AccessLoaders {
  constructor(private readonly ctx: RequestContext) {}

  readonly accountById = new DataLoader<number, UserAccount | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(UserAccount, { id: In([...ids]) }), (account) => account.id),
  );

  readonly apiTokenById = new DataLoader<number, ApiToken | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(ApiToken, { id: In([...ids]) }), (token) => token.id),
  );

  readonly apiTokensOfAccount = new DataLoader<number, ApiToken[]>(async (ids) =>
    groupedByKey(ids, await apiTokensOf(this.ctx, ids), (token) => token.accountId),
  );
}

/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const accessNodeTypes = [
  nodeType(UserAccount, "UserAccount", (ctx, ids) => {
    requireDistrictAdministrator(ctx, AccessMessages.readAccounts);
    return ctx.loaders(AccessLoaders).accountById.loadMany(ids) as Promise<(UserAccount | null)[]>;
  }),
  nodeType(ApiToken, "ApiToken", (ctx, ids) => {
    requireDistrictAdministrator(ctx, AccessMessages.readApiTokens);
    return ctx.loaders(AccessLoaders).apiTokenById.loadMany(ids) as Promise<(ApiToken | null)[]>;
  }),
];
