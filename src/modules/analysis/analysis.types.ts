import { ArrayMaxSize, IsOptional, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { CatalogCategory, DataLevel, DataResource, LifecycleStage, OpenType, ResourceFormat, ResourceStatus, SharingType, UpdateFrequency } from "../inventory";
import { Unit } from "../organisation";
import { ResourceDimension, SearchMatchField } from "./analysis.enums";
import { ANALYSIS_LIMITS } from "./analysis.policy";

@InputType({
  description:
    "Which resources to analyse. Filters combine with AND, the values inside one list with OR; you always see the shared catalog plus the drafts of your own units.",
})
export class ResourceAnalysisFilter {
  @Field(() => [ID], { nullable: true, description: `Resources of these units or any unit below them (at most ${ANALYSIS_LIMITS.filterUnits}).` })
  @IsOptional()
  @ArrayMaxSize(ANALYSIS_LIMITS.filterUnits)
  unitIds?: string[];

  @Field(() => [SharingType], { nullable: true, description: "Only these sharing types (共享类型)." })
  @IsOptional()
  sharingTypes?: SharingType[];

  @Field(() => [OpenType], { nullable: true, description: "Only these open types (开放类型)." })
  @IsOptional()
  openTypes?: OpenType[];

  @Field(() => [DataLevel], { nullable: true, description: "Only these classification levels (分级)." })
  @IsOptional()
  levels?: DataLevel[];

  @Field(() => [CatalogCategory], { nullable: true, description: "Only these catalog categories (资源属性分类)." })
  @IsOptional()
  categories?: CatalogCategory[];

  @Field(() => [ResourceStatus], { nullable: true, description: "Only these statuses." })
  @IsOptional()
  statuses?: ResourceStatus[];

  @Field(() => [ResourceFormat], { nullable: true, description: "Only these formats (信息资源格式)." })
  @IsOptional()
  formats?: ResourceFormat[];

  @Field(() => [UpdateFrequency], { nullable: true, description: "Only these update frequencies (更新周期)." })
  @IsOptional()
  updateFrequencies?: UpdateFrequency[];

  @Field(() => [LifecycleStage], { nullable: true, description: "Only these lifecycle stages (生命周期阶段)." })
  @IsOptional()
  lifecycleStages?: LifecycleStage[];

  @Field(() => DateTimeResolver, { nullable: true, description: "Changed at or after this time." })
  @IsOptional()
  updatedFrom?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: "Changed before this time." })
  @IsOptional()
  updatedTo?: Date;

  @Field(() => LocalDateResolver, { nullable: true, description: "Published (发布日期) on or after this day." })
  @IsOptional()
  publishedFrom?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Published (发布日期) on or before this day." })
  @IsOptional()
  publishedTo?: string;

  @Field(() => String, {
    nullable: true,
    description: `Search words (at most ${ANALYSIS_LIMITS.searchWords}, ${ANALYSIS_LIMITS.searchLength} characters), as in searchDataResources: every word must match.`,
  })
  @IsOptional()
  @MaxLength(ANALYSIS_LIMITS.searchLength)
  search?: string;
}

@ArgsType()
export class ResourceAnalysisArgs {
  @Field(() => ResourceAnalysisFilter, { nullable: true, description: "Which resources; none: every resource you may read." })
  @IsOptional()
  @ValidateNested()
  filter?: ResourceAnalysisFilter;

  @Field(() => Int, {
    defaultValue: 1,
    description: `The unit level the UNIT dimension rolls up to: 0 the district, 1 its towns, streets and departments, 2 their subordinate units … (at most ${ANALYSIS_LIMITS.unitDepth}). A resource of a deeper unit counts for its ancestor at this level.`,
  })
  @Min(0)
  @Max(ANALYSIS_LIMITS.unitDepth)
  unitDepth!: number;
}

@ObjectType({ description: "One value of a dimension: an enum value (with its label) or a unit." })
export class DimensionValue {
  @Field({ description: "The enum value (e.g. CONDITIONAL), or the unit's global ID." })
  value!: string;

  @Field({ description: "The value's label in the request's language, or the unit's name." })
  label!: string;

  @Field(() => Unit, { nullable: true, description: "The unit, for the UNIT dimension." })
  unit?: Unit | null;
}

@ObjectType({ description: "One cell of a cross-tab: the resources with a row value and a column value." })
export class ResourceCrossTabCell {
  @Field(() => DimensionValue, { description: "The row's value." })
  row!: DimensionValue;

  @Field(() => DimensionValue, { description: "The column's value." })
  column!: DimensionValue;

  @Field(() => Int, { description: "How many resources." })
  resourceCount!: number;

  @Field(() => Float, { description: "The sum of their record counts (数据量; a resource without one counts 0)." })
  recordCount!: number;
}

@ObjectType({ description: "Resources counted by two dimensions at once; only non-empty cells are listed, rows then columns in value order." })
export class ResourceCrossTab {
  @Field(() => ResourceDimension, { description: "The dimension of the rows." })
  rows!: ResourceDimension;

  @Field(() => ResourceDimension, { description: "The dimension of the columns." })
  columns!: ResourceDimension;

  @Field(() => [ResourceCrossTabCell], { description: "The non-empty cells." })
  cells!: ResourceCrossTabCell[];

  @Field(() => Int, { description: "All resources counted (the sum of the cells)." })
  resourceCount!: number;

  @Field(() => Float, { description: "Their record counts' sum." })
  recordCount!: number;
}

@ObjectType({ description: "How many resources have one value of a facet's dimension." })
export class ResourceFacetValue {
  @Field(() => DimensionValue, { description: "The value." })
  value!: DimensionValue;

  @Field(() => Int, { description: "Matching resources with this value (0 included)." })
  resourceCount!: number;

  @Field({ description: "Whether the filter selects this value." })
  selected!: boolean;
}

@ObjectType({
  description:
    "A facet for a filter menu: every value of the dimension, zero counts included. Counted with every filter but the dimension's own (disjunctive faceting), so the other values show what choosing them too would add.",
})
export class ResourceFacet {
  @Field(() => ResourceDimension, { description: "The dimension." })
  dimension!: ResourceDimension;

  @Field(() => [ResourceFacetValue], { description: "Its values in value order (units by code)." })
  values!: ResourceFacetValue[];
}

@ObjectType({ description: "Analyses of the resources a filter selects." })
export class ResourceAnalysis {
  filter!: ResourceAnalysisFilter;
  unitDepth!: number;
}

@ObjectType({ description: "One resource found by a search, with how well it matched." })
export class ResourceSearchHit {
  @Field(() => DataResource, { description: "The resource." })
  resource!: DataResource;

  @Field(() => Int, { description: "Its score: per word, the weight of the best place it matched (name 16, code 8, unit 4, summary 2, item 1), summed." })
  score!: number;

  @Field(() => [SearchMatchField], { description: "Where its words matched." })
  matchedIn!: SearchMatchField[];
}

@ObjectType({ description: "The best matches of a search, best first (ties by code)." })
export class ResourceSearchResult {
  @Field(() => Int, {
    description:
      "匹配总数 — how many resources match (all of them, not only the hits returned), counted exactly up to the count bound (1,000 unless SEARCH_COUNT_BOUND says otherwise); past it, the bound itself: see totalCountIsExact.",
  })
  totalCount!: number;

  @Field({
    description:
      '总数是否精确 — whether totalCount is the exact number of matches; false when more resources match than the count bound, and totalCount then means "at least" (show it as 1000+).',
  })
  totalCountIsExact!: boolean;

  @Field(() => [ResourceSearchHit], { description: "The best matches." })
  hits!: ResourceSearchHit[];
}

@ArgsType()
export class SearchDataResourcesArgs {
  @Field({
    description: `Words (at most ${ANALYSIS_LIMITS.searchWords}), separated by spaces; each must match the name, code, summary, unit (or its abbreviation: 卫健 for 区卫生健康局) or an item's name.`,
  })
  @MaxLength(ANALYSIS_LIMITS.searchLength)
  text!: string;

  @Field(() => ResourceAnalysisFilter, { nullable: true, description: "Filters on top of the words." })
  @IsOptional()
  @ValidateNested()
  filter?: ResourceAnalysisFilter;

  @Field(() => Int, { defaultValue: 20, description: `How many of the best matches (0 to ${ANALYSIS_LIMITS.searchHits}).` })
  @Min(0)
  @Max(ANALYSIS_LIMITS.searchHits)
  first!: number;
}
