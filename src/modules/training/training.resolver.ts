import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessRole, AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { ConnectionArgs, PageArgs } from "../../common/pagination";
import { OrganisationLoaders, Person, Unit, UnitConnection } from "../organisation";
import { PlannedTrainingSession, TrainingPlan, TrainingSession } from "./training.entity";
import { TrainingLoaders } from "./training.loaders";
import { formatHours } from "./training.policy";
import * as training from "./training.service";
import {
  CreateTrainingPlanInput,
  PersonTrainingHours,
  PersonTrainingHoursConnection,
  RecordTrainingSessionInput,
  TrainingHoursArgs,
  TrainingPlanConnection,
  TrainingSessionConnection,
  TrainingSessionsArgs,
  TrainingYearArgs,
} from "./training.types";

const HOURS = 'Hours as an exact decimal ("1.5"), never a float.';

/** 培训 (DOMAIN §5): the district's annual plan, the units' sessions, hours per person, units without security training. */
@AuthorizedOperations()
@Resolver()
export class TrainingResolver {
  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => TrainingPlan, { description: "年度培训计划: the district CDO's plan for a year (one per year, else TRAINING_PLAN_EXISTS)." })
  createTrainingPlan(@Ctx() ctx: RequestContext, @Arg("input", () => CreateTrainingPlanInput, { description: "The plan." }) input: CreateTrainingPlanInput) {
    return training.createTrainingPlan(ctx, input);
  }

  @Mutation(() => TrainingSession, {
    description: "培训: a unit's CDO (or the district) records a session held; attendees are people of the unit (else TRAINING_ATTENDEE_OUTSIDE_UNIT).",
  })
  recordTrainingSession(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordTrainingSessionInput, { description: "The session." }) input: RecordTrainingSessionInput,
  ) {
    return training.recordTrainingSession(ctx, input);
  }

  @Query(() => TrainingPlanConnection, { description: "年度培训计划, the latest year first." })
  trainingPlans(@Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    return training.findTrainingPlans(ctx, page);
  }

  @Query(() => TrainingSessionConnection, { description: "培训: sessions of your units (every unit's for district readers), the latest first." })
  trainingSessions(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: TrainingSessionsArgs) {
    return training.findTrainingSessions(ctx, filter, page);
  }

  @Query(() => PersonTrainingHoursConnection, { description: `学时: hours per person in a year, for the people of your units. ${HOURS}` })
  trainingHours(@Ctx() ctx: RequestContext, @Args() { year, unitId, ...page }: TrainingHoursArgs) {
    return training.trainingHours(ctx, year, unitId, page);
  }

  @Query(() => UnitConnection, {
    description:
      "未开展数据安全培训: units that must have a CDO and held no DATA_SECURITY session of their own in the year (this year by default), within your units. A fixed number of statements whatever the unit count.",
  })
  unitsWithoutDataSecurityTraining(@Ctx() ctx: RequestContext, @Args() { year, ...page }: TrainingYearArgs) {
    return training.unitsWithoutDataSecurityTraining(ctx, year ?? Number(ctx.today().slice(0, 4)), page);
  }
}

@Resolver(() => TrainingPlan)
export class TrainingPlanResolver {
  @FieldResolver(() => Unit, { description: "The district whose plan it is." })
  district(@Root() plan: TrainingPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(plan.districtUnitId);
  }

  @FieldResolver(() => [PlannedTrainingSession], { description: "The planned sessions, by month." })
  sessions(@Root() plan: TrainingPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders(TrainingLoaders).plannedSessionsOf.load(plan.id);
  }
}

@Resolver(() => PlannedTrainingSession)
export class PlannedTrainingSessionResolver {
  @FieldResolver(() => String, { description: `Planned hours. ${HOURS}` })
  hours(@Root() session: PlannedTrainingSession) {
    return formatHours(session.hoursCenti);
  }
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @FieldResolver(() => Unit, { description: "The unit that held it." })
  unit(@Root() session: TrainingSession, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(session.unitId);
  }

  @FieldResolver(() => String, { description: HOURS })
  hours(@Root() session: TrainingSession) {
    return formatHours(session.hoursCenti);
  }

  @FieldResolver(() => Int, { description: "How many people attended." })
  async attendeeCount(@Root() session: TrainingSession, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders(TrainingLoaders).attendeesOf.load(session.id)).length;
  }

  @FieldResolver(() => [Person], { description: "Who attended." })
  async attendees(@Root() session: TrainingSession, @Ctx() ctx: RequestContext) {
    const attendance = await ctx.loaders(TrainingLoaders).attendeesOf.load(session.id);
    return ctx.loaders(OrganisationLoaders).personById.loadMany(attendance.map((a) => a.personId));
  }
}

@Resolver(() => PersonTrainingHours)
export class PersonTrainingHoursResolver {
  @FieldResolver(() => Person, { description: "The person." })
  person(@Root() row: PersonTrainingHours, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).personById.load(row.personId);
  }

  @FieldResolver(() => String, { description: `Their hours in the year. ${HOURS}` })
  hours(@Root() row: PersonTrainingHours) {
    return formatHours(row.hoursCenti);
  }
}
