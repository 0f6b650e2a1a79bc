import { IsInt, IsOptional, Length, Matches, MaxLength, Min, ValidateNested } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { Unit } from "../organisation";
import { CatalogFunction } from "./catalog-function.entity";
import { DataItem } from "./data-item.entity";
import { DataResource } from "./data-resource.entity";
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
} from "./inventory.enums";
import { TEXT_LIMITS } from "./inventory.policy";

export const DataItemConnection = ConnectionType("DataItem", DataItem);
export const FunctionConnection = ConnectionType("Function", CatalogFunction);
/** A unit's own resources, nested under the unit (no facets: those belong to searches). */
export const UnitDataResourceConnection = ConnectionType("UnitDataResource", DataResource);

// ── Facets ───────────────────────────────────────────────────────────────────

@ObjectType()
export class UnitFacet {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class SharingTypeFacet {
  @Field(() => SharingType)
  value!: SharingType;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class OpenTypeFacet {
  @Field(() => OpenType)
  value!: OpenType;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class LevelFacet {
  @Field(() => DataLevel)
  value!: DataLevel;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "How the matching resources (all pages) divide up; each list is computed only when asked for." })
export class DataResourceFacets {
  @Field(() => [UnitFacet], { description: "By providing unit, largest first." })
  byUnit!: UnitFacet[];

  @Field(() => [SharingTypeFacet])
  bySharingType!: SharingTypeFacet[];

  @Field(() => [OpenTypeFacet])
  byOpenType!: OpenTypeFacet[];

  @Field(() => [LevelFacet])
  byLevel!: LevelFacet[];
}

@ObjectType("DataResourceConnection", { description: "A page of data resources, with facet counts over every match." })
export class DataResourceConnection extends ConnectionType("DataResource", DataResource, { abstract: true }) {
  @Field(() => DataResourceFacets)
  facets!: DataResourceFacets;
}

// ── Finding resources ────────────────────────────────────────────────────────

export enum SensitivityFlag {
  NATIONAL_INTEREST = "NATIONAL_INTEREST",
  PUBLIC_SAFETY = "PUBLIC_SAFETY",
  TRADE_SECRET = "TRADE_SECRET",
  PERSONAL_PRIVACY = "PERSONAL_PRIVACY",
}
registerEnumType(SensitivityFlag, { name: "SensitivityFlag", description: "涉及国家利益、公共安全、商业秘密、个人隐私" });

export enum DataResourceOrderField {
  CODE = "CODE",
  NAME = "NAME",
  UPDATED_AT = "UPDATED_AT",
  RECORD_COUNT = "RECORD_COUNT",
}
registerEnumType(DataResourceOrderField, { name: "DataResourceOrderField" });

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, { name: "OrderDirection" });

@InputType()
export class DataResourceOrder {
  @Field(() => DataResourceOrderField)
  field!: DataResourceOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

@InputType({ description: "Which resources to list. Filters combine with AND; the values inside one list with OR." })
export class DataResourceFilter {
  @Field(() => ID, { nullable: true, description: "Resources provided by this unit (or by it and its subordinate units, with includeDescendants)." })
  @IsOptional()
  unitId?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeDescendants?: boolean;

  @Field(() => [CatalogCategory], { nullable: true })
  @IsOptional()
  catalogCategories?: CatalogCategory[];

  @Field(() => String, { nullable: true, description: "Classification codes starting with this, e.g. 301 or 301002." })
  @IsOptional()
  @Matches(/^\d{1,6}$/, { message: "classificationCodePrefix must be 1–6 digits" })
  classificationCodePrefix?: string;

  @Field(() => [DataLevel], { nullable: true })
  @IsOptional()
  levels?: DataLevel[];

  @Field(() => [SensitivityFlag], { nullable: true, description: "Resources carrying any of these flags." })
  @IsOptional()
  sensitivity?: SensitivityFlag[];

  @Field(() => [SharingType], { nullable: true })
  @IsOptional()
  sharingTypes?: SharingType[];

  @Field(() => [OpenType], { nullable: true })
  @IsOptional()
  openTypes?: OpenType[];

  @Field(() => [LifecycleStage], { nullable: true })
  @IsOptional()
  lifecycleStages?: LifecycleStage[];

  @Field(() => [ResourceStatus], { nullable: true })
  @IsOptional()
  statuses?: ResourceStatus[];

  @Field(() => [UpdateFrequency], { nullable: true })
  @IsOptional()
  updateFrequencies?: UpdateFrequency[];

  @Field(() => String, { nullable: true, description: "Part of a resource's name or summary, or of one of its items' names (Chinese substring)." })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@ArgsType()
export class DataResourcesArgs extends ConnectionArgs {
  @Field(() => DataResourceFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: DataResourceFilter;

  @Field(() => DataResourceOrder, { nullable: true, description: "Default: by code." })
  @IsOptional()
  @ValidateNested()
  orderBy?: DataResourceOrder;
}

// ── Writing ──────────────────────────────────────────────────────────────────

@InputType()
export class DataItemInput {
  @Field({ description: "信息项编码, unique within the resource: 1–64 letters, digits, '_', '.' or '-' (else ITEM_CODE_INVALID)." })
  code!: string;

  @Field()
  @Length(1, TEXT_LIMITS.itemName)
  name!: string;

  @Field(() => ItemDataType)
  dataType!: ItemDataType;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  length?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.itemDescription)
  description?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  personalInformation?: boolean;

  @Field(() => SharingType, { nullable: true, description: "Only if stricter than the resource's." })
  @IsOptional()
  sharingType?: SharingType | null;
}

/** The descriptive fields a resource has, on create and (all optional) on update. */
@InputType()
class ResourceFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.summary)
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.sourceSystem)
  sourceSystem?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  recordCount?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.conditions)
  sharingConditions?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.conditions)
  notSharedBasis?: string | null;

  @Field(() => SharingMethod, { nullable: true })
  @IsOptional()
  sharingMethod?: SharingMethod | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.conditions)
  openConditions?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Default for a published resource: the day it is published." })
  @IsOptional()
  publishedDate?: string | null;

  @Field(() => [ID], { nullable: true, description: "The provider's functions the resource serves." })
  @IsOptional()
  functionIds?: string[];

  @Field(() => [DataItemInput], { nullable: true, description: "On update: the resource's full item list (matched by code; items not listed are removed)." })
  @IsOptional()
  @ValidateNested({ each: true })
  items?: DataItemInput[];
}

@InputType()
export class CreateDataResourceInput extends ResourceFieldsInput {
  @Field(() => ID)
  providerUnitId!: string;

  @Field()
  @Length(1, TEXT_LIMITS.resourceName)
  name!: string;

  @Field(() => CatalogCategory)
  catalogCategory!: CatalogCategory;

  @Field({ description: "6 digits, e.g. 301002; its first digit matches the category." })
  classificationCode!: string;

  @Field(() => String, { nullable: true, description: "Leave out to have the next sequence assigned (e.g. 301002/00016)." })
  @IsOptional()
  code?: string | null;

  @Field(() => ResourceFormat)
  format!: ResourceFormat;

  @Field(() => UpdateFrequency)
  updateFrequency!: UpdateFrequency;

  @Field(() => LifecycleStage, { defaultValue: LifecycleStage.PLANNING })
  lifecycleStage!: LifecycleStage;

  @Field(() => ResourceStatus, { defaultValue: ResourceStatus.DRAFT, description: "DRAFT or PUBLISHED." })
  status!: ResourceStatus;

  @Field(() => SharingType)
  sharingType!: SharingType;

  @Field(() => OpenType)
  openType!: OpenType;

  @Field(() => DataLevel)
  level!: DataLevel;

  @Field({ defaultValue: false })
  nationalInterest!: boolean;

  @Field({ defaultValue: false })
  publicSafety!: boolean;

  @Field({ defaultValue: false })
  tradeSecret!: boolean;

  @Field({ defaultValue: false })
  personalPrivacy!: boolean;
}

@InputType({ description: "Changes a resource. Omitted fields stay as they are; null clears an optional one." })
export class UpdateDataResourceInput extends ResourceFieldsInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version you read: a stale one is refused with CONFLICT and nothing is written." })
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, TEXT_LIMITS.resourceName)
  name?: string;

  @Field(() => ResourceFormat, { nullable: true })
  @IsOptional()
  format?: ResourceFormat;

  @Field(() => UpdateFrequency, { nullable: true })
  @IsOptional()
  updateFrequency?: UpdateFrequency;

  @Field(() => LifecycleStage, { nullable: true })
  @IsOptional()
  lifecycleStage?: LifecycleStage;

  @Field(() => ResourceStatus, { nullable: true, description: "DRAFT or PUBLISHED (retire with retireDataResource)." })
  @IsOptional()
  status?: ResourceStatus;

  @Field(() => SharingType, { nullable: true })
  @IsOptional()
  sharingType?: SharingType;

  @Field(() => OpenType, { nullable: true })
  @IsOptional()
  openType?: OpenType;

  @Field(() => DataLevel, { nullable: true })
  @IsOptional()
  level?: DataLevel;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  nationalInterest?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  publicSafety?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  tradeSecret?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  personalPrivacy?: boolean;
}

@InputType()
export class RetireDataResourceInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class CreateFunctionInput {
  @Field(() => ID)
  unitId!: string;

  @Field()
  @Length(1, TEXT_LIMITS.functionName)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.legalBasis)
  legalBasis?: string | null;
}
