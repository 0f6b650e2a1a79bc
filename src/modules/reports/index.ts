/** The reports module's front door (DOMAIN §6, 年度述职报告): each unit CDO's annual report and the district's deadlines. */
import type { NodeType } from "../../common/node";
import { AnnualReport, AnnualReportDeadline } from "./annual-report.entity";

export { AnnualReport, AnnualReportDeadline };
export * from "./reports.enums";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers: Function[] = [];
export const entities = [AnnualReport, AnnualReportDeadline];
export const nodeTypes: NodeType[] = [];
