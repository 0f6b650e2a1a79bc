import { recordChange } from "../../common/audit";
import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { Appointment, AppointmentRole, Unit } from "../organisation";
import { AnnualReport, AnnualReportDeadline, AnnualReportReview } from "./annual-report.entity";
import { AnnualReportReviewAction, AnnualReportStatus } from "./reports.enums";
import { ReportError, ReportErrorCode } from "./reports.errors";
import { computeFigures } from "./reports.figures";
import { ReportLoaders } from "./reports.loaders";
import { reportMessages } from "./reports.messages";
import {
  acceptComments,
  checkDueOn,
  checkYear,
  mayReadReportOf,
  narrative,
  requireComplete,
  requireDistrictOffice,
  requireReportingUnit,
  requireTransition,
  requireUnitCdo,
  returnComments,
} from "./reports.policy";

export interface CreateAnnualReport {
  unitId: string;
  year: number;
}

/** The CDO's text: a field left out stays as it is; an empty one is cleared. */
export interface UpdateAnnualReport {
  id: string;
  dataAggregation?: string | null;
  openSharing?: string | null;
  applicationInnovation?: string | null;
  securityProtection?: string | null;
  suggestions?: string | null;
}

export interface AnnualReportFilter {
  year?: number | null;
  status?: AnnualReportStatus | null;
  unitId?: string | null;
}

async function unitById(ctx: RequestContext, id: string, field: string): Promise<Unit> {
  const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", id, field) });
  if (!unit) throw notFound(reportMessages.unit, field);
  return unit;
}

/** The one look-up of a report the caller may read (mayReadReportOf), with its unit; null when missing or not readable, alike. */
export async function readableReport(ctx: RequestContext, rowId: number): Promise<{ report: AnnualReport; unit: Unit } | null> {
  const report = await ctx.manager.findOneBy(AnnualReport, { id: rowId });
  const unit = report ? await ctx.manager.findOneBy(Unit, { id: report.unitId }) : null;
  return report && unit && mayReadReportOf(ctx.viewer, unit) ? { report, unit } : null;
}

/** A report and its unit; one the caller may not read answers as a missing one. */
export async function requireReadableReport(ctx: RequestContext, id: string, field = "id"): Promise<{ report: AnnualReport; unit: Unit }> {
  requireSignedIn(ctx);
  const found = await readableReport(ctx, rowIdOf("AnnualReport", id, field));
  if (!found) throw notFound(reportMessages.report, field);
  return found;
}

async function requireCdoOf(tx: RequestContext, unit: Unit): Promise<void> {
  const terms = await tx.manager.findBy(Appointment, { unitId: unit.id, role: AppointmentRole.UNIT_CDO });
  requireUnitCdo(tx.viewer, unit, terms, tx.today());
}

const auditTarget = (report: AnnualReport, unit: Unit) => ({ type: "AnnualReport", id: report.id, unit: { id: unit.id, path: unit.path } });

/**
 * 创建年度述职报告: the unit's CDO in office opens the year's report, every section pre-filled with
 * the unit's figures for the year.
 */
export async function createAnnualReport(ctx: RequestContext, input: CreateAnnualReport): Promise<AnnualReport> {
  requireSignedIn(ctx);
  const year = checkYear(input.year, ctx.today());
  return withTransaction(ctx, async (tx) => {
    const unit = await unitById(tx, input.unitId, "unitId");
    requireReportingUnit(unit);
    await requireCdoOf(tx, unit);
    if (await tx.manager.existsBy(AnnualReport, { unitId: unit.id, year }))
      throw new ReportError(ReportErrorCode.ANNUAL_REPORT_EXISTS, reportMessages.exists(unit.name, year), { field: "year" });
    const figures = await computeFigures(tx, unit, year);
    const now = tx.now();
    const report = tx.manager.create(AnnualReport, {
      unitId: unit.id,
      year,
      cdoPersonId: tx.viewer.account!.personId!,
      status: AnnualReportStatus.DRAFT,
      firstSubmittedAt: null,
      submittedAt: null,
      acceptedAt: null,
      dataAggregationText: null,
      openSharingText: null,
      applicationInnovationText: null,
      securityProtectionText: null,
      suggestions: null,
      figures: JSON.stringify(figures),
      figuresComputedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(AnnualReport, report);
    await recordChange(tx, auditTarget(report, unit), null, report);
    return report;
  });
}

/** The CDO's own report, in a state they may write, inside the transaction. */
async function writableReport(tx: RequestContext, id: string): Promise<{ report: AnnualReport; unit: Unit; before: AnnualReport }> {
  const { report, unit } = await requireReadableReport(tx, id);
  await requireCdoOf(tx, unit);
  requireTransition(report.status, "edit");
  return { report, unit, before: { ...report } };
}

/** 撰写: the sections' narratives and the suggestions, while a draft or returned. */
export async function updateAnnualReport(ctx: RequestContext, input: UpdateAnnualReport): Promise<AnnualReport> {
  requireSignedIn(ctx);
  const texts = {
    dataAggregationText: input.dataAggregation === undefined ? undefined : narrative(input.dataAggregation, "dataAggregation"),
    openSharingText: input.openSharing === undefined ? undefined : narrative(input.openSharing, "openSharing"),
    applicationInnovationText: input.applicationInnovation === undefined ? undefined : narrative(input.applicationInnovation, "applicationInnovation"),
    securityProtectionText: input.securityProtection === undefined ? undefined : narrative(input.securityProtection, "securityProtection"),
    suggestions: input.suggestions === undefined ? undefined : narrative(input.suggestions, "suggestions"),
  };
  return withTransaction(ctx, async (tx) => {
    const { report, unit, before } = await writableReport(tx, input.id);
    for (const [key, value] of Object.entries(texts)) if (value !== undefined) Object.assign(report, { [key]: value });
    report.updatedAt = tx.now();
    await tx.manager.save(AnnualReport, report);
    await recordChange(tx, auditTarget(report, unit), before, report);
    return report;
  });
}

/** 更新数据: a draft's (or returned report's) figures computed again from the catalog as it is now. */
export async function refreshAnnualReportFigures(ctx: RequestContext, id: string): Promise<AnnualReport> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const { report, unit, before } = await writableReport(tx, id);
    const now = tx.now();
    Object.assign(report, { figures: JSON.stringify(await computeFigures(tx, unit, report.year)), figuresComputedAt: now, updatedAt: now });
    await tx.manager.save(AnnualReport, report);
    await recordChange(tx, auditTarget(report, unit), before, report);
    return report;
  });
}

async function recordReview(tx: RequestContext, report: AnnualReport, action: AnnualReportReviewAction, comments: string | null): Promise<void> {
  const account = tx.viewer.account;
  await tx.manager.insert(AnnualReportReview, {
    reportId: report.id,
    action,
    actorAccountId: account && account.id > 0 ? account.id : null,
    actorPersonId: account?.personId ?? null,
    actorUsername: account?.username ?? "system",
    comments,
    occurredAt: tx.now(),
  });
}

/**
 * 提交: every section written; the figures the report shows are frozen as they are (refresh them
 * first for the catalog's latest). The first submission's time is kept for "on time".
 */
export async function submitAnnualReport(ctx: RequestContext, id: string): Promise<AnnualReport> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const { report, unit, before } = await writableReport(tx, id);
    requireComplete(report);
    const now = tx.now();
    Object.assign(report, { status: AnnualReportStatus.SUBMITTED, submittedAt: now, firstSubmittedAt: report.firstSubmittedAt ?? now, updatedAt: now });
    await tx.manager.save(AnnualReport, report);
    await recordReview(tx, report, AnnualReportReviewAction.SUBMITTED, null);
    await recordChange(tx, auditTarget(report, unit), before, report);
    return report;
  });
}

async function review(ctx: RequestContext, id: string, action: AnnualReportReviewAction.ACCEPTED | AnnualReportReviewAction.RETURNED, comments: string | null) {
  requireSignedIn(ctx);
  requireDistrictOffice(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    const { report, unit } = await requireReadableReport(tx, id);
    requireTransition(report.status, "review");
    const before = { ...report };
    const now = tx.now();
    if (action === AnnualReportReviewAction.ACCEPTED) Object.assign(report, { status: AnnualReportStatus.ACCEPTED, acceptedAt: now, updatedAt: now });
    else Object.assign(report, { status: AnnualReportStatus.RETURNED, updatedAt: now });
    await tx.manager.save(AnnualReport, report);
    await recordReview(tx, report, action, comments);
    await recordChange(tx, auditTarget(report, unit), before, { ...report, comments });
    return report;
  });
}

/** 通过: the district office accepts a submitted report (final), with optional comments. */
export function acceptAnnualReport(ctx: RequestContext, id: string, comments?: string | null): Promise<AnnualReport> {
  return review(ctx, id, AnnualReportReviewAction.ACCEPTED, acceptComments(comments));
}

/** 退回: the district office returns a submitted report with comments; the CDO edits and resubmits. */
export function returnAnnualReport(ctx: RequestContext, id: string, comments: string): Promise<AnnualReport> {
  return review(ctx, id, AnnualReportReviewAction.RETURNED, returnComments(comments));
}

/** 提交期限: the district office sets (or moves) a year's deadline. */
export async function setAnnualReportDeadline(ctx: RequestContext, year: number, dueOn: string): Promise<AnnualReportDeadline> {
  requireSignedIn(ctx);
  requireDistrictOffice(ctx.viewer);
  // A deadline may be set ahead, for next year's reports.
  checkYear(year, `${Number(ctx.today().slice(0, 4)) + 1}-01-01`);
  checkDueOn(year, dueOn);
  return withTransaction(ctx, async (tx) => {
    const existing = await tx.manager.findOneBy(AnnualReportDeadline, { year });
    const deadline = tx.manager.create(AnnualReportDeadline, { year, dueOn, updatedAt: tx.now() });
    await tx.manager.save(AnnualReportDeadline, deadline);
    await recordChange(tx, { type: "AnnualReportDeadline", id: year, unit: null }, existing, deadline);
    return deadline;
  });
}

/** A unit's report for a year: null if there is none, or if the caller may not read the unit. */
export async function findAnnualReport(ctx: RequestContext, unitId: string, year: number): Promise<AnnualReport | null> {
  requireSignedIn(ctx);
  const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", unitId, "unitId") });
  if (!unit || !mayReadReportOf(ctx.viewer, unit)) return null;
  return ctx.manager.findOneBy(AnnualReport, { unitId: unit.id, year });
}

/** Unit.annualReport(year): null if none, or outside the units whose reports the caller may read; batched across a page of units. */
export function annualReportOfUnit(ctx: RequestContext, unit: Unit, year: number): Promise<AnnualReport | null> | null {
  return mayReadReportOf(ctx.viewer, unit) ? ctx.loaders(ReportLoaders).ofUnit(year).load(unit.id) : null;
}

/** Reports of the caller's units (of one unit with its descendants, if given), the latest year first, then by unit. */
export async function findAnnualReports(ctx: RequestContext, filter: AnnualReportFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(AnnualReport, "r").innerJoin(Unit, "u", "u.id = r.unitId");
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope) query.andWhere(scope.where, scope.params);
  if (filter.unitId) query.andWhere("u.path LIKE :under", { under: `${(await unitById(ctx, filter.unitId, "filter.unitId")).path}%` });
  if (filter.year !== null && filter.year !== undefined) query.andWhere("r.year = :year", { year: filter.year });
  if (filter.status) query.andWhere("r.status = :status", { status: filter.status });
  query.orderBy("r.year", "DESC").addOrderBy("r.unitId", "ASC");
  return paginateQuery(query, page);
}
