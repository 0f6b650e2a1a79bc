import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Person, Unit } from "../organisation";
import { TrainingFormat, TrainingTopic } from "./training.enums";

/** 年度培训计划: the district CDO's plan of sessions for unit CDOs in one year. */
@Entity("training_plans")
@Index(["districtUnitId", "year"], { unique: true })
@ObjectType("TrainingPlan", { implements: Node, description: "年度培训计划: the district CDO's plan of sessions for unit CDOs in one year." })
export class TrainingPlan {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  districtUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "district_unit_id" })
  district?: Unit;

  @Field(() => Int, { description: "The plan's year." })
  @Column({ type: "integer" })
  year!: number;

  @Field({ description: "计划名称: the plan's title." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** A session the plan foresees, in a month of its year. */
@Entity("training_plan_sessions")
@Index(["planId"])
@ObjectType("PlannedTrainingSession", { description: "A session a training plan foresees, in a month of its year." })
export class PlannedTrainingSession {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  planId!: number;

  @ManyToOne(() => TrainingPlan, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "plan_id" })
  plan?: TrainingPlan;

  @Field({ description: "培训题目: the session's title." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => TrainingTopic, { description: "培训主题: the topic." })
  @Column({ type: "varchar", length: 24 })
  topic!: TrainingTopic;

  @Field(() => TrainingFormat, { description: "培训形式: the format." })
  @Column({ type: "varchar", length: 24 })
  format!: TrainingFormat;

  @Field(() => Int, { description: "The month (1–12) it is planned in." })
  @Column({ type: "integer" })
  month!: number;

  /** Planned hours in hundredths (exact: 1.5 h is 150). */
  @Column({ type: "integer" })
  hoursCenti!: number;
}

/** 培训: a session a unit (or the district) held, with its hours and who attended. */
@Entity("training_sessions")
@Index(["unitId", "heldOn"])
@Index(["topic", "heldOn"])
@ObjectType("TrainingSession", { implements: Node, description: "培训: a session a unit (or the district) held, with its topic, hours and attendance." })
export class TrainingSession {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  @Field({ description: "培训题目: the session's title." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => TrainingTopic, { description: "培训主题: the topic." })
  @Column({ type: "varchar", length: 24 })
  topic!: TrainingTopic;

  @Field(() => LocalDateResolver, { description: "The day it was held." })
  @Column({ type: "date" })
  heldOn!: string;

  /** Hours in hundredths (exact: 1.5 h is 150). */
  @Column({ type: "integer" })
  hoursCenti!: number;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** Who attended a session. */
@Entity("training_attendance")
@Index(["personId"])
export class TrainingAttendance {
  @PrimaryColumn({ type: "integer" })
  sessionId!: number;

  @ManyToOne(() => TrainingSession, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "session_id" })
  session?: TrainingSession;

  @PrimaryColumn({ type: "integer" })
  personId!: number;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "person_id" })
  person?: Person;
}
