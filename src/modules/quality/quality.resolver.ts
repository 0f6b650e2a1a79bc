import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../common/context";
import { DataItem, DataResource, InventoryLoaders } from "../inventory";
import { OrganisationLoaders, Unit } from "../organisation";
import { QualityDimension, TrendGranularity } from "./quality.enums";
import { QualityLoaders } from "./quality.loaders";
import { AGGREGATION_RULE, fromCenti, qualitySettings } from "./quality.policy";
import { QualityIssue } from "./quality-issue.entity";
import { QualityMeasurement } from "./quality-measurement.entity";
import { QualityLatest } from "./quality-rollup.entity";
import { QualityRule } from "./quality-rule.entity";
import * as issues from "./quality-issue.service";
import * as measurements from "./quality-measurement.service";
import * as rules from "./quality-rule.service";
import * as scores from "./quality-score.service";
import {
  BATCH_DESCRIPTION,
  COLUMNS_DESCRIPTION,
  CreateQualityRuleInput,
  QualityBelowTarget,
  QualityBelowTargetArgs,
  QualityBelowTargetConnection,
  QualityDimensionScore,
  QualityIssueConnection,
  QualityIssuesArgs,
  QualityIssueStepInput,
  QualityMeasurementColumnsInput,
  QualityMeasurementConnection,
  QualityMeasurementInput,
  QualityMeasurementsArgs,
  QualityScore,
  QualityScores,
  QualityTrendPoint,
  RecordQualityMeasurementsPayload,
  ReportQualityIssueInput,
  TREND_DESCRIPTION,
  UpdateQualityRuleInput,
} from "./quality.types";

/** 数据质量管控 (DOMAIN §3): measurements, rules, scores and the 数据纠错 workflow. */
@Authorized()
@Resolver()
export class QualityResolver {
  @Mutation(() => RecordQualityMeasurementsPayload, { description: BATCH_DESCRIPTION })
  recordQualityMeasurements(
    @Ctx() ctx: RequestContext,
    // Checked by the policy, row by row with the row's index, not by class-validator.
    @Arg("input", () => [QualityMeasurementInput], { validate: false, description: "1 to 10,000 measurements." }) input: QualityMeasurementInput[],
  ) {
    return measurements.recordQualityMeasurements(ctx, input);
  }

  @Mutation(() => RecordQualityMeasurementsPayload, { description: COLUMNS_DESCRIPTION })
  recordQualityMeasurementColumns(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => QualityMeasurementColumnsInput, { validate: false, description: "The batch: 1 to 10,000 rows, as columns." })
    input: QualityMeasurementColumnsInput,
  ) {
    return measurements.recordQualityMeasurementColumns(ctx, input);
  }

  @Mutation(() => QualityRule, { description: "Adds a quality rule to a resource (its unit's data specialist or CDO, or district administrators)." })
  createQualityRule(@Ctx() ctx: RequestContext, @Arg("input", () => CreateQualityRuleInput, { description: "The rule." }) input: CreateQualityRuleInput) {
    return rules.createQualityRule(ctx, input);
  }

  @Mutation(() => QualityRule, { description: "Changes a rule's description or target, or switches it on or off." })
  updateQualityRule(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateQualityRuleInput, { description: "The change." }) input: UpdateQualityRuleInput) {
    return rules.updateQualityRule(ctx, input);
  }

  @Mutation(() => QualityIssue, {
    description:
      "数据纠错: reports a defect in a resource you can read (anyone signed in). It goes to the provider, due in QUALITY_ISSUE_DUE_WORKING_DAYS working days.",
  })
  reportQualityIssue(@Ctx() ctx: RequestContext, @Arg("input", () => ReportQualityIssueInput, { description: "The defect." }) input: ReportQualityIssueInput) {
    return issues.reportQualityIssue(ctx, input);
  }

  @Mutation(() => QualityIssue, { description: "受理: the provider's data specialist or CDO accepts a REPORTED issue (else QUALITY_ISSUE_CANNOT_ACCEPT)." })
  acceptQualityIssue(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => QualityIssueStepInput, { description: "The issue, and the reason or note." }) input: QualityIssueStepInput,
  ) {
    return issues.moveQualityIssue(ctx, input.id, "accept", input.comment);
  }

  @Mutation(() => QualityIssue, { description: "驳回: the provider rejects a REPORTED issue with a reason (comment; else QUALITY_ISSUE_CANNOT_REJECT)." })
  rejectQualityIssue(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => QualityIssueStepInput, { description: "The issue, and the reason or note." }) input: QualityIssueStepInput,
  ) {
    return issues.moveQualityIssue(ctx, input.id, "reject", input.comment);
  }

  @Mutation(() => QualityIssue, { description: "整改: the provider reports an ACCEPTED or REOPENED issue fixed (else QUALITY_ISSUE_CANNOT_RECTIFY)." })
  rectifyQualityIssue(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => QualityIssueStepInput, { description: "The issue, and the reason or note." }) input: QualityIssueStepInput,
  ) {
    return issues.moveQualityIssue(ctx, input.id, "rectify", input.comment);
  }

  @Mutation(() => QualityIssue, {
    description: "核验: the reporter or the district office confirms a RECTIFIED issue fixed (else QUALITY_ISSUE_CANNOT_VERIFY).",
  })
  verifyQualityIssue(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => QualityIssueStepInput, { description: "The issue, and the reason or note." }) input: QualityIssueStepInput,
  ) {
    return issues.moveQualityIssue(ctx, input.id, "verify", input.comment);
  }

  @Mutation(() => QualityIssue, {
    description:
      "重新打开: the reporter or the district office finds a RECTIFIED issue not fixed, with a reason (else QUALITY_ISSUE_CANNOT_REOPEN); a new due date.",
  })
  reopenQualityIssue(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => QualityIssueStepInput, { description: "The issue, and the reason or note." }) input: QualityIssueStepInput,
  ) {
    return issues.moveQualityIssue(ctx, input.id, "reopen", input.comment);
  }

  @Query(() => QualityScores, {
    nullable: true,
    description: `全区数据质量: the district's scores, for district administrators and analysts (null for other roles, as any out-of-scope field). ${AGGREGATION_RULE}`,
  })
  districtQuality(@Ctx() ctx: RequestContext) {
    return scores.districtQuality(ctx);
  }

  @Query(() => QualityBelowTargetConnection, {
    description: "低于目标: what is bad right now — resources whose latest score in a dimension is below its target, lowest first, within your units.",
  })
  qualityBelowTarget(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: QualityBelowTargetArgs) {
    return scores.belowTarget(ctx, filter, page);
  }

  @Query(() => QualityIssueConnection, {
    description:
      "数据纠错 issues by due date: all for district readers; otherwise those of your units and those you reported. overdueOnly lists a unit's overdue ones.",
  })
  qualityIssues(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: QualityIssuesArgs) {
    return issues.findQualityIssues(ctx, filter, page);
  }

  @Query(() => QualityMeasurementConnection, {
    description: "A resource's raw measurements, newest first (a drill-down; scores and trends come from roll-ups).",
  })
  qualityMeasurements(@Ctx() ctx: RequestContext, @Args() { resourceId, dimension, ...page }: QualityMeasurementsArgs) {
    return scores.measurementsOf(ctx, resourceId, dimension, page);
  }
}

@Resolver(() => QualityScores)
export class QualityScoresResolver {
  @FieldResolver(() => QualityScore, { description: "总体得分: the mean of the dimensions that have a score, against the default target." })
  overall(@Root() subject: QualityScores, @Ctx() ctx: RequestContext) {
    return scores.overallOf(ctx, subject);
  }

  @FieldResolver(() => [QualityDimensionScore], { description: "The five dimensions, in the enum's order, each with its latest value and target." })
  dimensions(@Root() subject: QualityScores, @Ctx() ctx: RequestContext) {
    return scores.dimensionScores(ctx, subject);
  }

  @FieldResolver(() => [QualityTrendPoint], { description: TREND_DESCRIPTION })
  trend(
    @Root() subject: QualityScores,
    @Ctx() ctx: RequestContext,
    @Arg("from", () => LocalDateResolver, { description: "First day (district date)." }) from: string,
    @Arg("to", () => LocalDateResolver, { description: "Last day (district date), at most 366 days after from." }) to: string,
    @Arg("granularity", () => TrendGranularity, {
      nullable: true,
      defaultValue: TrendGranularity.DAY,
      description: "DAY (the default), WEEK (ISO, from Monday) or MONTH.",
    })
    granularity: TrendGranularity | null,
  ) {
    return scores.trend(ctx, subject, from, to, granularity ?? TrendGranularity.DAY);
  }
}

@Resolver(() => DataResource)
export class DataResourceQualityResolver {
  @FieldResolver(() => QualityScores, { description: `数据质量: this resource's scores. ${AGGREGATION_RULE}` })
  quality(@Root() resource: DataResource) {
    return new QualityScores("resource", resource.id);
  }

  @FieldResolver(() => [QualityRule], { description: "质量规则 on this resource and its items, by dimension." })
  qualityRules(@Root() resource: DataResource, @Ctx() ctx: RequestContext) {
    return ctx.loaders(QualityLoaders).rulesOfResource.load(resource.id);
  }
}

@Resolver(() => Unit)
export class UnitQualityResolver {
  @FieldResolver(() => QualityScores, {
    nullable: true,
    description: `数据质量: the scores of this unit with its descendants; null outside your units. ${AGGREGATION_RULE}`,
  })
  quality(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return scores.unitQuality(ctx, unit);
  }
}

@Resolver(() => QualityRule)
export class QualityRuleResolver {
  @FieldResolver(() => Float, { description: "Target score 0–100 (目标分)." })
  targetScore(@Root() rule: QualityRule) {
    return fromCenti(rule.targetCenti);
  }

  @FieldResolver(() => DataResource, { description: "The resource checked." })
  resource(@Root() rule: QualityRule, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InventoryLoaders).resourceById.load(rule.resourceId);
  }

  @FieldResolver(() => DataItem, { nullable: true, description: "The item checked, if the rule is on one item." })
  item(@Root() rule: QualityRule, @Ctx() ctx: RequestContext) {
    return rule.itemId === null ? null : ctx.loaders(InventoryLoaders).itemById.load(rule.itemId);
  }
}

@Resolver(() => QualityMeasurement)
export class QualityMeasurementResolver {
  @FieldResolver(() => Float, { description: "Score 0–100 (得分)." })
  score(@Root() m: QualityMeasurement) {
    return fromCenti(m.scoreCenti);
  }

  @FieldResolver(() => Float, { nullable: true, description: "A: elements that passed, when given as a rate." })
  passed(@Root() m: QualityMeasurement) {
    return m.passed === null ? null : Number(m.passed);
  }

  @FieldResolver(() => Float, { nullable: true, description: "B: elements checked, when given as a rate." })
  total(@Root() m: QualityMeasurement) {
    return m.total === null ? null : Number(m.total);
  }

  @FieldResolver(() => QualityRule, { nullable: true, description: "The rule measured, if any." })
  rule(@Root() m: QualityMeasurement, @Ctx() ctx: RequestContext) {
    return m.ruleId === null ? null : ctx.loaders(QualityLoaders).ruleById.load(m.ruleId);
  }
}

@Resolver(() => QualityIssue)
export class QualityIssueResolver {
  @FieldResolver(() => DataResource, { description: "The resource at fault." })
  resource(@Root() issue: QualityIssue, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InventoryLoaders).resourceById.load(issue.resourceId);
  }

  @FieldResolver(() => DataItem, { nullable: true, description: "The item at fault, if one was named." })
  item(@Root() issue: QualityIssue, @Ctx() ctx: RequestContext) {
    return issue.itemId === null ? null : ctx.loaders(InventoryLoaders).itemById.load(issue.itemId);
  }

  @FieldResolver(() => Unit, { description: "提供方: the unit the issue is routed to." })
  provider(@Root() issue: QualityIssue, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(issue.providerUnitId);
  }

  @FieldResolver(() => Boolean, { description: "逾期: past its due date while the provider still owes work (REPORTED, ACCEPTED, REOPENED)." })
  overdue(@Root() issue: QualityIssue, @Ctx() ctx: RequestContext) {
    return issues.isOverdue(issue, ctx.today());
  }
}

@Resolver(() => QualityBelowTarget)
export class QualityBelowTargetResolver {
  @FieldResolver(() => DataResource, { description: "The resource below target." })
  resource(@Root() row: QualityLatest, @Ctx() ctx: RequestContext) {
    return ctx.loaders(InventoryLoaders).resourceById.load(row.resourceId);
  }

  @FieldResolver(() => QualityDimension, { description: "The dimension it is below target in." })
  dimension(@Root() row: QualityLatest) {
    return row.dimension;
  }

  @FieldResolver(() => Float, { description: "The latest score, 0–100." })
  score(@Root() row: QualityLatest) {
    return fromCenti(row.scoreCenti!);
  }

  @FieldResolver(() => Float, { description: "The target it is below (the rule's, or the district's default)." })
  target(@Root() row: QualityLatest, @Ctx() ctx: RequestContext) {
    return row.targetCenti === null ? qualitySettings(ctx).defaultTargetScore : fromCenti(row.targetCenti);
  }

  @FieldResolver(() => DateTimeResolver, { description: "When the latest measurement was made." })
  measuredAt(@Root() row: QualityLatest) {
    return row.measuredAt;
  }
}
