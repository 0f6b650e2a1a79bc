import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { DataResource } from "../inventory";
import { Unit } from "../organisation";
import { SharingRequest } from "./sharing-request.entity";

/** 共享授权: what a granted request allows the consumer, until it expires or is revoked. */
@Entity("sharing_grants")
@Index(["providerUnitId", "consumerUnitId"])
@Index(["consumerUnitId"])
@Index(["resourceId"])
@Index(["grantedOn", "providerUnitId", "consumerUnitId"])
@ObjectType("SharingGrant", { implements: Node, description: "共享授权: a consumer unit's right to use a resource, from a granted request." })
export class SharingGrant {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index({ unique: true })
  @Column({ type: "integer" })
  requestId!: number;

  @ManyToOne(() => SharingRequest, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "request_id" })
  request?: SharingRequest;

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

  @Field(() => DateTimeResolver, { description: "When the grant was made." })
  @Column({ type: "datetime" })
  grantedAt!: Date;

  @Field(() => LocalDateResolver, { description: "First day of use (district time)." })
  @Column({ type: "date" })
  grantedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of use; null for no end." })
  @Column({ type: "date", nullable: true })
  expiresOn!: string | null;

  @Field(() => String, { nullable: true, description: "共享条件: the conditions of use; null when granted at once." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  conditions!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the provider revoked the grant." })
  @Column({ type: "datetime", nullable: true })
  revokedAt!: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day of revocation: its last day of use." })
  @Column({ type: "date", nullable: true })
  revokedOn!: string | null;

  @Field(() => String, { nullable: true, description: "撤销理由: why the provider revoked the grant." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  revocationReason!: string | null;

  @Field(() => DateTimeResolver, { description: "When the record was created." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the record last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
