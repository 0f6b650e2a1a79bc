/**
 * Reading the sharing records (DOMAIN §4): requests, overdue requests, grants and daily usage, each
 * limited to the records whose provider or consumer the viewer may read, paged by the one helper.
 * The writes are in sharing.service.ts, the analysts' questions in sharing-analytics.service.ts.
 */
import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { SharingGrantState, SharingRequestStatus } from "./sharing.enums";
import { SharingGrant } from "./sharing-grant.entity";
import { SharingRequest } from "./sharing-request.entity";
import { SharingUsageRecord } from "./sharing-usage.entity";
import { maySeeSharing, SharingLoaders } from "./sharing.loaders";
import { sharingMessages } from "./sharing.messages";
import { checkedPeriod } from "./sharing.service";
import type { SharingGrantFilter, SharingRequestFilter } from "./sharing.types";

/** Rows whose provider or consumer the viewer may read (no condition for district readers). */
function scoped<T extends { andWhere: (sql: string, params?: Record<string, unknown>) => T }>(ctx: RequestContext, query: T, alias: string): T {
  const scope = unitScopeCondition(ctx.viewer, "su.path");
  if (!scope) return query;
  const readable = `(SELECT su.id FROM units su WHERE ${scope.where})`;
  return query.andWhere(`(${alias}.providerUnitId IN ${readable} OR ${alias}.consumerUnitId IN ${readable})`, scope.params);
}

export async function findSharingRequests(ctx: RequestContext, filter: SharingRequestFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(SharingRequest, "r");
  scoped(ctx, query, "r");
  if (filter.providerUnitId != null)
    query.andWhere("r.providerUnitId = :provider", { provider: rowIdOf("Unit", filter.providerUnitId, "filter.providerUnitId") });
  if (filter.consumerUnitId != null)
    query.andWhere("r.consumerUnitId = :consumer", { consumer: rowIdOf("Unit", filter.consumerUnitId, "filter.consumerUnitId") });
  if (filter.resourceId != null) query.andWhere("r.resourceId = :resource", { resource: rowIdOf("DataResource", filter.resourceId, "filter.resourceId") });
  if (filter.statuses?.length) query.andWhere("r.status IN (:...statuses)", { statuses: filter.statuses });
  query.orderBy("r.requestedAt", "DESC").addOrderBy("r.id", "DESC");
  return paginateQuery(query, page);
}

/** Pending requests past their due day, per provider (by provider, then the longest overdue first). */
export async function findOverdueSharingRequests(ctx: RequestContext, providerUnitId: string | undefined, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager
    .createQueryBuilder(SharingRequest, "r")
    .where("r.status = :pending AND r.decisionDueOn < :today", { pending: SharingRequestStatus.PENDING, today: ctx.today() });
  scoped(ctx, query, "r");
  if (providerUnitId != null) query.andWhere("r.providerUnitId = :provider", { provider: rowIdOf("Unit", providerUnitId, "providerUnitId") });
  query.orderBy("r.providerUnitId", "ASC").addOrderBy("r.decisionDueOn", "ASC").addOrderBy("r.id", "ASC");
  return paginateQuery(query, page);
}

export async function findSharingGrants(ctx: RequestContext, filter: SharingGrantFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(SharingGrant, "g");
  scoped(ctx, query, "g");
  if (filter.providerUnitId != null)
    query.andWhere("g.providerUnitId = :provider", { provider: rowIdOf("Unit", filter.providerUnitId, "filter.providerUnitId") });
  if (filter.consumerUnitId != null)
    query.andWhere("g.consumerUnitId = :consumer", { consumer: rowIdOf("Unit", filter.consumerUnitId, "filter.consumerUnitId") });
  const today = ctx.today();
  if (filter.state === SharingGrantState.REVOKED) query.andWhere("g.revokedAt IS NOT NULL");
  if (filter.state === SharingGrantState.EXPIRED) query.andWhere("g.revokedAt IS NULL AND g.expiresOn < :today", { today });
  if (filter.state === SharingGrantState.ACTIVE) query.andWhere("g.revokedAt IS NULL AND (g.expiresOn IS NULL OR g.expiresOn >= :today)", { today });
  query.orderBy("g.grantedAt", "DESC").addOrderBy("g.id", "DESC");
  return paginateQuery(query, page);
}

/** A grant's daily usage in a period, by day. */
export async function findSharingUsage(ctx: RequestContext, grantId: string, from: string, to: string, page: ConnectionArgs) {
  requireSignedIn(ctx);
  checkedPeriod(from, to);
  const grant = await ctx.loaders(SharingLoaders).grantById.load(rowIdOf("SharingGrant", grantId, "grantId"));
  if (!grant || !(await maySeeSharing(ctx, grant))) throw new CatalogError(CommonErrorCode.NOT_FOUND, sharingMessages.grantNotFound, { field: "grantId" });
  const query = ctx.manager
    .createQueryBuilder(SharingUsageRecord, "u")
    .where("u.grantId = :grant AND u.usageDate >= :from AND u.usageDate <= :to", { grant: grant.id, from, to })
    .orderBy("u.usageDate", "ASC");
  return paginateQuery(query, page);
}
