import { DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DataItem, DataResource } from "../inventory";
import { Node } from "../../common/node";
import { QualityCheckKind, QualityDimension } from "./quality.enums";

/** 质量规则: what is checked on a resource (or one of its items), in which dimension, against which target. */
@Entity("quality_rules")
@Index(["resourceId", "dimension"])
@ObjectType("QualityRule", {
  implements: Node,
  description: "质量规则: what is checked on a resource or one of its items, its dimension and its target score.",
})
export class QualityRule {
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

  @Field(() => QualityDimension, { description: "The dimension checked." })
  @Column({ type: "varchar", length: 16 })
  dimension!: QualityDimension;

  @Field(() => QualityCheckKind, { description: "What kind of check." })
  @Column({ type: "varchar", length: 24 })
  checkKind!: QualityCheckKind;

  @Field({ description: "规则说明: what is checked, in words." })
  @Column({ type: "varchar", length: 500 })
  description!: string;

  /** 目标分 in hundredths (0–10000). */
  @Column({ type: "integer" })
  targetCenti!: number;

  @Field({ description: "Whether the rule is checked now; an inactive rule takes no measurements and sets no target." })
  @Column({ type: "boolean", default: true })
  active!: boolean;

  @Field(() => DateTimeResolver, { description: "When the rule was made." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the rule last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
