import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { WorkingDayExceptionKind } from "./calendar.enums";

/** One dated exception of the district's working-day calendar: a weekday holiday or a weekend worked (调休). */
@Entity("working_day_exceptions")
@ObjectType("WorkingDayException", {
  implements: Node,
  description: "工作日历例外: a weekday holiday or a weekend make-up working day, kept by the district office.",
})
export class WorkingDayException {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Field(() => LocalDateResolver, { description: "The day (district time); one exception per day." })
  @Index({ unique: true })
  @Column({ type: "date" })
  date!: string;

  @Field(() => WorkingDayExceptionKind, { description: "Whether the day is off (HOLIDAY) or worked (MAKE_UP_WORKDAY)." })
  @Column({ type: "varchar", length: 16 })
  kind!: WorkingDayExceptionKind;

  @Field({ description: "What the day is for, e.g. 国庆节 or 国庆节调休上班." })
  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Field(() => DateTimeResolver, { description: "When the exception was recorded." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the exception was last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
