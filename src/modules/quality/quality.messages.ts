import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";
import type { QualityIssueState } from "./quality.enums";

/** Every text of the quality module a person reads: Simplified Chinese first, English second. */
export const qualityMessages = {
  batchTooLarge: (max: number, given: number) =>
    text(`一次最多提交 ${max} 条质量测量,本次为 ${given} 条。`, `At most ${max} measurements at once (got ${given}).`),
  columnLength: (field: string, expected: number, given: number) =>
    text(
      `${field} 须与 measuredAt 一样有 ${expected} 项(本次为 ${given} 项),或整列省略。`,
      `${field} must have as many items as measuredAt (${expected}, got ${given}), or be left out.`,
    ),
  row: (index: number) => text(`第 ${index + 1} 条(index ${index}):`, `Row ${index + 1} (index ${index}): `),
  subjectRequired: text("请给出 ruleId,或同时给出 resourceId 和 dimension。", "Give a ruleId, or a resourceId with a dimension."),
  scoreOrRate: text("请给出 score(0–100),或 passed 与 total(X = A/B),二者只能选一。", "Give either a score (0–100) or passed and total (X = A/B), not both."),
  scoreRange: text("得分须在 0 到 100 之间。", "The score must be from 0 to 100."),
  rateCounts: text("passed 与 total 须为整数,且 0 ≤ passed ≤ total,total ≥ 1。", "passed and total must be integers with 0 ≤ passed ≤ total and total ≥ 1."),
  measuredAtRange: text("测量时间须在 2000 年之后,且不晚于当前时间。", "measuredAt must be after 2000 and not in the future."),
  noteTooLong: (max: number) => text(`备注不能超过 ${max} 个字符。`, `The note is at most ${max} characters.`),
  sourceReserved: text("来源 CATALOG 仅用于目录自检,不能由客户端提交。", "Source CATALOG is the catalog's own checks: clients cannot record it."),
  ruleInactive: text("该质量规则已停用,不能再记录其测量。", "The quality rule is inactive: no measurements can be recorded for it."),
  ruleMismatch: (field: string) => text(`${field} 与该质量规则不一致。`, `${field} differs from the quality rule's.`),
  resourceNotFound: text("数据资源不存在。", "Data resource not found."),
  ruleNotFound: text("质量规则不存在。", "Quality rule not found."),
  issueNotFound: text("纠错工单不存在。", "Quality issue not found."),
  unitNotFound: text("单位不存在。", "Unit not found."),
  itemNotOfResource: text("该信息项不属于此数据资源。", "The item is not an item of this resource."),
  notEditor: (unitName: string) =>
    text(
      `只有${unitName}的数据专员、首席数据官或区管理员可以记录其数据质量。`,
      `Only ${unitName}'s data specialist or CDO, or district administrators, record its quality.`,
    ),
  targetRange: text("目标分须在 0 到 100 之间。", "The target score must be from 0 to 100."),
  descriptionLength: (max: number) => text(`说明须为 1 到 ${max} 个字符。`, `The description must be 1 to ${max} characters.`),
  trendRange: (max: number) => text(`趋势区间须从 from 到 to,且不超过 ${max} 天。`, `A trend runs from \`from\` to \`to\`, at most ${max} days.`),
  reasonRequired: text("请填写理由。", "Give a reason."),
  textLength: (max: number) => text(`内容须为 1 到 ${max} 个字符。`, `The text must be 1 to ${max} characters.`),
  issueProviderOnly: (unitName: string) =>
    text(
      `只有提供方(${unitName})的数据专员或首席数据官可以受理、整改或驳回纠错。`,
      `Only the provider's (${unitName}) data specialist or CDO accept, rectify or reject an issue.`,
    ),
  issueVerifierOnly: text("只有纠错提交人或区数据管理部门可以核验或重新打开纠错。", "Only the reporter or the district office verify or reopen an issue."),
  cannot: (action: string, state: QualityIssueState) =>
    text(`纠错工单当前为 ${stateLabels[state]},不能${actionLabels[action] ?? action}。`, `The issue is ${state}: it cannot be ${action}.`),
  catalogCompleteness: (passed: number, total: number) =>
    text(`目录元数据完整性:${passed}/${total} 项已填写。`, `Catalog metadata completeness: ${passed} of ${total} filled in.`),
  catalogTimeliness: (days: number, period: number) =>
    text(`距上次更新 ${days} 天,声明的更新周期为 ${period} 天。`, `${days} days since the last update; the declared update period is ${period} days.`),
};

const stateLabels: Record<QualityIssueState, string> = {
  REPORTED: "已提交",
  ACCEPTED: "已受理",
  RECTIFIED: "已整改",
  VERIFIED: "已核验",
  REJECTED: "已驳回",
  REOPENED: "已重新打开",
};

const actionLabels: Record<string, string> = {
  accepted: "受理",
  rejected: "驳回",
  rectified: "整改",
  verified: "核验",
  reopened: "重新打开",
};

/** The dimensions' names (labels of the enum's values). */
export const dimensionLabels = {
  AUTHENTICITY: text("真实性", "Authenticity"),
  ACCURACY: text("准确性", "Accuracy"),
  COMPLETENESS: text("完整性", "Completeness"),
  TIMELINESS: text("时效性", "Timeliness"),
  AVAILABILITY: text("可用性", "Availability"),
} as const;

// The labels as data (enumLabels), under the GraphQL enums' names.
registerEnumLabels("QualityDimension", dimensionLabels);
registerEnumLabels("QualityIssueState", {
  REPORTED: text("已提交", "Reported"),
  ACCEPTED: text("已受理", "Accepted"),
  RECTIFIED: text("已整改", "Rectified"),
  VERIFIED: text("已核验", "Verified"),
  REJECTED: text("已驳回", "Rejected"),
  REOPENED: text("已重新打开", "Reopened"),
});
registerEnumLabels("QualitySource", {
  MANUAL: text("人工填报", "Manual"),
  AUTOMATED: text("自动检测", "Automated check"),
  EXTERNAL_PLATFORM: text("外部平台", "External platform"),
  CATALOG: text("目录自检", "The catalog's own check"),
});
registerEnumLabels("QualityCheckKind", {
  NOT_NULL: text("非空检查", "Not null"),
  FORMAT: text("格式检查", "Format"),
  VALUE_RANGE: text("值域检查", "Value range"),
  UNIQUENESS: text("唯一性检查", "Uniqueness"),
  REFERENCE: text("引用一致性检查", "Reference"),
  CONSISTENCY: text("一致性检查", "Consistency"),
  FRESHNESS: text("更新及时性检查", "Freshness"),
  ACCESSIBILITY: text("可访问性检查", "Accessibility"),
  SOURCE_VERIFICATION: text("来源核验", "Source verification"),
  CUSTOM: text("自定义检查", "Custom"),
});
registerEnumLabels("TrendGranularity", {
  DAY: text("按日", "Daily"),
  WEEK: text("按周", "Weekly"),
  MONTH: text("按月", "Monthly"),
});
