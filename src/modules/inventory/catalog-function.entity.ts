import { DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Unit } from "../organisation";

/** 职能: a unit's statutory function or service item, with its legal basis. Data resources serve functions. */
@Entity("functions")
@Index(["unitId", "name"], { unique: true })
@ObjectType("Function", { implements: Node, description: "职能: a unit's statutory function or service item, with its legal basis." })
export class CatalogFunction {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  owningUnit?: Unit;

  @Field({ description: "职能名称: the function's name, e.g. 城乡居民最低生活保障审批" })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: "法定依据: the law or regulation that assigns the function, e.g. 《社会救助暂行办法》第十一条" })
  @Column({ type: "varchar", length: 1000, nullable: true })
  legalBasis!: string | null;

  @Field(() => DateTimeResolver, { description: "When the function was recorded." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the function last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
