import { ArrayMaxSize, IsOptional, MaxLength } from "class-validator";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { QualityCheckKind, QualityDimension, QualityIssueState, QualitySource } from "./quality.enums";
import { AGGREGATION_RULE, MAX_BATCH_REQUEST_BYTES, MAX_MEASUREMENTS_PER_BATCH, MAX_TREND_DAYS } from "./quality.policy";
import { QualityIssue } from "./quality-issue.entity";
import { QualityMeasurement } from "./quality-measurement.entity";

// ── Scores ───────────────────────────────────────────────────────────────────

/** Whose scores: a resource's, or a unit's with its descendants (the district's is its root unit's). */
@ObjectType("QualityScores", {
  description: `数据质量得分: the overall score and the five dimensions (latest value, target, below target or not), and a trend. ${AGGREGATION_RULE} Read from roll-ups kept up to date with every measurement, never from the raw measurements.`,
})
export class QualityScores {
  constructor(
    readonly subject: "resource" | "unit",
    readonly subjectId: number,
  ) {}
}

@ObjectType("QualityScore", { description: "A score against its target." })
export class QualityScore {
  @Field(() => Float, { nullable: true, description: "得分 0–100 (two decimals); null when nothing was measured." })
  score!: number | null;

  @Field(() => Float, {
    description:
      "目标分: for a resource's dimension, the highest target of its active rules in that dimension, else the district's default (QUALITY_TARGET_SCORE); for units and overall scores, the default.",
  })
  target!: number;

  @Field(() => Boolean, { nullable: true, description: "低于目标: score < target; null when there is no score." })
  belowTarget!: boolean | null;
}

@ObjectType("QualityDimensionScore", { description: "One dimension's score against its target." })
export class QualityDimensionScore extends QualityScore {
  @Field(() => QualityDimension, { description: "The dimension." })
  dimension!: QualityDimension;

  @Field({ description: "The dimension's name in the request's language (真实性, 准确性, 完整性, 时效性, 可用性)." })
  label!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: "A resource's: when its latest measurement in this dimension was made. Null for units." })
  measuredAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "A unit's: how many of its (and its descendants') resources have a score in this dimension. Null for resources.",
  })
  resourceCount!: number | null;
}

@ObjectType("QualityTrendDimension", { description: "A dimension's score in one period of a trend." })
export class QualityTrendDimension {
  @Field(() => QualityDimension, { description: "The dimension." })
  dimension!: QualityDimension;

  @Field(() => Float, { description: "The mean of the period's measurements in this dimension, 0–100." })
  score!: number;

  @Field(() => Int, { description: "Measurements made in the period in this dimension." })
  measurementCount!: number;
}

@ObjectType("QualityTrendPoint", { description: "趋势点: one day, week or month of a trend; periods without measurements are left out." })
export class QualityTrendPoint {
  @Field(() => LocalDateResolver, { description: "The period's first day (the day; the week's Monday; the month's first), in the district's time zone." })
  periodStart!: string;

  @Field(() => Int, { description: "Measurements made in the period, all dimensions." })
  measurementCount!: number;

  @Field(() => Float, { nullable: true, description: "The mean of the dimensions' scores that have one in the period." })
  overall!: number | null;

  @Field(() => [QualityTrendDimension], { description: "The dimensions measured in the period, in the enum's order." })
  dimensions!: QualityTrendDimension[];
}

@ObjectType("QualityBelowTarget", { description: "低于目标: a resource whose latest score in a dimension is below its target now." })
export class QualityBelowTarget {}

@ObjectType("RecordQualityMeasurementsPayload", { description: "What a batch of measurements recorded." })
export class RecordQualityMeasurementsPayload {
  @Field(() => Int, { description: "Measurements written." })
  recorded!: number;

  @Field(() => Int, { description: "Distinct resources measured." })
  resources!: number;

  @Field(() => Int, { description: "Resource × dimension pairs whose latest score changed (a late measurement changes none)." })
  latestChanged!: number;
}

export const QualityIssueConnection = ConnectionType("QualityIssue", QualityIssue);
export const QualityMeasurementConnection = ConnectionType("QualityMeasurement", QualityMeasurement);
export const QualityBelowTargetConnection = ConnectionType("QualityBelowTarget", QualityBelowTarget);

// ── Inputs ───────────────────────────────────────────────────────────────────

@InputType("QualityMeasurementInput", {
  description:
    "One measurement: of a rule (ruleId: its resource and dimension follow), or of a resource in a dimension (resourceId and dimension); a score, or passed and total (GB/T 36344's X = A/B).",
})
export class QualityMeasurementInput {
  @Field(() => ID, { nullable: true, description: "The measured resource (with dimension), unless ruleId is given." })
  resourceId?: string | null;

  @Field(() => ID, { nullable: true, description: "The rule measured; its resource and dimension are the measurement's." })
  ruleId?: string | null;

  @Field(() => QualityDimension, { nullable: true, description: "The dimension, unless ruleId is given (if both, they must agree)." })
  dimension?: QualityDimension | null;

  @Field(() => Float, { nullable: true, description: "得分 0–100 (kept to two decimals); not with passed/total." })
  score?: number | null;

  @Field(() => Float, { nullable: true, description: "A: elements that passed (a whole number, 0 ≤ passed ≤ total)." })
  passed?: number | null;

  @Field(() => Float, { nullable: true, description: "B: elements checked (a whole number ≥ 1)." })
  total?: number | null;

  @Field(() => DateTimeResolver, { description: "When the check was made (to the second; not in the future). Its district day is the day it counts in." })
  measuredAt!: Date;

  @Field(() => QualitySource, { description: "MANUAL, AUTOMATED or EXTERNAL_PLATFORM (CATALOG is the server's own)." })
  source!: QualitySource;

  @Field(() => String, { nullable: true, description: "备注, at most 500 characters." })
  note?: string | null;
}

@InputType("QualityMeasurementColumnsInput", {
  description:
    "A batch of measurements as columns: item i of every list is row i (0-based, the index errors name), measuredAt gives the row count, and a list left out is null in every row. The rows are the same as QualityMeasurementInput's and are checked the same way; lists of scalars are cheaper to send and to read than 10,000 objects.",
})
export class QualityMeasurementColumnsInput {
  @Field(() => [DateTimeResolver], { description: "When each check was made (to the second; not in the future): one item per row." })
  measuredAt!: Date[];

  @Field(() => QualitySource, { description: "The source of every row: MANUAL, AUTOMATED or EXTERNAL_PLATFORM." })
  source!: QualitySource;

  @Field(() => [ID], { nullable: "itemsAndList", description: "Each row's measured resource (with dimension), unless its ruleId is given." })
  resourceId?: (string | null)[] | null;

  @Field(() => [ID], { nullable: "itemsAndList", description: "Each row's rule; its resource and dimension are the row's." })
  ruleId?: (string | null)[] | null;

  @Field(() => [QualityDimension], { nullable: "itemsAndList", description: "Each row's dimension, unless its ruleId is given." })
  dimension?: (QualityDimension | null)[] | null;

  @Field(() => [Float], { nullable: "itemsAndList", description: "Each row's 得分 0–100, or null where passed/total give it." })
  score?: (number | null)[] | null;

  @Field(() => [Float], { nullable: "itemsAndList", description: "Each row's A: elements that passed, or null." })
  passed?: (number | null)[] | null;

  @Field(() => [Float], { nullable: "itemsAndList", description: "Each row's B: elements checked, or null." })
  total?: (number | null)[] | null;

  @Field(() => [String], { nullable: "itemsAndList", description: "Each row's 备注 (at most 500 characters), or null." })
  note?: (string | null)[] | null;
}

@InputType("CreateQualityRuleInput", { description: "A rule on a resource (or one of its items)." })
export class CreateQualityRuleInput {
  @Field(() => ID, { description: "The resource checked." })
  resourceId!: string;

  @Field(() => ID, { nullable: true, description: "The item checked, if the rule is on one item." })
  itemId?: string | null;

  @Field(() => QualityDimension, { description: "The dimension the rule checks." })
  dimension!: QualityDimension;

  @Field(() => QualityCheckKind, { description: "What kind of check it is." })
  checkKind!: QualityCheckKind;

  @Field({ description: "规则说明, 1–500 characters." })
  @MaxLength(500)
  description!: string;

  @Field(() => Float, { description: "目标分 0–100: the resource is below target in this dimension when its latest score is lower." })
  targetScore!: number;
}

@InputType("UpdateQualityRuleInput", { description: "Changes a rule; leave out what stays." })
export class UpdateQualityRuleInput {
  @Field(() => ID, { description: "The rule." })
  id!: string;

  @Field(() => String, { nullable: true, description: "规则说明, 1–500 characters." })
  @IsOptional()
  @MaxLength(500)
  description?: string | null;

  @Field(() => Float, { nullable: true, description: "Target score 0–100 (目标分)." })
  targetScore?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Switch the rule on or off (an inactive rule sets no target and takes no measurements)." })
  active?: boolean | null;
}

@InputType("ReportQualityIssueInput", { description: "数据纠错: a defect found in a resource or one of its items." })
export class ReportQualityIssueInput {
  @Field(() => ID, { description: "The resource (any you can read)." })
  resourceId!: string;

  @Field(() => ID, { nullable: true, description: "The item at fault, if one." })
  itemId?: string | null;

  @Field({ description: "纠错标题, 1–200 characters." })
  @MaxLength(200)
  title!: string;

  @Field({ description: "问题描述, 1–2000 characters." })
  @MaxLength(2000)
  description!: string;
}

@InputType("QualityIssueStepInput", { description: "One step of an issue's workflow." })
export class QualityIssueStepInput {
  @Field(() => ID, { description: "The issue." })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: "The reason (required to reject and to reopen) or the rectification note (optional), at most 1000 characters.",
  })
  @IsOptional()
  @MaxLength(1000)
  comment?: string | null;
}

@InputType("QualityBelowTargetFilter", { description: "Which below-target scores to list." })
export class QualityBelowTargetFilter {
  @Field(() => ID, { nullable: true, description: "Only this unit's resources (with includeDescendants, its descendants' too)." })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "With unitId: include the resources of every unit below it." })
  includeDescendants?: boolean | null;

  @Field(() => QualityDimension, { nullable: true, description: "Only this dimension." })
  dimension?: QualityDimension | null;
}

@InputType("QualityIssueFilter", { description: "Which issues to list." })
export class QualityIssueFilter {
  @Field(() => ID, { nullable: true, description: "Only issues of this provider unit (with includeDescendants, of the units below it too)." })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "With unitId: include the units below it." })
  includeDescendants?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only issues of this resource." })
  resourceId?: string | null;

  @Field(() => [QualityIssueState], { nullable: true, description: "Only issues in these states." })
  @IsOptional()
  @ArrayMaxSize(6)
  states?: QualityIssueState[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "逾期: only issues past their due date that the provider still owes work on (REPORTED, ACCEPTED, REOPENED).",
  })
  overdueOnly?: boolean | null;
}

@ArgsType()
export class QualityBelowTargetArgs extends ConnectionArgs {
  @Field(() => QualityBelowTargetFilter, {
    nullable: true,
    description: "Which unit (with or without its descendants) and dimension; all within your units by default.",
  })
  filter?: QualityBelowTargetFilter;
}

@ArgsType()
export class QualityIssuesArgs extends ConnectionArgs {
  @Field(() => QualityIssueFilter, { nullable: true, description: "Which unit, resource, states, or only overdue ones; all you may see by default." })
  filter?: QualityIssueFilter;
}

@ArgsType()
export class QualityMeasurementsArgs extends ConnectionArgs {
  @Field(() => ID, { description: "The resource whose measurements to list, newest first." })
  resourceId!: string;

  @Field(() => QualityDimension, { nullable: true, description: "Only this dimension." })
  dimension?: QualityDimension | null;
}

export const TREND_DESCRIPTION = `趋势: the scores per day, ISO week or month from \`from\` to \`to\` (district dates, inclusive; at most ${MAX_TREND_DAYS} days), each the mean of that period's measurements, read from the daily roll-ups.`;
export const COLUMNS_DESCRIPTION = `recordQualityMeasurements with the batch as columns (QualityMeasurementColumnsInput): the same rows, checks, limit (${MAX_MEASUREMENTS_PER_BATCH.toLocaleString("en")}), all or nothing, roll-ups and audit; a failing row is refused with \`extensions.index\` and \`extensions.field\` (the list it is in), a list of the wrong length with its \`extensions.field\`. About half the JSON of the list of objects, and less work for the server.`;
export const BATCH_DESCRIPTION = `Records up to ${MAX_MEASUREMENTS_PER_BATCH.toLocaleString("en")} measurements at once, all or nothing: a failing row is refused with \`extensions.index\` (0-based) and \`extensions.field\`, and nothing is written. Roll-ups are updated in the same transaction. The unit's data specialist or CDO, or district administrators. A full batch is about 1.3 MB of JSON: this mutation alone may send a body of up to ${MAX_BATCH_REQUEST_BYTES / 1024 / 1024} MiB whatever MAX_REQUEST_BYTES is (signed in).`;
