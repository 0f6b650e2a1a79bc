import { randomUUID } from "node:crypto";
import { In } from "typeorm";
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
import { findingsInBatches } from "./findings.service";

/** What one sweep changed. */
export interface FindingSweep {
  /** Occurrences opened by this sweep (a finding not open in the ledger). */
  raised: number;
  /** Open occurrences whose finding is gone. */
  resolved: number;
  /** Occurrences open after the sweep. */
  open: number;
}

/** Subjects whose findings one step of the sweep reads and compares with the ledger: what bounds its memory. */
const SWEEP_BATCH = 1000;

/**
 * 问题台账 sweep (daily from the server, `npm run findings:record`, and after the demo load): opens an
 * occurrence for each current finding that has none open, and resolves the open ones whose finding
 * is gone, in one transaction (a sweep that fails half-way leaves the ledger as it was; two at once
 * cannot both open a finding: open_key is unique). Idempotent: a second sweep with nothing changed
 * changes nothing but the open occurrences' lastSeenOn.
 *
 * Bounded in memory whatever the size of the catalog: the findings come in batches of `batchSize`
 * subjects (findingsInBatches), each compared with the open occurrences of its own keys, which are
 * marked seen by this sweep; what is still open and unmarked at the end is what this sweep did not
 * see, and is resolved in one statement.
 */
export async function recordFindings(ctx: RequestContext, { batchSize = SWEEP_BATCH }: { batchSize?: number } = {}): Promise<FindingSweep> {
  return withTransaction(ctx, async (tx) => {
    const today = tx.today();
    const now = tx.now();
    const sweep = randomUUID();
    let raised = 0;
    let seen = 0;
    for await (const batch of findingsInBatches(tx, batchSize))
      for (const findings of chunks(batch, ROWS_PER_STATEMENT)) {
        const open = await tx.manager
          .createQueryBuilder(FindingOccurrence, "o")
          .select("o.id", "id")
          .addSelect("o.openKey", "openKey")
          .where("o.openKey IN (:...keys)", { keys: findings.map((f) => f.key) })
          .getRawMany<{ id: number; openKey: string }>();
        if (open.length) await tx.manager.update(FindingOccurrence, { id: In(open.map((o) => Number(o.id))) }, { lastSeenOn: today, seenBySweep: sweep });
        const openKeys = new Set(open.map((o) => o.openKey));
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
              seenBySweep: sweep,
              createdAt: now,
              updatedAt: now,
            }),
          );
        if (fresh.length) await tx.manager.insert(FindingOccurrence, fresh);
        seen += open.length;
        raised += fresh.length;
      }
    const gone = await tx.manager
      .createQueryBuilder()
      .update(FindingOccurrence)
      .set({ resolvedOn: today, openKey: null, updatedAt: now })
      .where("resolvedOn IS NULL AND (seenBySweep IS NULL OR seenBySweep <> :sweep)", { sweep })
      .execute();
    const resolved = gone.affected ?? 0;
    return { raised, resolved, open: seen + raised };
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
