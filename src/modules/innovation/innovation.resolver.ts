import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { DataResource, InventoryLoaders, mayReadResource } from "../inventory";
import { OrganisationLoaders, Unit } from "../organisation";
import { InnovationCase } from "./innovation-case.entity";
import { InnovationLoaders } from "./innovation.loaders";
import * as innovation from "./innovation.service";
import { CreateInnovationCaseInput, InnovationCaseConnection, InnovationCasesArgs, UpdateInnovationCaseInput } from "./innovation.types";

/** 融合创新 (DOMAIN §5): data products, pilots and competition entries, and the resources they use. */
@AuthorizedOperations()
@Resolver()
export class InnovationResolver {
  @Mutation(() => InnovationCase, { description: "Records an innovation case (the lead unit's CDO or district administrators)." })
  createInnovationCase(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateInnovationCaseInput, { description: "The case." }) input: CreateInnovationCaseInput,
  ) {
    return innovation.createInnovationCase(ctx, input);
  }

  @Mutation(() => InnovationCase, { description: "Changes an innovation case (the lead unit's CDO or district administrators)." })
  updateInnovationCase(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateInnovationCaseInput, { description: "The change." }) input: UpdateInnovationCaseInput,
  ) {
    return innovation.updateInnovationCase(ctx, input);
  }

  @Query(() => InnovationCaseConnection, { description: "融合创新案例, the newest first: the district's showcase, readable by anyone with a role." })
  innovationCases(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: InnovationCasesArgs) {
    return innovation.findInnovationCases(ctx, filter, page);
  }
}

@Resolver(() => InnovationCase)
export class InnovationCaseResolver {
  @FieldResolver(() => Unit, { description: "The lead unit." })
  leadUnit(@Root() found: InnovationCase, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(found.leadUnitId);
  }

  @FieldResolver(() => [Unit], { description: "The units involved, the lead unit included." })
  async units(@Root() found: InnovationCase, @Ctx() ctx: RequestContext) {
    const links = await ctx.loaders(InnovationLoaders).unitLinksOf.load(found.id);
    return ctx.loaders(OrganisationLoaders).unitById.loadMany(links.map((l) => l.unitId));
  }

  @FieldResolver(() => [DataResource], { description: "The data resources it uses, those you may read." })
  async resources(@Root() found: InnovationCase, @Ctx() ctx: RequestContext) {
    const links = await ctx.loaders(InnovationLoaders).resourceLinksOf.load(found.id);
    const resources = await ctx.loaders(InventoryLoaders).resourceById.loadMany(links.map((l) => l.resourceId));
    const readable = await Promise.all(resources.map(async (r) => (r instanceof DataResource && (await mayReadResource(ctx, r)) ? r : null)));
    return readable.filter((r): r is DataResource => r !== null);
  }
}

@Resolver(() => DataResource)
export class DataResourceInnovationResolver {
  @FieldResolver(() => [InnovationCase], { description: "融合创新案例 that use this resource, the newest first." })
  innovationCases(@Root() resource: DataResource, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InnovationLoaders).casesOfResource.load(resource.id);
  }
}
