import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { DataResource } from "./data-resource.entity";
import { ItemDataType, SharingType } from "./inventory.enums";

/** 信息项: a field of a data resource. */
@Entity("data_items")
@Index(["resourceId", "code"], { unique: true })
@Index(["name", "resourceId"])
@ObjectType("DataItem", { implements: Node, description: "信息项: a field of a data resource." })
export class DataItem {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  resourceId!: number;

  @ManyToOne(() => DataResource, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "resource_id" })
  resource?: DataResource;

  @Field({ description: "信息项编码, unique within the resource." })
  @Column({ type: "varchar", length: 64 })
  code!: string;

  @Field({ description: "信息项名称: the item's name." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Field(() => ItemDataType, { description: "数据类型: the item's data type." })
  @Column({ type: "varchar", length: 16 })
  dataType!: ItemDataType;

  @Field(() => Int, { nullable: true, description: "数据长度: the item's length, where its type has one." })
  @Column({ type: "integer", nullable: true })
  length!: number | null;

  @Field(() => String, { nullable: true, description: "信息项描述: what the item holds." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  description!: string | null;

  @Field({ description: "Whether the item holds personal information (个人信息)." })
  @Column({ type: "boolean", default: false })
  personalInformation!: boolean;

  @Field(() => SharingType, { nullable: true, description: "A sharing type stricter than the resource's, for this item only." })
  @Column({ type: "varchar", length: 16, nullable: true })
  sharingType!: SharingType | null;

  @Field(() => DateTimeResolver, { description: "When the item was added." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the item last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
