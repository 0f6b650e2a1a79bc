import { registerEnumType } from "type-graphql";

/** 数据质量维度: the policy's five dimensions (天宁区首席数据官制度, DOMAIN §3). */
export enum QualityDimension {
  AUTHENTICITY = "AUTHENTICITY",
  ACCURACY = "ACCURACY",
  COMPLETENESS = "COMPLETENESS",
  TIMELINESS = "TIMELINESS",
  AVAILABILITY = "AVAILABILITY",
}

export const QUALITY_DIMENSIONS: readonly QualityDimension[] = Object.values(QualityDimension);

/** Where a measurement comes from. CATALOG is the catalog's own checks, never sent by a client. */
export enum QualitySource {
  MANUAL = "MANUAL",
  AUTOMATED = "AUTOMATED",
  EXTERNAL_PLATFORM = "EXTERNAL_PLATFORM",
  CATALOG = "CATALOG",
}

/** What a quality rule checks (GB/T 36344 sub-indicators). */
export enum QualityCheckKind {
  NOT_NULL = "NOT_NULL",
  FORMAT = "FORMAT",
  VALUE_RANGE = "VALUE_RANGE",
  UNIQUENESS = "UNIQUENESS",
  REFERENCE = "REFERENCE",
  CONSISTENCY = "CONSISTENCY",
  FRESHNESS = "FRESHNESS",
  ACCESSIBILITY = "ACCESSIBILITY",
  SOURCE_VERIFICATION = "SOURCE_VERIFICATION",
  CUSTOM = "CUSTOM",
}

/** Buckets of a trend. */
export enum TrendGranularity {
  DAY = "DAY",
  WEEK = "WEEK",
  MONTH = "MONTH",
}

/** 数据纠错 workflow states. */
export enum QualityIssueState {
  REPORTED = "REPORTED",
  ACCEPTED = "ACCEPTED",
  RECTIFIED = "RECTIFIED",
  VERIFIED = "VERIFIED",
  REJECTED = "REJECTED",
  REOPENED = "REOPENED",
}

const described = <E extends Record<string, string>>(values: Record<keyof E, string>) =>
  Object.fromEntries(Object.entries(values).map(([key, description]) => [key, { description }])) as Record<keyof E, { description: string }>;

registerEnumType(QualityDimension, {
  name: "QualityDimension",
  description: "数据质量维度: the policy's five dimensions, each mapped to GB/T 36344-2018 where they meet.",
  valuesConfig: described<typeof QualityDimension>({
    AUTHENTICITY:
      "真实性: the data reflects what really happened (GB/T 36344 has no own indicator; checked against the source system or authoritative records).",
    ACCURACY: "准确性 (GB/T 36344 准确性 and 规范性): content correct, formats compliant, no duplicates, unique keys unique.",
    COMPLETENESS: "完整性 (GB/T 36344 完整性): elements and records filled in; the catalog also checks its own metadata.",
    TIMELINESS: "时效性 (GB/T 36344 时效性): updated as often as declared; the catalog checks the last update against the update frequency.",
    AVAILABILITY: "可用性 (GB/T 36344 可访问性 and 一致性): reachable and usable by consumers as catalogued.",
  }),
});
registerEnumType(QualitySource, {
  name: "QualitySource",
  description: "测量来源: who or what made a measurement.",
  valuesConfig: described<typeof QualitySource>({
    MANUAL: "人工检查: a person's check.",
    AUTOMATED: "自动检查: an automated check run by the unit.",
    EXTERNAL_PLATFORM: "外部平台: a measurement from another platform (e.g. the city's data-sharing platform).",
    CATALOG: "目录自检: the catalog's own checks (timeliness, metadata completeness); recorded by the server only.",
  }),
});
registerEnumType(QualityCheckKind, {
  name: "QualityCheckKind",
  description: "校验类型: what a quality rule checks (after GB/T 36344's sub-indicators).",
  valuesConfig: described<typeof QualityCheckKind>({
    NOT_NULL: "非空: element completeness.",
    FORMAT: "格式: format compliance.",
    VALUE_RANGE: "值域: values within their domain.",
    UNIQUENESS: "唯一性: no duplicate keys.",
    REFERENCE: "参照完整性: references resolve.",
    CONSISTENCY: "一致性: consistent with related data.",
    FRESHNESS: "及时性: updated in time.",
    ACCESSIBILITY: "可访问性: the interface or file is reachable.",
    SOURCE_VERIFICATION: "来源核验: checked against the authoritative source.",
    CUSTOM: "自定义: any other check, described in the rule.",
  }),
});
registerEnumType(TrendGranularity, {
  name: "TrendGranularity",
  description: "趋势粒度: the buckets of a trend, as civil dates in the district's time zone.",
  valuesConfig: described<typeof TrendGranularity>({
    DAY: "按日: one point per day.",
    WEEK: "按周: one point per ISO week (Monday to Sunday), dated by its Monday.",
    MONTH: "按月: one point per calendar month, dated by its first day.",
  }),
});
registerEnumType(QualityIssueState, {
  name: "QualityIssueState",
  description: "数据纠错状态: REPORTED → ACCEPTED → RECTIFIED → VERIFIED; REPORTED → REJECTED; RECTIFIED → REOPENED → RECTIFIED.",
  valuesConfig: described<typeof QualityIssueState>({
    REPORTED: "已提交: reported, waiting for the provider.",
    ACCEPTED: "已受理: the provider accepted it and is rectifying.",
    RECTIFIED: "已整改: the provider says it is fixed; waiting for the reporter's (or the district office's) verification.",
    VERIFIED: "已核验: verified as fixed (closed).",
    REJECTED: "已驳回: the provider rejected it with a reason (closed).",
    REOPENED: "已重新打开: the verification failed; back with the provider.",
  }),
});
