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

export const COMPARED_FIELDS: (keyof ResourceValues)[] = [
  "name",
  "catalogCategory",
  "classificationCode",
  "sequence",
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
];

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
