import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { EvaluationEvidence, EvaluationResult, EvaluationRun, EvaluationScheme } from "./evaluation.entity";
import { EvaluationMetric, EvaluationResultOrder, IndicatorCategory, IndicatorMethod } from "./evaluation.enums";

const DECIMAL = 'an exact decimal with at most two decimals ("12.5"), never a float';

export const EvaluationSchemeConnection = ConnectionType("EvaluationScheme", EvaluationScheme);
export const EvaluationRunConnection = ConnectionType("EvaluationRun", EvaluationRun);
export const EvaluationResultConnection = ConnectionType("EvaluationResult", EvaluationResult);
export const EvaluationEvidenceConnection = ConnectionType("EvaluationEvidence", EvaluationEvidence);

@InputType("EvaluationIndicatorInput", { description: "评价指标: one indicator of a draft scheme." })
export class EvaluationIndicatorInput {
  @Field(() => IndicatorCategory, { description: "The indicator's category (指标类别)." })
  category!: IndicatorCategory;

  @Field({ description: "指标名称, 1 to 200 characters." })
  name!: string;

  @Field({ description: `权重: ${DECIMAL}, above 0 and at most 100; a scheme is published only when its weights sum to exactly 100.` })
  weight!: string;

  @Field(() => IndicatorMethod, { description: "COMPUTED (give metric, zeroPoint, fullPoint) or MANUAL (give none of them)." })
  method!: IndicatorMethod;

  @Field(() => EvaluationMetric, { nullable: true, description: "The metric of a COMPUTED indicator." })
  metric?: EvaluationMetric | null;

  @Field(() => String, { nullable: true, description: `零分点: the metric value scoring 0, ${DECIMAL}, in the metric's unit.` })
  zeroPoint?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `满分点: the metric value scoring 100, ${DECIMAL}; linear between the two, clamped to 0–100. For lower-is-better metrics it lies below the zero point; a target ratio is zero point 0, full point the target.`,
  })
  fullPoint?: string | null;
}

@InputType("GradeThresholdsInput", { description: "等次分数线: the lowest totals of 优秀, 良好 and 合格 (defaults 90, 80, 60)." })
export class GradeThresholdsInput {
  @Field({ description: `优秀: ${DECIMAL}, 0 to 100.` })
  excellent!: string;

  @Field({ description: `良好: ${DECIMAL}, at most excellent.` })
  good!: string;

  @Field({ description: `合格: ${DECIMAL}, at most good.` })
  pass!: string;
}

@InputType("CreateEvaluationSchemeInput", { description: "A new draft version of the district's indicator system for a year." })
export class CreateEvaluationSchemeInput {
  @Field(() => ID, { description: "The district (root unit)." })
  districtId!: string;

  @Field(() => Int, { description: "评价年度, 2000 to 2100." })
  year!: number;

  @Field({ description: "名称, 1 to 200 characters." })
  title!: string;

  @Field(() => GradeThresholdsInput, { nullable: true, description: "Grade thresholds; the defaults (90, 80, 60) when omitted." })
  grades?: GradeThresholdsInput | null;

  @Field(() => [EvaluationIndicatorInput], { description: "The indicators in order (at most 30)." })
  indicators!: EvaluationIndicatorInput[];
}

@InputType("UpdateEvaluationSchemeInput", { description: "Changes to a draft version; omitted fields stay as they are." })
export class UpdateEvaluationSchemeInput {
  @Field(() => ID, { description: "The draft scheme." })
  id!: string;

  @Field(() => String, { nullable: true, description: "名称, 1 to 200 characters." })
  title?: string | null;

  @Field(() => GradeThresholdsInput, { nullable: true, description: "New grade thresholds." })
  grades?: GradeThresholdsInput | null;

  @Field(() => [EvaluationIndicatorInput], { nullable: true, description: "The indicators, replacing all of them (at most 30)." })
  indicators?: EvaluationIndicatorInput[] | null;
}

@InputType("SetEvaluationManualScoreInput", { description: "人工评分 of one unit on a MANUAL indicator of a published scheme." })
export class SetEvaluationManualScoreInput {
  @Field(() => ID, { description: "The MANUAL indicator." })
  indicatorId!: string;

  @Field(() => ID, { description: "The unit scored (a unit of the district that must have a CDO)." })
  unitId!: string;

  @Field({ description: `得分: ${DECIMAL}, 0 to 100.` })
  score!: string;

  @Field({ description: "评分理由 (required), 1 to 1,000 characters." })
  reason!: string;
}

@InputType("RunEvaluationInput", { description: "Which scheme version to run (its district and year are the scheme's)." })
export class RunEvaluationInput {
  @Field(() => ID, { description: "A published scheme version." })
  schemeId!: string;
}

@ArgsType()
export class EvaluationSchemesArgs extends ConnectionArgs {
  @Field(() => Int, { description: "The year evaluated (评价年度)." })
  year!: number;

  @Field(() => ID, { nullable: true, description: "Only this district's versions." })
  districtId?: string | null;
}

@ArgsType()
export class EvaluationRunsArgs extends ConnectionArgs {
  @Field(() => Int, { description: "The year evaluated (评价年度)." })
  year!: number;
}

@ArgsType()
export class EvaluationResultsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "The run (or give year)." })
  runId?: string | null;

  @Field(() => Int, { nullable: true, description: "评价年度: without runId, the year's latest published run." })
  year?: number | null;

  @Field(() => EvaluationResultOrder, { defaultValue: EvaluationResultOrder.RANK_ASC, description: "By rank, best first (default) or last." })
  order!: EvaluationResultOrder;
}

@ObjectType("GradeThresholds", { description: "等次分数线: the lowest totals of 优秀, 良好 and 合格; below 合格 is 不合格." })
export class GradeThresholds {
  @Field({ description: `优秀, ${DECIMAL}.` })
  excellent!: string;

  @Field({ description: `良好, ${DECIMAL}.` })
  good!: string;

  @Field({ description: `合格, ${DECIMAL}.` })
  pass!: string;
}

@ObjectType("EvaluationMetricInfo", { description: "One entry of the metric catalogue: what a COMPUTED indicator can measure." })
export class EvaluationMetricInfo {
  @Field(() => EvaluationMetric, { description: "The metric." })
  metric!: EvaluationMetric;

  @Field({ description: "Its name, in the request's language." })
  label!: string;

  @Field({ description: "The unit of its value." })
  unit!: string;

  @Field({ description: "How it is computed (公式), in the request's language." })
  formula!: string;

  @Field({ description: "True when a smaller value is better (zero point above full point)." })
  lowerIsBetter!: boolean;

  @Field({ description: `The score (${DECIMAL}) of a unit with nothing to measure.` })
  noDataScore!: string;
}
