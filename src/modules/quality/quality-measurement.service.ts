/** 质量测量的录入: checking and recording a batch of measurements, all or nothing, for the API and the CSV loader. */
import { type MeasuredResource, type MeasurementRow, type RecordedMeasurements, writeMeasurements } from "./quality-measurement-writes";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { parseGlobalId } from "../../common/global-id";
import { withTransaction } from "../../common/transaction";
import { BulkStatements, inCatalog, type DataResource } from "../inventory";
import { QualityDimension } from "./quality.enums";
import { QualityErrorCode } from "./quality.errors";
import { qualityMessages } from "./quality.messages";
import {
  checkMeasurement,
  districtDay,
  MAX_MEASUREMENTS_PER_BATCH,
  mayRecordQuality,
  measurementsOfColumns,
  rowError,
  type MeasurementColumns,
  type MeasurementFacts,
} from "./quality.policy";
import { chunks } from "../../common/chunks";

export async function measuredResources(tx: RequestContext, ids: readonly number[]): Promise<Map<number, MeasuredResource>> {
  const found = new Map<number, MeasuredResource>();
  const sql = new BulkStatements(tx.manager);
  for (const part of chunks([...new Set(ids)], sql.keysPerStatement)) {
    const rows = await sql.query<{ id: number; provider_unit_id: number; path: string; name: string; status: string; published_date: string | null }>(
      `SELECT r.id, r.provider_unit_id, u.path, u.name, r.status, r.published_date FROM data_resources r JOIN units u ON u.id = r.provider_unit_id WHERE r.id IN (${sql.placeholders(part.length)})`,
      part,
    );
    for (const r of rows)
      found.set(Number(r.id), {
        id: Number(r.id),
        providerUnitId: Number(r.provider_unit_id),
        unitPath: r.path,
        unitName: r.name,
        status: r.status,
        publishedDate: r.published_date,
      });
  }
  return found;
}

/** Who may read a measured resource: the shared catalog, and drafts within the viewer's units (the inventory's own rule). */
export const readable = (ctx: RequestContext, resource: MeasuredResource): boolean =>
  inCatalog(resource as unknown as DataResource) || ctx.viewer.canRead(resource.unitPath);

/** The row id of a global ID in a batch row: a malformed or foreign one is BAD_USER_INPUT naming the row. */
function rowIdIn(id: string, type: string, index: number, field: string): number {
  try {
    const parsed = parseGlobalId(id, field);
    if (parsed.type === type) return parsed.rowId;
  } catch {
    // named below with the row's index
  }
  throw rowError(index, field, { zh: `"${id}" 不是有效的 ID。`, en: `"${id}" is not a valid ${type} ID.` });
}

/**
 * recordQualityMeasurements: up to 10,000 rows, all or nothing. Every row is checked first (its
 * own values, its rule, its resource and the caller's right to record the provider's quality),
 * the first problem refused with the row's index; then the rows and their roll-ups are written
 * in multi-row statements, in one transaction.
 */
export async function recordQualityMeasurements(ctx: RequestContext, inputs: readonly MeasurementFacts[]): Promise<RecordedMeasurements> {
  requireSignedIn(ctx);
  if (inputs.length > MAX_MEASUREMENTS_PER_BATCH)
    throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, qualityMessages.batchTooLarge(MAX_MEASUREMENTS_PER_BATCH, inputs.length), { field: "input" });
  const now = ctx.now();
  const scores = inputs.map((row, index) => checkMeasurement(row, index, now).scoreCenti);
  // A batch names few distinct resources and rules, each many times: each global ID is decoded once.
  const decoded = { QualityRule: new Map<string, number>(), DataResource: new Map<string, number>() };
  const idIn = (id: string, type: keyof typeof decoded, index: number, field: string) => {
    let rowId = decoded[type].get(id);
    if (rowId === undefined) decoded[type].set(id, (rowId = rowIdIn(id, type, index, field)));
    return rowId;
  };
  const ruleIds = inputs.map((row, index) => (row.ruleId ? idIn(row.ruleId, "QualityRule", index, "ruleId") : null));
  const resourceIds = inputs.map((row, index) => (row.resourceId ? idIn(row.resourceId, "DataResource", index, "resourceId") : null));
  return withTransaction(ctx, async (tx) => {
    const rules = await rulesByIds(
      tx,
      ruleIds.filter((id): id is number => id !== null),
    );
    const rows: MeasurementRow[] = inputs.map((input, index) => {
      let resourceId = resourceIds[index];
      let dimension = input.dimension ?? null;
      const ruleId = ruleIds[index];
      if (ruleId !== null) {
        const rule = rules.get(ruleId);
        if (!rule) throw rowError(index, "ruleId", qualityMessages.ruleNotFound, CommonErrorCode.NOT_FOUND);
        if (!rule.active) throw rowError(index, "ruleId", qualityMessages.ruleInactive, QualityErrorCode.QUALITY_RULE_INACTIVE);
        if (resourceId !== null && resourceId !== rule.resourceId)
          throw rowError(index, "resourceId", qualityMessages.ruleMismatch("resourceId"), QualityErrorCode.QUALITY_RULE_MISMATCH);
        if (dimension !== null && dimension !== rule.dimension)
          throw rowError(index, "dimension", qualityMessages.ruleMismatch("dimension"), QualityErrorCode.QUALITY_RULE_MISMATCH);
        resourceId = rule.resourceId;
        dimension = rule.dimension;
      }
      const measuredAt = new Date(Math.floor(input.measuredAt.getTime() / 1000) * 1000);
      return {
        resourceId: resourceId!,
        ruleId,
        dimension: dimension!,
        scoreCenti: scores[index],
        passed: input.passed ?? null,
        total: input.total ?? null,
        source: input.source,
        measuredAt,
        day: districtDay(tx.settings.districtTimeZone, measuredAt),
        note: input.note?.trim() || null,
      };
    });
    const resources = await measuredResources(
      tx,
      rows.map((row) => row.resourceId),
    );
    // Scope per provider unit, once; an unreadable resource answers as a missing one (no existence oracle).
    const mayRecord = new Map<number, boolean>();
    rows.forEach((row, index) => {
      const resource = resources.get(row.resourceId);
      const readable = resource && (inCatalog(resource as unknown as DataResource) || tx.viewer.canRead(resource.unitPath));
      if (!resource || !readable)
        throw rowError(index, ruleIds[index] !== null ? "ruleId" : "resourceId", qualityMessages.resourceNotFound, CommonErrorCode.NOT_FOUND);
      let allowed = mayRecord.get(resource.providerUnitId);
      if (allowed === undefined) mayRecord.set(resource.providerUnitId, (allowed = mayRecordQuality(tx.viewer, resource.unitPath)));
      if (!allowed) throw rowError(index, "resourceId", qualityMessages.notEditor(resource.unitName), CommonErrorCode.FORBIDDEN);
    });
    return writeMeasurements(tx, rows, resources);
  });
}

/** recordQualityMeasurementColumns: the same batch as columns of scalars (cheaper to send and to coerce), recorded as recordQualityMeasurements records rows. */
export function recordQualityMeasurementColumns(ctx: RequestContext, columns: MeasurementColumns): Promise<RecordedMeasurements> {
  requireSignedIn(ctx);
  return recordQualityMeasurements(ctx, measurementsOfColumns(columns));
}

async function rulesByIds(tx: RequestContext, ids: readonly number[]) {
  const rules = new Map<number, { resourceId: number; dimension: QualityDimension; active: boolean }>();
  const sql = new BulkStatements(tx.manager);
  for (const part of chunks([...new Set(ids)], sql.keysPerStatement)) {
    const rows = await sql.query<{ id: number; resource_id: number; dimension: QualityDimension; active: number | boolean }>(
      `SELECT id, resource_id, dimension, active FROM quality_rules WHERE id IN (${sql.placeholders(part.length)})`,
      part,
    );
    for (const r of rows) rules.set(Number(r.id), { resourceId: Number(r.resource_id), dimension: r.dimension, active: Boolean(Number(r.active)) });
  }
  return rules;
}
