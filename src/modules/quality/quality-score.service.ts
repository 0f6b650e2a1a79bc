import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { DataResource, mayReadResource, ResourceStatus } from "../inventory";
import { Unit } from "../organisation";
import { QUALITY_DIMENSIONS, QualityDimension, TrendGranularity } from "./quality.enums";
import { dimensionLabels, qualityMessages } from "./quality.messages";
import { checkTrendRange, fromCenti, isBelowTarget, meanScore, overallScore, qualitySettings, toCenti, trendOf, type TrendPoint } from "./quality.policy";
import { QualityLoaders } from "./quality.loaders";
import { QualityMeasurement } from "./quality-measurement.entity";
import { QualityLatest } from "./quality-rollup.entity";
import { QualityDimensionScore, QualityScore, QualityScores } from "./quality.types";

/** The five dimensions of a resource (latest scores) or of a unit with its descendants (mean of its resources' latest scores). */
export async function dimensionScores(ctx: RequestContext, scores: QualityScores): Promise<QualityDimensionScore[]> {
  const defaultTarget = qualitySettings(ctx).defaultTargetScore;
  const loaders = ctx.loaders(QualityLoaders);
  const label = (d: QualityDimension) => ctx.localise(dimensionLabels[d]);
  if (scores.subject === "resource") {
    const latest = new Map((await loaders.latestOfResource.load(scores.subjectId)).map((l) => [l.dimension, l]));
    return QUALITY_DIMENSIONS.map((dimension) => {
      const l = latest.get(dimension);
      const score = l?.scoreCenti == null ? null : fromCenti(l.scoreCenti);
      const target = l?.targetCenti == null ? defaultTarget : fromCenti(l.targetCenti);
      return {
        dimension,
        label: label(dimension),
        score,
        target,
        belowTarget: isBelowTarget(score, target),
        measuredAt: l?.measuredAt ?? null,
        resourceCount: null,
      };
    });
  }
  const current = new Map((await loaders.currentOfUnit.load(scores.subjectId)).map((c) => [c.dimension, c]));
  return QUALITY_DIMENSIONS.map((dimension) => {
    const c = current.get(dimension);
    const score = c ? meanScore(c.scoreSum, c.resourceCount) : null;
    return {
      dimension,
      label: label(dimension),
      score,
      target: defaultTarget,
      belowTarget: isBelowTarget(score, defaultTarget),
      measuredAt: null,
      resourceCount: c?.resourceCount ?? 0,
    };
  });
}

export async function overallOf(ctx: RequestContext, scores: QualityScores): Promise<QualityScore> {
  const target = qualitySettings(ctx).defaultTargetScore;
  const score = overallScore((await dimensionScores(ctx, scores)).map((d) => d.score));
  return { score, target, belowTarget: isBelowTarget(score, target) };
}

export async function trend(ctx: RequestContext, scores: QualityScores, from: string, to: string, granularity: TrendGranularity): Promise<TrendPoint[]> {
  checkTrendRange(from, to);
  return trendOf(await ctx.loaders(QualityLoaders).daily(scores.subject, from, to).load(scores.subjectId), granularity);
}

/** Unit.quality: within the viewer's scope only (null elsewhere, as other out-of-scope fields). */
export const unitQuality = (ctx: RequestContext, unit: Unit): QualityScores | null =>
  ctx.viewer.canRead(unit.path) ? new QualityScores("unit", unit.id) : null;

/** The district's scores: its root unit's, for district administrators and analysts; null for other roles. */
export async function districtQuality(ctx: RequestContext): Promise<QualityScores | null> {
  requireSignedIn(ctx);
  if (!ctx.viewer.districtReader) return null;
  const root = await ctx.manager.findOne(Unit, { where: { depth: 0 }, order: { id: "ASC" } });
  return root ? new QualityScores("unit", root.id) : null;
}

export interface BelowTargetFilter {
  unitId?: string | null;
  includeDescendants?: boolean | null;
  dimension?: QualityDimension | null;
}

/** 低于目标: the latest scores below their target now, lowest first; within the viewer's units; retired resources left out. */
export async function belowTarget(ctx: RequestContext, filter: BelowTargetFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager
    .createQueryBuilder(QualityLatest, "l")
    .innerJoin(Unit, "u", "u.id = l.unitId")
    .innerJoin(DataResource, "r", "r.id = l.resourceId AND r.status <> :retired", { retired: ResourceStatus.RETIRED })
    .where("l.scoreCenti IS NOT NULL AND l.scoreCenti < COALESCE(l.targetCenti, :defaultTarget)", {
      defaultTarget: toCenti(qualitySettings(ctx).defaultTargetScore),
    });
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope) query.andWhere(scope.where, scope.params);
  if (filter.unitId) {
    const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", filter.unitId, "filter.unitId") });
    if (!unit) throw new CatalogError(CommonErrorCode.NOT_FOUND, qualityMessages.unitNotFound, { field: "filter.unitId" });
    if (filter.includeDescendants) query.andWhere("u.path LIKE :under", { under: `${unit.path}%` });
    else query.andWhere("l.unitId = :unitRowId", { unitRowId: unit.id });
  }
  if (filter.dimension) query.andWhere("l.dimension = :dimension", { dimension: filter.dimension });
  query.orderBy("l.scoreCenti", "ASC").addOrderBy("l.dimension", "ASC").addOrderBy("l.resourceId", "ASC");
  return paginateQuery(query, page);
}

/** A resource's raw measurements, newest first (the drill-down; dashboards read the roll-ups); empty for a resource the viewer may not read, as for a missing one. */
export async function measurementsOf(ctx: RequestContext, resourceId: string, dimension: QualityDimension | null | undefined, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const resource = await ctx.manager.findOneBy(DataResource, { id: rowIdOf("DataResource", resourceId, "resourceId") });
  const visible = resource !== null && (await mayReadResource(ctx, resource));
  const query = ctx.manager.createQueryBuilder(QualityMeasurement, "m").where("m.resourceId = :resourceRowId", { resourceRowId: visible ? resource.id : 0 });
  if (dimension) query.andWhere("m.dimension = :dimension", { dimension });
  query.orderBy("m.measuredAt", "DESC").addOrderBy("m.id", "DESC");
  return paginateQuery(query, page);
}
