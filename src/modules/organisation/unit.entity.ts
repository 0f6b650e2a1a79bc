import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { UnitKind } from "./organisation.enums";

/** 单位: the district, its development zone, towns, streets, departments and their subordinate units, as a tree. */
@Entity("units")
@ObjectType("Unit", { implements: Node, description: "单位: a unit of the district, in a tree rooted at the district (区)." })
export class Unit {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Field(() => UnitKind, { description: "单位类型: DISTRICT 区, DEVELOPMENT_ZONE 开发区, TOWN 镇, STREET 街道, DEPARTMENT 区各部门 or SUBORDINATE 下属单位." })
  @Column({ type: "varchar", length: 32 })
  kind!: UnitKind;

  @Field({ description: "Administrative or internal code, unique district-wide (e.g. 320402003 for 茶山街道)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  code!: string;

  @Field({ description: "Name in Chinese, e.g. 区发展和改革局." })
  @Column({ type: "varchar", length: 128 })
  name!: string;

  @Column({ type: "integer", nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Unit, { nullable: true, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "parent_id" })
  parentUnit?: Unit | null;

  /** Materialised path of row ids, root first ("/1/7/"): descendants are `path LIKE '/1/7/%'`. */
  @Index()
  @Column({ type: "varchar", length: 255 })
  path!: string;

  @Field(() => Int, { description: "0 for the district, 1 for its towns, streets and departments, …" })
  @Column({ type: "integer" })
  depth!: number;

  @Field(() => DateTimeResolver, { description: "When the unit was recorded." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the unit last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;

  /** Row ids of the ancestors, root first. */
  ancestorIds(): number[] {
    return this.path
      .split("/")
      .filter(Boolean)
      .map(Number)
      .filter((id) => id !== this.id);
  }
}
