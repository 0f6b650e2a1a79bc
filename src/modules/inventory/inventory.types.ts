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
import { validationMessage } from "../../common/i18n";
import { InventoryMessages } from "./inventory.messages";
import { TEXT_LIMITS } from "./inventory.policy";

export const DataItemConnection = ConnectionType("DataItem", DataItem);
export const FunctionConnection = ConnectionType("Function", CatalogFunction);
/** A unit's own resources, nested under the unit (no facets: those belong to searches). */
export const UnitDataResourceConnection = ConnectionType("UnitDataResource", DataResource);

// ── Facets ───────────────────────────────────────────────────────────────────

@ObjectType({ description: "How many matching resources one providing unit (提供方) has." })
export class UnitFacet {
  @Field(() => Unit, { description: "The providing unit." })
  unit!: Unit;

  @Field(() => Int, { description: "Matching resources of this unit." })
  count!: number;
}

@ObjectType({ description: "How many matching resources have one sharing type (共享类型)." })
export class SharingTypeFacet {
  @Field(() => SharingType, { description: "The sharing type." })
  value!: SharingType;

  @Field(() => Int, { description: "Matching resources with this sharing type." })
  count!: number;
}

@ObjectType({ description: "How many matching resources have one open type (开放类型)." })
export class OpenTypeFacet {
  @Field(() => OpenType, { description: "The open type." })
  value!: OpenType;

  @Field(() => Int, { description: "Matching resources with this open type." })
  count!: number;
}

@ObjectType({ description: "How many matching resources have one classification level (分级)." })
export class LevelFacet {
  @Field(() => DataLevel, { description: "The classification level." })
  value!: DataLevel;

  @Field(() => Int, { description: "Matching resources at this level." })
  count!: number;
}

@ObjectType({ description: "How the matching resources (all pages) divide up; each list is computed only when asked for." })
export class DataResourceFacets {
  @Field(() => [UnitFacet], { description: "By providing unit, largest first." })
  byUnit!: UnitFacet[];

  @Field(() => [SharingTypeFacet], { description: "Counts by sharing type (共享类型), over all matching resources." })
  bySharingType!: SharingTypeFacet[];

  @Field(() => [OpenTypeFacet], { description: "Counts by open type (开放类型), over all matching resources." })
  byOpenType!: OpenTypeFacet[];

  @Field(() => [LevelFacet], { description: "Counts by classification level (分级), over all matching resources." })
  byLevel!: LevelFacet[];
}

@ObjectType("DataResourceConnection", { description: "A page of data resources, with facet counts over every match." })
export class DataResourceConnection extends ConnectionType("DataResource", DataResource, { abstract: true }) {
  @Field(() => DataResourceFacets, {
    description: "Counts of the matching resources (all pages) by provider, sharing type, open type and level, for filter menus.",
  })
  facets!: DataResourceFacets;
}

// ── Finding resources ────────────────────────────────────────────────────────

export enum SensitivityFlag {
  NATIONAL_INTEREST = "NATIONAL_INTEREST",
  PUBLIC_SAFETY = "PUBLIC_SAFETY",
  TRADE_SECRET = "TRADE_SECRET",
  PERSONAL_PRIVACY = "PERSONAL_PRIVACY",
}
registerEnumType(SensitivityFlag, {
  name: "SensitivityFlag",
  description: "Sensitivity flags (涉及国家利益、公共安全、商业秘密、个人隐私): a flagged resource is never opened unconditionally.",
  valuesConfig: {
    NATIONAL_INTEREST: { description: "涉及国家利益: national interest" },
    PUBLIC_SAFETY: { description: "涉及公共安全: public safety" },
    TRADE_SECRET: { description: "涉及商业秘密: trade secret" },
    PERSONAL_PRIVACY: { description: "涉及个人隐私: personal privacy" },
  },
});

export enum DataResourceOrderField {
  CODE = "CODE",
  NAME = "NAME",
  UPDATED_AT = "UPDATED_AT",
  RECORD_COUNT = "RECORD_COUNT",
}
registerEnumType(DataResourceOrderField, {
  name: "DataResourceOrderField",
  description: "What data resources can be sorted by.",
  valuesConfig: {
    CODE: { description: "信息资源代码 (resource code)" },
    NAME: { description: "信息资源名称 (name), in the database's collation" },
    UPDATED_AT: { description: "Time of the last change" },
    RECORD_COUNT: { description: "数据量 (record count); resources without one sort as 0" },
  },
});

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction.",
  valuesConfig: {
    ASC: { description: "Ascending: A to Z, oldest first, smallest first" },
    DESC: { description: "Descending: Z to A, newest first, largest first" },
  },
});

@InputType({ description: "How to sort resources: a field and a direction (ties broken by ID)." })
export class DataResourceOrder {
  @Field(() => DataResourceOrderField, { description: "The field to sort by." })
  field!: DataResourceOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: "Ascending (default) or descending." })
  direction!: OrderDirection;
}

@InputType({ description: "Which resources to list. Filters combine with AND; the values inside one list with OR." })
export class DataResourceFilter {
  @Field(() => ID, { nullable: true, description: "Resources provided by this unit (or by it and its subordinate units, with includeDescendants)." })
  @IsOptional()
  unitId?: string;

  @Field({ nullable: true, defaultValue: false, description: "With providerUnitId: also the resources of every unit below it." })
  @IsOptional()
  includeDescendants?: boolean;

  @Field(() => [CatalogCategory], { nullable: true, description: "Only these catalog classifications (资源属性分类)." })
  @IsOptional()
  catalogCategories?: CatalogCategory[];

  @Field(() => String, { nullable: true, description: "Classification codes starting with this, e.g. 301 or 301002." })
  @IsOptional()
  @Matches(/^\d{1,6}$/, { message: validationMessage(InventoryMessages.classificationPrefixFormat) })
  classificationCodePrefix?: string;

  @Field(() => [DataLevel], { nullable: true, description: "Only these classification levels (分级)." })
  @IsOptional()
  levels?: DataLevel[];

  @Field(() => [SensitivityFlag], { nullable: true, description: "Resources carrying any of these flags." })
  @IsOptional()
  sensitivity?: SensitivityFlag[];

  @Field(() => [SharingType], { nullable: true, description: "Only these sharing types (共享类型)." })
  @IsOptional()
  sharingTypes?: SharingType[];

  @Field(() => [OpenType], { nullable: true, description: "Only these open types (开放类型)." })
  @IsOptional()
  openTypes?: OpenType[];

  @Field(() => [LifecycleStage], { nullable: true, description: "Only these lifecycle stages (生命周期阶段)." })
  @IsOptional()
  lifecycleStages?: LifecycleStage[];

  @Field(() => [ResourceStatus], { nullable: true, description: "Only these statuses." })
  @IsOptional()
  statuses?: ResourceStatus[];

  @Field(() => [UpdateFrequency], { nullable: true, description: "Only these update frequencies (更新周期)." })
  @IsOptional()
  updateFrequencies?: UpdateFrequency[];

  @Field(() => String, { nullable: true, description: "Part of a resource's name or summary, or of one of its items' names (Chinese substring)." })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@ArgsType()
export class DataResourcesArgs extends ConnectionArgs {
  @Field(() => DataResourceFilter, { nullable: true, description: "Which resources to list; filters combine with AND." })
  @IsOptional()
  @ValidateNested()
  filter?: DataResourceFilter;

  @Field(() => DataResourceOrder, { nullable: true, description: "Default: by code." })
  @IsOptional()
  @ValidateNested()
  orderBy?: DataResourceOrder;
}

// ── Writing ──────────────────────────────────────────────────────────────────

@InputType({ description: "A data item (信息项) of a resource: one field of its data." })
export class DataItemInput {
  @Field({ description: "信息项编码, unique within the resource: 1–64 letters, digits, '_', '.' or '-' (else ITEM_CODE_INVALID)." })
  code!: string;

  @Field({ description: "信息项名称: the item's name." })
  @Length(1, TEXT_LIMITS.itemName)
  name!: string;

  @Field(() => ItemDataType, { description: "数据类型: the item's data type." })
  dataType!: ItemDataType;

  @Field(() => Int, { nullable: true, description: "数据长度: the item's length, where its type has one." })
  @IsOptional()
  @IsInt()
  @Min(1)
  length?: number | null;

  @Field(() => String, { nullable: true, description: "信息项描述: what the item holds." })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.itemDescription)
  description?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: "The item holds personal information (个人信息): the resource can then not be shared or opened unconditionally as a whole.",
  })
  @IsOptional()
  personalInformation?: boolean;

  @Field(() => SharingType, { nullable: true, description: "Only if stricter than the resource's." })
  @IsOptional()
  sharingType?: SharingType | null;
}

/** The descriptive fields a resource has, on create and (all optional) on update. */
@InputType({ description: "Catalog fields shared by creating and updating a resource." })
class ResourceFieldsInput {
  @Field(() => String, { nullable: true, description: "信息资源摘要: what the resource holds." })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.summary)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: "来源系统: the information system the data comes from." })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.sourceSystem)
  sourceSystem?: string | null;

  @Field(() => Int, { nullable: true, description: "数据量: number of records." })
  @IsOptional()
  @IsInt()
  @Min(0)
  recordCount?: number | null;

  @Field(() => String, { nullable: true, description: "共享条件: required when sharingType is CONDITIONAL." })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.conditions)
  sharingConditions?: string | null;

  @Field(() => String, { nullable: true, description: "不予共享依据: the legal or policy basis, required when sharingType is NOT_SHARED." })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.conditions)
  notSharedBasis?: string | null;

  @Field(() => SharingMethod, { nullable: true, description: "共享方式: 接口, 文件 or 库表交换." })
  @IsOptional()
  sharingMethod?: SharingMethod | null;

  @Field(() => String, { nullable: true, description: "开放条件: required when openType is CONDITIONAL." })
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

@InputType({ description: "A new data resource (数据资源) of a unit's inventory, with its data items; the server assigns its code." })
export class CreateDataResourceInput extends ResourceFieldsInput {
  @Field(() => ID, { description: "Global ID of the providing unit (提供方): your own unit, or one below it." })
  providerUnitId!: string;

  @Field({ description: "信息资源名称: the resource's name." })
  @Length(1, TEXT_LIMITS.resourceName)
  name!: string;

  @Field(() => CatalogCategory, { description: "资源属性分类: must match the classification code's first digit (1 BASIC, 2 THEMATIC, 3 DEPARTMENTAL)." })
  catalogCategory!: CatalogCategory;

  @Field({ description: "6 digits, e.g. 301002; its first digit matches the category." })
  classificationCode!: string;

  @Field(() => String, { nullable: true, description: "Leave out to have the next sequence assigned (e.g. 301002/00016)." })
  @IsOptional()
  code?: string | null;

  @Field(() => ResourceFormat, { description: "信息资源格式 (format)." })
  format!: ResourceFormat;

  @Field(() => UpdateFrequency, { description: "更新周期 (update frequency)." })
  updateFrequency!: UpdateFrequency;

  @Field(() => LifecycleStage, { defaultValue: LifecycleStage.PLANNING, description: "生命周期阶段 (lifecycle stage); default PLANNING 规划." })
  lifecycleStage!: LifecycleStage;

  @Field(() => ResourceStatus, { defaultValue: ResourceStatus.DRAFT, description: "DRAFT or PUBLISHED." })
  status!: ResourceStatus;

  @Field(() => SharingType, {
    description: "共享类型: UNCONDITIONAL 无条件共享, CONDITIONAL 有条件共享 (needs sharingConditions) or NOT_SHARED 不予共享 (needs notSharedBasis).",
  })
  sharingType!: SharingType;

  @Field(() => OpenType, {
    description:
      "开放类型: UNCONDITIONAL 无条件开放, CONDITIONAL 有条件开放 (needs openConditions) or NOT_OPEN 不予开放; bounded by level, the sensitivity flags and sharingType.",
  })
  openType!: OpenType;

  @Field(() => DataLevel, { description: "分类分级: CORE 核心数据 (never opened), IMPORTANT 重要数据 (never opened unconditionally) or GENERAL 一般数据." })
  level!: DataLevel;

  @Field({ defaultValue: false, description: "涉及国家利益 (national interest): the resource can then not be opened unconditionally." })
  nationalInterest!: boolean;

  @Field({ defaultValue: false, description: "涉及公共安全 (public safety): the resource can then not be opened unconditionally." })
  publicSafety!: boolean;

  @Field({ defaultValue: false, description: "涉及商业秘密 (trade secret): the resource can then not be opened unconditionally." })
  tradeSecret!: boolean;

  @Field({ defaultValue: false, description: "涉及个人隐私 (personal privacy): the resource can then not be opened unconditionally." })
  personalPrivacy!: boolean;
}

@InputType({ description: "Changes a resource. Omitted fields stay as they are; null clears an optional one." })
export class UpdateDataResourceInput extends ResourceFieldsInput {
  @Field(() => ID, { description: "Global ID of the resource." })
  id!: string;

  @Field(() => Int, { description: "The version you read: a stale one is refused with CONFLICT and nothing is written." })
  version!: number;

  @Field(() => String, { nullable: true, description: "信息资源名称: the new name." })
  @IsOptional()
  @Length(1, TEXT_LIMITS.resourceName)
  name?: string;

  @Field(() => ResourceFormat, { nullable: true, description: "信息资源格式 (format)." })
  @IsOptional()
  format?: ResourceFormat;

  @Field(() => UpdateFrequency, { nullable: true, description: "更新周期 (update frequency)." })
  @IsOptional()
  updateFrequency?: UpdateFrequency;

  @Field(() => LifecycleStage, { nullable: true, description: "生命周期阶段 (lifecycle stage)." })
  @IsOptional()
  lifecycleStage?: LifecycleStage;

  @Field(() => ResourceStatus, { nullable: true, description: "DRAFT or PUBLISHED (retire with retireDataResource)." })
  @IsOptional()
  status?: ResourceStatus;

  @Field(() => SharingType, { nullable: true, description: "共享类型 (sharing type); the conditions or basis it needs must be set too." })
  @IsOptional()
  sharingType?: SharingType;

  @Field(() => OpenType, { nullable: true, description: "开放类型 (open type); bounded by level, the sensitivity flags and sharingType." })
  @IsOptional()
  openType?: OpenType;

  @Field(() => DataLevel, { nullable: true, description: "分类分级 (classification level)." })
  @IsOptional()
  level?: DataLevel;

  @Field(() => Boolean, { nullable: true, description: "涉及国家利益 (national interest)." })
  @IsOptional()
  nationalInterest?: boolean;

  @Field(() => Boolean, { nullable: true, description: "涉及公共安全 (public safety)." })
  @IsOptional()
  publicSafety?: boolean;

  @Field(() => Boolean, { nullable: true, description: "涉及商业秘密 (trade secret)." })
  @IsOptional()
  tradeSecret?: boolean;

  @Field(() => Boolean, { nullable: true, description: "涉及个人隐私 (personal privacy)." })
  @IsOptional()
  personalPrivacy?: boolean;
}

@InputType({ description: "Retires a resource: it stays readable with its history, and is no longer edited." })
export class RetireDataResourceInput {
  @Field(() => ID, { description: "Global ID of the resource." })
  id!: string;

  @Field(() => Int, { description: "The version you read (optimistic lock): a stale one is refused with CONFLICT." })
  version!: number;
}

@InputType({ description: "A statutory function or service item (职能) of a unit." })
export class CreateFunctionInput {
  @Field(() => ID, { description: "Global ID of the unit." })
  unitId!: string;

  @Field({ description: "The function's name, unique within the unit (ignoring case and width)." })
  @Length(1, TEXT_LIMITS.functionName)
  name!: string;

  @Field(() => String, { nullable: true, description: "法定依据: the law or regulation that assigns the function." })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.legalBasis)
  legalBasis?: string | null;
}
