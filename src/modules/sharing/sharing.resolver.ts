import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../common/context";
import { type Ordering, ConnectionArgs, PageArgs, paginateList } from "../../common/pagination";
import { DataItem, DataResource, InventoryLoaders } from "../inventory";
import { OrganisationLoaders, Unit } from "../organisation";
import { SharingGrantState } from "./sharing.enums";
import { SharingGrant } from "./sharing-grant.entity";
import { SharingRequest } from "./sharing-request.entity";
import * as analytics from "./sharing-analytics.service";
import { SharingLoaders } from "./sharing.loaders";
import { grantState, isOverdue } from "./sharing.policy";
import * as sharingQueries from "./sharing-queries.service";
import * as sharing from "./sharing.service";
import {
  ApproveSharingRequestInput,
  OverdueSharingRequestsArgs,
  ProviderTurnaround,
  ProviderTurnaroundConnection,
  RecordSharingUsageInput,
  RecordSharingUsagePayload,
  RejectSharingRequestInput,
  RequestSharingInput,
  RevokeSharingGrantInput,
  SharedResourceUsage,
  SharedResourceUsageConnection,
  SharingGrantConnection,
  SharingGrantsArgs,
  SharingMatrix,
  SharingMatrixArgs,
  SharingMatrixCell,
  SharingMatrixCellConnection,
  SharingMatrixTotals,
  SharingPeriodArgs,
  SharingRequestConnection,
  SharingRequestsArgs,
  SharingUsageArgs,
  SharingUsageConnection,
  SharingUsageTotals,
  UnrequestedResourceConnection,
  UnrequestedResourcesArgs,
} from "./sharing.types";

const matrixOrder: Ordering = {
  list: "SharingMatrix.cells",
  keys: [
    { column: "providerUnitId", property: "providerUnitId" },
    { column: "consumerUnitId", property: "consumerUnitId" },
  ],
};
const turnaroundOrder: Ordering = { list: "sharingTurnaround", keys: [{ column: "providerUnitId", property: "providerUnitId" }] };
const mostUsedOrder: Ordering = {
  list: "mostUsedSharedResources",
  keys: [
    { column: "recordCount", property: "recordCount", descending: true },
    { column: "callCount", property: "callCount", descending: true },
    { column: "resourceId", property: "resourceId" },
  ],
};

@Authorized()
@Resolver(() => SharingRequest)
export class SharingRequestResolver {
  @Query(() => SharingRequestConnection, {
    description: "共享申请: requests to or from your units (every unit's for district administrators and analysts), newest first.",
  })
  sharingRequests(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: SharingRequestsArgs) {
    return sharingQueries.findSharingRequests(ctx, filter, page);
  }

  @Query(() => SharingRequestConnection, {
    description: "超期未答复: pending requests past their due day, by provider, the longest overdue first.",
  })
  overdueSharingRequests(@Ctx() ctx: RequestContext, @Args() { providerUnitId, ...page }: OverdueSharingRequestsArgs) {
    return sharingQueries.findOverdueSharingRequests(ctx, providerUnitId, page);
  }

  @Mutation(() => SharingRequest, {
    description:
      "Requests a resource (or some items) for a consumer unit: 无条件共享 is granted at once, 有条件共享 waits for the provider, 不予共享 is refused (RESOURCE_NOT_SHARED with the basis). The consumer's CDO or data specialist.",
  })
  requestSharing(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RequestSharingInput, { description: "What to do; see the input type." }) input: RequestSharingInput,
  ) {
    return sharing.requestSharing(ctx, input);
  }

  @Mutation(() => SharingRequest, { description: "Approves a pending request with its conditions, making a grant. The provider's CDO or data specialist." })
  approveSharingRequest(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ApproveSharingRequestInput, { description: "What to do; see the input type." }) input: ApproveSharingRequestInput,
  ) {
    return sharing.approveSharingRequest(ctx, input);
  }

  @Mutation(() => SharingRequest, { description: "Rejects a pending request with a reason. The provider's CDO or data specialist." })
  rejectSharingRequest(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RejectSharingRequestInput, { description: "What to do; see the input type." }) input: RejectSharingRequestInput,
  ) {
    return sharing.rejectSharingRequest(ctx, input);
  }

  @FieldResolver(() => DataResource, { nullable: true, description: "The resource requested." })
  resource(@Root() request: SharingRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InventoryLoaders).resourceById.load(request.resourceId);
  }

  @FieldResolver(() => Unit, { description: "提供方: the unit providing the resource." })
  provider(@Root() request: SharingRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(request.providerUnitId);
  }

  @FieldResolver(() => Unit, { description: "使用方: the requesting unit." })
  consumer(@Root() request: SharingRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(request.consumerUnitId);
  }

  @FieldResolver(() => [DataItem], { description: "The items requested, by code; empty when the whole resource is requested." })
  items(@Root() request: SharingRequest, @Ctx() ctx: RequestContext) {
    return request.wholeResource ? [] : ctx.loaders(SharingLoaders).requestedItemsOf.load(request.id);
  }

  @FieldResolver(() => SharingGrant, { nullable: true, description: "The grant, once granted." })
  grant(@Root() request: SharingRequest, @Ctx() ctx: RequestContext) {
    return ctx.loaders(SharingLoaders).grantOfRequest.load(request.id);
  }

  @FieldResolver(() => Boolean, { description: "超期: pending past its due day (today, district time)." })
  overdue(@Root() request: SharingRequest, @Ctx() ctx: RequestContext): boolean {
    return isOverdue(request, ctx.today());
  }
}

@Authorized()
@Resolver(() => SharingGrant)
export class SharingGrantResolver {
  @Query(() => SharingGrantConnection, { description: "共享授权: grants of or to your units (every unit's for district readers), newest first." })
  sharingGrants(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: SharingGrantsArgs) {
    return sharingQueries.findSharingGrants(ctx, filter, page);
  }

  @Query(() => SharingUsageConnection, { description: "A grant's daily usage in a period, by day." })
  sharingUsage(@Ctx() ctx: RequestContext, @Args() { grantId, from, to, ...page }: SharingUsageArgs) {
    return sharingQueries.findSharingUsage(ctx, grantId, from, to, page);
  }

  @Mutation(() => SharingGrant, {
    description: "Revokes an active grant with a reason; no usage is accepted after today. The provider's CDO or data specialist.",
  })
  revokeSharingGrant(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RevokeSharingGrantInput, { description: "What to do; see the input type." }) input: RevokeSharingGrantInput,
  ) {
    return sharing.revokeSharingGrant(ctx, input);
  }

  @Mutation(() => RecordSharingUsagePayload, {
    description:
      "Records daily usage as the exchange platform reports it, all or nothing: a refused record fails the batch with `extensions.index` and `field` records.<index>.<field>. District administrators (the platform's account).",
  })
  recordSharingUsage(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordSharingUsageInput, { description: "What to do; see the input type." }) input: RecordSharingUsageInput,
  ) {
    return sharing.recordSharingUsage(ctx, input.records);
  }

  @FieldResolver(() => SharingGrantState, { description: "What the grant allows today (district time)." })
  state(@Root() grant: SharingGrant, @Ctx() ctx: RequestContext): SharingGrantState {
    return grantState(grant, ctx.today());
  }

  @FieldResolver(() => SharingRequest, { description: "The request the grant answers." })
  request(@Root() grant: SharingGrant, @Ctx() ctx: RequestContext) {
    return ctx.loaders(SharingLoaders).requestById.load(grant.requestId);
  }

  @FieldResolver(() => DataResource, { nullable: true, description: "The resource granted." })
  resource(@Root() grant: SharingGrant, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InventoryLoaders).resourceById.load(grant.resourceId);
  }

  @FieldResolver(() => Unit, { description: "提供方: the providing unit." })
  provider(@Root() grant: SharingGrant, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(grant.providerUnitId);
  }

  @FieldResolver(() => Unit, { description: "使用方: the consumer unit." })
  consumer(@Root() grant: SharingGrant, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(grant.consumerUnitId);
  }

  @FieldResolver(() => SharingUsageTotals, { description: "Usage recorded under the grant so far." })
  usageTotals(@Root() grant: SharingGrant, @Ctx() ctx: RequestContext) {
    return ctx.loaders(SharingLoaders).usageTotalsOf.load(grant.id);
  }
}

/** The analysts' questions: each one query with a fixed number of SQL statements. */
@Authorized()
@Resolver(() => SharingMatrix)
export class SharingAnalyticsResolver {
  @Query(() => SharingMatrix, {
    description: "共享矩阵: provider × consumer with request, grant and usage counts for a period; pairs involving your units (all for district readers).",
  })
  sharingMatrix(@Ctx() ctx: RequestContext, @Args() { from, to }: SharingMatrixArgs) {
    return analytics.sharingMatrix(ctx, from, to);
  }

  @Query(() => ProviderTurnaroundConnection, {
    description:
      "答复时效 per provider: median and 90th-percentile decision time in working days for decisions in the period, late decisions, and overdue requests today.",
  })
  sharingTurnaround(@Ctx() ctx: RequestContext, @Args() { from, to, ...page }: SharingPeriodArgs) {
    let loaded: Promise<ProviderTurnaround[]> | undefined;
    return paginateList(page, turnaroundOrder, () => (loaded ??= analytics.sharingTurnaround(ctx, from, to)));
  }

  @Query(() => UnrequestedResourceConnection, {
    description: "Published resources shared unconditionally or conditionally that no unit has ever requested, by code.",
  })
  unrequestedShareableResources(@Ctx() ctx: RequestContext, @Args() { providerUnitId, ...page }: UnrequestedResourcesArgs) {
    return analytics.unrequestedShareableResources(ctx, providerUnitId, page);
  }

  @Query(() => SharedResourceUsageConnection, {
    description:
      "The most-used resources through sharing in a period: by records exchanged, then calls; grants involving your units (all for district readers).",
  })
  mostUsedSharedResources(@Ctx() ctx: RequestContext, @Args() { from, to, ...page }: SharingPeriodArgs) {
    let loaded: Promise<SharedResourceUsage[]> | undefined;
    return paginateList(page, mostUsedOrder, () => (loaded ??= analytics.mostUsedSharedResources(ctx, from, to)));
  }

  @FieldResolver(() => SharingMatrixTotals, { description: "Totals over every pair you may see." })
  async totals(@Root() matrix: SharingMatrix): Promise<SharingMatrixTotals> {
    const cells = await matrix.loadCells();
    const sum = (field: keyof SharingMatrixCell) => cells.reduce((total, cell) => total + cell[field], 0);
    return { requestCount: sum("requestCount"), grantCount: sum("grantCount"), callCount: sum("callCount"), recordCount: sum("recordCount") };
  }

  @FieldResolver(() => SharingMatrixCellConnection, { description: "The pairs with any request, grant or usage in the period, by provider then consumer." })
  cells(@Root() matrix: SharingMatrix, @PageArgs() page: ConnectionArgs) {
    return paginateList(page, matrixOrder, () => matrix.loadCells());
  }
}

@Resolver(() => SharingMatrixCell)
export class SharingMatrixCellResolver {
  @FieldResolver(() => Unit, { description: "The provider unit (提供方)." })
  provider(@Root() cell: SharingMatrixCell, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(cell.providerUnitId);
  }

  @FieldResolver(() => Unit, { description: "The consumer unit (使用方)." })
  consumer(@Root() cell: SharingMatrixCell, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(cell.consumerUnitId);
  }
}

@Resolver(() => ProviderTurnaround)
export class ProviderTurnaroundResolver {
  @FieldResolver(() => Unit, { description: "The provider unit (提供方)." })
  provider(@Root() row: ProviderTurnaround, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(row.providerUnitId);
  }
}

@Resolver(() => SharedResourceUsage)
export class SharedResourceUsageResolver {
  @FieldResolver(() => DataResource, { nullable: true, description: "The resource." })
  resource(@Root() row: SharedResourceUsage, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InventoryLoaders).resourceById.load(row.resourceId);
  }
}
