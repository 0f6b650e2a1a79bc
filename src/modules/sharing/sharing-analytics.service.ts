import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { DataResource, ResourceStatus, SharingType } from "../inventory";
import { SharingRequestStatus } from "./sharing.enums";
import { SharingGrant } from "./sharing-grant.entity";
import { SharingRequest } from "./sharing-request.entity";
import { SharingUsageRecord } from "./sharing-usage.entity";
import { median, percentile } from "./sharing.policy";
import { checkedPeriod } from "./sharing.service";
import type { ProviderTurnaround, SharedResourceUsage, SharingMatrix, SharingMatrixCell } from "./sharing.types";

/**
 * The analysts' questions (DOMAIN §4): each answered with a fixed number of grouped statements,
 * whatever the number of units, requests or days — the cells are merged in memory and paged
 * with the one pagination helper.
 */

type Filterable = { andWhere: (sql: string, params?: Record<string, unknown>) => unknown };

/** Rows whose provider or consumer the viewer may read (no condition for district readers). */
function scopedPair<T extends Filterable>(ctx: RequestContext, query: T, providerColumn: string, consumerColumn: string): T {
  const scope = unitScopeCondition(ctx.viewer, "su.path");
  if (scope) {
    const readable = `(SELECT su.id FROM units su WHERE ${scope.where})`;
    query.andWhere(`(${providerColumn} IN ${readable} OR ${consumerColumn} IN ${readable})`, scope.params);
  }
  return query;
}

const n = (value: unknown) => Number(value ?? 0);

/** 共享矩阵: provider × consumer with request, grant and usage counts for the period (three grouped statements). */
export function sharingMatrix(ctx: RequestContext, from: string, to: string): SharingMatrix {
  requireSignedIn(ctx);
  checkedPeriod(from, to);
  let loaded: Promise<SharingMatrixCell[]> | undefined;
  const load = async (): Promise<SharingMatrixCell[]> => {
    const requests = scopedPair(
      ctx,
      ctx.manager
        .createQueryBuilder(SharingRequest, "r")
        .select("r.providerUnitId", "provider")
        .addSelect("r.consumerUnitId", "consumer")
        .addSelect("COUNT(*)", "requests")
        .addSelect(`SUM(CASE WHEN r.status = '${SharingRequestStatus.PENDING}' THEN 1 ELSE 0 END)`, "pending")
        .addSelect(`SUM(CASE WHEN r.status = '${SharingRequestStatus.REJECTED}' THEN 1 ELSE 0 END)`, "rejected")
        .where("r.requestedOn >= :from AND r.requestedOn <= :to", { from, to })
        .groupBy("r.providerUnitId")
        .addGroupBy("r.consumerUnitId"),
      "r.providerUnitId",
      "r.consumerUnitId",
    ).getRawMany();
    const grants = scopedPair(
      ctx,
      ctx.manager
        .createQueryBuilder(SharingGrant, "g")
        .select("g.providerUnitId", "provider")
        .addSelect("g.consumerUnitId", "consumer")
        .addSelect("COUNT(*)", "grants")
        .where("g.grantedOn >= :from AND g.grantedOn <= :to", { from, to })
        .groupBy("g.providerUnitId")
        .addGroupBy("g.consumerUnitId"),
      "g.providerUnitId",
      "g.consumerUnitId",
    ).getRawMany();
    const usage = scopedPair(
      ctx,
      ctx.manager
        .createQueryBuilder(SharingUsageRecord, "u")
        .select("u.providerUnitId", "provider")
        .addSelect("u.consumerUnitId", "consumer")
        .addSelect("SUM(u.callCount)", "calls")
        .addSelect("SUM(u.recordCount)", "records")
        .where("u.usageDate >= :from AND u.usageDate <= :to", { from, to })
        .groupBy("u.providerUnitId")
        .addGroupBy("u.consumerUnitId"),
      "u.providerUnitId",
      "u.consumerUnitId",
    ).getRawMany();
    const cells = new Map<string, SharingMatrixCell>();
    const cell = (row: { provider: unknown; consumer: unknown }) => {
      const key = `${n(row.provider)}|${n(row.consumer)}`;
      let found = cells.get(key);
      if (!found) {
        found = {
          providerUnitId: n(row.provider),
          consumerUnitId: n(row.consumer),
          requestCount: 0,
          pendingCount: 0,
          rejectedCount: 0,
          grantCount: 0,
          callCount: 0,
          recordCount: 0,
        };
        cells.set(key, found);
      }
      return found;
    };
    for (const row of await requests) Object.assign(cell(row), { requestCount: n(row.requests), pendingCount: n(row.pending), rejectedCount: n(row.rejected) });
    for (const row of await grants) cell(row).grantCount = n(row.grants);
    for (const row of await usage) Object.assign(cell(row), { callCount: n(row.calls), recordCount: n(row.records) });
    return [...cells.values()].sort((a, b) => a.providerUnitId - b.providerUnitId || a.consumerUnitId - b.consumerUnitId);
  };
  return { from, to, loadCells: () => (loaded ??= load()) };
}

/** 答复时效 per provider: decisions in the period (median, p90, late) and pending / overdue today (two statements). */
export async function sharingTurnaround(ctx: RequestContext, from: string, to: string): Promise<ProviderTurnaround[]> {
  requireSignedIn(ctx);
  checkedPeriod(from, to);
  const providerScope = unitScopeCondition(ctx.viewer, "su.path");
  const decided = ctx.manager
    .createQueryBuilder(SharingRequest, "r")
    .select("r.providerUnitId", "provider")
    .addSelect("r.decisionWorkingDays", "days")
    .addSelect(`CASE WHEN r.decidedOn > r.decisionDueOn THEN 1 ELSE 0 END`, "late")
    .where("r.decidedOn >= :from AND r.decidedOn <= :to AND r.grantedAtOnce = :atOnce AND r.status <> :pending", {
      from,
      to,
      atOnce: false,
      pending: SharingRequestStatus.PENDING,
    });
  const pending = ctx.manager
    .createQueryBuilder(SharingRequest, "r")
    .select("r.providerUnitId", "provider")
    .addSelect("COUNT(*)", "pending")
    .addSelect("SUM(CASE WHEN r.decisionDueOn < :today THEN 1 ELSE 0 END)", "overdue")
    .where("r.status = :pending", { pending: SharingRequestStatus.PENDING, today: ctx.today() })
    .groupBy("r.providerUnitId");
  if (providerScope) {
    const readable = `r.providerUnitId IN (SELECT su.id FROM units su WHERE ${providerScope.where})`;
    decided.andWhere(readable, providerScope.params);
    pending.andWhere(readable, providerScope.params);
  }
  const [decisions, waiting] = await Promise.all([decided.getRawMany(), pending.getRawMany()]);
  const byProvider = new Map<number, { days: number[]; late: number; pending: number; overdue: number }>();
  const entry = (provider: unknown) => {
    const id = n(provider);
    let found = byProvider.get(id);
    if (!found) byProvider.set(id, (found = { days: [], late: 0, pending: 0, overdue: 0 }));
    return found;
  };
  for (const row of decisions) {
    const e = entry(row.provider);
    e.days.push(n(row.days));
    e.late += n(row.late);
  }
  for (const row of waiting) Object.assign(entry(row.provider), { pending: n(row.pending), overdue: n(row.overdue) });
  return [...byProvider.entries()]
    .sort(([a], [b]) => a - b)
    .map(([providerUnitId, e]) => ({
      providerUnitId,
      decidedCount: e.days.length,
      medianWorkingDays: median(e.days),
      p90WorkingDays: percentile(e.days, 90),
      decidedLateCount: e.late,
      pendingCount: e.pending,
      overdueCount: e.overdue,
    }));
}

/** Shareable published resources (无条件 or 有条件共享) that no unit has ever requested, by code. */
export function unrequestedShareableResources(ctx: RequestContext, providerUnitId: string | undefined, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager
    .createQueryBuilder(DataResource, "r")
    .where("r.status = :published AND r.sharingType <> :notShared", { published: ResourceStatus.PUBLISHED, notShared: SharingType.NOT_SHARED })
    .andWhere("NOT EXISTS (SELECT 1 FROM sharing_requests s WHERE s.resource_id = r.id)");
  if (providerUnitId != null) query.andWhere("r.providerUnitId = :provider", { provider: rowIdOf("Unit", providerUnitId, "providerUnitId") });
  query.orderBy("r.code", "ASC").addOrderBy("r.id", "ASC");
  return paginateQuery(query, page);
}

/** The most-used resources through sharing in a period: records exchanged, then calls (one grouped statement). */
export async function mostUsedSharedResources(ctx: RequestContext, from: string, to: string): Promise<SharedResourceUsage[]> {
  requireSignedIn(ctx);
  checkedPeriod(from, to);
  const rows = await scopedPair(
    ctx,
    ctx.manager
      .createQueryBuilder(SharingUsageRecord, "u")
      .select("u.resourceId", "resource")
      .addSelect("SUM(u.callCount)", "calls")
      .addSelect("SUM(u.recordCount)", "records")
      .addSelect("COUNT(DISTINCT u.consumerUnitId)", "consumers")
      .where("u.usageDate >= :from AND u.usageDate <= :to", { from, to })
      .groupBy("u.resourceId"),
    "u.providerUnitId",
    "u.consumerUnitId",
  ).getRawMany();
  return rows
    .map((row) => ({ resourceId: n(row.resource), callCount: n(row.calls), recordCount: n(row.records), consumerCount: n(row.consumers) }))
    .sort((a, b) => b.recordCount - a.recordCount || b.callCount - a.callCount || a.resourceId - b.resourceId);
}
