import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { OpenType, UpdateFrequency } from "../inventory";
import { OpenDataset } from "./open-dataset.entity";
import { DistributionFormat, OpenLicence, OpenTheme } from "./opening.enums";

/** The public face of a unit: its name and nothing else (no path, code, people or inventory). */
@ObjectType("PublicUnit", { description: "发布单位: the unit that publishes an open dataset, as the public sees it (its name only)." })
export class PublicUnit {
  @Field(() => ID, { description: "The unit's global ID, for filtering openDatasets by unit." })
  id!: string;

  @Field({ description: "The unit's name (单位名称), e.g. 区民政局." })
  name!: string;
}

@ObjectType("OpenThemeFacet", { description: "How many matching datasets have a theme." })
export class OpenThemeFacet {
  @Field(() => OpenTheme, { description: "The open-data theme (开放主题)." })
  theme!: OpenTheme;

  @Field({ description: "The theme's name in the request's language (Chinese by default)." })
  label!: string;

  @Field(() => Int, { description: "Matching datasets with this theme." })
  count!: number;
}

@ObjectType("PublicUnitFacet", { description: "How many matching datasets a unit publishes." })
export class PublicUnitFacet {
  @Field(() => PublicUnit, { description: "The publishing unit (发布单位)." })
  unit!: PublicUnit;

  @Field(() => Int, { description: "Matching datasets of this unit." })
  count!: number;
}

@ObjectType("DistributionFormatFacet", { description: "How many matching datasets are offered in a format." })
export class DistributionFormatFacet {
  @Field(() => DistributionFormat, { description: "The file or API format (数据格式)." })
  format!: DistributionFormat;

  @Field(() => Int, { description: "Matching datasets offered in this format." })
  count!: number;
}

@ObjectType("OpenDatasetFacets", { description: "Facet counts over every matching dataset (not just the page), largest first." })
export class OpenDatasetFacets {
  @Field(() => [OpenThemeFacet], { description: "By theme (开放主题)." })
  byTheme!: OpenThemeFacet[];

  @Field(() => [PublicUnitFacet], { description: "By publishing unit (发布单位)." })
  byUnit!: PublicUnitFacet[];

  @Field(() => [DistributionFormatFacet], { description: "By distribution format (数据格式)." })
  byFormat!: DistributionFormatFacet[];
}

@ObjectType("OpenDatasetConnection", { description: "A page of open datasets, with facet counts over every match." })
export class OpenDatasetConnection extends ConnectionType("OpenDataset", OpenDataset, { abstract: true }) {
  @Field(() => OpenDatasetFacets, { description: "Facet counts over every match." })
  facets!: OpenDatasetFacets;
}

@InputType("OpenDatasetFilter", { description: "Narrows the public catalog; every given condition must hold." })
export class OpenDatasetFilter {
  @Field(() => String, {
    nullable: true,
    description: "Chinese (or any) substring of the title or description, case and width ignored; at most 100 characters.",
  })
  search?: string | null;

  @Field(() => [OpenTheme], { nullable: true, description: "Any of these themes (at most 20)." })
  themes?: OpenTheme[] | null;

  @Field(() => [ID], { nullable: true, description: "Published by any of these units (PublicUnit IDs; at most 20)." })
  unitIds?: string[] | null;

  @Field(() => [DistributionFormat], { nullable: true, description: "Offered in any of these formats (at most 20)." })
  formats?: DistributionFormat[] | null;

  @Field(() => Boolean, { nullable: true, description: "Also list withdrawn datasets (default false)." })
  includeWithdrawn?: boolean | null;
}

@ArgsType()
export class OpenDatasetsArgs extends ConnectionArgs {
  @Field(() => OpenDatasetFilter, { nullable: true, description: "Search and filters." })
  filter?: OpenDatasetFilter | null;
}

@InputType("OpenDistributionInput", { description: "One way the dataset is offered: a file or an API." })
export class OpenDistributionInput {
  @Field(() => DistributionFormat, { description: "数据格式; the media type follows from it." })
  format!: DistributionFormat;

  @Field(() => String, { nullable: true, description: "A name for it (at most 200 characters)." })
  title?: string | null;

  @Field({ description: "dcat:accessURL: an http(s) URL of at most 500 characters." })
  accessUrl!: string;

  @Field(() => String, { nullable: true, description: "dcat:downloadURL for a file: an http(s) URL of at most 500 characters." })
  downloadUrl?: string | null;
}

@InputType("PublishOpenDatasetInput", { description: "Opens a published data resource to the public (开放)." })
export class PublishOpenDatasetInput {
  @Field(() => ID, { description: "The data resource to open." })
  resourceId!: string;

  @Field(() => String, { nullable: true, description: "Title (at most 200 characters); the resource's name by default." })
  title?: string | null;

  @Field(() => String, { nullable: true, description: "Description (at most 2,000 characters); the resource's summary by default." })
  description?: string | null;

  @Field(() => OpenTheme, { description: "The open-data theme (开放主题)." })
  theme!: OpenTheme;

  @Field(() => OpenLicence, { description: "The licence it is opened under (开放许可)." })
  licence!: OpenLicence;

  @Field(() => UpdateFrequency, { nullable: true, description: "更新频率; the resource's by default." })
  updateFrequency?: UpdateFrequency | null;

  @Field(() => OpenType, {
    nullable: true,
    description: "开放类型 of the dataset: the resource's by default; may be stricter (CONDITIONAL for an UNCONDITIONAL resource), never wider.",
  })
  openType?: OpenType | null;

  @Field(() => String, { nullable: true, description: "开放条件 for a CONDITIONAL dataset (at most 1,000 characters); the resource's by default." })
  openConditions?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "发布日期: today by default; never in the future." })
  issued?: string | null;

  @Field(() => [OpenDistributionInput], { description: "Its files and APIs: 1 to 10." })
  distributions!: OpenDistributionInput[];
}

@InputType("WithdrawOpenDatasetInput", { description: "Withdraws an open dataset: it stays listed as WITHDRAWN, without its files." })
export class WithdrawOpenDatasetInput {
  @Field(() => ID, { description: "The open dataset." })
  id!: string;

  @Field({ description: "撤回理由 (1 to 500 characters), shown to the public." })
  reason!: string;
}

@InputType("OpenDataUsageInput", { description: "One dataset's downloads and API calls on one day, as the portal counted them." })
export class OpenDataUsageInput {
  @Field(() => ID, { description: "The open dataset." })
  datasetId!: string;

  @Field(() => LocalDateResolver, { description: "The day (district time), from the publication date to today." })
  day!: string;

  @Field(() => Int, { description: "下载次数 that day (0 to 1,000,000,000)." })
  downloads!: number;

  @Field(() => Int, { description: "接口调用次数 that day (0 to 1,000,000,000)." })
  apiCalls!: number;
}

@InputType("RecordOpenDataUsageInput", { description: "A batch of daily usage figures from the open-data portal." })
export class RecordOpenDataUsageInput {
  @Field(() => [OpenDataUsageInput], { description: "1 to 1,000 records; a day already recorded for a dataset is replaced (re-sending a batch is harmless)." })
  entries!: OpenDataUsageInput[];
}

@ObjectType("RecordOpenDataUsagePayload", { description: "What a usage batch recorded." })
export class RecordOpenDataUsagePayload {
  @Field(() => Int, { description: "Records written (new or changed)." })
  recorded!: number;

  @Field(() => Int, { description: "Records that matched what was already stored." })
  unchanged!: number;
}

@ArgsType()
export class MostDownloadedArgs {
  @Field(() => LocalDateResolver, { description: "First day of the period." })
  from!: string;

  @Field(() => LocalDateResolver, { description: "Last day of the period (at most 366 days after from)." })
  to!: string;

  @Field(() => Int, { nullable: true, description: "How many datasets, 1 to 50 (default 10)." })
  first?: number | null;
}

@ObjectType("OpenDatasetDownloads", { description: "An open dataset's downloads and API calls over a period." })
export class OpenDatasetDownloads {
  @Field(() => Int, { description: "Rank by downloads, from 1 (ties by dataset)." })
  rank!: number;

  @Field(() => OpenDataset, { description: "The dataset." })
  dataset!: OpenDataset;

  @Field(() => Int, { description: "下载次数 in the period." })
  downloads!: number;

  @Field(() => Int, { description: "接口调用次数 in the period." })
  apiCalls!: number;
}
