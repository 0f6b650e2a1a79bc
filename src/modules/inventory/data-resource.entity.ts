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

  @Field(() => CatalogCategory, {
    description: "资源属性分类 (catalog classification): BASIC 基础, THEMATIC 主题 or DEPARTMENTAL 部门; the classification code's first digit.",
  })
  @Column({ type: "varchar", length: 16 })
  catalogCategory!: CatalogCategory;

  @Field({ description: "信息资源名称: the resource's name." })
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

  @Field(() => String, { nullable: true, description: "信息资源摘要: what the resource holds." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  summary!: string | null;

  @Field(() => ResourceFormat, { description: "信息资源格式 (format): 数据库 (库表), 电子表格, 电子文件, 图形图像, 流媒体 or 接口." })
  @Column({ type: "varchar", length: 24 })
  format!: ResourceFormat;

  @Field(() => String, { nullable: true, description: "来源系统: the information system the data comes from." })
  @Column({ type: "varchar", length: 200, nullable: true })
  sourceSystem!: string | null;

  @Field(() => UpdateFrequency, { description: "更新周期 (update frequency): 实时, 每日, 每周, 每月, 每季度, 每半年, 每年 or 不定期." })
  @Column({ type: "varchar", length: 16 })
  updateFrequency!: UpdateFrequency;

  @Field(() => Int, { nullable: true, description: "数据量: number of records." })
  @Column({ type: "integer", nullable: true })
  recordCount!: number | null;

  @Field(() => LifecycleStage, { description: "生命周期阶段 (lifecycle stage): 规划, 采集, 处理, 共享开放, 开发利用 or 归档." })
  @Column({ type: "varchar", length: 24 })
  lifecycleStage!: LifecycleStage;

  @Field(() => ResourceStatus, { description: "DRAFT 草稿, PUBLISHED 已发布 or RETIRED 已退役 (readable, no longer edited)." })
  @Index()
  @Column({ type: "varchar", length: 16 })
  status!: ResourceStatus;

  @Field(() => SharingType, {
    description:
      "共享类型 (sharing type) between government units: UNCONDITIONAL 无条件共享, CONDITIONAL 有条件共享 (then sharingConditions says on what terms) or NOT_SHARED 不予共享 (then notSharedBasis gives the legal or policy basis). Never UNCONDITIONAL with a personal-information item.",
  })
  @Column({ type: "varchar", length: 16 })
  sharingType!: SharingType;

  @Field(() => String, { nullable: true, description: "共享条件: required for CONDITIONAL sharing." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  sharingConditions!: string | null;

  @Field(() => String, { nullable: true, description: "不予共享依据: the legal or policy basis, required for NOT_SHARED." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  notSharedBasis!: string | null;

  @Field(() => SharingMethod, { nullable: true, description: "共享方式 (sharing method): 接口, 文件 or 库表交换; null when not shared." })
  @Column({ type: "varchar", length: 24, nullable: true })
  sharingMethod!: SharingMethod | null;

  @Field(() => OpenType, {
    description:
      "开放类型 (open type) to the public: UNCONDITIONAL 无条件开放, CONDITIONAL 有条件开放 (then openConditions) or NOT_OPEN 不予开放. CORE data is never opened; IMPORTANT or sensitive data (any sensitivity flag) and personal information never unconditionally; never wider than sharingType.",
  })
  @Column({ type: "varchar", length: 16 })
  openType!: OpenType;

  @Field(() => String, { nullable: true, description: "开放条件: required for CONDITIONAL opening." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  openConditions!: string | null;

  @Field(() => DataLevel, {
    description:
      "分类分级 (classification level): CORE 核心数据, IMPORTANT 重要数据 or GENERAL 一般数据. It bounds openType: CORE is never opened, IMPORTANT never unconditionally.",
  })
  @Column({ type: "varchar", length: 16 })
  level!: DataLevel;

  @Field({ description: "涉及国家利益: touches national interest (then never opened unconditionally)." })
  @Column({ type: "boolean", default: false })
  nationalInterest!: boolean;

  @Field({ description: "涉及公共安全: touches public safety (then never opened unconditionally)." })
  @Column({ type: "boolean", default: false })
  publicSafety!: boolean;

  @Field({ description: "涉及商业秘密: holds trade secrets (then never opened unconditionally)." })
  @Column({ type: "boolean", default: false })
  tradeSecret!: boolean;

  @Field({ description: "涉及个人隐私: touches personal privacy (then never opened unconditionally)." })
  @Column({ type: "boolean", default: false })
  personalPrivacy!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: "发布日期: the date the resource was published in the catalog." })
  @Column({ type: "date", nullable: true })
  publishedDate!: string | null;

  @Field(() => Int, { description: "Optimistic-lock version: send it back with an update; a stale one is refused with CONFLICT." })
  @Column({ type: "integer", default: 1 })
  version!: number;

  @Field(() => DateTimeResolver, { description: "When the resource was catalogued." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the resource last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
