import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Person, Unit } from "../organisation";
import { MeetingAttendance, ResolutionKind } from "./meetings.enums";

/** 联席会议: convened by the district CDO active on the day it is held (DOMAIN §5). */
@Entity("joint_meetings")
@Index(["districtUnitId", "heldOn"])
@ObjectType("JointMeeting", { implements: Node, description: "联席会议: a joint meeting of unit CDOs, convened by the district CDO." })
export class JointMeeting {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  /** The district (root unit) whose CDO convened it. */
  @Column({ type: "integer" })
  districtUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "district_unit_id" })
  district?: Unit;

  @Column({ type: "integer" })
  convenerPersonId!: number;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "convener_person_id" })
  convener?: Person;

  @Field({ description: "会议名称: the meeting's title." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => LocalDateResolver, { description: "The day it is (or was) held, district time." })
  @Column({ type: "date" })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: "会议地点: where it is held." })
  @Column({ type: "varchar", length: 200, nullable: true })
  location!: string | null;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** An invited unit and its CDO (on the meeting's day), with attendance once recorded. */
@Entity("joint_meeting_invitees")
@Index(["unitId"])
@ObjectType("MeetingInvitee", { description: "An invited unit, its CDO on the meeting's day, and how they attended." })
export class MeetingInvitee {
  @PrimaryColumn({ type: "integer" })
  meetingId!: number;

  @ManyToOne(() => JointMeeting, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "meeting_id" })
  meeting?: JointMeeting;

  @PrimaryColumn({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  @Column({ type: "integer" })
  cdoPersonId!: number;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "cdo_person_id" })
  cdo?: Person;

  @Field(() => MeetingAttendance, { nullable: true, description: "出席情况; null until recorded." })
  @Column({ type: "varchar", length: 16, nullable: true })
  attendance!: MeetingAttendance | null;

  @Column({ type: "integer", nullable: true })
  delegatePersonId!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "delegate_person_id" })
  delegate?: Person | null;
}

/** 议程: the meeting's agenda, in order. */
@Entity("joint_meeting_agenda_items")
@ObjectType("MeetingAgendaItem", { description: "议程: one item of a joint meeting's agenda." })
export class MeetingAgendaItem {
  @PrimaryColumn({ type: "integer" })
  meetingId!: number;

  @ManyToOne(() => JointMeeting, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "meeting_id" })
  meeting?: JointMeeting;

  @Field(() => Int, { description: "Its place on the agenda, from 1." })
  @PrimaryColumn({ type: "integer" })
  position!: number;

  @Field({ description: "议题: the subject of the agenda item." })
  @Column({ type: "varchar", length: 200 })
  title!: string;
}

/** 会议决议: a strategic decision or the coordination of a major matter, with its action items. */
@Entity("joint_meeting_resolutions")
@Index(["meetingId"])
@ObjectType("MeetingResolution", { implements: Node, description: "会议决议: what a joint meeting resolved, with the action items assigned to units." })
export class MeetingResolution {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  meetingId!: number;

  @ManyToOne(() => JointMeeting, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "meeting_id" })
  meeting?: JointMeeting;

  @Field(() => ResolutionKind, { description: "决议类型: the kind of resolution." })
  @Column({ type: "varchar", length: 32 })
  kind!: ResolutionKind;

  @Field({ description: "决议内容: what was resolved." })
  @Column({ type: "varchar", length: 2000 })
  content!: string;

  @Column({ type: "datetime" })
  createdAt!: Date;
}
