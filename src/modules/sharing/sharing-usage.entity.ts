import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { SharingGrant } from "./sharing-grant.entity";

/** 共享使用记录: calls and records exchanged under one grant on one day, as the exchange platform reports them. */
@Entity("sharing_usage")
@Index(["grantId", "usageDate"], { unique: true })
// The analysts' questions group a period's usage by pair and by resource straight from this index.
@Index(["usageDate", "providerUnitId", "consumerUnitId", "resourceId", "callCount", "recordCount"])
@ObjectType("SharingUsageRecord", { implements: Node, description: "共享使用记录: calls and records exchanged under one grant on one day." })
export class SharingUsageRecord {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  grantId!: number;

  @ManyToOne(() => SharingGrant, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "grant_id" })
  grant?: SharingGrant;

  /** The grant's provider, consumer and resource, copied so a period's usage is grouped without a join. */
  @Column({ type: "integer" })
  providerUnitId!: number;

  @Column({ type: "integer" })
  consumerUnitId!: number;

  @Column({ type: "integer" })
  resourceId!: number;

  @Field(() => LocalDateResolver, { description: "The day of use (district time)." })
  @Column({ type: "date" })
  usageDate!: string;

  @Field(() => Int, { description: "接口调用次数: calls made that day." })
  @Column({ type: "integer" })
  callCount!: number;

  @Field(() => Int, { description: "交换数据量: records exchanged that day." })
  @Column({ type: "integer" })
  recordCount!: number;

  @Field(() => DateTimeResolver, { description: "When the figures were last reported." })
  @Column({ type: "datetime" })
  recordedAt!: Date;
}
