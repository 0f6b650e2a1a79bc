import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";
import { FindingKind, FindingSeverity } from "./findings.enums";

/** Everything the findings module says to people, Chinese first. */
export const findingMessages = {
  unitNotFound: text("单位不存在。", "Unit not found."),
  tooManyValues: (max: number) => text(`最多选择 ${max} 项。`, `Choose at most ${max} values.`),
  missingCdo: (unit: string, since: string | null) =>
    text(
      `${unit}没有在任的首席数据官${since ? `(自 ${since} 起空缺)` : ""},请尽快选聘。`,
      `${unit} has no CDO in office${since ? ` (vacant since ${since})` : ""}: appoint one.`,
    ),
  missingSpecialist: (unit: string, since: string | null) =>
    text(
      `${unit}没有在任的数据专员${since ? `(自 ${since} 起空缺)` : ""},请尽快确定。`,
      `${unit} has no data specialist in office${since ? ` (vacant since ${since})` : ""}: appoint one.`,
    ),
  qualificationException: (unit: string, reason: string) =>
    text(
      `${unit}首席数据官系例外选聘,不符合选聘条件(例外理由:${reason})。`,
      `${unit}'s CDO was appointed by exception to the qualification (reason: ${reason}).`,
    ),
  specialistOutsidePosition: (unit: string) =>
    text(`${unit}数据专员不是责任科室或下属单位负责人。`, `${unit}'s data specialist is not the head of the responsible section or of a subordinate unit.`),
  resourceStale: (resource: string, period: number, since: string) =>
    text(
      `数据资源“${resource}”超过更新周期(${period} 天)未更新,自 ${since} 起过期。`,
      `Data resource "${resource}" has not been updated within its period (${period} days): stale since ${since}.`,
    ),
  qualityBelowTarget: (resource: string, dimensions: string) =>
    text(`数据资源“${resource}”质量低于目标:${dimensions}。`, `Data resource "${resource}" scores below target: ${dimensions}.`),
  qualityIssueOverdue: (title: string, due: string) =>
    text(`数据纠错“${title}”已超过整改期限 ${due},仍未整改。`, `Quality issue "${title}" is past its due date ${due} and still open.`),
  sharingDecisionOverdue: (resource: string, consumer: string, due: string) =>
    text(
      `${consumer}对“${resource}”的共享申请已超过答复期限 ${due},仍未答复。`,
      `${consumer}'s sharing request for "${resource}" is past its decision deadline ${due}.`,
    ),
  openedAgainstRules: (title: string, rule: string) =>
    text(`开放数据集“${title}”违反开放规则:${rule}`, `Open dataset "${title}" breaks the opening rules: ${rule}`),
  actionItemOverdue: (task: string, due: string) =>
    text(`联席会议督办事项“${task}”已超过办结期限 ${due},仍未办结。`, `Action item "${task}" is past its due date ${due} and still open.`),
  noDataSecurityTraining: (unit: string, year: number) =>
    text(`${unit} ${year} 年度尚未开展数据安全培训。`, `${unit} has held no data-security training in ${year}.`),
  annualReportMissing: (unit: string, year: number, due: string) =>
    text(`${unit} ${year} 年度述职报告提交期限 ${due} 已过,仍未提交。`, `${unit}'s ${year} annual report was due on ${due} and has not been submitted.`),
  annualReportLate: (unit: string, year: number, due: string, submitted: string) =>
    text(
      `${unit} ${year} 年度述职报告于 ${submitted} 提交,晚于期限 ${due}。`,
      `${unit}'s ${year} annual report was first submitted on ${submitted}, after the deadline ${due}.`,
    ),
};

export const FindingKindLabels = registerEnumLabels("FindingKind", {
  UNIT_MISSING_CDO: text("缺少首席数据官", "Unit without a CDO"),
  UNIT_MISSING_SPECIALIST: text("缺少数据专员", "Unit without a data specialist"),
  CDO_QUALIFICATION_EXCEPTION: text("例外选聘首席数据官", "CDO appointed by exception"),
  SPECIALIST_OUTSIDE_POSITION: text("数据专员任职不符", "Specialist outside the expected position"),
  RESOURCE_STALE: text("资源未按期更新", "Resource not updated on time"),
  QUALITY_BELOW_TARGET: text("质量低于目标", "Quality below target"),
  QUALITY_ISSUE_OVERDUE: text("数据纠错逾期", "Overdue quality issue"),
  SHARING_DECISION_OVERDUE: text("共享申请逾期未答复", "Overdue sharing decision"),
  OPENED_AGAINST_RULES: text("违规开放", "Opened against the rules"),
  ACTION_ITEM_OVERDUE: text("督办事项逾期", "Overdue action item"),
  NO_DATA_SECURITY_TRAINING: text("未开展数据安全培训", "No data-security training this year"),
  ANNUAL_REPORT_MISSING: text("述职报告未提交", "Annual report missing"),
  ANNUAL_REPORT_LATE: text("述职报告逾期提交", "Annual report late"),
} satisfies Record<FindingKind, unknown>);

export const FindingSeverityLabels = registerEnumLabels("FindingSeverity", {
  HIGH: text("高", "High"),
  MEDIUM: text("中", "Medium"),
  LOW: text("低", "Low"),
} satisfies Record<FindingSeverity, unknown>);
