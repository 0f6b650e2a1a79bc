import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessRole, AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { toGlobalId } from "../../common/global-id";
import { Node, nodeLoader } from "../../common/node";
import { ConnectionArgs, PageArgs, paginateWindow } from "../../common/pagination";
import { OrganisationLoaders, Person, Unit } from "../organisation";
import {
  EvaluationEvidence,
  EvaluationIndicator,
  EvaluationManualScore,
  EvaluationResult,
  EvaluationRun,
  EvaluationScheme,
  EvaluationScore,
} from "./evaluation.entity";
import { EvaluationMetric, IndicatorMethod } from "./evaluation.enums";
import { EvaluationLoaders, readableResults, scoreEvidenceOrder } from "./evaluation.loaders";
import { evaluationMessages } from "./evaluation.messages";
import { metricCatalogue } from "./evaluation.metrics";
import { formatCenti } from "./evaluation.policy";
import * as runs from "./evaluation-run.service";
import * as schemes from "./evaluation-scheme.service";
import {
  CreateEvaluationSchemeInput,
  EvaluationEvidenceConnection,
  EvaluationMetricInfo,
  EvaluationResultConnection,
  EvaluationResultsArgs,
  EvaluationRunConnection,
  EvaluationRunsArgs,
  EvaluationSchemeConnection,
  EvaluationSchemesArgs,
  GradeThresholds,
  RunEvaluationInput,
  SetEvaluationManualScoreInput,
  UpdateEvaluationSchemeInput,
} from "./evaluation.types";

const DECIMAL = 'An exact decimal ("92.5"), never a float.';
const centi = (value: number | null) => (value === null ? null : formatCenti(value));

/** 履职评价 (DOMAIN §6): the district office's indicator systems, manual scores and runs; every unit CDO's explained result. */
@AuthorizedOperations()
@Resolver()
export class EvaluationResolver {
  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => EvaluationScheme, {
    description: "评价指标体系: a new draft version of the district's indicator system for a year (version 1, or the next).",
  })
  createEvaluationScheme(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateEvaluationSchemeInput, { description: "The scheme." }) input: CreateEvaluationSchemeInput,
  ) {
    return schemes.createEvaluationScheme(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => EvaluationScheme, { description: "Edits a draft version (a published one is frozen: EVALUATION_SCHEME_PUBLISHED; revise it instead)." })
  updateEvaluationScheme(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateEvaluationSchemeInput, { description: "The changes." }) input: UpdateEvaluationSchemeInput,
  ) {
    return schemes.updateEvaluationScheme(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => EvaluationScheme, { description: "发布: freezes a draft version; its weights must sum to exactly 100 (else EVALUATION_WEIGHTS_NOT_100)." })
  publishEvaluationScheme(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "The draft scheme." }) id: string) {
    return schemes.publishEvaluationScheme(ctx, id);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => EvaluationScheme, {
    description: "修订: a new draft version copied from a published one, to change; the published version and its runs are never rewritten.",
  })
  reviseEvaluationScheme(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "The published scheme." }) id: string) {
    return schemes.reviseEvaluationScheme(ctx, id);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => EvaluationManualScore, {
    description: "人工评分: scores a unit on a MANUAL indicator of a published scheme, with a reason (set again to change it).",
  })
  setEvaluationManualScore(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => SetEvaluationManualScoreInput, { description: "The score and its reason." }) input: SetEvaluationManualScoreInput,
  ) {
    return schemes.setEvaluationManualScore(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => EvaluationRun, {
    description:
      "履职评价: scores every unit CDO of the district for the scheme's year (a published scheme; every manual indicator scored, else EVALUATION_MANUAL_SCORE_MISSING). A fixed number of statements whatever the number of units.",
  })
  runEvaluation(@Ctx() ctx: RequestContext, @Arg("input", () => RunEvaluationInput, { description: "The scheme version to run." }) input: RunEvaluationInput) {
    return runs.runEvaluation(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => EvaluationRun, { description: "发布评价结果: a draft run becomes final (EVALUATION_RUN_PUBLISHED if it already is)." })
  publishEvaluationRun(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "The draft run." }) id: string) {
    return runs.publishEvaluationRun(ctx, id);
  }

  @Query(() => EvaluationSchemeConnection, { description: "评价指标体系: a year's versions, the latest first." })
  evaluationSchemes(@Ctx() ctx: RequestContext, @Args() { year, districtId, ...page }: EvaluationSchemesArgs) {
    return schemes.findEvaluationSchemes(ctx, { year, districtId }, page);
  }

  @Query(() => EvaluationRunConnection, { description: "履职评价: a year's runs, the latest first." })
  evaluationRuns(@Ctx() ctx: RequestContext, @Args() { year, ...page }: EvaluationRunsArgs) {
    return runs.findEvaluationRuns(ctx, year, page);
  }

  @Query(() => EvaluationResultConnection, {
    description:
      "A run's scored results by rank (the run given, or the year's latest published run): every unit's for district readers, your own unit's for a unit CDO, none for anyone else.",
  })
  evaluationResults(@Ctx() ctx: RequestContext, @Args() { runId, year, order, ...page }: EvaluationResultsArgs) {
    return runs.findEvaluationResults(ctx, { runId, year }, order, page);
  }

  @Query(() => [EvaluationMetricInfo], { description: "计算指标目录: the metrics a COMPUTED indicator can use, with units and formulas." })
  evaluationMetrics(@Ctx() ctx: RequestContext): EvaluationMetricInfo[] {
    return Object.values(EvaluationMetric).map((metric) => {
      const m = metricCatalogue[metric];
      return {
        metric,
        label: ctx.localise(m.label),
        unit: ctx.localise(m.unit),
        formula: ctx.localise(m.formula),
        lowerIsBetter: m.lowerIsBetter,
        noDataScore: formatCenti(m.noDataScoreCenti),
      };
    });
  }
}

@Resolver(() => EvaluationScheme)
export class EvaluationSchemeResolver {
  @FieldResolver(() => EvaluationScheme, { nullable: true, description: "The published version this one was revised from; null for a first version." })
  basedOn(@Root() scheme: EvaluationScheme, @Ctx() ctx: RequestContext) {
    return scheme.basedOnSchemeId === null ? null : ctx.loaders(EvaluationLoaders).schemeById.load(scheme.basedOnSchemeId);
  }

  @FieldResolver(() => GradeThresholds, { description: "The grade thresholds (等次分数线)." })
  grades(@Root() scheme: EvaluationScheme): GradeThresholds {
    return { excellent: formatCenti(scheme.excellentCenti), good: formatCenti(scheme.goodCenti), pass: formatCenti(scheme.passCenti) };
  }

  @FieldResolver(() => [EvaluationIndicator], { description: "The indicators, in order." })
  indicators(@Root() scheme: EvaluationScheme, @Ctx() ctx: RequestContext) {
    return ctx.loaders(EvaluationLoaders).indicatorsOf.load(scheme.id);
  }

  @FieldResolver(() => String, { description: `The weights' sum (100 once published). ${DECIMAL}` })
  async totalWeight(@Root() scheme: EvaluationScheme, @Ctx() ctx: RequestContext) {
    return formatCenti((await ctx.loaders(EvaluationLoaders).indicatorsOf.load(scheme.id)).reduce((sum, i) => sum + i.weightCenti, 0));
  }
}

@Resolver(() => EvaluationIndicator)
export class EvaluationIndicatorResolver {
  @FieldResolver(() => EvaluationScheme, { description: "The scheme version it belongs to." })
  scheme(@Root() indicator: EvaluationIndicator, @Ctx() ctx: RequestContext) {
    return ctx.loaders(EvaluationLoaders).schemeById.load(indicator.schemeId);
  }

  @FieldResolver(() => String, { description: `权重. ${DECIMAL}` })
  weight(@Root() indicator: EvaluationIndicator) {
    return formatCenti(indicator.weightCenti);
  }

  @FieldResolver(() => String, { nullable: true, description: `零分点 (the metric value scoring 0); null for MANUAL. ${DECIMAL}` })
  zeroPoint(@Root() indicator: EvaluationIndicator) {
    return centi(indicator.zeroPointCenti);
  }

  @FieldResolver(() => String, { nullable: true, description: `满分点 (the metric value scoring 100); null for MANUAL. ${DECIMAL}` })
  fullPoint(@Root() indicator: EvaluationIndicator) {
    return centi(indicator.fullPointCenti);
  }

  @FieldResolver(() => String, { nullable: true, description: "The metric's unit (%, 学时, 个工作日…); null for MANUAL." })
  unit(@Root() indicator: EvaluationIndicator, @Ctx() ctx: RequestContext) {
    return indicator.metric ? ctx.localise(metricCatalogue[indicator.metric].unit) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "计算公式, in the request's language (Chinese by default); null for MANUAL." })
  formula(@Root() indicator: EvaluationIndicator, @Ctx() ctx: RequestContext) {
    return indicator.metric ? ctx.localise(metricCatalogue[indicator.metric].formula) : null;
  }
}

@Resolver(() => EvaluationManualScore)
export class EvaluationManualScoreResolver {
  @FieldResolver(() => EvaluationIndicator, { description: "The MANUAL indicator." })
  indicator(@Root() score: EvaluationManualScore, @Ctx() ctx: RequestContext) {
    return ctx.loaders(EvaluationLoaders).indicatorById.load(score.indicatorId);
  }

  @FieldResolver(() => Unit, { description: "The unit scored." })
  unit(@Root() score: EvaluationManualScore, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(score.unitId);
  }

  @FieldResolver(() => String, { description: `得分, 0 to 100. ${DECIMAL}` })
  score(@Root() score: EvaluationManualScore) {
    return formatCenti(score.scoreCenti);
  }
}

@Resolver(() => EvaluationRun)
export class EvaluationRunResolver {
  @FieldResolver(() => EvaluationScheme, { description: "The scheme version run." })
  scheme(@Root() run: EvaluationRun, @Ctx() ctx: RequestContext) {
    return ctx.loaders(EvaluationLoaders).schemeById.load(run.schemeId);
  }

  @FieldResolver(() => String, {
    description: "评价基准日: the day the CDOs in office were taken from (the year's last day, or the run's day while the year ran).",
  })
  asOf(@Root() run: EvaluationRun) {
    return run.asOf;
  }

  @FieldResolver(() => [Unit], {
    description:
      "未配备首席数据官: units that must have a CDO but had none in office on `asOf`; listed, not scored or ranked (district readers only; empty for others).",
  })
  unitsWithoutCdo(@Root() run: EvaluationRun, @Ctx() ctx: RequestContext) {
    return runs.unitsWithoutCdoOf(ctx, run);
  }
}

@Resolver(() => EvaluationResult)
export class EvaluationResultResolver {
  @FieldResolver(() => EvaluationRun, { description: "The run." })
  run(@Root() result: EvaluationResult, @Ctx() ctx: RequestContext) {
    return ctx.loaders(EvaluationLoaders).runById.load(result.runId);
  }

  @FieldResolver(() => Unit, { description: "The unit." })
  unit(@Root() result: EvaluationResult, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(result.unitId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The CDO evaluated (in office on the run's `asOf`); null for a unit without one." })
  cdo(@Root() result: EvaluationResult, @Ctx() ctx: RequestContext) {
    return result.cdoPersonId === null ? null : ctx.loaders(OrganisationLoaders).personById.load(result.cdoPersonId);
  }

  @FieldResolver(() => String, { nullable: true, description: `总分: the sum of the weighted scores, 0 to 100. ${DECIMAL}` })
  total(@Root() result: EvaluationResult) {
    return centi(result.totalCenti);
  }

  @FieldResolver(() => [EvaluationScore], { description: "Each indicator's score with its explanation, in the scheme's order." })
  scores(@Root() result: EvaluationResult, @Ctx() ctx: RequestContext) {
    return ctx.loaders(EvaluationLoaders).scoresOf.load(result.id);
  }
}

@Resolver(() => EvaluationScore)
export class EvaluationScoreResolver {
  @FieldResolver(() => EvaluationIndicator, { description: "The indicator." })
  indicator(@Root() score: EvaluationScore, @Ctx() ctx: RequestContext) {
    return ctx.loaders(EvaluationLoaders).indicatorById.load(score.indicatorId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `指标值: the metric's value in its unit; null for a manual score or when there was nothing to measure. ${DECIMAL}`,
  })
  value(@Root() score: EvaluationScore) {
    return centi(score.valueCenti);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: `分子: the formula's numerator (e.g. functions covered); null where the formula has none. ${DECIMAL}`,
  })
  numerator(@Root() score: EvaluationScore) {
    return centi(score.numeratorCenti);
  }

  @FieldResolver(() => String, { nullable: true, description: `分母: the formula's denominator (e.g. functions); null where the formula has none. ${DECIMAL}` })
  denominator(@Root() score: EvaluationScore) {
    return centi(score.denominatorCenti);
  }

  @FieldResolver(() => String, { description: `得分, 0 to 100. ${DECIMAL}` })
  score(@Root() score: EvaluationScore) {
    return formatCenti(score.scoreCenti);
  }

  @FieldResolver(() => String, { description: `加权得分 = 得分 × 权重 / 100. ${DECIMAL}` })
  weightedScore(@Root() score: EvaluationScore) {
    return formatCenti(score.weightedCenti);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "说明: a manual score's reason; for a computed score with nothing to measure, why it scored what it did; else null.",
  })
  async explanation(@Root() score: EvaluationScore, @Ctx() ctx: RequestContext) {
    if (score.note !== null) return score.note;
    const indicator = await ctx.loaders(EvaluationLoaders).indicatorById.load(score.indicatorId);
    return indicator?.method === IndicatorMethod.COMPUTED && score.valueCenti === null ? ctx.localise(evaluationMessages.noData) : null;
  }

  @FieldResolver(() => EvaluationEvidenceConnection, {
    description: "依据: the records the value was computed from, by type then ID; each reachable as a Node.",
  })
  evidence(@Root() score: EvaluationScore, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    const loaders = ctx.loaders(EvaluationLoaders);
    const key = `${score.resultId}:${score.indicatorId}`;
    return paginateWindow(
      page,
      scoreEvidenceOrder,
      (window) => loaders.evidenceOf(window).load(key),
      () => loaders.evidenceCountOf.load(key),
    );
  }
}

@Resolver(() => EvaluationEvidence)
export class EvaluationEvidenceResolver {
  @FieldResolver(() => String, {
    description: "The record's GraphQL type (Function, DataResource, SharingRequest, OpenDataset, TrainingSession, AnnualReport…).",
  })
  recordType(@Root() evidence: EvaluationEvidence) {
    return evidence.recordType;
  }

  @FieldResolver(() => ID, { description: "The record's global ID (for `node(id)`)." })
  recordId(@Root() evidence: EvaluationEvidence) {
    return toGlobalId(evidence.recordType, evidence.recordId);
  }

  @FieldResolver(() => Node, { nullable: true, description: "The record itself; null if it is gone, outside your units, or not (yet) a Node type." })
  async record(@Root() evidence: EvaluationEvidence, @Ctx() ctx: RequestContext) {
    const load = nodeLoader(evidence.recordType);
    return load ? ((await load(ctx, [evidence.recordId]))[0] ?? null) : null;
  }
}

@Resolver(() => Unit)
export class UnitEvaluationResolver {
  @FieldResolver(() => EvaluationResult, {
    nullable: true,
    description: "履职评价: the unit's result in the latest published run of the year; null if none, or for anyone but district readers and the unit's CDO.",
  })
  async evaluation(@Root() unit: Unit, @Ctx() ctx: RequestContext, @Arg("year", () => Int, { description: "The year evaluated (评价年度)." }) year: number) {
    const result = await ctx.loaders(EvaluationLoaders).publishedResultOf.load(`${unit.id}:${year}`);
    return (await readableResults(ctx, [result]))[0];
  }
}
