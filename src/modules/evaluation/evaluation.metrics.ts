import { In } from "typeorm";
import type { RequestContext } from "../../common/context";
import { type Localised, text } from "../../common/i18n";
import { catalogColumnsCondition } from "../inventory";
import { AnnualReport, AnnualReportDeadline, isLate } from "../reports";
import { EvaluationMetric } from "./evaluation.enums";
import { evaluationMetricLabels } from "./evaluation.messages";
import { FULL_SCORE_CENTI, medianCenti, yearRange } from "./evaluation.policy";

/**
 * 计算指标目录: each metric the catalog computes, as one entry — its label, unit, formula, the score
 * it gives a unit with nothing to measure, and a computation over every evaluated unit at once (one
 * or two statements whatever the number of units) returning each unit's value, inputs and the
 * records it was computed from. Adding a metric is adding an entry here (and its enum value).
 * Metrics read the unit's own records (not its subordinate units'), as they stand when the run is made.
 */

/** A record a value was computed from: a GraphQL Node type name and its row. */
interface EvidenceRef {
  type: string;
  id: number;
}

export interface MetricOutcome {
  /** Hundredths of the metric's unit; null: nothing to measure (scored `noDataScoreCenti`). */
  valueCenti: number | null;
  numeratorCenti: number | null;
  denominatorCenti: number | null;
  evidence: EvidenceRef[];
}

interface MetricScope {
  year: number;
  /** The units evaluated (each with a CDO in office on `asOf`). */
  unitIds: readonly number[];
  /** Each evaluated unit's CDO. */
  cdoByUnit: ReadonlyMap<number, number>;
  /** The day the run stands on (the year's last day, or today while the year runs). */
  asOf: string;
  timeZone: string;
}

export interface MetricDefinition {
  label: Localised;
  /** The value's unit, as shown beside it. */
  unit: Localised;
  formula: Localised;
  /** True when a smaller value is better (its zero point lies above its full point). */
  lowerIsBetter: boolean;
  /** The score of a unit with nothing to measure, and why. */
  noDataScoreCenti: number;
  compute(ctx: RequestContext, scope: MetricScope): Promise<Map<number, MetricOutcome>>;
}

const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ");

function outcomes(scope: MetricScope): Map<number, MetricOutcome> {
  return new Map(scope.unitIds.map((id) => [id, { valueCenti: null, numeratorCenti: null, denominatorCenti: null, evidence: [] }]));
}

/** numerator / denominator as a percentage, in hundredths (null for an empty denominator). */
const percentCenti = (numerator: number, denominator: number) => (denominator > 0 ? Math.round((numerator * FULL_SCORE_CENTI) / denominator) : null);

/** A record of a unit, counted in the numerator (1) or not (0). */
interface ShareRow {
  unit_id: number;
  id: number;
  counted: number | string;
}

/** A percentage per unit: counted records ÷ records, every record its evidence (units without records keep a null value). */
function shareByUnit(result: Map<number, MetricOutcome>, found: readonly ShareRow[], type: string): Map<number, MetricOutcome> {
  const counts = new Map<number, { counted: number; total: number }>();
  for (const row of found) {
    const unitId = Number(row.unit_id);
    const count = counts.get(unitId) ?? { counted: 0, total: 0 };
    count.total += 1;
    count.counted += Number(row.counted);
    counts.set(unitId, count);
    result.get(unitId)!.evidence.push({ type, id: Number(row.id) });
  }
  for (const [unitId, { counted, total }] of counts)
    Object.assign(result.get(unitId)!, { valueCenti: percentCenti(counted, total), numeratorCenti: counted * 100, denominatorCenti: total * 100 });
  return result;
}

async function rows<T>(ctx: RequestContext, sql: string, parameters: unknown[]): Promise<T[]> {
  return ctx.manager.query(sql, parameters);
}

const days = text("个工作日", "working days");
const percent = text("%", "%");

export const metricCatalogue: Record<EvaluationMetric, MetricDefinition> = {
  [EvaluationMetric.INVENTORY_COVERAGE]: {
    label: evaluationMetricLabels.INVENTORY_COVERAGE,
    unit: percent,
    formula: text(
      "清单覆盖率 = 至少有一项已编目数据资源支撑的职能数 ÷ 本单位职能总数 × 100%",
      "coverage = functions served by at least one catalogued resource ÷ the unit's functions × 100%",
    ),
    lowerIsBetter: false,
    noDataScoreCenti: 0,
    async compute(ctx, scope) {
      const result = outcomes(scope);
      const found = await rows<ShareRow>(
        ctx,
        `SELECT f.unit_id AS unit_id, f.id AS id, CASE WHEN EXISTS (SELECT 1 FROM data_resource_functions rf INNER JOIN data_resources r ON r.id = rf.resource_id
           WHERE rf.function_id = f.id AND ${catalogColumnsCondition("r")}) THEN 1 ELSE 0 END AS counted
         FROM functions f WHERE f.unit_id IN (${placeholders(scope.unitIds)}) ORDER BY f.id`,
        [...scope.unitIds],
      );
      return shareByUnit(result, found, "Function");
    },
  },

  [EvaluationMetric.QUALITY_SCORE]: {
    label: evaluationMetricLabels.QUALITY_SCORE,
    unit: text("分", "points"),
    formula: text(
      "质量得分 = 各质量维度年度均分之和 ÷ 有测量的维度数;维度年度均分 = 本单位资源全年测量得分之和 ÷ 测量次数(取自质量日汇总)",
      "quality score = sum of the dimensions' yearly means ÷ dimensions measured; a dimension's yearly mean = the year's scores of the unit's resources ÷ measurements (from the daily roll-up)",
    ),
    lowerIsBetter: false,
    noDataScoreCenti: 0,
    async compute(ctx, scope) {
      const result = outcomes(scope);
      const { from, to } = yearRange(scope.year);
      const found = await rows<{ unit_id: number; resource_id: number; dimension: string; n: number | string; s: number | string }>(
        ctx,
        `SELECT r.provider_unit_id AS unit_id, d.resource_id AS resource_id, d.dimension AS dimension, SUM(d.measurement_count) AS n, SUM(d.score_sum) AS s
         FROM quality_daily d INNER JOIN data_resources r ON r.id = d.resource_id
         WHERE r.provider_unit_id IN (${placeholders(scope.unitIds)}) AND d.day BETWEEN ? AND ?
         GROUP BY r.provider_unit_id, d.resource_id, d.dimension ORDER BY d.resource_id`,
        [...scope.unitIds, from, to],
      );
      const dimensions = new Map<number, Map<string, { n: number; s: number }>>();
      const resources = new Map<number, Set<number>>();
      for (const row of found) {
        const unitId = Number(row.unit_id);
        const byDimension = dimensions.get(unitId) ?? new Map<string, { n: number; s: number }>();
        const fold = byDimension.get(row.dimension) ?? { n: 0, s: 0 };
        fold.n += Number(row.n);
        fold.s += Number(row.s);
        byDimension.set(row.dimension, fold);
        dimensions.set(unitId, byDimension);
        const seen = resources.get(unitId) ?? new Set<number>();
        if (!seen.has(Number(row.resource_id))) result.get(unitId)!.evidence.push({ type: "DataResource", id: Number(row.resource_id) });
        resources.set(unitId, seen.add(Number(row.resource_id)));
      }
      for (const [unitId, byDimension] of dimensions) {
        // As the quality module rolls up (quality.policy.ts): a dimension's mean, then the mean of the dimensions, in hundredths.
        const means = [...byDimension.values()].filter((f) => f.n > 0).map((f) => Math.round(f.s / f.n));
        if (means.length === 0) continue;
        const sum = means.reduce((a, b) => a + b, 0);
        Object.assign(result.get(unitId)!, { valueCenti: Math.round(sum / means.length), numeratorCenti: sum, denominatorCenti: means.length * 100 });
      }
      return result;
    },
  },

  [EvaluationMetric.SHARING_TURNAROUND]: {
    label: evaluationMetricLabels.SHARING_TURNAROUND,
    unit: days,
    formula: text(
      "办理时长 = 本单位作为提供方在本年度作出决定(批准或驳回)的共享申请,自申请至决定所用工作日数的中位数(无条件共享即时授权的不计)",
      "turnaround = the median working days from request to decision of the sharing requests the unit decided (approved or rejected) as provider in the year (grants at once under unconditional sharing not counted)",
    ),
    lowerIsBetter: true,
    // No request to decide: nobody waited on the unit.
    noDataScoreCenti: FULL_SCORE_CENTI,
    async compute(ctx, scope) {
      const result = outcomes(scope);
      const { from, to } = yearRange(scope.year);
      const found = await rows<{ unit_id: number; id: number; days: number | string }>(
        ctx,
        `SELECT provider_unit_id AS unit_id, id, decision_working_days AS days FROM sharing_requests
         WHERE provider_unit_id IN (${placeholders(scope.unitIds)}) AND granted_at_once = 0 AND decided_on BETWEEN ? AND ? AND decision_working_days IS NOT NULL
         ORDER BY id`,
        [...scope.unitIds, from, to],
      );
      const byUnit = new Map<number, number[]>();
      for (const row of found) {
        const unitId = Number(row.unit_id);
        byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), Number(row.days)]);
        result.get(unitId)!.evidence.push({ type: "SharingRequest", id: Number(row.id) });
      }
      for (const [unitId, values] of byUnit) Object.assign(result.get(unitId)!, { valueCenti: medianCenti(values), denominatorCenti: values.length * 100 });
      return result;
    },
  },

  [EvaluationMetric.REQUESTS_FULFILLED]: {
    label: evaluationMetricLabels.REQUESTS_FULFILLED,
    unit: percent,
    formula: text(
      "按期办结率 = 决定期限在本年度的共享申请中按期(不晚于期限)作出决定的件数 ÷ 已决定或已过期限的件数 × 100%",
      "on-time rate = requests due in the year decided on or before their deadline ÷ those decided or past their deadline × 100%",
    ),
    lowerIsBetter: false,
    noDataScoreCenti: FULL_SCORE_CENTI,
    async compute(ctx, scope) {
      const result = outcomes(scope);
      const { from, to } = yearRange(scope.year);
      const found = await rows<ShareRow>(
        ctx,
        `SELECT provider_unit_id AS unit_id, id, CASE WHEN decided_on IS NOT NULL AND decided_on <= decision_due_on THEN 1 ELSE 0 END AS counted
         FROM sharing_requests
         WHERE provider_unit_id IN (${placeholders(scope.unitIds)}) AND granted_at_once = 0 AND decision_due_on BETWEEN ? AND ?
           AND (decided_on IS NOT NULL OR decision_due_on < ?)
         ORDER BY id`,
        [...scope.unitIds, from, to, scope.asOf],
      );
      return shareByUnit(result, found, "SharingRequest");
    },
  },

  [EvaluationMetric.OPEN_DATASETS]: {
    label: evaluationMetricLabels.OPEN_DATASETS,
    unit: text("个", "datasets"),
    formula: text("开放数据集数 = 本单位在本年度发布(发布日期在本年度)的开放数据集个数", "open datasets = datasets the unit issued in the year"),
    lowerIsBetter: false,
    noDataScoreCenti: 0,
    async compute(ctx, scope) {
      const result = outcomes(scope);
      const { from, to } = yearRange(scope.year);
      const found = await rows<{ unit_id: number; id: number }>(
        ctx,
        `SELECT provider_unit_id AS unit_id, id FROM open_datasets WHERE provider_unit_id IN (${placeholders(scope.unitIds)}) AND issued BETWEEN ? AND ? ORDER BY id`,
        [...scope.unitIds, from, to],
      );
      for (const row of found) result.get(Number(row.unit_id))!.evidence.push({ type: "OpenDataset", id: Number(row.id) });
      for (const outcome of result.values()) outcome.valueCenti = outcome.evidence.length * 100;
      return result;
    },
  },

  [EvaluationMetric.TRAINING_HOURS]: {
    label: evaluationMetricLabels.TRAINING_HOURS,
    unit: text("学时", "hours"),
    formula: text("培训学时 = 本单位首席数据官本年度参加培训的学时之和", "training hours = the hours of the sessions the unit's CDO attended in the year"),
    lowerIsBetter: false,
    noDataScoreCenti: 0,
    async compute(ctx, scope) {
      const result = outcomes(scope);
      const { from, to } = yearRange(scope.year);
      const persons = [...new Set(scope.cdoByUnit.values())];
      const found = await rows<{ person_id: number; id: number; hours: number | string }>(
        ctx,
        `SELECT a.person_id AS person_id, s.id AS id, s.hours_centi AS hours FROM training_attendance a INNER JOIN training_sessions s ON s.id = a.session_id
         WHERE a.person_id IN (${placeholders(persons)}) AND s.held_on BETWEEN ? AND ? ORDER BY s.id`,
        [...persons, from, to],
      );
      for (const outcome of result.values()) outcome.valueCenti = 0;
      for (const [unitId, personId] of scope.cdoByUnit) {
        const outcome = result.get(unitId)!;
        for (const row of found.filter((r) => Number(r.person_id) === personId)) {
          outcome.valueCenti! += Number(row.hours);
          outcome.evidence.push({ type: "TrainingSession", id: Number(row.id) });
        }
      }
      return result;
    },
  },

  [EvaluationMetric.REPORT_ON_TIME]: {
    label: evaluationMetricLabels.REPORT_ON_TIME,
    unit: percent,
    formula: text(
      "按时提交 = 本年度述职报告首次提交日期(区时间)不晚于当年提交期限记 100,迟交或未交记 0;未设期限的,已提交即视为按时",
      "on time = 100 when the year's annual report was first submitted (district date) on or before the year's deadline, 0 when late or missing; with no deadline set, a submitted report counts as on time",
    ),
    lowerIsBetter: false,
    noDataScoreCenti: 0,
    async compute(ctx, scope) {
      const result = outcomes(scope);
      const reports = await ctx.manager.find(AnnualReport, { where: { unitId: In([...scope.unitIds]), year: scope.year }, order: { id: "ASC" } });
      const deadline = await ctx.manager.findOneBy(AnnualReportDeadline, { year: scope.year });
      for (const outcome of result.values()) Object.assign(outcome, { valueCenti: 0, numeratorCenti: 0, denominatorCenti: 100 });
      for (const report of reports) {
        const outcome = result.get(report.unitId)!;
        outcome.evidence.push({ type: "AnnualReport", id: report.id });
        // Late is the reports module's rule; with no deadline set, a submitted report counts as on time.
        const onTime = report.firstSubmittedAt !== null && isLate(report, deadline?.dueOn ?? null, scope.asOf, scope.timeZone) !== true;
        if (onTime) Object.assign(outcome, { valueCenti: FULL_SCORE_CENTI, numeratorCenti: 100 });
      }
      return result;
    },
  },

  [EvaluationMetric.FINDINGS_RESOLVED]: {
    label: evaluationMetricLabels.FINDINGS_RESOLVED,
    unit: percent,
    formula: text(
      "问题整改率 = 本年度内存续过的问题(问题台账)中截至评价日已整改的数量 ÷ 本年度内存续过的问题数 × 100%;全年无问题的记满分",
      "findings resolved = the findings open at some time in the year (the findings ledger) that were resolved by the run's day ÷ those findings × 100%; a unit with no finding all year scores full marks",
    ),
    lowerIsBetter: false,
    noDataScoreCenti: FULL_SCORE_CENTI,
    async compute(ctx, scope) {
      const result = outcomes(scope);
      const { from, to } = yearRange(scope.year);
      const until = scope.asOf < to ? scope.asOf : to;
      // The ledger is kept by the findings sweep (findings module); an occurrence counts for the year it was open in.
      const found = await rows<ShareRow>(
        ctx,
        `SELECT o.unit_id AS unit_id, o.id AS id, CASE WHEN o.resolved_on IS NOT NULL AND o.resolved_on <= ? THEN 1 ELSE 0 END AS counted
         FROM finding_occurrences o WHERE o.unit_id IN (${placeholders(scope.unitIds)}) AND o.first_seen_on <= ? AND (o.resolved_on IS NULL OR o.resolved_on >= ?)
         ORDER BY o.id`,
        [until, ...scope.unitIds, until, from],
      );
      return shareByUnit(result, found, "FindingOccurrence");
    },
  },
};
