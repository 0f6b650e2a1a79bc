import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { DataResource } from "../inventory";
import { Unit } from "../organisation";
import { InnovationCaseKind } from "./innovation.enums";

/** 融合创新案例: a data product, pilot or competition entry, led by a unit, using catalogued resources. */
@Entity("innovation_cases")
@Index(["leadUnitId"])
@ObjectType("InnovationCase", {
  implements: Node,
  description: "融合创新案例: a data product, public-data exploitation pilot or competition entry, with the resources it uses and the units involved.",
})
export class InnovationCase {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  leadUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "lead_unit_id" })
  leadUnit?: Unit;

  @Field(() => InnovationCaseKind, { description: "案例类型: the kind of case." })
  @Column({ type: "varchar", length: 24 })
  kind!: InnovationCaseKind;

  @Field({ description: "案例名称: the case's title." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field({ description: "案例简介: what it does and for whom." })
  @Column({ type: "varchar", length: 2000 })
  summary!: string;

  @Field(() => Int, { description: "The year it started (or was entered)." })
  @Column({ type: "integer" })
  year!: number;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** A resource a case uses. */
@Entity("innovation_case_resources")
@Index(["resourceId"])
export class InnovationCaseResource {
  @PrimaryColumn({ type: "integer" })
  caseId!: number;

  @ManyToOne(() => InnovationCase, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "case_id" })
  innovationCase?: InnovationCase;

  @PrimaryColumn({ type: "integer" })
  resourceId!: number;

  @ManyToOne(() => DataResource, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "resource_id" })
  resource?: DataResource;
}

/** A unit involved in a case (the lead unit is one of them). */
@Entity("innovation_case_units")
@Index(["unitId"])
export class InnovationCaseUnit {
  @PrimaryColumn({ type: "integer" })
  caseId!: number;

  @ManyToOne(() => InnovationCase, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "case_id" })
  innovationCase?: InnovationCase;

  @PrimaryColumn({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;
}
