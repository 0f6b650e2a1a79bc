import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessRole, AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput } from "../../common/errors";
import { ConnectionArgs, paginateList, PageArgs } from "../../common/pagination";
import { Appointment } from "./appointment.entity";
import { requiresCdoAndSpecialist } from "./appointment.policy";
import { currentDataSpecialist, responsibleCdo } from "./appointment.service";
import { appointmentHistoryOrder, childUnitOrder, OrganisationLoaders } from "./organisation.loaders";
import { AppointmentConnection, AppointmentHistoryArgs, CreateUnitInput, UnitConnection, UnitsArgs } from "./organisation.types";
import { Unit } from "./unit.entity";
import * as units from "./unit.service";
import { CommonMessages } from "../../common/messages";

@AuthorizedOperations()
@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, {
    nullable: true,
    description: "One unit, by ID or by code; null if there is none. A malformed ID, or neither or both of id and code, is BAD_USER_INPUT.",
  })
  unit(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, { nullable: true, description: "Global ID of the unit (give id or code)." }) id?: string,
    @Arg("code", () => String, { nullable: true, description: "The unit's administrative or internal code, e.g. 320402003 for 茶山街道 (give id or code)." })
    code?: string,
  ): Promise<Unit | null> {
    if ((id == null) === (code == null)) throw badUserInput(id == null ? "id" : "code", CommonMessages.idOrCode);
    return id != null ? units.findUnit(ctx, id) : units.findUnitByCode(ctx, code!);
  }

  @Query(() => UnitConnection, { description: "Units, filtered by kind, parent (optionally with all descendants) and name/code search; ordered by code." })
  units(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: UnitsArgs) {
    return units.findUnits(ctx, filter, page);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => Unit, { description: "Adds a unit to the tree (district administrators)." })
  createUnit(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateUnitInput, { description: "The unit and its parent." }) input: CreateUnitInput,
  ): Promise<Unit> {
    return units.createUnit(ctx, input);
  }

  @FieldResolver(() => Unit, { nullable: true, description: "Null for the district (root)." })
  parent(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return unit.parentId === null ? null : ctx.loaders(OrganisationLoaders).unitById.load(unit.parentId);
  }

  @FieldResolver(() => UnitConnection, { description: "Direct children, by code." })
  children(@Root() unit: Unit, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    const loaders = ctx.loaders(OrganisationLoaders);
    return paginateList(
      page,
      childUnitOrder,
      () => loaders.childrenOf.load(unit.id),
      () => loaders.childCountOf.load(unit.id),
    );
  }

  @FieldResolver(() => [Unit], { description: "From the district (root) down to the parent." })
  ancestors(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return units.ancestorsOf(ctx, unit);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether policy requires this unit to have a CDO and a data specialist (dev zone, towns, streets, departments).",
  })
  requiresCdoAndSpecialist(@Root() unit: Unit): boolean {
    return requiresCdoAndSpecialist(unit.kind);
  }

  @FieldResolver(() => Appointment, {
    nullable: true,
    description: "The responsible CDO today: the unit CDO, or the district CDO for the district. Null when vacant, and outside your units.",
  })
  async cdo(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return responsibleCdo(unit, await ctx.loaders(OrganisationLoaders).currentAppointmentsOf.load(unit.id));
  }

  @FieldResolver(() => Appointment, { nullable: true, description: "The data specialist (数据专员) today; null when vacant, and outside your units." })
  async dataSpecialist(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return currentDataSpecialist(await ctx.loaders(OrganisationLoaders).currentAppointmentsOf.load(unit.id));
  }

  @FieldResolver(() => [Appointment], { description: "Every appointment active today on this unit, all roles. Empty outside your units." })
  currentAppointments(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).currentAppointmentsOf.load(unit.id);
  }

  @FieldResolver(() => AppointmentConnection, { description: "Appointment history (ended terms included), newest first. Empty outside your units." })
  appointments(
    @Root() unit: Unit,
    @Ctx() ctx: RequestContext,
    @Args(() => AppointmentHistoryArgs, { validate: false }) { role, ...page }: AppointmentHistoryArgs,
  ) {
    const history = ctx.loaders(OrganisationLoaders).appointmentHistoryOfUnit;
    return paginateList(page, appointmentHistoryOrder, async () => (await history.load(unit.id)).filter((a) => !role || a.role === role));
  }
}
