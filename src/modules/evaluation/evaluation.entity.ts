import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Person, Unit } from "../organisation";
import { EvaluationGrade, EvaluationMetric, EvaluationRunStatus, EvaluationSchemeStatus, IndicatorCategory, IndicatorMethod } from "./evaluation.enums";

/*
 * Decimals (weights, scores, metric values, thresholds) are kept in hundredths as integers, so a
 * total is the exact sum of its weighted scores on both databases and a re-run compares equal.
 */

/** 评价指标体系: one version of a district's indicator system for a year. */
@Entity("evaluation_schemes")
@Index(["districtUnitId", "year", "version"], { unique: true })
@ObjectType("EvaluationScheme", {
  implements: Node,
  description: "评价指标体系: one version of the district's indicator system for a year; a draft is edited, a published version is frozen.",
})
export class EvaluationScheme {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  districtUnitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "district_unit_id" })
  district?: Unit;

  @Field(() => Int, { description: "The year evaluated (评价年度)." })
  @Column({ type: "integer" })
  year!: number;

  @Field(() => Int, { description: "版本号: 1, 2, … within the district and year." })
  @Column({ type: "integer" })
  version!: number;

  @Field({ description: "名称: the scheme's title." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Field(() => EvaluationSchemeStatus, { description: "DRAFT (editable) or PUBLISHED (frozen)." })
  @Column({ type: "varchar", length: 16 })
  status!: EvaluationSchemeStatus;

  /** 优秀/良好/合格 thresholds, in hundredths of a point. */
  @Column({ type: "integer" })
  excellentCenti!: number;

  @Column({ type: "integer" })
  goodCenti!: number;

  @Column({ type: "integer" })
  passCenti!: number;

  /** The published version this one was copied from (a revision), if any. */
  @Column({ type: "integer", nullable: true })
  basedOnSchemeId!: number | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When it was published; null for a draft." })
  @Column({ type: "datetime", nullable: true })
  publishedAt!: Date | null;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** 评价指标: one indicator of a scheme version. */
@Entity("evaluation_indicators")
@Index(["schemeId", "position"], { unique: true })
@ObjectType("EvaluationIndicator", { implements: Node, description: "评价指标: one indicator of a scheme version, with its weight and how it is scored." })
export class EvaluationIndicator {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  schemeId!: number;

  @ManyToOne(() => EvaluationScheme, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "scheme_id" })
  scheme?: EvaluationScheme;

  @Field(() => Int, { description: "Its place in the scheme, from 1." })
  @Column({ type: "integer" })
  position!: number;

  @Field(() => IndicatorCategory, { description: "The indicator's category (指标类别)." })
  @Column({ type: "varchar", length: 32 })
  category!: IndicatorCategory;

  @Field({ description: "The indicator's name (指标名称)." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  /** Weight in hundredths of a point: a scheme's weights sum to 10000 (100 points). */
  @Column({ type: "integer" })
  weightCenti!: number;

  @Field(() => IndicatorMethod, { description: "COMPUTED by a metric, or MANUAL." })
  @Column({ type: "varchar", length: 16 })
  method!: IndicatorMethod;

  @Field(() => EvaluationMetric, { nullable: true, description: "The metric of a COMPUTED indicator; null for MANUAL." })
  @Column({ type: "varchar", length: 32, nullable: true })
  metric!: EvaluationMetric | null;

  /** The linear rule's points, in hundredths of the metric's unit: the value scoring 0 and the value scoring 100. */
  @Column({ type: "integer", nullable: true })
  zeroPointCenti!: number | null;

  @Column({ type: "integer", nullable: true })
  fullPointCenti!: number | null;
}

/** 人工评分: the district office's score of one unit on a MANUAL indicator, with its reason. */
@Entity("evaluation_manual_scores")
@Index(["indicatorId", "unitId"], { unique: true })
@ObjectType("EvaluationManualScore", {
  implements: Node,
  description: "人工评分: the district office's score of one unit on a MANUAL indicator, with its reason.",
})
export class EvaluationManualScore {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  indicatorId!: number;

  @ManyToOne(() => EvaluationIndicator, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "indicator_id" })
  indicator?: EvaluationIndicator;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  @Column({ type: "integer" })
  scoreCenti!: number;

  @Field({ description: "评分理由: why this score (required)." })
  @Column({ type: "varchar", length: 1000 })
  reason!: string;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When it last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** 履职评价: one run of a published scheme over every unit CDO of the district. */
@Entity("evaluation_runs")
@Index(["schemeId"])
@Index(["districtUnitId", "year"])
@ObjectType("EvaluationRun", {
  implements: Node,
  description: "履职评价: one run of a published scheme over every unit CDO of the district, stored with each score's explanation.",
})
export class EvaluationRun {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  schemeId!: number;

  @ManyToOne(() => EvaluationScheme, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "scheme_id" })
  scheme?: EvaluationScheme;

  @Column({ type: "integer" })
  districtUnitId!: number;

  @Field(() => Int, { description: "The year evaluated (评价年度)." })
  @Column({ type: "integer" })
  year!: number;

  /** The day the CDOs in office were taken from (the year's last day, or the run's day if earlier). */
  @Column({ type: "date" })
  asOf!: string;

  @Field(() => EvaluationRunStatus, { description: "DRAFT or PUBLISHED (final)." })
  @Column({ type: "varchar", length: 16 })
  status!: EvaluationRunStatus;

  @Field(() => DateTimeResolver, { description: "When it was run." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: "When it was published; null for a draft." })
  @Column({ type: "datetime", nullable: true })
  publishedAt!: Date | null;

  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** One unit's result in a run: its CDO, total, grade and rank (null for a unit without a CDO in office). */
@Entity("evaluation_results")
@Index(["runId", "position"], { unique: true })
@Index(["runId", "unitId"], { unique: true })
@Index(["unitId"])
@ObjectType("EvaluationResult", { implements: Node, description: "One unit CDO's result in a run: total, grade, rank, and each indicator's explained score." })
export class EvaluationResult {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  runId!: number;

  @ManyToOne(() => EvaluationRun, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "run_id" })
  run?: EvaluationRun;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  /** The CDO in office on the run's day; null: the unit had none, and is listed but not scored. */
  @Column({ type: "integer", nullable: true })
  cdoPersonId!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "cdo_person_id" })
  cdo?: Person;

  @Column({ type: "integer", nullable: true })
  totalCenti!: number | null;

  @Field(() => EvaluationGrade, { nullable: true, description: "评价等次; null for a unit without a CDO in office." })
  @Column({ type: "varchar", length: 16, nullable: true })
  grade!: EvaluationGrade | null;

  @Field(() => Int, { nullable: true, description: "排名: 1 is best; equal totals share a rank (1, 1, 3). Null for a unit without a CDO." })
  @Column({ type: "integer", nullable: true })
  rank!: number | null;

  /** Order in the run, from 1: by rank, ties by unit code then ID; units without a CDO last. */
  @Column({ type: "integer" })
  position!: number;
}

/** One indicator's score in a result, with what explains it. */
@Entity("evaluation_scores")
@ObjectType("EvaluationScore", {
  description: "One indicator's score in a result, explained: the metric's value, the formula, its inputs and the records behind it.",
})
export class EvaluationScore {
  @PrimaryColumn({ type: "integer" })
  resultId!: number;

  @ManyToOne(() => EvaluationResult, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "result_id" })
  result?: EvaluationResult;

  @PrimaryColumn({ type: "integer" })
  indicatorId!: number;

  @ManyToOne(() => EvaluationIndicator, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "indicator_id" })
  indicator?: EvaluationIndicator;

  /** The metric's value (hundredths of its unit); null when the unit had nothing to measure, or for a manual score. */
  @Column({ type: "integer", nullable: true })
  valueCenti!: number | null;

  @Column({ type: "integer", nullable: true })
  numeratorCenti!: number | null;

  @Column({ type: "integer", nullable: true })
  denominatorCenti!: number | null;

  @Column({ type: "integer" })
  scoreCenti!: number;

  @Column({ type: "integer" })
  weightedCenti!: number;

  /** A manual score's reason, or what a computed value rests on when there was nothing to measure. */
  @Field(() => String, { nullable: true, description: "说明: a manual score's reason; for a computed score without data, why it scored what it did." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  note!: string | null;
}

/** A record a score was computed from (its type and row), reachable as a GraphQL Node. */
@Entity("evaluation_evidence")
@ObjectType("EvaluationEvidence", { description: "依据: one record a score was computed from, reachable as a Node." })
export class EvaluationEvidence {
  @PrimaryColumn({ type: "integer" })
  resultId!: number;

  @ManyToOne(() => EvaluationResult, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "result_id" })
  result?: EvaluationResult;

  @PrimaryColumn({ type: "integer" })
  indicatorId!: number;

  @ManyToOne(() => EvaluationIndicator, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "indicator_id" })
  indicator?: EvaluationIndicator;

  @PrimaryColumn({ type: "varchar", length: 40 })
  recordType!: string;

  @PrimaryColumn({ type: "integer" })
  recordId!: number;
}
