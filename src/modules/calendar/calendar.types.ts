import { IsIn, Length } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, InputType, Int } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { WorkingDayExceptionKind } from "./calendar.enums";
import { WorkingDayException } from "./working-day-exception.entity";

export const WorkingDayExceptionConnection = ConnectionType("WorkingDayException", WorkingDayException);

@InputType({ description: "Records (or replaces) the exception of one day." })
export class SetWorkingDayExceptionInput {
  @Field(() => LocalDateResolver, { description: "The day, 2000-01-01 to 2099-12-31." })
  date!: string;

  @Field(() => WorkingDayExceptionKind, { description: "HOLIDAY on a weekday, MAKE_UP_WORKDAY on a Saturday or Sunday." })
  @IsIn(Object.values(WorkingDayExceptionKind))
  kind!: WorkingDayExceptionKind;

  @Field({ description: "What the day is for, 1–100 characters, e.g. 国庆节." })
  @Length(1, 100)
  name!: string;
}

@ArgsType()
export class WorkingDayExceptionsArgs extends ConnectionArgs {
  @Field(() => LocalDateResolver, { description: "First day of the period (inclusive)." })
  from!: string;

  @Field(() => LocalDateResolver, { description: "Last day of the period (inclusive); at most 3,660 days after `from`." })
  to!: string;
}

@ArgsType()
export class WorkingDayDeadlineArgs {
  @Field(() => LocalDateResolver, { description: "The day counting starts from (not itself counted)." })
  start!: string;

  @Field(() => Int, { description: "Working days to count, 0 to 366." })
  workingDays!: number;
}
