import type { Viewer } from "../../common/auth";
import { badUserInput, CatalogError, CommonErrorCode } from "../../common/errors";
import { isActiveOn, requiresCdoAndSpecialist, type UnitKind } from "../organisation";
import { AnnualReportStatus } from "./reports.enums";
import { ReportError, ReportErrorCode } from "./reports.errors";
import { reportMessages, sectionTitles } from "./reports.messages";

/**
 * The annual-report rules (年度述职报告, DOMAIN §6), written once and used by the API, the printable
 * view and the demo loader alike.
 */

/** A section's narrative or the suggestions: long enough for a real report, short enough for one TEXT column on MariaDB. */
const MAX_NARRATIVE = 8000;
const MAX_COMMENTS = 2000;

/** The year reported on: from 2000 to the current year (a year is reported on while it runs or after). */
export function checkYear(year: number, today: string, field = "year"): number {
  const max = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > max) throw badUserInput(field, reportMessages.year(max));
  return year;
}

/** A year's deadline: within the year or the next one (reports are often due early in the following year). */
export function checkDueOn(year: number, dueOn: string): string {
  if (dueOn < `${year}-01-01` || dueOn > `${year + 1}-12-31`) throw badUserInput("dueOn", reportMessages.dueOn(year));
  return dueOn;
}

/** Optional text: trimmed, empty as null, bounded. */
export function narrative(value: string | null | undefined, field: string): string | null {
  const trimmed = value?.trim() ?? "";
  if (trimmed.length > MAX_NARRATIVE) throw badUserInput(field, reportMessages.textLength(MAX_NARRATIVE));
  return trimmed || null;
}

export function returnComments(value: string | null | undefined): string {
  const trimmed = value?.trim() ?? "";
  if (!trimmed || trimmed.length > MAX_COMMENTS) throw badUserInput("comments", reportMessages.commentsRequired(MAX_COMMENTS));
  return trimmed;
}

export function acceptComments(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  if (trimmed.length > MAX_COMMENTS) throw badUserInput("comments", reportMessages.textLength(MAX_COMMENTS));
  return trimmed || null;
}

/** Only units that must have a CDO (dev zone, towns, streets, departments) report. */
export function requireReportingUnit(unit: { kind: UnitKind; name: string }): void {
  if (!requiresCdoAndSpecialist(unit.kind))
    throw new ReportError(ReportErrorCode.ANNUAL_REPORT_UNIT_NOT_REPORTING, reportMessages.unitNotReporting(unit.name), { field: "unitId" });
}

/**
 * The writer: the person whose UNIT_CDO appointment on this very unit is active today. Anyone
 * outside the unit's scope is FORBIDDEN as for any record they may not manage; the district office
 * or a CDO above the unit, who may manage it, are told that the report is its own CDO's.
 */
export function requireUnitCdo(
  viewer: Viewer,
  unit: { path: string; name: string },
  unitCdoTerms: readonly { personId: number; startDate: string; endDate: string | null }[],
  today: string,
): void {
  if (!viewer.canManage(unit.path)) throw new CatalogError(CommonErrorCode.FORBIDDEN, reportMessages.notUnitCdo(unit.name));
  const personId = viewer.account?.personId ?? null;
  if (personId === null || !unitCdoTerms.some((term) => term.personId === personId && isActiveOn(term, today)))
    throw new ReportError(ReportErrorCode.ANNUAL_REPORT_NOT_UNIT_CDO, reportMessages.notUnitCdo(unit.name));
}

/** A unit's reports are read by whoever may read the unit: its own people, the CDOs above it and district readers. */
export function mayReadReportOf(viewer: Viewer, unit: { path: string }): boolean {
  return viewer.canRead(unit.path);
}

/** Reviews and deadlines are the district office's: the district CDO, the chief data executive, administrators. */
export function requireDistrictOffice(viewer: Viewer): void {
  if (!viewer.districtAdministrator) throw new CatalogError(CommonErrorCode.FORBIDDEN, reportMessages.onlyDistrict);
}

/** What may be done to a report, and from which states. */
export type ReportAction = "edit" | "submit" | "review";

/**
 * The transitions: DRAFT/RETURNED → edit, refresh, submit → SUBMITTED → accept (ACCEPTED, final) or
 * return (RETURNED). Every other move is refused with its own code.
 */
export function requireTransition(status: AnnualReportStatus, action: ReportAction): void {
  if (status === AnnualReportStatus.ACCEPTED)
    throw new ReportError(ReportErrorCode.ANNUAL_REPORT_ALREADY_ACCEPTED, reportMessages.alreadyAccepted, { field: "id", status });
  const writable = status === AnnualReportStatus.DRAFT || status === AnnualReportStatus.RETURNED;
  if (action === "review" && writable) throw new ReportError(ReportErrorCode.ANNUAL_REPORT_NOT_SUBMITTED, reportMessages.notSubmitted, { field: "id", status });
  if (action !== "review" && !writable) throw new ReportError(ReportErrorCode.ANNUAL_REPORT_UNDER_REVIEW, reportMessages.underReview, { field: "id", status });
}

export interface ReportNarratives {
  dataAggregationText: string | null;
  openSharingText: string | null;
  applicationInnovationText: string | null;
  securityProtectionText: string | null;
}

/** A report is submitted with every section written (the suggestions may be empty). */
export function requireComplete(report: ReportNarratives): void {
  const sections = [
    ["dataAggregationText", "dataAggregation", sectionTitles.DATA_AGGREGATION],
    ["openSharingText", "openSharing", sectionTitles.OPEN_SHARING],
    ["applicationInnovationText", "applicationInnovation", sectionTitles.APPLICATION_INNOVATION],
    ["securityProtectionText", "securityProtection", sectionTitles.SECURITY_PROTECTION],
  ] as const;
  const missing = sections.find(([column]) => !report[column]);
  if (missing) throw new ReportError(ReportErrorCode.ANNUAL_REPORT_INCOMPLETE, reportMessages.incomplete(missing[2]), { field: missing[1] });
}

/** The district date of an instant. */
export function districtDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

/** An instant's calendar fields in a time zone (year, month, day, hour, minute), as numbers. */
export function districtParts(at: Date, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: part("year"), month: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

/** The instant a district day starts (the zone's offset that day; no daylight saving in Asia/Shanghai, but any zone works). */
function startOfDistrictDay(day: string, timeZone: string): Date {
  const guess = Date.parse(`${day}T00:00:00Z`);
  const shown = districtParts(new Date(guess), timeZone);
  return new Date(guess - (Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute) - guess));
}

/** A calendar year in the district: its first and last days, and the instants [from, until) for datetime columns. */
export function districtYear(year: number, timeZone: string): { firstDay: string; lastDay: string; from: Date; until: Date } {
  return {
    firstDay: `${year}-01-01`,
    lastDay: `${year}-12-31`,
    from: startOfDistrictDay(`${year}-01-01`, timeZone),
    until: startOfDistrictDay(`${year + 1}-01-01`, timeZone),
  };
}

/**
 * 逾期: first submitted after the deadline's day (district date), or not submitted and the deadline
 * has passed. Null when the district set no deadline for the year.
 */
export function isLate(report: { firstSubmittedAt: Date | null }, dueOn: string | null, today: string, timeZone: string): boolean | null {
  if (dueOn === null) return null;
  if (report.firstSubmittedAt) return districtDate(report.firstSubmittedAt, timeZone) > dueOn;
  return today > dueOn;
}
