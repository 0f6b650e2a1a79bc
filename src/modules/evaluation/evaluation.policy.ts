import { AccessRole, requireDistrictAdministrator, type Viewer } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput } from "../../common/errors";
import { EvaluationGrade, IndicatorMethod } from "./evaluation.enums";
import { EvaluationError, EvaluationErrorCode } from "./evaluation.errors";
import { evaluationMessages } from "./evaluation.messages";

/**
 * The evaluation rules (履职评价, DOMAIN §6), written once and used by the API and the demo loader
 * alike. Every decimal is an integer in hundredths ("12.5" is 1250): weights sum exactly, totals
 * are exact sums, and a re-run compares equal field by field.
 */

export const FULL_SCORE_CENTI = 10_000;
export const MAX_INDICATORS = 30;
const MAX_TITLE = 200;
const MAX_REASON = 1000;

export interface GradeThresholds {
  excellentCenti: number;
  goodCenti: number;
  passCenti: number;
}

/** 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, else 不合格 unless the scheme says otherwise. */
export const DEFAULT_THRESHOLDS: GradeThresholds = { excellentCenti: 9000, goodCenti: 8000, passCenti: 6000 };

/** An exact decimal with at most two decimals ("12.5", "-3", "0.75") as hundredths, within [min, max] (hundredths). */
export function parseCenti(value: string, field: string, minCenti: number, maxCenti: number): number {
  const match = /^(-)?(\d{1,9})(?:\.(\d{1,2}))?$/.exec(value.trim());
  const centi = match ? (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"))) : NaN;
  if (!(centi >= minCenti && centi <= maxCenti)) throw badUserInput(field, evaluationMessages.decimal(formatCenti(minCenti), formatCenti(maxCenti)));
  return centi === 0 ? 0 : centi;
}

/** Hundredths as the exact decimal ("12.5", "100", "0.75", "-3"). */
export function formatCenti(centi: number): string {
  const sign = centi < 0 ? "-" : "";
  const abs = Math.abs(centi);
  const fraction = String(abs % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return `${sign}${Math.floor(abs / 100)}${fraction ? `.${fraction}` : ""}`;
}

export function checkYear(year: number, field = "year"): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badUserInput(field, evaluationMessages.year);
  return year;
}

export function requiredText(value: string | null | undefined, field: string, max = MAX_TITLE): string {
  const trimmed = value?.trim() ?? "";
  if (!trimmed || trimmed.length > max) throw badUserInput(field, evaluationMessages.textLength(max));
  return trimmed;
}

/** 人工评分 needs its reason. */
export function checkReason(reason: string | null | undefined): string {
  const trimmed = reason?.trim() ?? "";
  if (!trimmed || trimmed.length > MAX_REASON) throw badUserInput("reason", evaluationMessages.reasonRequired);
  return trimmed;
}

export function checkThresholds(t: GradeThresholds, field: string): GradeThresholds {
  if (!(t.excellentCenti >= t.goodCenti && t.goodCenti >= t.passCenti)) throw badUserInput(field, evaluationMessages.thresholds);
  return t;
}

/** The district office manages schemes, manual scores and runs: district administrators (the district CDO, executive and administrators). */
export function requireEvaluationManager(ctx: RequestContext): void {
  requireDistrictAdministrator(ctx, evaluationMessages.manageEvaluations);
}

/** Which units had no CDO to score is the district's list: district readers; anyone else (a unit CDO reading their own result) sees none. */
export function mayListUnitsWithoutCdo(viewer: Viewer): boolean {
  return viewer.districtReader;
}

/** A unit's result: district readers (administrators, analysts) and the unit's own CDO; anyone else sees null. */
export function mayReadResult(viewer: Viewer, unitPath: string): boolean {
  return viewer.districtReader || viewer.unitRoles.some((r) => r.role === AccessRole.UNIT_CDO && unitPath.startsWith(r.unitPath));
}

/** mayReadResult in SQL over a unit path column: null for district readers, a condition matching nothing for a viewer with no CDO role. */
export function resultScopeCondition(viewer: Viewer, pathColumn: string): { where: string; params: Record<string, string> } | null {
  if (viewer.districtReader) return null;
  const paths = viewer.unitRoles.filter((r) => r.role === AccessRole.UNIT_CDO).map((r) => r.unitPath);
  if (paths.length === 0) return { where: "1 = 0", params: {} };
  return {
    where: `(${paths.map((_, i) => `${pathColumn} LIKE :cdoScope${i}`).join(" OR ")})`,
    params: Object.fromEntries(paths.map((path, i) => [`cdoScope${i}`, `${path}%`])),
  };
}

export interface IndicatorShape {
  method: IndicatorMethod;
  metric: string | null;
  zeroPointCenti: number | null;
  fullPointCenti: number | null;
}

/** A COMPUTED indicator names its metric and two different points; a MANUAL one none of them. */
export function checkIndicatorShape(indicator: IndicatorShape, field: string): void {
  const points = indicator.zeroPointCenti !== null && indicator.fullPointCenti !== null;
  if (indicator.method === IndicatorMethod.COMPUTED) {
    if (!indicator.metric || !points) throw badUserInput(field, evaluationMessages.metricRequired);
    if (indicator.zeroPointCenti === indicator.fullPointCenti) throw badUserInput(`${field}.fullPoint`, evaluationMessages.pointsEqual);
  } else if (indicator.metric || indicator.zeroPointCenti !== null || indicator.fullPointCenti !== null) {
    throw badUserInput(field, evaluationMessages.manualTakesNoMetric);
  }
}

/** Publishing freezes a version: at least one indicator, and weights summing to exactly 100. */
export function checkPublishable(weightsCenti: readonly number[]): void {
  if (weightsCenti.length === 0) throw badUserInput("indicators", evaluationMessages.noIndicators);
  const total = weightsCenti.reduce((sum, w) => sum + w, 0);
  if (total !== FULL_SCORE_CENTI)
    throw new EvaluationError(EvaluationErrorCode.EVALUATION_WEIGHTS_NOT_100, evaluationMessages.weightsNot100(formatCenti(total)), { field: "indicators" });
}

/**
 * The one scoring rule: linear between the zero point (scores 0) and the full point (scores 100),
 * clamped to 0–100. Lower-is-better metrics put the zero point above the full point; a target
 * ratio (value / target) is zero point 0, full point the target.
 */
export function linearScore(valueCenti: number, zeroPointCenti: number, fullPointCenti: number): number {
  const raw = Math.round(((valueCenti - zeroPointCenti) * FULL_SCORE_CENTI) / (fullPointCenti - zeroPointCenti));
  return Math.min(FULL_SCORE_CENTI, Math.max(0, raw));
}

/** 加权得分 = 得分 × 权重 / 100, in hundredths, rounded half up. */
export function weightedScore(scoreCenti: number, weightCenti: number): number {
  return Math.round((scoreCenti * weightCenti) / FULL_SCORE_CENTI);
}

export function gradeOf(totalCenti: number, t: GradeThresholds): EvaluationGrade {
  if (totalCenti >= t.excellentCenti) return EvaluationGrade.EXCELLENT;
  if (totalCenti >= t.goodCenti) return EvaluationGrade.GOOD;
  if (totalCenti >= t.passCenti) return EvaluationGrade.PASS;
  return EvaluationGrade.FAIL;
}

/**
 * 排名: by total, best first; equal totals share a rank and the next rank skips (1, 1, 3). The
 * order within a tie is fixed (unit code, then ID), so a re-run lists them the same way.
 */
export function ranked<T extends { totalCenti: number; unitCode: string; unitId: number }>(results: readonly T[]): (T & { rank: number })[] {
  const sorted = [...results].sort(
    (a, b) => b.totalCenti - a.totalCenti || (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0) || a.unitId - b.unitId,
  );
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || sorted[i - 1].totalCenti !== r.totalCenti) rank = i + 1;
    return { ...r, rank };
  });
}

/** The day a run takes the CDOs in office on: the year's last day, or today while the year runs. */
export function evaluationDay(year: number, today: string): string {
  const last = `${year}-12-31`;
  return today < last ? today : last;
}

/** The days of a year, for `BETWEEN`. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The median of whole numbers, in hundredths (the mean of the middle two for an even count). */
export function medianCenti(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] * 100 : (sorted[mid - 1] + sorted[mid]) * 50;
}
