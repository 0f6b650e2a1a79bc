import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { EducationDegree } from "./organisation.enums";
import { Unit } from "./unit.entity";

/** 人员: someone who works in a unit and may be appointed CDO or data specialist. */
@Entity("persons")
@ObjectType("Person", { implements: Node, description: "人员: a person working in a unit, who may hold CDO-system appointments." })
export class Person {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Field({ description: "姓名: the person's name." })
  @Column({ type: "varchar", length: 64 })
  name!: string;

  @Index()
  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  employingUnit?: Unit;

  @Field(() => String, { nullable: true, description: "职务: the person's post, e.g. 副局长" })
  @Column({ type: "varchar", length: 64, nullable: true })
  position!: string | null;

  @Field(() => String, { nullable: true, description: "科室: the section the person works in, e.g. 信息科" })
  @Column({ type: "varchar", length: 64, nullable: true })
  section!: string | null;

  @Field(() => EducationDegree, { nullable: true, description: "学历: highest education degree." })
  @Column({ type: "varchar", length: 32, nullable: true })
  educationDegree!: EducationDegree | null;

  @Field(() => String, { nullable: true, description: "专业: field of study." })
  @Column({ type: "varchar", length: 128, nullable: true })
  major!: string | null;

  @Field({ description: "Whether the major is computer-related (计算机类相关专业)." })
  @Column({ type: "boolean", default: false })
  majorComputerRelated!: boolean;

  @Field(() => Int, { description: "Years in charge of informatization (分管信息化年限)." })
  @Column({ type: "integer", default: 0 })
  informatizationYears!: number;

  /** Personal information: exposed through PersonResolver.phone, masked by role. */
  @Column({ type: "varchar", length: 32, nullable: true })
  phone!: string | null;

  /** Personal information: exposed through PersonResolver.email, masked by role. */
  @Column({ type: "varchar", length: 254, nullable: true })
  email!: string | null;

  @Field(() => DateTimeResolver, { description: "When the person was recorded." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the person's record last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
