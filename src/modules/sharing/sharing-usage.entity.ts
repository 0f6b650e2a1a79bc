import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";

/** 共享使用记录: calls and records exchanged under one grant on one day, as the exchange platform reports them. */
@Entity("sharing_usage")
@Index(["grantId", "usageDate"], { unique: true })
@Index(["usageDate"])
@ObjectType("SharingUsageRecord", { implements: Node, description: "共享使用记录: calls and records exchanged under one grant on one day." })
export class SharingUsageRecord {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  grantId!: number;

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
