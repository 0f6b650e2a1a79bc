import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DataItem, DataResource } from "../inventory";
import { Unit } from "../organisation";
import { Node } from "../../common/node";
import { QualityIssueState } from "./quality.enums";

/** 数据纠错: a reported defect in a resource (or one of its items), routed to the providing unit. */
@Entity("quality_issues")
@Index(["providerUnitId", "state", "dueDate"])
@Index(["resourceId"])
@ObjectType("QualityIssue", {
  implements: Node,
  description: "数据纠错: a reported defect in a resource or one of its items, routed to the provider's data specialist.",
})
export class QualityIssue {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  resourceId!: number;

  @ManyToOne(() => DataResource, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "resource_id" })
  resource?: DataResource;

  @Column({ type: "integer", nullable: true })
  itemId!: number | null;

  @ManyToOne(() => DataItem, { nullable: true, onDelete: "SET NULL", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "item_id" })
  item?: DataItem | null;

  @Column({ type: "integer" })
  providerUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "provider_unit_id" })
  provider?: Unit;

  @Field({ description: "The issue's title (纠错标题)." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "问题描述: what is wrong." })
  @Column({ type: "varchar", length: 2000 })
  description!: string;

  @Field(() => QualityIssueState, { description: "Where the issue is in the workflow." })
  @Column({ type: "varchar", length: 16 })
  state!: QualityIssueState;

  @Column({ type: "integer", nullable: true })
  reporterAccountId!: number | null;

  @Field({ description: "Username of the reporter." })
  @Column({ type: "varchar", length: 64 })
  reporterUsername!: string;

  @Field(() => DateTimeResolver, { description: "When it was reported." })
  @Column({ type: "datetime" })
  reportedAt!: Date;

  /** The civil date by which the provider must have rectified it (working days from reporting or reopening). */
  @Field(() => LocalDateResolver, { description: "整改期限: the date by which the provider must rectify it, in working days from reporting (or reopening)." })
  @Column({ type: "date" })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: "Why it was rejected (驳回理由)." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  rejectionReason!: string | null;

  @Field(() => String, { nullable: true, description: "What the provider did to rectify it (整改说明)." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  rectificationNote!: string | null;

  @Field(() => String, { nullable: true, description: "Why the last verification failed." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  reopenReason!: string | null;

  @Field(() => Int, { description: "How often a verification failed." })
  @Column({ type: "integer", default: 0 })
  reopenCount!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: "When it was verified or rejected." })
  @Column({ type: "datetime", nullable: true })
  closedAt!: Date | null;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
