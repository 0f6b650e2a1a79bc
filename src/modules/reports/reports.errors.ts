import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The annual-report rules (DOMAIN §6), each broken rule and each illegal transition with its own stable code. */
export enum ReportErrorCode {
  /** A unit has one report per year. */
  ANNUAL_REPORT_EXISTS = "ANNUAL_REPORT_EXISTS",
  /** Only units that must have a CDO (dev zone, towns, streets, departments) report. */
  ANNUAL_REPORT_UNIT_NOT_REPORTING = "ANNUAL_REPORT_UNIT_NOT_REPORTING",
  /** Only the unit's own CDO in office writes, refreshes and submits its report (not the district, not a CDO above it). */
  ANNUAL_REPORT_NOT_UNIT_CDO = "ANNUAL_REPORT_NOT_UNIT_CDO",
  /** Edit, refresh or submit while the district office reviews it (SUBMITTED): its figures are frozen. */
  ANNUAL_REPORT_UNDER_REVIEW = "ANNUAL_REPORT_UNDER_REVIEW",
  /** Anything on an ACCEPTED report: it is final. */
  ANNUAL_REPORT_ALREADY_ACCEPTED = "ANNUAL_REPORT_ALREADY_ACCEPTED",
  /** Accept or return a report that is not submitted (DRAFT or RETURNED). */
  ANNUAL_REPORT_NOT_SUBMITTED = "ANNUAL_REPORT_NOT_SUBMITTED",
  /** Submit with a section's narrative still empty. */
  ANNUAL_REPORT_INCOMPLETE = "ANNUAL_REPORT_INCOMPLETE",
}

export class ReportError extends CatalogError {
  constructor(code: ReportErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
