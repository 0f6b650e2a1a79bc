import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { DataResource, SharingType } from "../inventory";
import { Unit } from "../organisation";
import { SharingRequestStatus } from "./sharing.enums";

/** 共享申请: a consumer unit asks a provider unit for a data resource, or some of its items. */
@Entity("sharing_requests")
@Index(["providerUnitId", "status", "decisionDueOn"])
@Index(["consumerUnitId", "requestedAt"])
@Index(["resourceId", "consumerUnitId"])
@Index(["requestedOn", "providerUnitId", "consumerUnitId", "status"])
@Index(["decidedOn", "providerUnitId"])
@ObjectType("SharingRequest", { implements: Node, description: "共享申请: a consumer unit's request for another unit's data resource (or some of its items)." })
export class SharingRequest {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  resourceId!: number;

  @ManyToOne(() => DataResource, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "resource_id" })
  resource?: DataResource;

  @Column({ type: "integer" })
  providerUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "provider_unit_id" })
  provider?: Unit;

  @Column({ type: "integer" })
  consumerUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "consumer_unit_id" })
  consumer?: Unit;

  @Field({ description: "True when the whole resource is requested; false when only `items`." })
  @Column({ type: "boolean" })
  wholeResource!: boolean;

  @Field({ description: "申请用途: what the consumer will use the data for." })
  @Column({ type: "varchar", length: 1000 })
  purpose!: string;

  @Field({ description: "申请依据: the legal or policy basis of the request." })
  @Column({ type: "varchar", length: 1000 })
  legalBasis!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day the consumer asks to use the data; null for no end." })
  @Column({ type: "date", nullable: true })
  wantedUntil!: string | null;

  @Field(() => SharingType, {
    description: "The sharing type that decided the request: the strictest of the resource's and its requested items' (UNCONDITIONAL or CONDITIONAL).",
  })
  @Column({ type: "varchar", length: 16 })
  effectiveSharingType!: SharingType;

  @Field(() => SharingRequestStatus, { description: "Where the request stands." })
  @Column({ type: "varchar", length: 16 })
  status!: SharingRequestStatus;

  @Field(() => DateTimeResolver, { description: "When the request was made." })
  @Column({ type: "datetime" })
  requestedAt!: Date;

  @Field(() => LocalDateResolver, { description: "The day the request was made (district time)." })
  @Column({ type: "date" })
  requestedOn!: string;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "答复期限: last day for the provider's decision (the configured number of working days after requestedOn); null when granted at once.",
  })
  @Column({ type: "date", nullable: true })
  decisionDueOn!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the request was decided (granted at once, approved or rejected)." })
  @Column({ type: "datetime", nullable: true })
  decidedAt!: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day of the decision (district time)." })
  @Column({ type: "date", nullable: true })
  decidedOn!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Working days from request to decision (0 for the same day or at once), under the calendar of the day of the decision.",
  })
  @Column({ type: "integer", nullable: true })
  decisionWorkingDays!: number | null;

  @Field({ description: "True when granted at once under unconditional sharing, with no decision by the provider." })
  @Column({ type: "boolean", default: false })
  grantedAtOnce!: boolean;

  @Field(() => String, { nullable: true, description: "共享条件: the conditions the provider approved under." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  conditions!: string | null;

  @Field(() => String, { nullable: true, description: "驳回理由: why the provider rejected the request." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  rejectionReason!: string | null;

  /** "resource:consumer" while pending, null once decided: the unique index lets one request per pair wait at a time, races included. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 32, nullable: true })
  pendingKey!: string | null;

  @Column({ type: "integer", nullable: true })
  requestedByAccountId!: number | null;

  @Column({ type: "integer", nullable: true })
  decidedByAccountId!: number | null;

  @Field(() => DateTimeResolver, { description: "When the record was created." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the record last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
