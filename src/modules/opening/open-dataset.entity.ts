import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { DataResource, OpenType, UpdateFrequency } from "../inventory";
import { Unit } from "../organisation";
import { DistributionFormat, OpenDatasetStatus, OpenLicence, OpenTheme } from "./opening.enums";

/**
 * 开放数据集: a published resource as the public sees it. A public type of its own: it carries
 * copies of what the public may read (title, description, identifier) and no link back to the
 * resource, its items or any person, so nothing internal is reachable from it.
 */
@Entity("open_datasets")
@Index(["status", "issued"])
@ObjectType("OpenDataset", { implements: Node, description: "开放数据集: a data resource opened to the public, as the open-data portal lists it." })
export class OpenDataset {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  /** One open dataset per resource. */
  @Index({ unique: true })
  @Column({ type: "integer" })
  resourceId!: number;

  @ManyToOne(() => DataResource, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "resource_id" })
  resource?: DataResource;

  @Index()
  @Column({ type: "integer" })
  providerUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "provider_unit_id" })
  provider?: Unit;

  @Field({ description: "Stable identifier: the resource's catalog code (信息资源代码), e.g. 301005/00002." })
  @Column({ type: "varchar", length: 32 })
  identifier!: string;

  @Field({ description: "数据集名称: the title, in Chinese." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => String, { nullable: true, description: "The dataset's description (数据集描述)." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  description!: string | null;

  /** Title and description, NFKC-normalised and lower-cased: what the Chinese substring search runs over on both databases. */
  @Column({ type: "varchar", length: 2400 })
  searchText!: string;

  @Field(() => OpenTheme, { description: "The open-data theme (开放主题)." })
  @Index()
  @Column({ type: "varchar", length: 24 })
  theme!: OpenTheme;

  @Field(() => OpenLicence, { description: "The licence it is opened under (开放许可)." })
  @Column({ type: "varchar", length: 16 })
  licence!: OpenLicence;

  @Field(() => UpdateFrequency, { description: "How often it is updated (更新频率)." })
  @Column({ type: "varchar", length: 16 })
  updateFrequency!: UpdateFrequency;

  @Field(() => OpenType, { description: "开放类型: UNCONDITIONAL (无条件开放, download freely) or CONDITIONAL (有条件开放, by application)." })
  @Column({ type: "varchar", length: 16 })
  openType!: OpenType;

  @Field(() => String, { nullable: true, description: "开放条件: what an applicant must meet, for CONDITIONAL datasets." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  openConditions!: string | null;

  @Field(() => LocalDateResolver, { description: "发布日期: the publication date (dct:issued)." })
  @Column({ type: "date" })
  issued!: string;

  @Field(() => OpenDatasetStatus, { description: "Published or withdrawn (开放状态)." })
  @Column({ type: "varchar", length: 16 })
  status!: OpenDatasetStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "撤回日期: when it was withdrawn; null while published." })
  @Column({ type: "date", nullable: true })
  withdrawnOn!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was withdrawn (撤回理由)." })
  @Column({ type: "varchar", length: 500, nullable: true })
  withdrawalReason!: string | null;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "Last change of the dataset's metadata (dct:modified)." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** 数据格式: one way a dataset is offered (a file to download, or an API). */
@Entity("open_distributions")
@Index(["format", "datasetId"])
@ObjectType("OpenDistribution", { description: "One way an open dataset is offered (dcat:Distribution): a file to download or an API." })
export class OpenDistribution {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index()
  @Column({ type: "integer" })
  datasetId!: number;

  @ManyToOne(() => OpenDataset, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "dataset_id" })
  dataset?: OpenDataset;

  /** Order within the dataset, from 0. */
  @Column({ type: "integer" })
  position!: number;

  @Field(() => String, { nullable: true, description: "A name for this file or API, e.g. 2025年度名录." })
  @Column({ type: "varchar", length: 200, nullable: true })
  title!: string | null;

  @Field(() => DistributionFormat, { description: "The file or API format (数据格式)." })
  @Column({ type: "varchar", length: 8 })
  format!: DistributionFormat;

  @Field({ description: "IANA media type (dcat:mediaType), from the format." })
  @Column({ type: "varchar", length: 100 })
  mediaType!: string;

  @Field({ description: "Where the data is reached (dcat:accessURL): a landing page or the API's address." })
  @Column({ type: "varchar", length: 500 })
  accessUrl!: string;

  @Field(() => String, { nullable: true, description: "A direct download (dcat:downloadURL), for files." })
  @Column({ type: "varchar", length: 500, nullable: true })
  downloadUrl!: string | null;
}

/** 使用统计: downloads and API calls of one dataset on one day, as the open-data portal reports them. */
@Entity("open_dataset_usage")
export class OpenDatasetUsage {
  @PrimaryColumn({ type: "integer" })
  datasetId!: number;

  @Index()
  @PrimaryColumn({ type: "date" })
  day!: string;

  @ManyToOne(() => OpenDataset, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "dataset_id" })
  dataset?: OpenDataset;

  @Column({ type: "integer" })
  downloads!: number;

  @Column({ type: "integer" })
  apiCalls!: number;
}
