import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Unit } from "../organisation";
import { MeetingResolution } from "./joint-meeting.entity";
import { ActionItemStatus } from "./meetings.enums";

/** 督办事项: work a resolution assigns to a unit, due on a date. */
@Entity("meeting_action_items")
@Index(["unitId", "status", "dueDate"])
@Index(["resolutionId"])
@ObjectType("MeetingActionItem", { implements: Node, description: "督办事项: work a joint meeting's resolution assigned to a unit, with a due date." })
export class MeetingActionItem {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  resolutionId!: number;

  @ManyToOne(() => MeetingResolution, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "resolution_id" })
  resolution?: MeetingResolution;

  /** The meeting, kept on the row so a unit's items are listed without joining resolutions. */
  @Column({ type: "integer" })
  meetingId!: number;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  @Field({ description: "What the unit must do." })
  @Column({ type: "varchar", length: 1000 })
  task!: string;

  @Field(() => LocalDateResolver, { description: "办结期限: the last day to finish it." })
  @Column({ type: "date" })
  dueDate!: string;

  @Field(() => ActionItemStatus, { description: "OPEN, DONE or CANCELLED." })
  @Column({ type: "varchar", length: 16 })
  status!: ActionItemStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day it was reported done." })
  @Column({ type: "date", nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true, description: "办结说明: what was done." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  completionNote!: string | null;

  @Field(() => String, { nullable: true, description: "撤销理由: why it was cancelled." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  cancellationReason!: string | null;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
