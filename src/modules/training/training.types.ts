import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { TrainingPlan, TrainingSession } from "./training.entity";
import { TrainingFormat, TrainingTopic } from "./training.enums";
import type { PersonTrainingHours as Hours } from "./training.service";

export const TrainingPlanConnection = ConnectionType("TrainingPlan", TrainingPlan);
export const TrainingSessionConnection = ConnectionType("TrainingSession", TrainingSession);

@ObjectType("PersonTrainingHours", { description: "学时: a person's training hours in a year, summed exactly over the sessions they attended." })
export class PersonTrainingHours implements Hours {
  personId!: number;

  @Field(() => Int, { description: "The year." })
  year!: number;

  hoursCenti!: number;

  @Field(() => Int, { description: "How many sessions they attended." })
  sessionCount!: number;
}

export const PersonTrainingHoursConnection = ConnectionType("PersonTrainingHours", PersonTrainingHours);

@InputType("PlannedTrainingSessionInput", { description: "A session the plan foresees." })
export class PlannedTrainingSessionInput {
  @Field({ description: "培训题目, 1 to 200 characters." })
  title!: string;

  @Field(() => TrainingTopic, { description: "培训主题: the topic." })
  topic!: TrainingTopic;

  @Field(() => TrainingFormat, { description: "培训形式: the format." })
  format!: TrainingFormat;

  @Field(() => Int, { description: "The month, 1 to 12." })
  month!: number;

  @Field({ description: 'Planned hours, an exact decimal above 0 and at most 40 with at most two decimals, e.g. "1.5".' })
  hours!: string;
}

@InputType("CreateTrainingPlanInput", { description: "年度培训计划 of a district for a year." })
export class CreateTrainingPlanInput {
  @Field(() => ID, { description: "The district (root unit)." })
  districtId!: string;

  @Field(() => Int, { description: "The year, 2000 to 2100 (one plan per year)." })
  year!: number;

  @Field({ description: "计划名称, 1 to 200 characters." })
  title!: string;

  @Field(() => [PlannedTrainingSessionInput], { defaultValue: [], description: "At most 100 planned sessions." })
  sessions!: PlannedTrainingSessionInput[];
}

@InputType("RecordTrainingSessionInput", { description: "培训: a session a unit held, and who attended." })
export class RecordTrainingSessionInput {
  @Field(() => ID, { description: "The unit that held it (its CDO records it)." })
  unitId!: string;

  @Field({ description: "培训题目, 1 to 200 characters." })
  title!: string;

  @Field(() => TrainingTopic, { description: "培训主题: the topic." })
  topic!: TrainingTopic;

  @Field(() => LocalDateResolver, { description: "The day it was held (not in the future)." })
  heldOn!: string;

  @Field({ description: 'Hours, an exact decimal above 0 and at most 40 with at most two decimals, e.g. "1.5".' })
  hours!: string;

  @Field(() => [ID], { description: "1 to 500 attendees, people of the unit (or of units below it)." })
  attendeePersonIds!: string[];
}

@InputType("TrainingSessionFilter", { description: "Which sessions." })
export class TrainingSessionFilter {
  @Field(() => ID, { nullable: true, description: "Of this unit with its descendants." })
  unitId?: string | null;

  @Field(() => Int, { nullable: true, description: "Held in this year." })
  year?: number | null;

  @Field(() => TrainingTopic, { nullable: true, description: "On this topic." })
  topic?: TrainingTopic | null;
}

@ArgsType()
export class TrainingSessionsArgs extends ConnectionArgs {
  @Field(() => TrainingSessionFilter, { nullable: true, description: "Which sessions; all you may read by default." })
  filter?: TrainingSessionFilter;
}

@ArgsType()
export class TrainingHoursArgs extends ConnectionArgs {
  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => ID, { nullable: true, description: "People of this unit with its descendants; all you may read by default." })
  unitId?: string | null;
}

@ArgsType()
export class TrainingYearArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true, description: "The year; this year (district time) by default." })
  year?: number | null;
}
