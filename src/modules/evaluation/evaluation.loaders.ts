import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import type { Ordering, PageWindow } from "../../common/pagination";
import { plainRows } from "../../common/plain-rows";
import { type NestedList, windowRows } from "../../common/window-rows";
import { OrganisationLoaders } from "../organisation";
import {
  EvaluationEvidence,
  EvaluationIndicator,
  EvaluationManualScore,
  EvaluationResult,
  EvaluationRun,
  EvaluationScheme,
  EvaluationScore,
} from "./evaluation.entity";
import { EvaluationRunStatus } from "./evaluation.enums";
import { mayReadResult } from "./evaluation.policy";

/** A score's evidence, by type then row (keyset cursors); `column` names the table's column in the windowed statement. */
export const scoreEvidenceOrder: Ordering = {
  list: "evaluationEvidence",
  keys: [
    { column: "record_type", property: "recordType" },
    { column: "record_id", property: "recordId" },
  ],
};
/** The evidence table is narrow (its primary key is every column): its ranked rows are the page. */
const scoreEvidence: NestedList = { table: "evaluation_evidence", parentColumns: ["result_id", "indicator_id"], keys: scoreEvidenceOrder.keys, rowId: null };

/** The evaluation module's per-request loaders: one `IN (…)` statement per level of a page. */
export class EvaluationLoaders {
  private readonly evidenceWindows = new Map<string, DataLoader<string, EvaluationEvidence[]>>();

  constructor(private readonly ctx: RequestContext) {}

  readonly schemeById = new DataLoader<number, EvaluationScheme | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(EvaluationScheme, { id: In([...ids]) }), (s) => s.id),
  );

  readonly indicatorById = new DataLoader<number, EvaluationIndicator | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(EvaluationIndicator, { id: In([...ids]) }), (i) => i.id),
  );

  readonly indicatorsOf = new DataLoader<number, EvaluationIndicator[]>(async (ids) =>
    groupedByKey(ids, await this.ctx.manager.find(EvaluationIndicator, { where: { schemeId: In([...ids]) }, order: { position: "ASC" } }), (i) => i.schemeId),
  );

  readonly manualScoreById = new DataLoader<number, EvaluationManualScore | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(EvaluationManualScore, { id: In([...ids]) }), (m) => m.id),
  );

  readonly runById = new DataLoader<number, EvaluationRun | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(EvaluationRun, { id: In([...ids]) }), (r) => r.id),
  );

  readonly resultById = new DataLoader<number, EvaluationResult | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(EvaluationResult, { id: In([...ids]) }), (r) => r.id),
  );

  /** The units without a CDO in office listed in each run. */
  readonly unscoredOf = new DataLoader<number, EvaluationResult[]>(async (ids) =>
    groupedByKey(
      ids,
      await this.ctx.manager
        .createQueryBuilder(EvaluationResult, "r")
        .where("r.runId IN (:...ids) AND r.rank IS NULL", { ids: [...ids] })
        .orderBy("r.position", "ASC")
        .getMany(),
      (r) => r.runId,
    ),
  );

  /** Each result's scores, in the scheme's indicator order. */
  readonly scoresOf = new DataLoader<number, EvaluationScore[]>(async (ids) =>
    groupedByKey(
      ids,
      await this.ctx.manager
        .createQueryBuilder(EvaluationScore, "s")
        .innerJoin(EvaluationIndicator, "i", "i.id = s.indicatorId")
        .where("s.resultId IN (:...ids)", { ids: [...ids] })
        .orderBy("s.resultId", "ASC")
        .addOrderBy("i.position", "ASC")
        .getMany(),
      (s) => s.resultId,
    ),
  );

  /** A window of the records behind each score ("resultId:indicatorId"), by type then row: one statement for all the scores of a page. */
  evidenceOf(window: PageWindow): DataLoader<string, EvaluationEvidence[]> {
    let loader = this.evidenceWindows.get(window.key);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const scores = keys.map((key) => key.split(":").map(Number));
        const rows = await windowRows(this.ctx.manager, plainRows(this.ctx.dataSource, EvaluationEvidence), scoreEvidence, scores, window, { perParent: true });
        return groupedByKey(keys, rows, (e) => `${e.resultId}:${e.indicatorId}`);
      });
      this.evidenceWindows.set(window.key, loader);
    }
    return loader;
  }

  /** How many records are behind each score ("resultId:indicatorId"): one statement for all the scores of a page. */
  readonly evidenceCountOf = new DataLoader<string, number>(async (keys) => {
    const resultIds = [...new Set(keys.map((key) => Number(key.split(":")[0])))];
    const rows = await this.ctx.manager
      .createQueryBuilder(EvaluationEvidence, "e")
      .select("e.resultId", "result_id")
      .addSelect("e.indicatorId", "indicator_id")
      .addSelect("COUNT(*)", "count")
      .where("e.resultId IN (:...resultIds)", { resultIds })
      .groupBy("e.resultId")
      .addGroupBy("e.indicatorId")
      .getRawMany<{ result_id: number | string; indicator_id: number | string; count: number | string }>();
    const counts = new Map(rows.map((row) => [`${Number(row.result_id)}:${Number(row.indicator_id)}`, Number(row.count)]));
    return keys.map((key) => counts.get(key) ?? 0);
  });

  /** A unit's result in the latest published run of a year ("unitId:year"), for `Unit.evaluation`. */
  readonly publishedResultOf = new DataLoader<string, EvaluationResult | null>(async (keys) => {
    const unitIds = [...new Set(keys.map((k) => Number(k.split(":")[0])))];
    const years = [...new Set(keys.map((k) => Number(k.split(":")[1])))];
    const rows = await this.ctx.manager
      .createQueryBuilder(EvaluationResult, "r")
      .innerJoin(EvaluationRun, "n", "n.id = r.runId")
      .addSelect("n.year", "run_year")
      .where("r.unitId IN (:...unitIds) AND n.year IN (:...years) AND n.status = :published", { unitIds, years, published: EvaluationRunStatus.PUBLISHED })
      .orderBy("n.publishedAt", "DESC")
      .addOrderBy("n.id", "DESC")
      .getRawAndEntities();
    const latest = new Map<string, EvaluationResult>();
    rows.entities.forEach((result, i) => {
      const key = `${result.unitId}:${Number((rows.raw[i] as { run_year: number }).run_year)}`;
      if (!latest.has(key)) latest.set(key, result);
    });
    return keys.map((k) => latest.get(k) ?? null);
  });
}

/** Results (or manual scores) only for those who may read the unit's result (mayReadResult); anyone else gets null. */
export async function readableResults<T extends EvaluationResult | EvaluationManualScore>(
  ctx: RequestContext,
  records: readonly (T | null | Error)[],
): Promise<(T | null)[]> {
  const present = (r: T | null | Error): r is T => r !== null && !(r instanceof Error);
  const units = await ctx.loaders(OrganisationLoaders).unitById.loadMany(records.map((r) => (present(r) ? r.unitId : 0)));
  return records.map((r, i) => {
    const unit = units[i];
    return present(r) && unit && !(unit instanceof Error) && mayReadResult(ctx.viewer, unit.path) ? r : null;
  });
}

/** The module's records as `node(id)` finds them: schemes, indicators and runs for anyone with a role; results and manual scores in result scope. */
export const evaluationNodeTypes = [
  nodeType(EvaluationScheme, "EvaluationScheme", async (ctx, ids) => {
    requireSignedIn(ctx);
    return ctx.loaders(EvaluationLoaders).schemeById.loadMany(ids) as Promise<(EvaluationScheme | null)[]>;
  }),
  nodeType(EvaluationIndicator, "EvaluationIndicator", async (ctx, ids) => {
    requireSignedIn(ctx);
    return ctx.loaders(EvaluationLoaders).indicatorById.loadMany(ids) as Promise<(EvaluationIndicator | null)[]>;
  }),
  nodeType(EvaluationRun, "EvaluationRun", async (ctx, ids) => {
    requireSignedIn(ctx);
    return ctx.loaders(EvaluationLoaders).runById.loadMany(ids) as Promise<(EvaluationRun | null)[]>;
  }),
  nodeType(EvaluationResult, "EvaluationResult", async (ctx, ids) => {
    requireSignedIn(ctx);
    return readableResults(ctx, await ctx.loaders(EvaluationLoaders).resultById.loadMany(ids));
  }),
  nodeType(EvaluationManualScore, "EvaluationManualScore", async (ctx, ids) => {
    requireSignedIn(ctx);
    return readableResults(ctx, await ctx.loaders(EvaluationLoaders).manualScoreById.loadMany(ids));
  }),
];
