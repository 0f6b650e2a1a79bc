import { registerEnumType } from "type-graphql";

/** 年度述职报告的状态 (DOMAIN §6): draft → submitted → accepted, or returned with comments and resubmitted. */
export enum AnnualReportStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  RETURNED = "RETURNED",
  ACCEPTED = "ACCEPTED",
}

registerEnumType(AnnualReportStatus, {
  name: "AnnualReportStatus",
  description: "年度述职报告状态: the annual report's place in its review.",
  valuesConfig: {
    DRAFT: { description: "草稿: being written by the unit's CDO; its figures follow the catalog." },
    SUBMITTED: { description: "已提交: waiting for the district office; its figures are frozen." },
    RETURNED: { description: "已退回: returned with comments; the CDO edits and resubmits." },
    ACCEPTED: { description: "已通过: accepted by the district office; final." },
  },
});
