/** 履职评价的运行: scoring every unit CDO of the district for a scheme version, publishing the run, and reading its results. */
import type { ObjectLiteral } from "typeorm";
import { chunks } from "../../common/chunks";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { Appointment, AppointmentRole, appointmentActiveOnCondition, OrganisationLoaders, requiresCdoAndSpecialist, Unit, UnitKind } from "../organisation";
import { EvaluationEvidence, EvaluationIndicator, EvaluationManualScore, EvaluationResult, EvaluationRun, EvaluationScore } from "./evaluation.entity";
import { EvaluationMetric, EvaluationResultOrder, EvaluationRunStatus, IndicatorMethod } from "./evaluation.enums";
import { EvaluationError, EvaluationErrorCode } from "./evaluation.errors";
import { EvaluationLoaders } from "./evaluation.loaders";
import { evaluationMessages } from "./evaluation.messages";
import { type MetricOutcome, metricCatalogue } from "./evaluation.metrics";
import { districtOf, indicatorsOf, markPublished, recordDistrictChange, requirePublished, schemeById } from "./evaluation-scheme.service";
import {
  checkYear,
  evaluationDay,
  gradeOf,
  linearScore,
  mayListUnitsWithoutCdo,
  ranked,
  requireEvaluationManager,
  resultScopeCondition,
  weightedScore,
} from "./evaluation.policy";

/** Rows per multi-row INSERT: a district's run stays a fixed number of statements (SQLite binds at most 32,766 values). */
const ROWS_PER_INSERT = 2000;

interface EvaluatedUnit {
  unitId: number;
  unitCode: string;
  unitName: string;
  cdoPersonId: number | null;
}

/** The units that must have a CDO under the district, each with the CDO in office on `day` (or none). One statement. */
async function evaluatedUnits(tx: RequestContext, district: Unit, day: string): Promise<EvaluatedUnit[]> {
  const rows = await tx.manager
    .createQueryBuilder(Unit, "u")
    .leftJoin(Appointment, "a", `a.unitId = u.id AND a.role = :cdo AND ${appointmentActiveOnCondition("a", "day")}`, { cdo: AppointmentRole.UNIT_CDO, day })
    .select(["u.id AS unit_id", "u.code AS unit_code", "u.name AS unit_name", "a.personId AS cdo_person_id"])
    .where("u.path LIKE :under AND u.kind IN (:...kinds)", { under: `${district.path}%`, kinds: Object.values(UnitKind).filter(requiresCdoAndSpecialist) })
    .orderBy("u.id", "ASC")
    .getRawMany<{ unit_id: number; unit_code: string; unit_name: string; cdo_person_id: number | null }>();
  return rows.map((r) => ({
    unitId: Number(r.unit_id),
    unitCode: r.unit_code,
    unitName: r.unit_name,
    cdoPersonId: r.cdo_person_id === null ? null : Number(r.cdo_person_id),
  }));
}

async function insertMany<T extends ObjectLiteral>(tx: RequestContext, entity: new () => T, rows: readonly T[]): Promise<void> {
  for (const part of chunks(rows, ROWS_PER_INSERT))
    await tx.manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(part as T[])
      .updateEntity(false)
      .execute();
}

/**
 * 履职评价: scores every unit CDO of the district for the scheme's year, in one transaction and a
 * fixed number of statements whatever the number of units (each metric over all units at once;
 * multi-row inserts). A unit without a CDO in office on the evaluation day (the year's last day,
 * or today while the year runs) is listed without a score, grade or rank.
 */
export async function runEvaluation(ctx: RequestContext, input: { schemeId: string }): Promise<EvaluationRun> {
  requireEvaluationManager(ctx);
  return withTransaction(ctx, async (tx) => {
    const scheme = await schemeById(tx, input.schemeId, "schemeId");
    requirePublished(scheme, "schemeId");
    const district = await districtOf(tx, scheme.districtUnitId);
    const indicators = await indicatorsOf(tx, scheme.id);
    const asOf = evaluationDay(scheme.year, tx.today());
    const units = await evaluatedUnits(tx, district, asOf);
    const scored = units.filter((u) => u.cdoPersonId !== null);

    const manualIds = indicators.filter((i) => i.method === IndicatorMethod.MANUAL).map((i) => i.id);
    const manual = new Map<string, EvaluationManualScore>();
    if (manualIds.length && scored.length)
      for (const m of await tx.manager.createQueryBuilder(EvaluationManualScore, "m").where("m.indicatorId IN (:...manualIds)", { manualIds }).getMany())
        manual.set(`${m.indicatorId}:${m.unitId}`, m);
    for (const indicator of indicators.filter((i) => i.method === IndicatorMethod.MANUAL))
      for (const unit of scored)
        if (!manual.has(`${indicator.id}:${unit.unitId}`))
          throw new EvaluationError(EvaluationErrorCode.EVALUATION_MANUAL_SCORE_MISSING, evaluationMessages.manualScoreMissing(indicator.name, unit.unitName), {
            field: "schemeId",
          });

    const scope = {
      year: scheme.year,
      unitIds: scored.map((u) => u.unitId),
      cdoByUnit: new Map(scored.map((u) => [u.unitId, u.cdoPersonId!])),
      asOf,
      timeZone: tx.settings.districtTimeZone,
    };
    const metrics = [...new Set(indicators.map((i) => i.metric).filter((m): m is EvaluationMetric => m !== null))];
    const computed = new Map<EvaluationMetric, Map<number, MetricOutcome>>();
    if (scored.length) for (const metric of metrics) computed.set(metric, await metricCatalogue[metric].compute(tx, scope));

    const results = scored.map((unit) => {
      const scores = indicators.map((indicator) => scoreOf(indicator, unit.unitId, computed, manual));
      return { ...unit, scores, totalCenti: scores.reduce((sum, s) => sum + s.weightedCenti, 0) };
    });
    const order = ranked(results);
    const unscored = units
      .filter((u) => u.cdoPersonId === null)
      .sort((a, b) => (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : a.unitId - b.unitId));

    const now = tx.now();
    const run = tx.manager.create(EvaluationRun, {
      schemeId: scheme.id,
      districtUnitId: district.id,
      year: scheme.year,
      asOf,
      status: EvaluationRunStatus.DRAFT,
      createdAt: now,
      publishedAt: null,
      updatedAt: now,
    });
    await tx.manager.insert(EvaluationRun, run);
    await insertMany(tx, EvaluationResult, [
      ...order.map((r, i) =>
        tx.manager.create(EvaluationResult, {
          runId: run.id,
          unitId: r.unitId,
          cdoPersonId: r.cdoPersonId,
          totalCenti: r.totalCenti,
          grade: gradeOf(r.totalCenti, scheme),
          rank: r.rank,
          position: i + 1,
        }),
      ),
      ...unscored.map((u, i) =>
        tx.manager.create(EvaluationResult, {
          runId: run.id,
          unitId: u.unitId,
          cdoPersonId: null,
          totalCenti: null,
          grade: null,
          rank: null,
          position: order.length + i + 1,
        }),
      ),
    ]);
    const resultIds = new Map(
      (await tx.manager.find(EvaluationResult, { select: { id: true, unitId: true }, where: { runId: run.id } })).map((r) => [r.unitId, r.id]),
    );
    await insertMany(
      tx,
      EvaluationScore,
      results.flatMap((r) =>
        r.scores.map(({ evidence: _evidence, ...score }) => tx.manager.create(EvaluationScore, { ...score, resultId: resultIds.get(r.unitId)! })),
      ),
    );
    await insertMany(
      tx,
      EvaluationEvidence,
      results.flatMap((r) =>
        r.scores.flatMap((s) =>
          s.evidence.map((e) =>
            tx.manager.create(EvaluationEvidence, { resultId: resultIds.get(r.unitId)!, indicatorId: s.indicatorId, recordType: e.type, recordId: e.id }),
          ),
        ),
      ),
    );
    await recordDistrictChange(tx, "EvaluationRun", run, null, {
      ...run,
      scored: results.length,
      withoutCdo: unscored.map((u) => u.unitId),
    });
    return run;
  });
}

/** One indicator's score of one unit: the computed metric through the linear rule, or the district office's manual score. */
function scoreOf(
  indicator: EvaluationIndicator,
  unitId: number,
  computed: Map<EvaluationMetric, Map<number, MetricOutcome>>,
  manual: Map<string, EvaluationManualScore>,
) {
  const base = { indicatorId: indicator.id, valueCenti: null as number | null, numeratorCenti: null as number | null, denominatorCenti: null as number | null };
  if (indicator.method === IndicatorMethod.MANUAL) {
    const m = manual.get(`${indicator.id}:${unitId}`)!;
    return { ...base, scoreCenti: m.scoreCenti, weightedCenti: weightedScore(m.scoreCenti, indicator.weightCenti), note: m.reason, evidence: [] };
  }
  const definition = metricCatalogue[indicator.metric!];
  const outcome = computed.get(indicator.metric!)!.get(unitId)!;
  const scoreCenti =
    outcome.valueCenti === null ? definition.noDataScoreCenti : linearScore(outcome.valueCenti, indicator.zeroPointCenti!, indicator.fullPointCenti!);
  return {
    ...base,
    valueCenti: outcome.valueCenti,
    numeratorCenti: outcome.numeratorCenti,
    denominatorCenti: outcome.denominatorCenti,
    scoreCenti,
    weightedCenti: weightedScore(scoreCenti, indicator.weightCenti),
    note: null,
    evidence: outcome.evidence,
  };
}

/** 发布评价结果: a draft run becomes final; it is never rewritten. */
export async function publishEvaluationRun(ctx: RequestContext, id: string): Promise<EvaluationRun> {
  requireEvaluationManager(ctx);
  return withTransaction(ctx, async (tx) => {
    const run = await tx.manager.findOneBy(EvaluationRun, { id: rowIdOf("EvaluationRun", id, "id") });
    if (!run) throw notFound(evaluationMessages.runNotFound, "id");
    if (run.status !== EvaluationRunStatus.DRAFT)
      throw new EvaluationError(EvaluationErrorCode.EVALUATION_RUN_PUBLISHED, evaluationMessages.runPublished, { field: "id" });
    return markPublished(tx, "EvaluationRun", run, EvaluationRunStatus.PUBLISHED);
  });
}

/** Runs of a year, the latest first. */
export function findEvaluationRuns(ctx: RequestContext, year: number, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(EvaluationRun, "r").where("r.year = :year", { year: checkYear(year) });
  return paginateQuery(query.orderBy("r.id", "DESC"), page);
}

/**
 * A run's scored results by rank (ties in their fixed order), of the units you may read results of:
 * every unit for district readers, your own for a unit CDO, none for anyone else.
 */
export async function findEvaluationResults(
  ctx: RequestContext,
  which: { runId?: string | null; year?: number | null },
  order: EvaluationResultOrder,
  page: ConnectionArgs,
) {
  requireSignedIn(ctx);
  if (!which.runId && (which.year === null || which.year === undefined)) throw badUserInput("runId", evaluationMessages.runOrYear);
  const run = which.runId
    ? await ctx.manager.findOneBy(EvaluationRun, { id: rowIdOf("EvaluationRun", which.runId, "runId") })
    : await ctx.manager.findOne(EvaluationRun, {
        where: { year: checkYear(which.year!), status: EvaluationRunStatus.PUBLISHED },
        order: { publishedAt: "DESC", id: "DESC" },
      });
  if (!run) throw notFound(evaluationMessages.runNotFound, which.runId ? "runId" : "year");
  const query = ctx.manager
    .createQueryBuilder(EvaluationResult, "r")
    .innerJoin(Unit, "u", "u.id = r.unitId")
    .where("r.runId = :run AND r.rank IS NOT NULL", { run: run.id });
  const scope = resultScopeCondition(ctx.viewer, "u.path");
  if (scope) query.andWhere(scope.where, scope.params);
  return paginateQuery(query.orderBy("r.position", order === EvaluationResultOrder.RANK_DESC ? "DESC" : "ASC"), page);
}

/** 未配备首席数据官: the units a run listed without a score (no CDO in office on its day), for district readers only; none for anyone else. */
export async function unitsWithoutCdoOf(ctx: RequestContext, run: EvaluationRun) {
  if (!mayListUnitsWithoutCdo(ctx.viewer)) return [];
  const results = await ctx.loaders(EvaluationLoaders).unscoredOf.load(run.id);
  return ctx.loaders(OrganisationLoaders).unitById.loadMany(results.map((r) => r.unitId));
}
