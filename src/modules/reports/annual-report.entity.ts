import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Person, Unit } from "../organisation";
import { AnnualReportReviewAction, AnnualReportStatus } from "./reports.enums";

/**
 * 年度述职报告 (DOMAIN §6): a unit CDO's yearly report, one per unit and year.
 * The columns here are the contract other modules read (findings: missing or late reports; evaluation: report on time);
 * the reports module adds its sections, figures and review history beside them.
 */
@Entity("annual_reports")
@Index(["unitId", "year"], { unique: true })
@Index(["year", "status"])
@ObjectType("AnnualReport", {
  implements: Node,
  description:
    "年度述职报告: a unit CDO's yearly report to the district CDO, in four sections (数据汇聚, 开放共享, 应用创新, 安全保护) and work suggestions (工作建议), each section pre-filled with the unit's own figures for the year.",
})
export class AnnualReport {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  /** The year reported on (述职年度). */
  @Field(() => Int, { description: "述职年度: the calendar year reported on." })
  @Column({ type: "integer" })
  year!: number;

  /** The CDO who writes it: the unit's CDO in office when it was created. */
  @Column({ type: "integer" })
  cdoPersonId!: number;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "cdo_person_id" })
  cdo?: Person;

  @Field(() => AnnualReportStatus, { description: "状态: where the report is in its review." })
  @Column({ type: "varchar", length: 16 })
  status!: AnnualReportStatus;

  /** The first submission: "on time" compares it with the year's deadline. Never changes once set. */
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "首次提交时间: the first submission; on time when its district date is on or before the deadline. Never changes once set.",
  })
  @Column({ type: "datetime", nullable: true })
  firstSubmittedAt!: Date | null;

  /** The latest submission (a resubmission after a return moves it). */
  @Field(() => DateTimeResolver, { nullable: true, description: "The latest submission (a resubmission after a return moves it)." })
  @Column({ type: "datetime", nullable: true })
  submittedAt!: Date | null;

  /** When the district office accepted it. */
  @Field(() => DateTimeResolver, { nullable: true, description: "When the district office accepted it." })
  @Column({ type: "datetime", nullable: true })
  acceptedAt!: Date | null;

  /** The CDO's narrative of each section (null until written). */
  @Column({ type: "text", nullable: true })
  dataAggregationText!: string | null;

  @Column({ type: "text", nullable: true })
  openSharingText!: string | null;

  @Column({ type: "text", nullable: true })
  applicationInnovationText!: string | null;

  @Column({ type: "text", nullable: true })
  securityProtectionText!: string | null;

  @Field(() => String, { nullable: true, description: "工作建议: the CDO's work suggestions (null until written)." })
  @Column({ type: "text", nullable: true })
  suggestions!: string | null;

  /** The pre-filled figures as JSON (AnnualReportFigureSnapshot): refreshed on request while a draft, frozen on submission. */
  @Column({ type: "text" })
  figures!: string;

  @Column({ type: "datetime" })
  figuresComputedAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it was created." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** One step of a report's review: a submission, a return with comments, an acceptance. */
@Entity("annual_report_reviews")
@Index(["reportId", "id"])
@ObjectType("AnnualReportReview", {
  description: "审阅记录: one step of a report's review — a submission, a return with comments, or an acceptance: who, when, comments.",
})
export class AnnualReportReview {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  reportId!: number;

  @ManyToOne(() => AnnualReport, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "report_id" })
  report?: AnnualReport;

  @Field(() => AnnualReportReviewAction, { description: "What was done." })
  @Column({ type: "varchar", length: 16 })
  action!: AnnualReportReviewAction;

  @Column({ type: "integer", nullable: true })
  actorAccountId!: number | null;

  @Column({ type: "integer", nullable: true })
  actorPersonId!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "actor_person_id" })
  actorPerson?: Person;

  @Field({ description: "The account that did it (its username)." })
  @Column({ type: "varchar", length: 100 })
  actorUsername!: string;

  @Field(() => String, { nullable: true, description: "审阅意见: the comments (required on a return, optional on an acceptance, none on a submission)." })
  @Column({ type: "text", nullable: true })
  comments!: string | null;

  @Field(() => DateTimeResolver, { description: "When." })
  @Column({ type: "datetime" })
  occurredAt!: Date;
}

/** 报告提交期限: the district office's deadline for a year's reports (a report is late when first submitted after it, or missing past it). */
@Entity("annual_report_deadlines")
@ObjectType("AnnualReportDeadline", {
  implements: Node,
  description: "报告提交期限: the district office's deadline for a year's annual reports (a record of its own in the audit trail; its ID stands for the year).",
})
export class AnnualReportDeadline {
  /** The record's row ID for its global ID and the audit trail: the year it is for. */
  get id(): number {
    return this.year;
  }

  @Field(() => Int, { description: "The year reported on." })
  @PrimaryColumn({ type: "integer" })
  year!: number;

  /** The last day (district calendar date) a report for `year` may first be submitted on time. */
  @Field(() => LocalDateResolver, { description: "The last day (district calendar date) a report for the year may first be submitted on time." })
  @Column({ type: "date" })
  dueOn!: string;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
