import { registerEnumType } from "type-graphql";

/** 问题类型: what a finding is about (DOMAIN §1, §3–§6); each kind's rule and severity are in findings.policy.ts. */
export enum FindingKind {
  UNIT_MISSING_CDO = "UNIT_MISSING_CDO",
  UNIT_MISSING_SPECIALIST = "UNIT_MISSING_SPECIALIST",
  CDO_QUALIFICATION_EXCEPTION = "CDO_QUALIFICATION_EXCEPTION",
  SPECIALIST_OUTSIDE_POSITION = "SPECIALIST_OUTSIDE_POSITION",
  RESOURCE_STALE = "RESOURCE_STALE",
  QUALITY_BELOW_TARGET = "QUALITY_BELOW_TARGET",
  QUALITY_ISSUE_OVERDUE = "QUALITY_ISSUE_OVERDUE",
  SHARING_DECISION_OVERDUE = "SHARING_DECISION_OVERDUE",
  OPENED_AGAINST_RULES = "OPENED_AGAINST_RULES",
  ACTION_ITEM_OVERDUE = "ACTION_ITEM_OVERDUE",
  NO_DATA_SECURITY_TRAINING = "NO_DATA_SECURITY_TRAINING",
  ANNUAL_REPORT_MISSING = "ANNUAL_REPORT_MISSING",
  ANNUAL_REPORT_LATE = "ANNUAL_REPORT_LATE",
}

/** 严重程度, from the most to the least urgent. */
export enum FindingSeverity {
  HIGH = "HIGH",
  MEDIUM = "MEDIUM",
  LOW = "LOW",
}

registerEnumType(FindingKind, {
  name: "FindingKind",
  description: "问题类型: what a governance finding is about. Each value states its rule and severity (findings.policy.ts).",
  valuesConfig: {
    UNIT_MISSING_CDO: { description: "缺少首席数据官 (HIGH): a unit that must have a CDO (dev zone, town, street, department) has none in office today." },
    UNIT_MISSING_SPECIALIST: { description: "缺少数据专员 (MEDIUM): a unit that must have a data specialist has none in office today." },
    CDO_QUALIFICATION_EXCEPTION: { description: "例外选聘首席数据官 (LOW): the CDO in office was appointed by qualification exception." },
    SPECIALIST_OUTSIDE_POSITION: {
      description: "数据专员非责任科室或下属单位负责人 (LOW): the specialist in office is recorded outside the expected position (OTHER).",
    },
    RESOURCE_STALE: {
      description:
        "资源未按期更新 (MEDIUM): a catalogued resource (not retired) last updated more than one declared update period ago (the quality module's timeliness rule).",
    },
    QUALITY_BELOW_TARGET: { description: "质量低于目标 (MEDIUM): a resource whose latest score in some dimension is below its target (the quality roll-ups)." },
    QUALITY_ISSUE_OVERDUE: { description: "数据纠错逾期 (MEDIUM): a reported quality issue the provider still owes work on after its due date." },
    SHARING_DECISION_OVERDUE: { description: "共享申请逾期未答复 (HIGH): a pending sharing request past its decision deadline (working days)." },
    OPENED_AGAINST_RULES: {
      description:
        "违规开放 (HIGH): a published open dataset that the opening rules would refuse today (resource NOT_OPEN, core, sensitive opened unconditionally, retired…).",
    },
    ACTION_ITEM_OVERDUE: { description: "督办事项逾期 (MEDIUM): a joint meeting's action item still OPEN after its due date." },
    NO_DATA_SECURITY_TRAINING: {
      description: "本年度未开展数据安全培训 (LOW): a unit that must have a CDO held no data-security session of its own this year.",
    },
    ANNUAL_REPORT_MISSING: {
      description: "年度述职报告未提交 (HIGH): the latest year whose deadline has passed, and the unit's CDO report was never submitted.",
    },
    ANNUAL_REPORT_LATE: { description: "年度述职报告逾期提交 (LOW): the latest year whose deadline has passed, and the report was first submitted after it." },
  },
});

registerEnumType(FindingSeverity, {
  name: "FindingSeverity",
  description: "严重程度: how urgent a finding is (高/中/低).",
  valuesConfig: {
    HIGH: { description: "高: a rule of the CDO system broken outright (a missing CDO, late decisions, data opened against the rules, a missing report)." },
    MEDIUM: { description: "中: work owed and overdue." },
    LOW: { description: "低: recorded and reported, to be improved." },
  },
});
