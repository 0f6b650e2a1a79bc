/** The reports module's front door (DOMAIN §6, 年度述职报告): each unit CDO's annual report and the district's deadlines. */
import type { NodeType } from "../../common/node";
import { AnnualReport, AnnualReportDeadline, AnnualReportReview } from "./annual-report.entity";
import { reportNodeTypes } from "./reports.loaders";
import { AnnualReportResolver, AnnualReportReviewResolver, ReportsResolver, UnitAnnualReportResolver } from "./reports.resolver";

export { AnnualReport, AnnualReportDeadline };
export * from "./reports.enums";
/** The one definition of "late" (findings and evaluation may use it). */
export { isLate } from "./reports.policy";
export { ReportErrorCode } from "./reports.errors";
export {
  acceptAnnualReport,
  createAnnualReport,
  refreshAnnualReportFigures,
  returnAnnualReport,
  setAnnualReportDeadline,
  submitAnnualReport,
  updateAnnualReport,
} from "./reports.service";
/** GET /reports/annual/<id>.html (mounted by src/app.ts). */
export { annualReportPrintRoute } from "./reports.route";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers: Function[] = [ReportsResolver, AnnualReportResolver, AnnualReportReviewResolver, UnitAnnualReportResolver];
export const entities = [AnnualReport, AnnualReportReview, AnnualReportDeadline];
export const nodeTypes: NodeType[] = reportNodeTypes;
