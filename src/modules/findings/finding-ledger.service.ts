import { In, IsNull } from "typeorm";
import { chunks } from "../../common/chunks";
import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { type ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { Unit } from "../organisation";
import { FindingOccurrence } from "./finding-occurrence.entity";
import type { FindingKind } from "./findings.enums";
import { findingMessages } from "./findings.messages";
import { currentFindings } from "./findings.service";

/** What one sweep changed. */
export interface FindingSweep {
  /** Occurrences opened by this sweep (a finding not open in the ledger). */
  raised: number;
  /** Open occurrences whose finding is gone. */
  resolved: number;
  /** Occurrences open after the sweep. */
  open: number;
}

/**
 * 问题台账 sweep (daily from the server, `npm run findings:record`, and after the demo load): opens an
 * occurrence for each current finding that has none open, and resolves the open ones whose finding
 * is gone, in one transaction. Idempotent: a second sweep with nothing changed changes nothing but
 * the open occurrences' lastSeenOn.
 */
export async function recordFindings(ctx: RequestContext): Promise<FindingSweep> {
  return withTransaction(ctx, async (tx) => {
    const { findings } = await currentFindings(tx);
    const today = tx.today();
    const now = tx.now();
    const open = await tx.manager.find(FindingOccurrence, { where: { resolvedOn: IsNull() }, order: { id: "ASC" } });
    const openKeys = new Set(open.map((o) => o.findingKey));
    const currentKeys = new Set(findings.map((f) => f.key));
    const gone = open.filter((o) => !currentKeys.has(o.findingKey)).map((o) => o.id);
    const still = open.filter((o) => currentKeys.has(o.findingKey)).map((o) => o.id);
    const fresh = findings
      .filter((f) => !openKeys.has(f.key))
      .map((f) =>
        tx.manager.create(FindingOccurrence, {
          findingKey: f.key,
          kind: f.kind,
          severity: f.severity,
          unitId: f.unitId,
          subjectRef: `${f.subjectType}:${f.subjectId}`,
          since: f.since,
          firstSeenOn: today,
          lastSeenOn: today,
          resolvedOn: null,
          openKey: f.key,
          createdAt: now,
          updatedAt: now,
        }),
      );
    for (const part of chunks(gone, ROWS_PER_STATEMENT))
      await tx.manager.update(FindingOccurrence, { id: In(part) }, { resolvedOn: today, openKey: null, updatedAt: now });
    for (const part of chunks(still, ROWS_PER_STATEMENT)) await tx.manager.update(FindingOccurrence, { id: In(part) }, { lastSeenOn: today });
    for (const part of chunks(fresh, ROWS_PER_STATEMENT)) await tx.manager.insert(FindingOccurrence, part);
    return { raised: fresh.length, resolved: gone.length, open: still.length + fresh.length };
  });
}

const ROWS_PER_STATEMENT = 500;

export interface FindingHistoryFilter {
  unitId?: string | null;
  includeDescendants?: boolean | null;
  kinds?: readonly FindingKind[] | null;
  /** true: only resolved; false: only open; absent: both. */
  resolved?: boolean | null;
}

/** 问题台账: occurrences within the viewer's units, the latest first. */
export async function findFindingHistory(ctx: RequestContext, filter: FindingHistoryFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(FindingOccurrence, "o").innerJoin(Unit, "u", "u.id = o.unitId");
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope) query.andWhere(scope.where, scope.params);
  if (filter.unitId) {
    const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", filter.unitId, "filter.unitId") });
    if (!unit || !ctx.viewer.canRead(unit.path)) throw new CatalogError(CommonErrorCode.NOT_FOUND, findingMessages.unitNotFound, { field: "filter.unitId" });
    if (filter.includeDescendants) query.andWhere("u.path LIKE :under", { under: `${unit.path}%` });
    else query.andWhere("o.unitId = :unitRowId", { unitRowId: unit.id });
  }
  if (filter.kinds?.length) query.andWhere("o.kind IN (:...kinds)", { kinds: [...filter.kinds] });
  if (filter.resolved === true) query.andWhere("o.resolvedOn IS NOT NULL");
  if (filter.resolved === false) query.andWhere("o.resolvedOn IS NULL");
  query.orderBy("o.firstSeenOn", "DESC").addOrderBy("o.id", "DESC");
  return paginateQuery(query, page);
}
