import { Arg, Args, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from "type-graphql";
import { AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { ResourceDimension } from "./analysis.enums";
import { ResourceAnalysis, ResourceAnalysisArgs, ResourceCrossTab, ResourceFacet, ResourceSearchResult, SearchDataResourcesArgs } from "./analysis.types";
import * as analysis from "./resource-analysis.service";
import { searchResources } from "./resource-search.service";

@AuthorizedOperations()
@Resolver(() => ResourceAnalysis)
export class ResourceAnalysisResolver {
  @Query(() => ResourceAnalysis, {
    description:
      "Cross-tabs and facets of the data resources a filter selects, for analysts and catalog pages: the shared catalog for everyone, drafts within your units (all of them for analysts and district administrators).",
  })
  resourceAnalysis(@Ctx() ctx: RequestContext, @Args() { filter, unitDepth }: ResourceAnalysisArgs) {
    return analysis.analyseResources(ctx, { filter: filter ?? {}, unitDepth });
  }

  @Query(() => ResourceSearchResult, {
    description:
      "Data resources matching every word of a search (name, code, providing unit or its abbreviation, summary, item names), best first: a match in the name ranks before one in the code, unit, summary or items.",
  })
  searchDataResources(@Ctx() ctx: RequestContext, @Args() { text, filter, first }: SearchDataResourcesArgs) {
    return searchResources(ctx, text, filter, first);
  }

  @FieldResolver(() => Int, { description: "How many resources the filter selects." })
  async resourceCount(@Root() root: ResourceAnalysis, @Ctx() ctx: RequestContext) {
    return (await analysis.totals(ctx, root)).resourceCount;
  }

  @FieldResolver(() => Float, { description: "Their record counts' sum (数据量)." })
  async recordCount(@Root() root: ResourceAnalysis, @Ctx() ctx: RequestContext) {
    return (await analysis.totals(ctx, root)).recordCount;
  }

  @FieldResolver(() => ResourceCrossTab, {
    description: "Resource counts and record-count sums by two dimensions (one SQL statement whatever the number of groups); units rolled up to unitDepth.",
  })
  crossTab(
    @Root() root: ResourceAnalysis,
    @Ctx() ctx: RequestContext,
    @Arg("rows", () => ResourceDimension, { nullable: true, defaultValue: ResourceDimension.UNIT, description: "The dimension of the rows." })
    rows: ResourceDimension | null,
    @Arg("columns", () => ResourceDimension, {
      nullable: true,
      defaultValue: ResourceDimension.SHARING_TYPE,
      description: "The dimension of the columns (another one).",
    })
    columns: ResourceDimension | null,
  ) {
    return analysis.crossTab(ctx, root, rows ?? ResourceDimension.UNIT, columns ?? ResourceDimension.SHARING_TYPE);
  }

  @FieldResolver(() => [ResourceFacet], {
    description: "Facets for filter menus: every value with its count (zeros included), each counted as if its own filter were off.",
  })
  facets(
    @Root() root: ResourceAnalysis,
    @Ctx() ctx: RequestContext,
    @Arg("dimensions", () => [ResourceDimension], {
      nullable: true,
      defaultValue: Object.values(ResourceDimension),
      description: "Which dimensions (default: all).",
    })
    dimensions: ResourceDimension[] | null,
  ) {
    return analysis.facets(ctx, root, dimensions ?? Object.values(ResourceDimension));
  }
}
