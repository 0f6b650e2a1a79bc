import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput } from "../../common/errors";
import { ConnectionArgs, nodeSelection, paginateList, paginateWindow, PageArgs } from "../../common/pagination";
import { Appointment, currentDataSpecialist, OrganisationLoaders, responsibleCdo, Unit } from "../organisation";
import { CatalogFunction } from "./catalog-function.entity";
import { DataItem } from "./data-item.entity";
import { DataResource } from "./data-resource.entity";
import * as resources from "./data-resource.service";
import { InventoryLoaders, resourceItemOrder, unitFunctionOrder, unitResourceOrder } from "./inventory.loaders";
import {
  CreateDataResourceInput,
  CreateFunctionInput,
  DataItemConnection,
  DataResourceConnection,
  DataResourcesArgs,
  FunctionConnection,
  RetireDataResourceInput,
  UnitDataResourceConnection,
  UpdateDataResourceInput,
} from "./inventory.types";
import { CommonMessages } from "../../common/messages";

@AuthorizedOperations()
@Resolver(() => DataResource)
export class DataResourceResolver {
  @Query(() => DataResource, {
    nullable: true,
    description:
      "One data resource, by ID or by resource code; null if there is none or it is a draft outside your units (the same answer). A malformed ID, or neither or both of id and code, is BAD_USER_INPUT.",
  })
  dataResource(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { nullable: true, description: "Global ID of the resource (give id or code)." }) id?: string,
    @Arg("code", () => String, { nullable: true, description: "信息资源代码 of the resource, e.g. 301002/00015 (give id or code)." }) code?: string,
  ) {
    if ((id == null) === (code == null)) throw badUserInput(id == null ? "id" : "code", CommonMessages.idOrCode);
    return resources.findDataResource(ctx, id, code);
  }

  @Query(() => DataResourceConnection, {
    description:
      "The district's function-data inventory: published and retired resources of every unit, and drafts of your own; filtered, searched (Chinese substring over names, summaries and item names), sorted, paged, with facet counts.",
  })
  dataResources(@Ctx() ctx: RequestContext, @Args() { filter, orderBy, ...page }: DataResourcesArgs) {
    return resources.findDataResources(ctx, filter, orderBy, page);
  }

  @Mutation(() => DataResource, { description: "Adds a resource to a unit's inventory (its data specialist or CDO, or district administrators)." })
  createDataResource(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateDataResourceInput, { description: "The resource and its data items." }) input: CreateDataResourceInput,
  ) {
    return resources.createDataResource(ctx, input);
  }

  @Mutation(() => DataResource, { description: "Changes a resource (optimistic lock: send the version you read)." })
  updateDataResource(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateDataResourceInput, { description: "The resource, its version and what to change." }) input: UpdateDataResourceInput,
  ) {
    return resources.updateDataResource(ctx, input);
  }

  @Mutation(() => DataResource, { description: "Retires a resource: it stays readable with its history, and is no longer edited." })
  retireDataResource(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RetireDataResourceInput, { description: "The resource and its version." }) input: RetireDataResourceInput,
  ) {
    return resources.retireDataResource(ctx, input.id, input.version);
  }

  @FieldResolver(() => Unit, { description: "提供方: the providing unit." })
  provider(@Root() resource: DataResource, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(resource.providerUnitId);
  }

  @FieldResolver(() => [CatalogFunction], { description: "The provider's functions this resource serves." })
  functions(@Root() resource: DataResource, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InventoryLoaders).functionsOfResource.load(resource.id);
  }

  @FieldResolver(() => DataItemConnection, { description: "信息项, by code." })
  items(@Root() resource: DataResource, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs, @Info() info: GraphQLResolveInfo) {
    const loaders = ctx.loaders(InventoryLoaders);
    return paginateWindow(
      page,
      resourceItemOrder,
      (window) => loaders.itemsOfResource(window, nodeSelection(info)).load(resource.id),
      () => loaders.itemCountOf.load(resource.id),
    );
  }

  @FieldResolver(() => Appointment, {
    nullable: true,
    description: "Accountability: the providing unit's CDO today; null when vacant, and outside your units (district-wide readers see every unit's).",
  })
  async cdo(@Root() resource: DataResource, @Ctx() ctx: RequestContext) {
    const loaders = ctx.loaders(OrganisationLoaders);
    const unit = (await loaders.unitById.load(resource.providerUnitId))!;
    return responsibleCdo(unit, await loaders.currentAppointmentsOf.load(unit.id));
  }

  @FieldResolver(() => Appointment, {
    nullable: true,
    description: "Accountability: the providing unit's data specialist today; null when vacant, and outside your units.",
  })
  async dataSpecialist(@Root() resource: DataResource, @Ctx() ctx: RequestContext) {
    const loaders = ctx.loaders(OrganisationLoaders);
    const unit = (await loaders.unitById.load(resource.providerUnitId))!;
    return currentDataSpecialist(await loaders.currentAppointmentsOf.load(unit.id));
  }
}

@Resolver(() => DataItem)
export class DataItemResolver {
  @FieldResolver(() => DataResource, { description: "The data resource (数据资源) this item belongs to." })
  resource(@Root() item: DataItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InventoryLoaders).resourceById.load(item.resourceId);
  }
}

@AuthorizedOperations()
@Resolver(() => CatalogFunction)
export class FunctionResolver {
  @Mutation(() => CatalogFunction, { description: "Records a unit's statutory function (职能) that its resources serve." })
  createFunction(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateFunctionInput, { description: "The unit and the function." }) input: CreateFunctionInput,
  ) {
    return resources.createFunction(ctx, input);
  }

  @FieldResolver(() => Unit, { description: "The unit whose statutory function this is." })
  unit(@Root() fn: CatalogFunction, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(fn.unitId);
  }
}

/** The inventory seen from a unit: its functions and its resources. */
@Resolver(() => Unit)
export class UnitInventoryResolver {
  @FieldResolver(() => FunctionConnection, { description: "The unit's statutory functions (职能)." })
  functions(@Root() unit: Unit, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    return paginateList(page, unitFunctionOrder, () => ctx.loaders(InventoryLoaders).functionsOfUnit.load(unit.id));
  }

  @FieldResolver(() => UnitDataResourceConnection, {
    description: "The unit's data resources, by code: all of them within your units, the published catalog elsewhere.",
  })
  dataResources(@Root() unit: Unit, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs, @Info() info: GraphQLResolveInfo) {
    const loaders = ctx.loaders(InventoryLoaders);
    return paginateWindow(
      page,
      unitResourceOrder,
      (window) => loaders.readableResourcesOfUnit(unit, window, nodeSelection(info)),
      () => loaders.readableResourceCountOf(unit),
    );
  }
}
