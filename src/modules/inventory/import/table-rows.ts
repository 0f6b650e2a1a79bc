/**
 * The import's rows as the tables hold them: the columns it writes (in the order of its multi-row
 * INSERTs), a resource's and an item's values as such rows, and what counts as a changed item.
 */
import type { ItemValues, ResourceValues } from "./stored-inventory";

export const RESOURCE_COLUMNS = [
  "code",
  "classification_code",
  "sequence",
  "catalog_category",
  "name",
  "provider_unit_id",
  "summary",
  "format",
  "source_system",
  "update_frequency",
  "record_count",
  "lifecycle_stage",
  "status",
  "sharing_type",
  "sharing_conditions",
  "not_shared_basis",
  "sharing_method",
  "open_type",
  "open_conditions",
  "level",
  "national_interest",
  "public_safety",
  "trade_secret",
  "personal_privacy",
  "published_date",
  "version",
  "created_at",
  "updated_at",
];
export const RESOURCE_UPDATED_COLUMNS = RESOURCE_COLUMNS.filter((c) => !["code", "version", "created_at"].includes(c));

export function resourceRow(r: ResourceValues, now: unknown): unknown[] {
  return [
    r.code,
    r.classificationCode,
    r.sequence,
    r.catalogCategory,
    r.name,
    r.providerUnitId,
    r.summary,
    r.format,
    r.sourceSystem,
    r.updateFrequency,
    r.recordCount,
    r.lifecycleStage,
    r.status,
    r.sharingType,
    r.sharingConditions,
    r.notSharedBasis,
    r.sharingMethod,
    r.openType,
    r.openConditions,
    r.level,
    +r.nationalInterest,
    +r.publicSafety,
    +r.tradeSecret,
    +r.personalPrivacy,
    r.publishedDate,
    1,
    now,
    now,
  ];
}

export const ITEM_COLUMNS = [
  "resource_id",
  "code",
  "name",
  "data_type",
  "length",
  "description",
  "personal_information",
  "sharing_type",
  "created_at",
  "updated_at",
];
export const ITEM_UPDATED_COLUMNS = ["name", "data_type", "length", "description", "personal_information", "sharing_type", "updated_at"];

export function itemRow(resourceId: number, item: ItemValues, now: unknown): unknown[] {
  return [resourceId, item.code, item.name, item.dataType, item.length, item.description, +item.personalInformation, item.sharingType, now, now];
}

export function itemChanged(before: ItemValues, after: ItemValues): boolean {
  return (
    before.name !== after.name ||
    before.dataType !== after.dataType ||
    before.length !== after.length ||
    before.description !== after.description ||
    before.personalInformation !== after.personalInformation ||
    before.sharingType !== after.sharingType
  );
}

export const AUDIT_COLUMNS = [
  "occurred_at",
  "request_id",
  "actor_account_id",
  "actor_username",
  "actor_role",
  "unit_id",
  "operation",
  "target_type",
  "target_id",
  "changes",
];
