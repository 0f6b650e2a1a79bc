import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../common/context";
import * as calendar from "./calendar.service";
import { SetWorkingDayExceptionInput, WorkingDayDeadlineArgs, WorkingDayExceptionConnection, WorkingDayExceptionsArgs } from "./calendar.types";
import { WorkingDayException } from "./working-day-exception.entity";

@Authorized()
@Resolver(() => WorkingDayException)
export class CalendarResolver {
  @Query(() => WorkingDayExceptionConnection, {
    description: "工作日历: the district's holidays on weekdays and make-up working days on weekends in a period, by date.",
  })
  workingDayExceptions(@Ctx() ctx: RequestContext, @Args() { from, to, ...page }: WorkingDayExceptionsArgs) {
    return calendar.findWorkingDayExceptions(ctx, from, to, page);
  }

  @Query(() => LocalDateResolver, {
    description: "The n-th working day after `start` under the district's calendar (the deadline a limit in working days gives).",
  })
  workingDayDeadline(@Ctx() ctx: RequestContext, @Args() { start, workingDays }: WorkingDayDeadlineArgs) {
    return calendar.workingDayDeadline(ctx, start, workingDays);
  }

  @Mutation(() => WorkingDayException, { description: "Records or replaces one day's exception (district office only)." })
  setWorkingDayException(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SetWorkingDayExceptionInput, { description: "What to do; see the input type." }) input: SetWorkingDayExceptionInput,
  ) {
    return calendar.setWorkingDayException(ctx, input);
  }

  @Mutation(() => WorkingDayException, { description: "Removes one day's exception; returns what was removed (district office only)." })
  removeWorkingDayException(@Ctx() ctx: RequestContext, @Arg("date", () => LocalDateResolver, { description: "The day whose exception goes." }) date: string) {
    return calendar.removeWorkingDayException(ctx, date);
  }
}
