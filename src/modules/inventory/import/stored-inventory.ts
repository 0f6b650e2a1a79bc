import {
  CatalogCategory,
  DataLevel,
  ItemDataType,
  LifecycleStage,
  OpenType,
  ResourceFormat,
  ResourceStatus,
  SharingMethod,
  SharingType,
  UpdateFrequency,
} from "../inventory.enums";
import type { BulkStatements } from "./bulk-statements";

/**
 * Resources and items as the import and export read and write them: plain values straight from
 * (or for) the tables, without the ORM, so 50,000 rows cost what their SQL costs.
 */

/** A resource's fields as the import writes them (DataResource without id, version and timestamps). */
export interface ResourceValues {
  code: string;
  classificationCode: string;
  sequence: number;
  catalogCategory: CatalogCategory;
  name: string;
  providerUnitId: number;
  summary: string | null;
  format: ResourceFormat;
  sourceSystem: string | null;
  updateFrequency: UpdateFrequency;
  recordCount: number | null;
  lifecycleStage: LifecycleStage;
  status: ResourceStatus;
  sharingType: SharingType;
  sharingConditions: string | null;
  notSharedBasis: string | null;
  sharingMethod: SharingMethod | null;
  openType: OpenType;
  openConditions: string | null;
  level: DataLevel;
  nationalInterest: boolean;
  publicSafety: boolean;
  tradeSecret: boolean;
  personalPrivacy: boolean;
  publishedDate: string | null;
}

/** A resource's written properties, in the order of the import's INSERTs (table-rows.ts). */
export const RESOURCE_FIELDS = [
  "code",
  "classificationCode",
  "sequence",
  "catalogCategory",
  "name",
  "providerUnitId",
  "summary",
  "format",
  "sourceSystem",
  "updateFrequency",
  "recordCount",
  "lifecycleStage",
  "status",
  "sharingType",
  "sharingConditions",
  "notSharedBasis",
  "sharingMethod",
  "openType",
  "openConditions",
  "level",
  "nationalInterest",
  "publicSafety",
  "tradeSecret",
  "personalPrivacy",
  "publishedDate",
] as const satisfies readonly (keyof ResourceValues)[];

/** What makes a stored resource changed (its code is what matched it). */
export const COMPARED_FIELDS = RESOURCE_FIELDS.filter((field) => field !== "code");

export interface ExistingResource extends ResourceValues {
  id: number;
  version: number;
}

export interface ItemValues {
  code: string;
  name: string;
  dataType: ItemDataType;
  length: number | null;
  description: string | null;
  personalInformation: boolean;
  sharingType: SharingType | null;
}

export interface ExistingItem extends ItemValues {
  id: number;
}

export function resourceFromRow(row: Record<string, unknown>): ExistingResource {
  const text = (value: unknown) => (value == null ? null : String(value));
  return {
    id: Number(row.id),
    version: Number(row.version),
    code: String(row.code),
    classificationCode: String(row.classification_code),
    sequence: Number(row.sequence),
    catalogCategory: row.catalog_category as CatalogCategory,
    name: String(row.name),
    providerUnitId: Number(row.provider_unit_id),
    summary: text(row.summary),
    format: row.format as ResourceFormat,
    sourceSystem: text(row.source_system),
    updateFrequency: row.update_frequency as UpdateFrequency,
    recordCount: row.record_count == null ? null : Number(row.record_count),
    lifecycleStage: row.lifecycle_stage as LifecycleStage,
    status: row.status as ResourceStatus,
    sharingType: row.sharing_type as SharingType,
    sharingConditions: text(row.sharing_conditions),
    notSharedBasis: text(row.not_shared_basis),
    sharingMethod: (row.sharing_method as SharingMethod | null) ?? null,
    openType: row.open_type as OpenType,
    openConditions: text(row.open_conditions),
    level: row.level as DataLevel,
    nationalInterest: Boolean(Number(row.national_interest)),
    publicSafety: Boolean(Number(row.public_safety)),
    tradeSecret: Boolean(Number(row.trade_secret)),
    personalPrivacy: Boolean(Number(row.personal_privacy)),
    publishedDate: text(row.published_date),
  };
}

export function itemFromRow(row: Record<string, unknown>): ExistingItem {
  return {
    id: Number(row.id),
    code: String(row.code),
    name: String(row.name),
    dataType: row.data_type as ItemDataType,
    length: row.length == null ? null : Number(row.length),
    description: row.description == null ? null : String(row.description),
    personalInformation: Boolean(Number(row.personal_information)),
    sharingType: (row.sharing_type as SharingType | null) ?? null,
  };
}

// ── Reads of the stored inventory, one IN (…) statement per batch of the import ──

/** Stored resources by code; `lock` (a writing import on MySQL/MariaDB) locks the rows and the gaps of new codes until the commit. */
export async function storedResourcesByCode(sql: BulkStatements, codes: string[], lock: boolean): Promise<Map<string, ExistingResource>> {
  const found = new Map<string, ExistingResource>();
  if (codes.length === 0) return found;
  const forUpdate = lock && sql.dialect === "mysql" ? " FOR UPDATE" : "";
  const rows = await sql.query(`SELECT * FROM data_resources WHERE code IN (${sql.placeholders(codes.length)})${forUpdate}`, codes);
  for (const row of rows) {
    const resource = resourceFromRow(row);
    found.set(resource.code, resource);
  }
  return found;
}

/** Stored resources of the given providers whose name is one of `names` (code-less rows are matched by name). */
export async function storedResourcesByName(sql: BulkStatements, providerIds: number[], names: string[], lock: boolean): Promise<ExistingResource[]> {
  if (providerIds.length === 0 || names.length === 0) return [];
  const forUpdate = lock && sql.dialect === "mysql" ? " FOR UPDATE" : "";
  const rows = await sql.query(
    `SELECT * FROM data_resources WHERE provider_unit_id IN (${sql.placeholders(providerIds.length)}) AND name IN (${sql.placeholders(names.length)})${forUpdate}`,
    [...providerIds, ...names],
  );
  return rows.map(resourceFromRow);
}

function groupBy<T>(rows: T[], keyOf: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(row);
  }
  return groups;
}

/** The stored items of each resource. */
export async function storedItemsOf(sql: BulkStatements, resourceIds: number[]): Promise<Map<number, ExistingItem[]>> {
  if (resourceIds.length === 0) return new Map();
  const rows = await sql.query(`SELECT * FROM data_items WHERE resource_id IN (${sql.placeholders(resourceIds.length)})`, resourceIds);
  const byResource = groupBy(rows, (row) => Number(row.resource_id));
  return new Map([...byResource].map(([id, list]) => [id, list.map(itemFromRow)]));
}

/** The names of the functions each resource serves. */
export async function storedFunctionNamesOf(sql: BulkStatements, resourceIds: number[]): Promise<Map<number, string[]>> {
  if (resourceIds.length === 0) return new Map();
  const rows = await sql.query<{ resource_id: number; name: string }>(
    `SELECT rf.resource_id, f.name FROM data_resource_functions rf INNER JOIN functions f ON f.id = rf.function_id WHERE rf.resource_id IN (${sql.placeholders(resourceIds.length)})`,
    resourceIds,
  );
  const byResource = groupBy(rows, (row) => Number(row.resource_id));
  return new Map([...byResource].map(([id, list]) => [id, list.map((row) => row.name)]));
}

/** MAX(sequence) of each classification code (0 for one without resources), as the API's nextSequence. */
export async function storedSequences(sql: BulkStatements, classificationCodes: string[]): Promise<Map<string, number>> {
  if (classificationCodes.length === 0) return new Map();
  const rows = await sql.query<{ classification_code: string; max: number | string | null }>(
    `SELECT classification_code, MAX(sequence) AS max FROM data_resources WHERE classification_code IN (${sql.placeholders(classificationCodes.length)}) GROUP BY classification_code`,
    classificationCodes,
  );
  const max = new Map(rows.map((row) => [row.classification_code, Number(row.max ?? 0)]));
  return new Map(classificationCodes.map((code) => [code, max.get(code) ?? 0]));
}

/** The functions of each unit. */
export async function storedFunctionsOf(sql: BulkStatements, unitIds: number[]): Promise<Map<number, { id: number; name: string }[]>> {
  if (unitIds.length === 0) return new Map();
  const rows = await sql.query<{ id: number; unit_id: number; name: string }>(
    `SELECT id, unit_id, name FROM functions WHERE unit_id IN (${sql.placeholders(unitIds.length)})`,
    unitIds,
  );
  const byUnit = groupBy(rows, (row) => Number(row.unit_id));
  return new Map(unitIds.map((id) => [id, (byUnit.get(id) ?? []).map((row) => ({ id: Number(row.id), name: row.name }))]));
}
