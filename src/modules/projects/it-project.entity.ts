import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type ValueTransformer } from "typeorm";
import { Node } from "../../common/node";
import { Unit } from "../organisation";
import { ItProjectStatus } from "./projects.enums";
import { YuanScalar } from "./yuan.scalar";

/** BIGINT comes back from MySQL as a string: fen are read back as a (safe) integer. */
export const fenColumn: ValueTransformer = { to: (fen: number) => fen, from: (stored: string | number | null) => (stored === null ? null : Number(stored)) };

/** 信息化项目: a unit's informatization project, reviewed by its CDO, who holds a one-vote veto (一票否决). */
@Entity("it_projects")
@Index(["unitId", "year"])
@Index(["status", "year"])
@ObjectType("ItProject", {
  implements: Node,
  description: "信息化项目: a unit's informatization project, reviewed round by round by the unit's CDO, who holds a one-vote veto (一票否决).",
})
export class ItProject {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  @Field({ description: "项目名称: the project's name." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => Int, { description: "年度: the budget year." })
  @Column({ type: "integer" })
  year!: number;

  @Field(() => YuanScalar, {
    name: "budget",
    description: 'Budget in yuan (项目预算, 元), exact: a decimal string with two decimals ("499999.99"), kept as integer fen, never a float.',
  })
  @Column({ type: "bigint", transformer: fenColumn })
  budgetFen!: number;

  @Field({ description: "独立申报: the unit applies for the project on its own (the 500,000-yuan CDO rule applies)." })
  @Column({ type: "boolean" })
  independentApplication!: boolean;

  @Field(() => String, { nullable: true, description: "项目简介: what the project builds." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  description!: string | null;

  @Field(() => ItProjectStatus, { description: "Where the project stands: its latest round's state, DRAFT before the first submission." })
  @Column({ type: "varchar", length: 16 })
  status!: ItProjectStatus;

  @Field(() => Int, { description: "Review rounds so far (0 for a draft); a resubmission after a veto or withdrawal opens the next." })
  @Column({ type: "integer", default: 0 })
  roundCount!: number;

  @Column({ type: "integer", nullable: true })
  createdByAccountId!: number | null;

  @Field(() => DateTimeResolver, { description: "When the record was created." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the record last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
