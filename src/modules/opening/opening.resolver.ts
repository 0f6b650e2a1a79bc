import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessRole, PUBLIC } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { DataResource } from "../inventory";
import { OrganisationLoaders, Unit } from "../organisation";
import { OpenDataset, OpenDistribution } from "./open-dataset.entity";
import { licenceFacts, OpenDatasetStatus } from "./opening.enums";
import { OpeningLoaders } from "./opening.loaders";
import { openThemeLabels } from "./opening.messages";
import * as opening from "./opening.service";
import {
  MostDownloadedArgs,
  OpenDatasetConnection,
  OpenDatasetDownloads,
  OpenDatasetsArgs,
  PublicUnit,
  PublishOpenDatasetInput,
  RecordOpenDataUsageInput,
  RecordOpenDataUsagePayload,
  WithdrawOpenDatasetInput,
} from "./opening.types";

/** The public open-data catalog: the only queries an anonymous caller may run (DOMAIN §7). */
@Authorized(PUBLIC)
@Resolver(() => OpenDataset)
export class OpenCatalogResolver {
  @Query(() => OpenDatasetConnection, {
    description:
      "开放数据目录: the public open-data catalog, readable without signing in. Newest first; searched in Chinese over titles and descriptions, filtered by theme, unit and format, with facet counts.",
  })
  openDatasets(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: OpenDatasetsArgs) {
    return opening.findOpenDatasets(ctx, filter, page);
  }

  @Query(() => OpenDataset, {
    nullable: true,
    description: "One open dataset, readable without signing in; a withdrawn one answers as WITHDRAWN, without its files. Null if there is none.",
  })
  openDataset(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "The open dataset's ID." }) id: string) {
    return opening.findOpenDataset(ctx, id);
  }
}

/** What the public reads of a dataset beyond its columns: all batched, none reaching past the public types. */
@Resolver(() => OpenDataset)
export class OpenDatasetFieldResolver {
  @FieldResolver(() => PublicUnit, { description: "发布单位: the providing unit, by name." })
  async publisher(@Root() dataset: OpenDataset, @Ctx() ctx: RequestContext): Promise<PublicUnit> {
    const unit = await ctx.loaders(OrganisationLoaders).unitById.load(dataset.providerUnitId);
    return opening.publicUnitOf(unit as Unit);
  }

  @FieldResolver(() => [OpenDistribution], { description: "Its files and APIs (dcat:distribution), in order; none once withdrawn." })
  async distributions(@Root() dataset: OpenDataset, @Ctx() ctx: RequestContext): Promise<OpenDistribution[]> {
    if (dataset.status !== OpenDatasetStatus.PUBLISHED) return [];
    return ctx.loaders(OpeningLoaders).distributionsOf.load(dataset.id);
  }

  @FieldResolver(() => String, { description: "The theme's name in the request's language (Chinese by default)." })
  themeLabel(@Root() dataset: OpenDataset, @Ctx() ctx: RequestContext): string {
    return ctx.localise(openThemeLabels[dataset.theme]);
  }

  @FieldResolver(() => String, { description: "The licence's URL (dct:license)." })
  licenceUrl(@Root() dataset: OpenDataset): string {
    return licenceFacts[dataset.licence].url;
  }

  @FieldResolver(() => Int, { description: "下载次数: downloads recorded since publication." })
  async downloadCount(@Root() dataset: OpenDataset, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders(OpeningLoaders).usageTotalsOf.load(dataset.id)).downloads;
  }

  @FieldResolver(() => Int, { description: "接口调用次数: API calls recorded since publication." })
  async apiCallCount(@Root() dataset: OpenDataset, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loaders(OpeningLoaders).usageTotalsOf.load(dataset.id)).apiCalls;
  }
}

/** Publishing, withdrawing and counting: signed-in roles only, checked again against the dataset's unit in the service. */
@Authorized()
@Resolver(() => OpenDataset)
export class OpenDataPublishingResolver {
  @Mutation(() => OpenDataset, {
    description:
      "开放: opens a published data resource to the public (the provider unit's CDO or data specialist, or the district office), under the opening rules.",
  })
  publishOpenDataset(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => PublishOpenDatasetInput, { description: "What to open, and how." }) input: PublishOpenDatasetInput,
  ) {
    return opening.publishOpenDataset(ctx, input);
  }

  @Mutation(() => OpenDataset, { description: "撤回: withdraws an open dataset; it stays listed as WITHDRAWN, without its files." })
  withdrawOpenDataset(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => WithdrawOpenDatasetInput, { description: "Which, and why." }) input: WithdrawOpenDatasetInput,
  ) {
    return opening.withdrawOpenDataset(ctx, input);
  }

  @Mutation(() => RecordOpenDataUsagePayload, {
    description: "The open-data portal's daily downloads and API calls, in batches of up to 1,000 (the district office, or a unit's CDO for its own datasets).",
  })
  recordOpenDataUsage(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordOpenDataUsageInput, { description: "The batch." }) input: RecordOpenDataUsageInput,
  ) {
    return opening.recordOpenDataUsage(ctx, input);
  }

  @Authorized(AccessRole.ANALYST)
  @Query(() => [OpenDatasetDownloads], { description: "The most-downloaded open datasets of a period, across units (district office and analysts)." })
  mostDownloadedOpenDatasets(@Ctx() ctx: RequestContext, @Args() args: MostDownloadedArgs) {
    return opening.mostDownloadedOpenDatasets(ctx, args);
  }
}

/** A resource's open dataset, seen from the inventory. */
@Authorized()
@Resolver(() => DataResource)
export class ResourceOpeningResolver {
  @FieldResolver(() => OpenDataset, { nullable: true, description: "开放: the resource's open dataset, published or withdrawn; null if it was never opened." })
  openDataset(@Root() resource: DataResource, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OpeningLoaders).datasetOfResource.load(resource.id);
  }
}
