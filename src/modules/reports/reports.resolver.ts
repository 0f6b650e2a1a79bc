import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { AccessRole, AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { inLocale, type Locale } from "../../common/i18n";
import { OrganisationLoaders, Person, Unit } from "../organisation";
import { AnnualReport, AnnualReportDeadline, AnnualReportReview } from "./annual-report.entity";
import { AnnualReportStatus } from "./reports.enums";
import { FIGURE_DEFINITIONS, parseFigures, SECTION_KEYS, sectionFigures, type SectionKey } from "./reports.figures";
import { ReportLoaders } from "./reports.loaders";
import { reviewActionLabels, sectionTitles, statusLabels } from "./reports.messages";
import { issuePrintLink } from "./reports.print-link";
import { isLate } from "./reports.policy";
import * as reports from "./reports.service";
import {
  AnnualReportConnection,
  AnnualReportFigures,
  AnnualReportPrintLink,
  AnnualReportSection,
  AnnualReportsArgs,
  CreateAnnualReportInput,
  SetAnnualReportDeadlineArgs,
  UpdateAnnualReportInput,
} from "./reports.types";

const TEXT_COLUMN = {
  dataAggregation: "dataAggregationText",
  openSharing: "openSharingText",
  applicationInnovation: "applicationInnovationText",
  securityProtection: "securityProtectionText",
} as const satisfies Record<SectionKey, keyof AnnualReport>;

/** One of the report's four sections: the CDO's narrative beside its figures, titles and labels in `locale` (the request's). */
function sectionOf(report: AnnualReport, key: SectionKey, locale: Locale): AnnualReportSection {
  const figures = parseFigures(report.figures);
  const kind = FIGURE_DEFINITIONS[key].kind;
  return { kind, title: inLocale(sectionTitles[kind], locale), narrative: report[TEXT_COLUMN[key]], figures: sectionFigures(figures, key, locale) };
}

const ID_ARG = { description: "The report's ID." };

/** 年度述职报告 (DOMAIN §6): the unit CDO writes and submits; the district office accepts or returns; the district sets the deadline. */
@AuthorizedOperations()
@Resolver()
export class ReportsResolver {
  @Mutation(() => AnnualReport, {
    description:
      "创建年度述职报告: the unit's CDO in office opens its report for a year, every section pre-filled with the unit's figures (ANNUAL_REPORT_EXISTS, ANNUAL_REPORT_NOT_UNIT_CDO, ANNUAL_REPORT_UNIT_NOT_REPORTING).",
  })
  createAnnualReport(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CreateAnnualReportInput, { description: "The unit and year." }) input: CreateAnnualReportInput,
  ) {
    return reports.createAnnualReport(ctx, input);
  }

  @Mutation(() => AnnualReport, {
    description:
      "撰写: the unit's CDO writes the sections' narratives and the suggestions, while DRAFT or RETURNED (else ANNUAL_REPORT_UNDER_REVIEW or ANNUAL_REPORT_ALREADY_ACCEPTED).",
  })
  updateAnnualReport(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => UpdateAnnualReportInput, { description: "The text to change." }) input: UpdateAnnualReportInput,
  ) {
    return reports.updateAnnualReport(ctx, input);
  }

  @Mutation(() => AnnualReport, { description: "更新数据: the unit's CDO recomputes the figures from the catalog as it is now, while DRAFT or RETURNED." })
  refreshAnnualReportFigures(@Ctx() ctx: RequestContext, @Arg("id", () => ID, ID_ARG) id: string) {
    return reports.refreshAnnualReportFigures(ctx, id);
  }

  @Mutation(() => AnnualReport, {
    description:
      "提交: the unit's CDO submits (or resubmits after a return) with every section written (else ANNUAL_REPORT_INCOMPLETE); the figures are frozen as they are; the first submission's time is kept for 'on time'.",
  })
  submitAnnualReport(@Ctx() ctx: RequestContext, @Arg("id", () => ID, ID_ARG) id: string) {
    return reports.submitAnnualReport(ctx, id);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => AnnualReport, {
    description: "通过: the district office accepts a SUBMITTED report (else ANNUAL_REPORT_NOT_SUBMITTED or ANNUAL_REPORT_ALREADY_ACCEPTED); final.",
  })
  acceptAnnualReport(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, ID_ARG) id: string,
    @Arg("comments", () => String, { nullable: true, description: "审阅意见, optional, at most 2000 characters." }) comments?: string | null,
  ) {
    return reports.acceptAnnualReport(ctx, id, comments);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => AnnualReport, { description: "退回: the district office returns a SUBMITTED report with comments; the CDO edits and resubmits." })
  returnAnnualReport(
    @Ctx() ctx: RequestContext,
    @Arg("id", () => ID, ID_ARG) id: string,
    @Arg("comments", () => String, { description: "审阅意见: what to change, 1 to 2000 characters (required)." }) comments: string,
  ) {
    return reports.returnAnnualReport(ctx, id, comments);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => AnnualReportDeadline, { description: "提交期限: the district office sets (or moves) the deadline of a year's reports." })
  setAnnualReportDeadline(@Ctx() ctx: RequestContext, @Args() { year, dueOn }: SetAnnualReportDeadlineArgs) {
    return reports.setAnnualReportDeadline(ctx, year, dueOn);
  }

  @Query(() => AnnualReport, { nullable: true, description: "A unit's report for a year; null if there is none or you may not read the unit." })
  annualReport(
    @Ctx() ctx: RequestContext,
    @Arg("unitId", () => ID, { description: "The unit." }) unitId: string,
    @Arg("year", () => Int, { description: "The year reported on." }) year: number,
  ) {
    return reports.findAnnualReport(ctx, unitId, year);
  }

  @Query(() => AnnualReportConnection, { description: "年度述职报告 of your units (every unit's for district readers), the latest year first, then by unit." })
  annualReports(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: AnnualReportsArgs) {
    return reports.findAnnualReports(ctx, filter, page);
  }

  @Query(() => AnnualReportPrintLink, {
    description: "打印链接: a link to the printable report (A4 HTML, in Chinese) that a browser opens without the bearer token, valid for 10 minutes.",
  })
  annualReportPrintLink(@Ctx() ctx: RequestContext, @Arg("id", () => ID, ID_ARG) id: string) {
    return issuePrintLink(ctx, id);
  }
}

@Resolver(() => AnnualReport)
export class AnnualReportResolver {
  @FieldResolver(() => Unit, { description: "The reporting unit." })
  unit(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(report.unitId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The CDO who writes it (the unit's CDO in office when it was created)." })
  cdo(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).personById.load(report.cdoPersonId);
  }

  @FieldResolver(() => String, { description: "状态, as a person reads it (e.g. 已退回), in the request's language." })
  statusLabel(@Root() report: AnnualReport, @Ctx() ctx: RequestContext): string {
    return ctx.localise(statusLabels[report.status]);
  }

  @FieldResolver(() => AnnualReportSection, { description: "一、数据汇聚: the narrative and the figures." })
  dataAggregation(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return sectionOf(report, "dataAggregation", ctx.locale);
  }

  @FieldResolver(() => AnnualReportSection, { description: "二、开放共享: the narrative and the figures." })
  openSharing(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return sectionOf(report, "openSharing", ctx.locale);
  }

  @FieldResolver(() => AnnualReportSection, { description: "三、应用创新: the narrative and the figures." })
  applicationInnovation(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return sectionOf(report, "applicationInnovation", ctx.locale);
  }

  @FieldResolver(() => AnnualReportSection, { description: "四、安全保护: the narrative and the figures." })
  securityProtection(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return sectionOf(report, "securityProtection", ctx.locale);
  }

  @FieldResolver(() => [AnnualReportSection], { description: "The four sections in printed order, for front ends that render them generically." })
  sections(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return SECTION_KEYS.map((key) => sectionOf(report, key, ctx.locale));
  }

  @FieldResolver(() => AnnualReportFigures, { description: "The pre-filled figures as typed fields (the same values as the sections' figure lists)." })
  figures(@Root() report: AnnualReport): AnnualReportFigures {
    const snapshot = parseFigures(report.figures);
    return {
      computedAt: report.figuresComputedAt,
      frozen: report.status === AnnualReportStatus.SUBMITTED || report.status === AnnualReportStatus.ACCEPTED,
      dataAggregation: snapshot.dataAggregation,
      openSharing: snapshot.openSharing,
      applicationInnovation: snapshot.applicationInnovation,
      securityProtection: snapshot.securityProtection,
    };
  }

  @FieldResolver(() => [AnnualReportReview], { description: "审阅记录: each submission, return (with comments) and acceptance, oldest first." })
  reviews(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders(ReportLoaders).reviewsOf.load(report.id);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: "提交期限: the year's deadline; null when the district set none." })
  deadline(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    return ctx.loaders(ReportLoaders).deadlineOf.load(report.year);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      "逾期: first submitted after the deadline's day (district date), or not yet submitted with the deadline passed; null when the district set no deadline.",
  })
  async late(@Root() report: AnnualReport, @Ctx() ctx: RequestContext) {
    const dueOn = await ctx.loaders(ReportLoaders).deadlineOf.load(report.year);
    return isLate(report, dueOn, ctx.today(), ctx.settings.districtTimeZone);
  }
}

@Resolver(() => AnnualReportReview)
export class AnnualReportReviewResolver {
  @FieldResolver(() => Person, { nullable: true, description: "The person who did it (null for an account without a person)." })
  by(@Root() review: AnnualReportReview, @Ctx() ctx: RequestContext) {
    return review.actorPersonId === null ? null : ctx.loaders(OrganisationLoaders).personById.load(review.actorPersonId);
  }

  @FieldResolver(() => String, { description: "审阅动作, as a person reads it (e.g. 退回), in the request's language." })
  actionLabel(@Root() review: AnnualReportReview, @Ctx() ctx: RequestContext): string {
    return ctx.localise(reviewActionLabels[review.action]);
  }
}

@Resolver(() => Unit)
export class UnitAnnualReportResolver {
  @FieldResolver(() => AnnualReport, {
    nullable: true,
    description: "年度述职报告 of the unit for a year; null if none or outside your units. Batched across a page of units.",
  })
  annualReport(@Root() unit: Unit, @Ctx() ctx: RequestContext, @Arg("year", () => Int, { description: "The year reported on." }) year: number) {
    return reports.annualReportOfUnit(ctx, unit, year);
  }
}
