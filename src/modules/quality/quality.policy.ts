import type { Viewer } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import type { Localised } from "../../common/i18n";
import { QualityDimension, QualityIssueState, QualitySource, TrendGranularity } from "./quality.enums";
import { QualityError, QualityErrorCode } from "./quality.errors";
import { qualityMessages } from "./quality.messages";

/**
 * The quality rules (DOMAIN §3), written once and used by the API, the CSV loader, the catalog's
 * own checks and the demo data alike.
 *
 * Scores are kept as integer hundredths (0–10000), so every roll-up is an exact integer sum and
 * agrees exactly with a computation over the raw measurements.
 */

export const MAX_MEASUREMENTS_PER_BATCH = 10_000;
/**
 * The request body recordQualityMeasurements may send (past MAX_REQUEST_BYTES, for it alone): a full
 * batch is about 1.3 MB of JSON, and 8 MiB leaves room for notes of a few hundred characters a row.
 */
export const MAX_BATCH_REQUEST_BYTES = 8 * 1024 * 1024;
export const MAX_TREND_DAYS = 366;
const MAX_NOTE_LENGTH = 500;
export const MAX_RULE_DESCRIPTION = 500;
const DEFAULT_TARGET_SCORE = 80;
const DEFAULT_ISSUE_DUE_WORKING_DAYS = 5;
/** Measurements may be stamped a little ahead of the server's clock (clock skew of the measuring system). */
const FUTURE_SKEW_MS = 5 * 60_000;
const EARLIEST_MEASUREMENT = Date.UTC(2000, 0, 1);

/** QUALITY_TARGET_SCORE and QUALITY_ISSUE_DUE_WORKING_DAYS (see config.ts). */
export type QualitySettings = NonNullable<RequestContext["settings"]["quality"]>;

export function qualitySettings(ctx: RequestContext): QualitySettings {
  return ctx.settings.quality ?? { defaultTargetScore: DEFAULT_TARGET_SCORE, issueDueWorkingDays: DEFAULT_ISSUE_DUE_WORKING_DAYS };
}

// ── Scores and how they roll up ──────────────────────────────────────────────

/** The aggregation rule, as stated in the schema's descriptions. */
export const AGGREGATION_RULE =
  "A resource's score in a dimension is its latest measurement (newest measuredAt; of equal times, the one recorded last). " +
  "A unit's (or the district's) score in a dimension is the mean of the latest scores of every resource of the unit and its descendants that has one (each resource counts once, whatever its record count). " +
  "The overall score is the mean of the dimensions that have a score. A trend point is the mean of the measurements made in that period.";

export const toCenti = (score: number): number => Math.round(score * 100);
export const fromCenti = (centi: number): number => centi / 100;
/** GB/T 36344's X = A/B, as hundredths of a percent. */
export const rateCenti = (passed: number, total: number): number => Math.round((passed * 10_000) / total);

/** The mean of a roll-up's sum over its count, in score points (two decimals); null when nothing was counted. */
export function meanScore(sum: number, count: number): number | null {
  return count > 0 ? fromCenti(Math.round(sum / count)) : null;
}

/** Overall: the mean of the dimensions that have a score. */
export function overallScore(scores: readonly (number | null)[]): number | null {
  const present = scores.filter((s): s is number => s !== null);
  return present.length ? fromCenti(Math.round(present.reduce((sum, s) => sum + toCenti(s), 0) / present.length)) : null;
}

export const isBelowTarget = (score: number | null, target: number): boolean | null => (score === null ? null : score < target);

// ── Civil days in the district's time zone ───────────────────────────────────

const dayFormats = new Map<string, { format: Intl.DateTimeFormat; days: Map<number, string> }>();
/** Every zone's offset, and every change of it, falls on a quarter hour: all instants of one quarter share a civil date. */
const QUARTER_HOUR_MS = 900_000;
const MAX_CACHED_QUARTERS = 100_000;

/** The civil date (YYYY-MM-DD) of an instant in the district's time zone: the day a measurement counts in. */
export function districtDay(timeZone: string, at: Date): string {
  let zone = dayFormats.get(timeZone);
  if (!zone) {
    zone = { format: new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }), days: new Map() };
    dayFormats.set(timeZone, zone);
  }
  // Intl formatting costs microseconds; a batch of 10,000 rows spans a few hundred quarter hours at most.
  const quarter = Math.floor(at.getTime() / QUARTER_HOUR_MS);
  let day = zone.days.get(quarter);
  if (day === undefined) {
    if (zone.days.size >= MAX_CACHED_QUARTERS) zone.days.clear();
    day = zone.format.format(at);
    zone.days.set(quarter, day);
  }
  return day;
}

const DAY_MS = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOfNumber = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const addDays = (day: string, days: number): string => dayOfNumber(dayNumber(day) + days);
const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

/** The first day of the bucket a day falls in. */
function periodStart(day: string, granularity: TrendGranularity): string {
  if (granularity === TrendGranularity.DAY) return day;
  if (granularity === TrendGranularity.MONTH) return `${day.slice(0, 7)}-01`;
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return addDays(day, -weekday);
}

/** A trend's range: from ≤ to, at most MAX_TREND_DAYS days (≤ 366 daily roll-up rows per dimension). */
export function checkTrendRange(from: string, to: string): void {
  const days = daysBetween(from, to) + 1;
  if (!Number.isFinite(days) || days < 1 || days > MAX_TREND_DAYS)
    throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, qualityMessages.trendRange(MAX_TREND_DAYS), { field: "to" });
}

export interface DailyRollup {
  dimension: QualityDimension;
  day: string;
  count: number;
  sum: number;
}

export interface TrendPoint {
  periodStart: string;
  measurementCount: number;
  dimensions: { dimension: QualityDimension; score: number; measurementCount: number }[];
  overall: number | null;
}

/** Daily roll-ups into the trend's buckets: each point's dimension score is the mean of that period's measurements. */
export function trendOf(rows: readonly DailyRollup[], granularity: TrendGranularity): TrendPoint[] {
  const buckets = new Map<string, Map<QualityDimension, { count: number; sum: number }>>();
  for (const row of rows) {
    const start = periodStart(row.day, granularity);
    let bucket = buckets.get(start);
    if (!bucket) buckets.set(start, (bucket = new Map()));
    const cell = bucket.get(row.dimension) ?? { count: 0, sum: 0 };
    cell.count += row.count;
    cell.sum += row.sum;
    bucket.set(row.dimension, cell);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([start, bucket]) => {
      const dimensions = Object.values(QualityDimension)
        .filter((d) => bucket.has(d))
        .map((dimension) => {
          const { count, sum } = bucket.get(dimension)!;
          return { dimension, score: meanScore(sum, count)!, measurementCount: count };
        });
      return {
        periodStart: start,
        measurementCount: dimensions.reduce((n, d) => n + d.measurementCount, 0),
        dimensions,
        overall: overallScore(dimensions.map((d) => d.score)),
      };
    });
}

// ── Working days ─────────────────────────────────────────────────────────────
// Due dates count working days on the district's calendar (weekends, holidays and 调休 make-up days):
// the calendar module's addWorkingDays, the same as sharing's decision deadlines.

// ── Measurements ─────────────────────────────────────────────────────────────

export interface MeasurementFacts {
  resourceId?: string | null;
  ruleId?: string | null;
  dimension?: QualityDimension | null;
  score?: number | null;
  passed?: number | null;
  total?: number | null;
  measuredAt: Date;
  source: QualitySource;
  note?: string | null;
}

/** A batch as columns (recordQualityMeasurementColumns): item i of every list is row i; a list left out is null in every row. */
export interface MeasurementColumns {
  measuredAt: readonly Date[];
  source: QualitySource;
  resourceId?: readonly (string | null)[] | null;
  ruleId?: readonly (string | null)[] | null;
  dimension?: readonly (QualityDimension | null)[] | null;
  score?: readonly (number | null)[] | null;
  passed?: readonly (number | null)[] | null;
  total?: readonly (number | null)[] | null;
  note?: readonly (string | null)[] | null;
}

/**
 * The rows of a columnar batch, to be checked like any other (checkMeasurement, by row index): at most
 * MAX_MEASUREMENTS_PER_BATCH rows (measuredAt's length), and every list given as long as measuredAt.
 */
export function measurementsOfColumns(columns: MeasurementColumns): MeasurementFacts[] {
  const count = columns.measuredAt.length;
  if (count > MAX_MEASUREMENTS_PER_BATCH)
    throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, qualityMessages.batchTooLarge(MAX_MEASUREMENTS_PER_BATCH, count), { field: "measuredAt" });
  const { resourceId, ruleId, dimension, score, passed, total, note } = columns;
  for (const [field, list] of Object.entries({ resourceId, ruleId, dimension, score, passed, total, note }))
    if (list != null && list.length !== count)
      throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, qualityMessages.columnLength(field, count, list.length), { field });
  return columns.measuredAt.map((measuredAt, i) => ({
    resourceId: resourceId?.[i],
    ruleId: ruleId?.[i],
    dimension: dimension?.[i],
    score: score?.[i],
    passed: passed?.[i],
    total: total?.[i],
    measuredAt,
    source: columns.source,
    note: note?.[i],
  }));
}

/** A refusal of one row of a batch: BAD_USER_INPUT (or the rule's code) naming the row's index and field. */
export function rowError(index: number, field: string, message: Localised, code: string = CommonErrorCode.BAD_USER_INPUT): CatalogError {
  const row = qualityMessages.row(index);
  return new CatalogError(code, { zh: row.zh + message.zh, en: row.en + message.en }, { field, index });
}

/** Checks one row's own values (no database): the score in hundredths, or the first problem. */
export function checkMeasurement(row: MeasurementFacts, index: number, now: Date, { allowCatalog = false } = {}): { scoreCenti: number } {
  if (!row.ruleId && !(row.resourceId && row.dimension)) throw rowError(index, row.resourceId ? "dimension" : "resourceId", qualityMessages.subjectRequired);
  if (row.source === QualitySource.CATALOG && !allowCatalog)
    throw rowError(index, "source", qualityMessages.sourceReserved, QualityErrorCode.QUALITY_SOURCE_RESERVED);
  const hasScore = row.score != null;
  const hasRate = row.passed != null || row.total != null;
  if (hasScore === hasRate) throw rowError(index, "score", qualityMessages.scoreOrRate);
  let scoreCenti: number;
  if (hasScore) {
    if (!Number.isFinite(row.score) || row.score! < 0 || row.score! > 100) throw rowError(index, "score", qualityMessages.scoreRange);
    scoreCenti = toCenti(row.score!);
  } else {
    const { passed, total } = row;
    if (!Number.isInteger(passed) || !Number.isInteger(total) || passed! < 0 || total! < 1 || passed! > total! || total! > 1e12)
      throw rowError(index, passed == null || !Number.isInteger(passed) ? "passed" : "total", qualityMessages.rateCounts);
    scoreCenti = rateCenti(passed!, total!);
  }
  const at = row.measuredAt instanceof Date ? row.measuredAt.getTime() : NaN;
  if (!Number.isFinite(at) || at < EARLIEST_MEASUREMENT || at > now.getTime() + FUTURE_SKEW_MS)
    throw rowError(index, "measuredAt", qualityMessages.measuredAtRange);
  if (row.note != null && row.note.length > MAX_NOTE_LENGTH) throw rowError(index, "note", qualityMessages.noteTooLong(MAX_NOTE_LENGTH));
  return { scoreCenti };
}

export function checkTargetScore(target: number | null | undefined, field = "targetScore"): void {
  if (target != null && (!Number.isFinite(target) || target < 0 || target > 100))
    throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, qualityMessages.targetRange, { field });
}

/** Who records a unit's quality data and rules: its data specialist or CDO, and district administrators (DOMAIN §7). */
export const mayRecordQuality = (viewer: Viewer, unitPath: string): boolean => viewer.canEditInventory(unitPath);

// ── The catalog's own checks ─────────────────────────────────────────────────

/** Days in the declared update period; null for IRREGULAR (不定期), which timeliness cannot judge. */
export const UPDATE_PERIOD_DAYS: Record<string, number | null> = {
  REAL_TIME: 1,
  DAILY: 1,
  WEEKLY: 7,
  MONTHLY: 31,
  QUARTERLY: 92,
  SEMI_ANNUAL: 183,
  ANNUAL: 366,
  IRREGULAR: null,
};

/**
 * 时效性 from the last update against the declared frequency: 100 within one period, falling
 * linearly to 0 at three periods late. Null when the frequency is irregular.
 */
export function timelinessCenti(updateFrequency: string, lastUpdate: Date, now: Date): number | null {
  const period = UPDATE_PERIOD_DAYS[updateFrequency];
  if (period == null) return null;
  const ageDays = Math.max(0, (now.getTime() - lastUpdate.getTime()) / DAY_MS);
  if (ageDays <= period) return 10_000;
  return Math.max(0, Math.round(10_000 * (1 - (ageDays - period) / (2 * period))));
}

export interface CatalogMetadataFacts {
  summary: string | null;
  sourceSystem: string | null;
  recordCount: number | null;
  publishedDate: string | null;
  sharingMethod: string | null;
  sharingType: string;
  itemCount: number;
  describedItemCount: number;
}

/**
 * Metadata 完整性 as X = A/B: the optional core fields of DOMAIN §2 filled in (summary, source
 * system, record count, published date, and the sharing method unless not shared), the resource
 * has items, and each item has a description.
 */
export function metadataCompleteness(r: CatalogMetadataFacts): { passed: number; total: number } {
  const fields = [r.summary, r.sourceSystem, r.recordCount, r.publishedDate];
  if (r.sharingType !== "NOT_SHARED") fields.push(r.sharingMethod);
  const filled = fields.filter((value) => value !== null && value !== "").length;
  return { passed: filled + (r.itemCount > 0 ? 1 : 0) + r.describedItemCount, total: fields.length + 1 + r.itemCount };
}

// ── 数据纠错: the issue workflow ──────────────────────────────────────────────

export type IssueAction = "accept" | "reject" | "rectify" | "verify" | "reopen";

interface Transition {
  from: readonly QualityIssueState[];
  to: QualityIssueState;
  refused: QualityErrorCode;
  /** Who may: the provider's own people, or the reporter and the district office. */
  by: "provider" | "verifier";
  past: string;
}

export const ISSUE_TRANSITIONS: Record<IssueAction, Transition> = {
  accept: {
    from: [QualityIssueState.REPORTED],
    to: QualityIssueState.ACCEPTED,
    refused: QualityErrorCode.QUALITY_ISSUE_CANNOT_ACCEPT,
    by: "provider",
    past: "accepted",
  },
  reject: {
    from: [QualityIssueState.REPORTED],
    to: QualityIssueState.REJECTED,
    refused: QualityErrorCode.QUALITY_ISSUE_CANNOT_REJECT,
    by: "provider",
    past: "rejected",
  },
  rectify: {
    from: [QualityIssueState.ACCEPTED, QualityIssueState.REOPENED],
    to: QualityIssueState.RECTIFIED,
    refused: QualityErrorCode.QUALITY_ISSUE_CANNOT_RECTIFY,
    by: "provider",
    past: "rectified",
  },
  verify: {
    from: [QualityIssueState.RECTIFIED],
    to: QualityIssueState.VERIFIED,
    refused: QualityErrorCode.QUALITY_ISSUE_CANNOT_VERIFY,
    by: "verifier",
    past: "verified",
  },
  reopen: {
    from: [QualityIssueState.RECTIFIED],
    to: QualityIssueState.REOPENED,
    refused: QualityErrorCode.QUALITY_ISSUE_CANNOT_REOPEN,
    by: "verifier",
    past: "reopened",
  },
};

/** States in which the provider owes work, and so can be overdue. */
export const OPEN_FOR_PROVIDER: readonly QualityIssueState[] = [QualityIssueState.REPORTED, QualityIssueState.ACCEPTED, QualityIssueState.REOPENED];

/** The provider's people: its (or an ancestor unit's) CDO or data specialist. District administrators are not (the issue routes to the provider). */
const isProviderPerson = (viewer: Viewer, providerPath: string): boolean => viewer.unitRoles.some((role) => providerPath.startsWith(role.unitPath));

/** The reporter, or the district office (district administrators, the district CDO and chief data executive). */
const isVerifier = (viewer: Viewer, reporterAccountId: number | null): boolean =>
  viewer.districtAdministrator || (reporterAccountId !== null && viewer.account?.id === reporterAccountId);

/** The next state of an issue, or the refusal: who may first (FORBIDDEN), then the state (the action's own code). */
export function nextIssueState(
  viewer: Viewer,
  issue: { state: QualityIssueState; reporterAccountId: number | null },
  provider: { path: string; name: string },
  action: IssueAction,
): QualityIssueState {
  const transition = ISSUE_TRANSITIONS[action];
  const allowed = transition.by === "provider" ? isProviderPerson(viewer, provider.path) : isVerifier(viewer, issue.reporterAccountId);
  if (!allowed)
    throw new CatalogError(
      CommonErrorCode.FORBIDDEN,
      transition.by === "provider" ? qualityMessages.issueProviderOnly(provider.name) : qualityMessages.issueVerifierOnly,
    );
  if (!transition.from.includes(issue.state))
    throw new QualityError(transition.refused, qualityMessages.cannot(transition.past, issue.state), { field: "id", state: issue.state });
  return transition.to;
}

/** Reasons (rejection, reopening) and notes: trimmed, required where the policy asks for one, bounded. */
export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const trimmed = value?.trim() ?? "";
  if (!trimmed) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, qualityMessages.reasonRequired, { field });
  if (trimmed.length > max) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, qualityMessages.textLength(max), { field });
  return trimmed;
}
