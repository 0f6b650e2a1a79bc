import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { BulkStatements, InventoryLoaders, mayReadResource } from "../inventory";
import { OrganisationLoaders } from "../organisation";
import type { QualityDimension } from "./quality.enums";
import type { DailyRollup } from "./quality.policy";
import { QualityIssue } from "./quality-issue.entity";
import { QualityMeasurement } from "./quality-measurement.entity";
import { QualityRule } from "./quality-rule.entity";
import { dateOfRow } from "./quality-sql";
import { mayReadIssue } from "./quality-issue.service";

export interface LatestScore {
  resourceId: number;
  dimension: QualityDimension;
  scoreCenti: number | null;
  measuredAt: Date | null;
  targetCenti: number | null;
}

export interface UnitCurrent {
  unitId: number;
  dimension: QualityDimension;
  resourceCount: number;
  scoreSum: number;
}

/**
 * The quality module's per-request loaders. Scores and trends read the roll-ups only, one
 * `IN (…)` statement per level of a page whatever its size: a page of 20 units × 10 resources
 * asks for its resources' latest scores once.
 */
export class QualityLoaders {
  private readonly dailyLoaders = new Map<string, DataLoader<number, DailyRollup[]>>();

  constructor(private readonly ctx: RequestContext) {}

  private get sql() {
    return new BulkStatements(this.ctx.manager);
  }

  readonly latestOfResource = new DataLoader<number, LatestScore[]>(async (ids) => {
    const sql = this.sql;
    const rows = await sql.query<{
      resource_id: number;
      dimension: QualityDimension;
      score_centi: number | null;
      measured_at: unknown;
      target_centi: number | null;
    }>(`SELECT resource_id, dimension, score_centi, measured_at, target_centi FROM quality_latest WHERE resource_id IN (${sql.placeholders(ids.length)})`, [
      ...ids,
    ]);
    const scores = rows.map((r) => ({
      resourceId: Number(r.resource_id),
      dimension: r.dimension,
      scoreCenti: r.score_centi === null ? null : Number(r.score_centi),
      measuredAt: r.measured_at === null ? null : dateOfRow(r.measured_at),
      targetCenti: r.target_centi === null ? null : Number(r.target_centi),
    }));
    return groupedByKey(ids, scores, (s) => s.resourceId);
  });

  readonly currentOfUnit = new DataLoader<number, UnitCurrent[]>(async (ids) => {
    const sql = this.sql;
    const rows = await sql.query<{ unit_id: number; dimension: QualityDimension; resource_count: number; score_sum: number | string }>(
      `SELECT unit_id, dimension, resource_count, score_sum FROM quality_unit_current WHERE unit_id IN (${sql.placeholders(ids.length)})`,
      [...ids],
    );
    const current = rows.map((r) => ({
      unitId: Number(r.unit_id),
      dimension: r.dimension,
      resourceCount: Number(r.resource_count),
      scoreSum: Number(r.score_sum),
    }));
    return groupedByKey(ids, current, (c) => c.unitId);
  });

  readonly rulesOfResource = new DataLoader<number, QualityRule[]>(async (ids) =>
    groupedByKey(
      ids,
      await this.ctx.manager.find(QualityRule, { where: { resourceId: In([...ids]) }, order: { dimension: "ASC", id: "ASC" } }),
      (r) => r.resourceId,
    ),
  );

  readonly ruleById = new DataLoader<number, QualityRule | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(QualityRule, { id: In([...ids]) }), (r) => r.id),
  );

  readonly issueById = new DataLoader<number, QualityIssue | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(QualityIssue, { id: In([...ids]) }), (i) => i.id),
  );

  readonly measurementById = new DataLoader<number, QualityMeasurement | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(QualityMeasurement, { id: In([...ids]) }), (m) => m.id),
  );

  /** Daily roll-ups of resources (quality_daily) or units with their descendants (quality_unit_daily), from..to inclusive. */
  daily(subject: "resource" | "unit", from: string, to: string): DataLoader<number, DailyRollup[]> {
    const key = `${subject}:${from}:${to}`;
    let loader = this.dailyLoaders.get(key);
    if (!loader) {
      const [table, column] = subject === "resource" ? ["quality_daily", "resource_id"] : ["quality_unit_daily", "unit_id"];
      loader = new DataLoader<number, DailyRollup[]>(async (ids) => {
        const sql = this.sql;
        const rows = await sql.query<{ subject: number; dimension: QualityDimension; day: string; measurement_count: number; score_sum: number | string }>(
          `SELECT ${column} AS subject, dimension, day, measurement_count, score_sum FROM ${table} WHERE ${column} IN (${sql.placeholders(ids.length)}) AND day >= ? AND day <= ?`,
          [...ids, from, to],
        );
        const daily = rows.map((r) => ({
          subject: Number(r.subject),
          dimension: r.dimension,
          day: String(r.day).slice(0, 10),
          count: Number(r.measurement_count),
          sum: Number(r.score_sum),
        }));
        return groupedByKey(ids, daily, (d) => d.subject);
      });
      this.dailyLoaders.set(key, loader);
    }
    return loader;
  }
}

/** A rule, a measurement or an issue is readable when its resource is (issues: their reporter and provider's people too). */
async function readableResource(ctx: RequestContext, resourceId: number): Promise<boolean> {
  const resource = await ctx.loaders(InventoryLoaders).resourceById.load(resourceId);
  return resource !== null && (await mayReadResource(ctx, resource));
}

/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const qualityNodeTypes = [
  nodeType(QualityRule, "QualityRule", async (ctx, ids) => {
    requireSignedIn(ctx);
    const rules = await ctx.loaders(QualityLoaders).ruleById.loadMany(ids);
    return Promise.all(rules.map(async (r) => (r instanceof QualityRule && (await readableResource(ctx, r.resourceId)) ? r : null)));
  }),
  nodeType(QualityMeasurement, "QualityMeasurement", async (ctx, ids) => {
    requireSignedIn(ctx);
    const measurements = await ctx.loaders(QualityLoaders).measurementById.loadMany(ids);
    return Promise.all(measurements.map(async (m) => (m instanceof QualityMeasurement && (await readableResource(ctx, m.resourceId)) ? m : null)));
  }),
  nodeType(QualityIssue, "QualityIssue", async (ctx, ids) => {
    requireSignedIn(ctx);
    const issues = await ctx.loaders(QualityLoaders).issueById.loadMany(ids);
    return Promise.all(
      issues.map(async (issue) => {
        if (!(issue instanceof QualityIssue)) return null;
        const unit = await ctx.loaders(OrganisationLoaders).unitById.load(issue.providerUnitId);
        return unit && mayReadIssue(ctx, issue, unit.path) ? issue : null;
      }),
    );
  }),
];
