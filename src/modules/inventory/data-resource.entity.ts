import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Unit } from "../organisation";
import { CatalogFunction } from "./catalog-function.entity";
import {
  CatalogCategory,
  DataLevel,
  LifecycleStage,
  OpenType,
  ResourceFormat,
  ResourceStatus,
  SharingMethod,
  SharingType,
  UpdateFrequency,
} from "./inventory.enums";

/** 数据资源: one entry of a unit's function-data inventory, with the core metadata of GB/T 21063.3 and the 2017 guideline. */
@Entity("data_resources")
@Index(["classificationCode", "sequence"], { unique: true })
@Index(["providerUnitId", "code"])
@ObjectType("DataResource", { implements: Node, description: "数据资源: a catalog entry of a unit's function-data inventory." })
export class DataResource {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Field({ description: "信息资源代码: classification code + '/' + 5-digit sequence, e.g. 301002/00015; unique district-wide." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 32 })
  code!: string;

  @Field({ description: "分类代码: 类 (1 digit) + 项 (2) + 目 (3), e.g. 301002." })
  @Column({ type: "varchar", length: 6 })
  classificationCode!: string;

  @Field(() => Int, { description: "Sequence number within the classification." })
  @Column({ type: "integer" })
  sequence!: number;

  @Field(() => CatalogCategory)
  @Column({ type: "varchar", length: 16 })
  catalogCategory!: CatalogCategory;

  @Field({ description: "信息资源名称" })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Index()
  @Column({ type: "integer" })
  providerUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "provider_unit_id" })
  provider?: Unit;

  @ManyToMany(() => CatalogFunction)
  @JoinTable({ name: "data_resource_functions", joinColumn: { name: "resource_id" }, inverseJoinColumn: { name: "function_id" } })
  servedFunctions?: CatalogFunction[];

  @Field(() => String, { nullable: true, description: "信息资源摘要" })
  @Column({ type: "varchar", length: 2000, nullable: true })
  summary!: string | null;

  @Field(() => ResourceFormat)
  @Column({ type: "varchar", length: 24 })
  format!: ResourceFormat;

  @Field(() => String, { nullable: true, description: "来源系统" })
  @Column({ type: "varchar", length: 200, nullable: true })
  sourceSystem!: string | null;

  @Field(() => UpdateFrequency)
  @Column({ type: "varchar", length: 16 })
  updateFrequency!: UpdateFrequency;

  @Field(() => Int, { nullable: true, description: "数据量: number of records." })
  @Column({ type: "integer", nullable: true })
  recordCount!: number | null;

  @Field(() => LifecycleStage)
  @Column({ type: "varchar", length: 24 })
  lifecycleStage!: LifecycleStage;

  @Field(() => ResourceStatus)
  @Index()
  @Column({ type: "varchar", length: 16 })
  status!: ResourceStatus;

  @Field(() => SharingType)
  @Column({ type: "varchar", length: 16 })
  sharingType!: SharingType;

  @Field(() => String, { nullable: true, description: "共享条件: required for CONDITIONAL sharing." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  sharingConditions!: string | null;

  @Field(() => String, { nullable: true, description: "不予共享依据: the legal or policy basis, required for NOT_SHARED." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  notSharedBasis!: string | null;

  @Field(() => SharingMethod, { nullable: true })
  @Column({ type: "varchar", length: 24, nullable: true })
  sharingMethod!: SharingMethod | null;

  @Field(() => OpenType)
  @Column({ type: "varchar", length: 16 })
  openType!: OpenType;

  @Field(() => String, { nullable: true, description: "开放条件: required for CONDITIONAL opening." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  openConditions!: string | null;

  @Field(() => DataLevel)
  @Column({ type: "varchar", length: 16 })
  level!: DataLevel;

  @Field({ description: "涉及国家利益" })
  @Column({ type: "boolean", default: false })
  nationalInterest!: boolean;

  @Field({ description: "涉及公共安全" })
  @Column({ type: "boolean", default: false })
  publicSafety!: boolean;

  @Field({ description: "涉及商业秘密" })
  @Column({ type: "boolean", default: false })
  tradeSecret!: boolean;

  @Field({ description: "涉及个人隐私" })
  @Column({ type: "boolean", default: false })
  personalPrivacy!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: "发布日期" })
  @Column({ type: "date", nullable: true })
  publishedDate!: string | null;

  @Field(() => Int, { description: "Optimistic-lock version: send it back with an update; a stale one is refused with CONFLICT." })
  @Column({ type: "integer", default: 1 })
  version!: number;

  @Field(() => DateTimeResolver)
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver)
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
