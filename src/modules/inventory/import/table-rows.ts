/**
 * The import's rows as the tables hold them: the columns it writes (in the order of its multi-row
 * INSERTs), a resource's and an item's values as such rows, and what counts as a changed item.
 * Column names come from the entities' TypeORM metadata (and the naming strategy the data source
 * uses): a column renamed on the entity is renamed here too.
 */
import { getMetadataArgsStorage } from "typeorm";
import { AUDIT_ENTRY_PROPERTIES, type AuditEntryValues } from "../../../common/audit";
import { SnakeNamingStrategy } from "../../../database/naming-strategy";
import { DataItem } from "../data-item.entity";
import { DataResource } from "../data-resource.entity";
import { type ItemValues, RESOURCE_FIELDS, type ResourceValues } from "./stored-inventory";

const naming = new SnakeNamingStrategy();

/** The table columns of an entity's properties, in the order given. */
function columnsOf(entity: Function | null, properties: readonly string[]): string[] {
  const declared = entity ? getMetadataArgsStorage().columns.filter((column) => column.target === entity) : [];
  return properties.map((property) => {
    const column = declared.find((c) => c.propertyName === property);
    if (entity && !column) throw new Error(`${entity.name} has no column for ${property}`);
    return naming.columnName(property, column?.options.name, []);
  });
}

/** A resource's written properties (RESOURCE_FIELDS), then version and timestamps. */
const RESOURCE_PROPERTIES = RESOURCE_FIELDS;

export const RESOURCE_COLUMNS = columnsOf(DataResource, [...RESOURCE_PROPERTIES, "version", "createdAt", "updatedAt"]);
export const RESOURCE_UPDATED_COLUMNS = RESOURCE_COLUMNS.filter((c) => !columnsOf(DataResource, ["code", "version", "createdAt"]).includes(c));

/** Booleans as 0/1, the same on both databases. */
const sqlValue = (value: unknown) => (typeof value === "boolean" ? +value : value);

export function resourceRow(r: ResourceValues, now: unknown): unknown[] {
  const row: unknown[] = RESOURCE_PROPERTIES.map((property) => sqlValue(r[property]));
  row.push(1, now, now);
  return row;
}

/** An item's written properties, after its resource id; the timestamps follow. */
const ITEM_PROPERTIES = [
  "code",
  "name",
  "dataType",
  "length",
  "description",
  "personalInformation",
  "sharingType",
] as const satisfies readonly (keyof ItemValues)[];
/** What an import may change of an item (all but its code). */
const ITEM_CHANGING = ITEM_PROPERTIES.filter((property) => property !== "code");

export const ITEM_COLUMNS = columnsOf(DataItem, ["resourceId", ...ITEM_PROPERTIES, "createdAt", "updatedAt"]);
export const ITEM_UPDATED_COLUMNS = columnsOf(DataItem, [...ITEM_CHANGING, "updatedAt"]);

export function itemRow(resourceId: number, item: ItemValues, now: unknown): unknown[] {
  const row: unknown[] = [resourceId];
  for (const property of ITEM_PROPERTIES) row.push(sqlValue(item[property]));
  row.push(now, now);
  return row;
}

export function itemChanged(before: ItemValues, after: ItemValues): boolean {
  return ITEM_CHANGING.some((property) => before[property] !== after[property]);
}

/** The audit table's columns (common/audit.ts defines the entry's shape; the audit module's entity maps it). */
export const AUDIT_COLUMNS = columnsOf(null, AUDIT_ENTRY_PROPERTIES);

/** An audit entry as a row of AUDIT_COLUMNS, with the time as the statement's driver wants it. */
export function auditRow(entry: AuditEntryValues, now: unknown): unknown[] {
  return AUDIT_ENTRY_PROPERTIES.map((property) => (property === "occurredAt" ? now : entry[property]));
}
