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
    DRAFT: { description: "草稿: being written by the unit's CDO; its figures are refreshed from the catalog on request." },
    SUBMITTED: { description: "已提交: waiting for the district office; its figures are frozen." },
    RETURNED: { description: "已退回: returned with comments; the CDO edits and resubmits." },
    ACCEPTED: { description: "已通过: accepted by the district office; final." },
  },
});

/** 审阅记录的动作: what a step of the review did. */
export enum AnnualReportReviewAction {
  SUBMITTED = "SUBMITTED",
  RETURNED = "RETURNED",
  ACCEPTED = "ACCEPTED",
}

registerEnumType(AnnualReportReviewAction, {
  name: "AnnualReportReviewAction",
  description: "审阅动作: a submission by the CDO, or the district office's return or acceptance.",
  valuesConfig: {
    SUBMITTED: { description: "提交: the CDO submitted (or resubmitted) the report." },
    RETURNED: { description: "退回: the district office returned it with comments." },
    ACCEPTED: { description: "通过: the district office accepted it." },
  },
});

/** 述职报告的四个部分 (DOMAIN §6). */
export enum AnnualReportSectionKind {
  DATA_AGGREGATION = "DATA_AGGREGATION",
  OPEN_SHARING = "OPEN_SHARING",
  APPLICATION_INNOVATION = "APPLICATION_INNOVATION",
  SECURITY_PROTECTION = "SECURITY_PROTECTION",
}

registerEnumType(AnnualReportSectionKind, {
  name: "AnnualReportSectionKind",
  description: "述职报告的部分: the report's four sections, in their printed order.",
  valuesConfig: {
    DATA_AGGREGATION: { description: "一、数据汇聚: data aggregation — the inventory and its quality." },
    OPEN_SHARING: { description: "二、开放共享: open sharing — sharing requests decided and data opened." },
    APPLICATION_INNOVATION: { description: "三、应用创新: application innovation — innovation cases and IT projects reviewed." },
    SECURITY_PROTECTION: { description: "四、安全保护: security protection — classified data and training." },
  },
});
