import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { Appointment } from "./appointment.entity";
import * as appointments from "./appointment.service";
import { OrganisationLoaders } from "./organisation.loaders";
import { AppointInput, AppointmentCoverage, AppointPayload, EndAppointmentInput } from "./organisation.types";
import { Person } from "./person.entity";
import { Unit } from "./unit.entity";

@AuthorizedOperations()
@Resolver(() => Appointment)
export class AppointmentResolver {
  @Query(() => AppointmentCoverage, {
    description:
      "Staffing findings: every unit missing a CDO or a data specialist, vacant district roles, CDOs appointed by exception and specialists outside the expected post. " +
      "The same rules as the `findings` kinds UNIT_MISSING_CDO, UNIT_MISSING_SPECIALIST, CDO_QUALIFICATION_EXCEPTION and SPECIALIST_OUTSIDE_POSITION.",
  })
  appointmentCoverage(
    @Ctx() ctx: RequestContext,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "Default: today (district time)." }) asOf?: string,
    @Arg("underUnitId", () => ID, { nullable: true, description: "Only this unit and its descendants." }) underUnitId?: string,
  ) {
    return appointments.appointmentCoverage(ctx, asOf, underUnitId);
  }

  @Mutation(() => AppointPayload, { description: "Appoints a person; a current holder of the role is succeeded (their term ends on startDate)." })
  appoint(@Ctx() ctx: RequestContext, @Arg("input", () => AppointInput, { description: "The unit, the person, the role and the term." }) input: AppointInput) {
    return appointments.appoint(ctx, input);
  }

  @Mutation(() => Appointment, { description: "Ends a term without a successor (the role becomes vacant)." })
  endAppointment(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => EndAppointmentInput, { description: "The appointment and the day its term ends." }) input: EndAppointmentInput,
  ) {
    return appointments.endAppointment(ctx, input);
  }

  @FieldResolver(() => Person, { description: "The appointed person." })
  person(@Root() appointment: Appointment, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).personById.load(appointment.personId);
  }

  @FieldResolver(() => Unit, { description: "The unit the role is held on." })
  unit(@Root() appointment: Appointment, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(appointment.unitId);
  }

  @FieldResolver(() => Boolean, { description: "Active today (district time): started, and not yet ended." })
  isCurrent(@Root() appointment: Appointment, @Ctx() ctx: RequestContext): boolean {
    return appointment.isActiveOn(ctx.today());
  }
}
