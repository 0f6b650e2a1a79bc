/** 评价指标体系: the district's versioned indicator schemes (draft, publish, revise) and the district office's manual scores. */
import type {} from "typeorm";
import { recordChange } from "../../common/audit";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { requiresCdoAndSpecialist, Unit, UnitKind } from "../organisation";
import { EvaluationIndicator, EvaluationManualScore, EvaluationRun, EvaluationScheme } from "./evaluation.entity";
import { EvaluationMetric, EvaluationSchemeStatus, IndicatorCategory, IndicatorMethod } from "./evaluation.enums";
import { EvaluationError, EvaluationErrorCode } from "./evaluation.errors";
import { evaluationMessages } from "./evaluation.messages";
import {
  checkIndicatorShape,
  checkPublishable,
  checkReason,
  checkThresholds,
  checkYear,
  DEFAULT_THRESHOLDS,
  FULL_SCORE_CENTI,
  type GradeThresholds,
  MAX_INDICATORS,
  parseCenti,
  requiredText,
  requireEvaluationManager,
} from "./evaluation.policy";

interface IndicatorInput {
  category: IndicatorCategory;
  name: string;
  weight: string;
  method: IndicatorMethod;
  metric?: EvaluationMetric | null;
  zeroPoint?: string | null;
  fullPoint?: string | null;
}

interface GradeThresholdsInput {
  excellent: string;
  good: string;
  pass: string;
}

export interface CreateEvaluationScheme {
  districtId: string;
  year: number;
  title: string;
  grades?: GradeThresholdsInput | null;
  indicators: IndicatorInput[];
}

export interface UpdateEvaluationScheme {
  id: string;
  title?: string | null;
  grades?: GradeThresholdsInput | null;
  indicators?: IndicatorInput[] | null;
}

export interface SetEvaluationManualScore {
  indicatorId: string;
  unitId: string;
  score: string;
  reason: string;
}

type IndicatorValues = Omit<EvaluationIndicator, "id" | "schemeId" | "scheme">;

/** The largest metric point accepted: a million (hours, datasets, days…). */
const MAX_POINT_CENTI = 100_000_000;

function parseIndicators(inputs: readonly IndicatorInput[]): IndicatorValues[] {
  if (inputs.length > MAX_INDICATORS) throw badUserInput("indicators", evaluationMessages.tooMany(MAX_INDICATORS));
  return inputs.map((input, i) => {
    const field = `indicators.${i}`;
    const point = (value: string | null | undefined, name: string) =>
      value === null || value === undefined ? null : parseCenti(value, `${field}.${name}`, 0, MAX_POINT_CENTI);
    const indicator: IndicatorValues = {
      position: i + 1,
      category: input.category,
      name: requiredText(input.name, `${field}.name`),
      weightCenti: parseCenti(input.weight, `${field}.weight`, 1, FULL_SCORE_CENTI),
      method: input.method,
      metric: input.metric ?? null,
      zeroPointCenti: point(input.zeroPoint, "zeroPoint"),
      fullPointCenti: point(input.fullPoint, "fullPoint"),
    };
    checkIndicatorShape(indicator, field);
    return indicator;
  });
}

function parseThresholds(input: GradeThresholdsInput): GradeThresholds {
  return checkThresholds(
    {
      excellentCenti: parseCenti(input.excellent, "grades.excellent", 0, FULL_SCORE_CENTI),
      goodCenti: parseCenti(input.good, "grades.good", 0, FULL_SCORE_CENTI),
      passCenti: parseCenti(input.pass, "grades.pass", 0, FULL_SCORE_CENTI),
    },
    "grades",
  );
}

export async function schemeById(ctx: RequestContext, id: string, field: string): Promise<EvaluationScheme> {
  const scheme = await ctx.manager.findOneBy(EvaluationScheme, { id: rowIdOf("EvaluationScheme", id, field) });
  if (!scheme) throw notFound(evaluationMessages.schemeNotFound, field);
  return scheme;
}

export async function districtOf(ctx: RequestContext, unitId: number): Promise<Unit> {
  return ctx.manager.findOneByOrFail(Unit, { id: unitId });
}

function requireDraft(scheme: EvaluationScheme): void {
  if (scheme.status !== EvaluationSchemeStatus.DRAFT)
    throw new EvaluationError(EvaluationErrorCode.EVALUATION_SCHEME_PUBLISHED, evaluationMessages.published, { field: "id" });
}

export function requirePublished(scheme: EvaluationScheme, field: string): void {
  if (scheme.status !== EvaluationSchemeStatus.PUBLISHED)
    throw new EvaluationError(EvaluationErrorCode.EVALUATION_SCHEME_NOT_PUBLISHED, evaluationMessages.notPublished, { field });
}

export const indicatorsOf = (ctx: RequestContext, schemeId: number) =>
  ctx.manager.find(EvaluationIndicator, { where: { schemeId }, order: { position: "ASC" } });

/** What the trail keeps of a scheme: its fields and its indicators. */
const schemeSnapshot = (scheme: EvaluationScheme, indicators: readonly IndicatorValues[]) => ({
  ...scheme,
  indicators: indicators.map(({ position, category, name, weightCenti, method, metric, zeroPointCenti, fullPointCenti }) => ({
    position,
    category,
    name,
    weightCenti,
    method,
    metric,
    zeroPointCenti,
    fullPointCenti,
  })),
});

async function insertScheme(
  tx: RequestContext,
  values: Omit<EvaluationScheme, "id" | "version" | "createdAt" | "updatedAt">,
  indicators: readonly IndicatorValues[],
) {
  const last = await tx.manager
    .createQueryBuilder(EvaluationScheme, "s")
    .select("MAX(s.version)", "version")
    .where("s.districtUnitId = :district AND s.year = :year", { district: values.districtUnitId, year: values.year })
    .getRawOne<{ version: number | string | null }>();
  const now = tx.now();
  const scheme = tx.manager.create(EvaluationScheme, { ...values, version: Number(last?.version ?? 0) + 1, createdAt: now, updatedAt: now });
  await tx.manager.insert(EvaluationScheme, scheme);
  if (indicators.length)
    await tx.manager.insert(
      EvaluationIndicator,
      indicators.map((i) => ({ ...i, schemeId: scheme.id })),
    );
  return scheme;
}

/** 评价指标体系: a new draft version for the district's year (version 1, or the next one). */
export async function createEvaluationScheme(ctx: RequestContext, input: CreateEvaluationScheme): Promise<EvaluationScheme> {
  requireEvaluationManager(ctx);
  const year = checkYear(input.year);
  const title = requiredText(input.title, "title");
  const thresholds = input.grades ? parseThresholds(input.grades) : DEFAULT_THRESHOLDS;
  const indicators = parseIndicators(input.indicators);
  return withTransaction(ctx, async (tx) => {
    const district = await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", input.districtId, "districtId") });
    if (!district) throw notFound(evaluationMessages.unitNotFound, "districtId");
    if (district.kind !== UnitKind.DISTRICT) throw badUserInput("districtId", evaluationMessages.notDistrict);
    const scheme = await insertScheme(
      tx,
      { districtUnitId: district.id, year, title, status: EvaluationSchemeStatus.DRAFT, ...thresholds, basedOnSchemeId: null, publishedAt: null },
      indicators,
    );
    await recordChange(
      tx,
      { type: "EvaluationScheme", id: scheme.id, unit: { id: district.id, path: district.path } },
      null,
      schemeSnapshot(scheme, indicators),
    );
    return scheme;
  });
}

/** A draft's title, thresholds or indicators (given indicators replace them all). A published version is frozen. */
export async function updateEvaluationScheme(ctx: RequestContext, input: UpdateEvaluationScheme): Promise<EvaluationScheme> {
  requireEvaluationManager(ctx);
  const title = input.title === null || input.title === undefined ? undefined : requiredText(input.title, "title");
  const thresholds = input.grades ? parseThresholds(input.grades) : undefined;
  const indicators = input.indicators ? parseIndicators(input.indicators) : undefined;
  return withTransaction(ctx, async (tx) => {
    const scheme = await schemeById(tx, input.id, "id");
    requireDraft(scheme);
    const before = schemeSnapshot({ ...scheme }, await indicatorsOf(tx, scheme.id));
    Object.assign(scheme, { ...(title ? { title } : {}), ...(thresholds ?? {}), updatedAt: tx.now() });
    await tx.manager.update(
      EvaluationScheme,
      { id: scheme.id },
      { title: scheme.title, excellentCenti: scheme.excellentCenti, goodCenti: scheme.goodCenti, passCenti: scheme.passCenti, updatedAt: scheme.updatedAt },
    );
    if (indicators) {
      await tx.manager.delete(EvaluationIndicator, { schemeId: scheme.id });
      if (indicators.length)
        await tx.manager.insert(
          EvaluationIndicator,
          indicators.map((i) => ({ ...i, schemeId: scheme.id })),
        );
    }
    await recordDistrictChange(tx, "EvaluationScheme", scheme, before, { ...before, ...schemeSnapshot(scheme, indicators ?? before.indicators) });
    return scheme;
  });
}

/** A district-wide record's audit entry (schemes and runs belong to the district). */
export async function recordDistrictChange(
  tx: RequestContext,
  type: string,
  record: { id: number; districtUnitId: number },
  before: object | null,
  after: object,
) {
  const district = await districtOf(tx, record.districtUnitId);
  await recordChange(tx, { type, id: record.id, unit: { id: district.id, path: district.path } }, before, after);
}

/** 发布 a scheme version or a run: published now, never changed again. */
export async function markPublished<T extends EvaluationScheme | EvaluationRun>(
  tx: RequestContext,
  type: "EvaluationScheme" | "EvaluationRun",
  record: T,
  status: T["status"],
): Promise<T> {
  const before = { ...record };
  const now = tx.now();
  Object.assign(record, { status, publishedAt: now, updatedAt: now });
  await tx.manager.update(type, { id: record.id }, { status, publishedAt: now, updatedAt: now });
  await recordDistrictChange(tx, type, record, before, record);
  return record;
}

/** 发布: freezes a draft version once its weights sum to exactly 100. */
export async function publishEvaluationScheme(ctx: RequestContext, id: string): Promise<EvaluationScheme> {
  requireEvaluationManager(ctx);
  return withTransaction(ctx, async (tx) => {
    const scheme = await schemeById(tx, id, "id");
    requireDraft(scheme);
    checkPublishable((await indicatorsOf(tx, scheme.id)).map((i) => i.weightCenti));
    return markPublished(tx, "EvaluationScheme", scheme, EvaluationSchemeStatus.PUBLISHED);
  });
}

/** 修订: "changing" a published version makes the next version, a draft copy of it; the published one and its runs stay as they are. */
export async function reviseEvaluationScheme(ctx: RequestContext, id: string): Promise<EvaluationScheme> {
  requireEvaluationManager(ctx);
  return withTransaction(ctx, async (tx) => {
    const published = await schemeById(tx, id, "id");
    requirePublished(published, "id");
    const indicators = (await indicatorsOf(tx, published.id)).map(({ id: _id, schemeId: _scheme, ...values }) => values);
    const { districtUnitId, year, title, excellentCenti, goodCenti, passCenti } = published;
    const scheme = await insertScheme(
      tx,
      {
        districtUnitId,
        year,
        title,
        excellentCenti,
        goodCenti,
        passCenti,
        status: EvaluationSchemeStatus.DRAFT,
        basedOnSchemeId: published.id,
        publishedAt: null,
      },
      indicators,
    );
    const district = await districtOf(tx, districtUnitId);
    await recordChange(
      tx,
      { type: "EvaluationScheme", id: scheme.id, unit: { id: district.id, path: district.path } },
      null,
      schemeSnapshot(scheme, indicators),
    );
    return scheme;
  });
}

/** A unit the district evaluates: of the district, and one that must have a CDO. */
function checkEvaluatedUnit(unit: Unit | null, district: Unit): Unit {
  if (!unit) throw notFound(evaluationMessages.unitNotFound, "unitId");
  if (!unit.path.startsWith(district.path) || !requiresCdoAndSpecialist(unit.kind)) throw badUserInput("unitId", evaluationMessages.unitNotEvaluated);
  return unit;
}

/** 人工评分: the district office scores a unit on a MANUAL indicator of a published version, with a reason (set again to change it). */
export async function setEvaluationManualScore(ctx: RequestContext, input: SetEvaluationManualScore): Promise<EvaluationManualScore> {
  requireEvaluationManager(ctx);
  const scoreCenti = parseCenti(input.score, "score", 0, FULL_SCORE_CENTI);
  const reason = checkReason(input.reason);
  return withTransaction(ctx, async (tx) => {
    const indicator = await tx.manager.findOneBy(EvaluationIndicator, { id: rowIdOf("EvaluationIndicator", input.indicatorId, "indicatorId") });
    if (!indicator) throw notFound(evaluationMessages.indicatorNotFound, "indicatorId");
    if (indicator.method !== IndicatorMethod.MANUAL) throw badUserInput("indicatorId", evaluationMessages.notManual);
    const scheme = await tx.manager.findOneByOrFail(EvaluationScheme, { id: indicator.schemeId });
    requirePublished(scheme, "indicatorId");
    const district = await districtOf(tx, scheme.districtUnitId);
    const unit = checkEvaluatedUnit(await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", input.unitId, "unitId") }), district);
    const existing = await tx.manager.findOneBy(EvaluationManualScore, { indicatorId: indicator.id, unitId: unit.id });
    const now = tx.now();
    const target = (id: number) => ({ type: "EvaluationManualScore", id, unit: { id: unit.id, path: unit.path } });
    if (existing) {
      const before = { ...existing };
      Object.assign(existing, { scoreCenti, reason, updatedAt: now });
      await tx.manager.update(EvaluationManualScore, { id: existing.id }, { scoreCenti, reason, updatedAt: now });
      await recordChange(tx, target(existing.id), before, existing);
      return existing;
    }
    const score = tx.manager.create(EvaluationManualScore, { indicatorId: indicator.id, unitId: unit.id, scoreCenti, reason, createdAt: now, updatedAt: now });
    await tx.manager.insert(EvaluationManualScore, score);
    await recordChange(tx, target(score.id), null, score);
    return score;
  });
}

/** Scheme versions of a year (of one district, if given), the latest version first. Readable by every role: the indicators are for every unit CDO. */
export function findEvaluationSchemes(ctx: RequestContext, filter: { year: number; districtId?: string | null }, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(EvaluationScheme, "s").where("s.year = :year", { year: checkYear(filter.year) });
  if (filter.districtId) query.andWhere("s.districtUnitId = :district", { district: rowIdOf("Unit", filter.districtId, "districtId") });
  return paginateQuery(query.orderBy("s.version", "DESC").addOrderBy("s.id", "DESC"), page);
}
