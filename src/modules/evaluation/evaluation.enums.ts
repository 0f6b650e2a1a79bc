import { registerEnumType } from "type-graphql";

/** 指标类别 (DOMAIN §6): the four sections of the CDO's duties, and the assurance of the role itself. */
export enum IndicatorCategory {
  DATA_AGGREGATION = "DATA_AGGREGATION",
  OPEN_SHARING = "OPEN_SHARING",
  APPLICATION_INNOVATION = "APPLICATION_INNOVATION",
  SECURITY_PROTECTION = "SECURITY_PROTECTION",
  DUTY_ASSURANCE = "DUTY_ASSURANCE",
}

/** 评分方式: computed from the catalog by a named metric, or scored by hand by the district office. */
export enum IndicatorMethod {
  COMPUTED = "COMPUTED",
  MANUAL = "MANUAL",
}

/** 计算指标: the metrics the catalog computes for every unit at once (the catalogue is evaluation.metrics.ts). */
export enum EvaluationMetric {
  INVENTORY_COVERAGE = "INVENTORY_COVERAGE",
  QUALITY_SCORE = "QUALITY_SCORE",
  SHARING_TURNAROUND = "SHARING_TURNAROUND",
  REQUESTS_FULFILLED = "REQUESTS_FULFILLED",
  OPEN_DATASETS = "OPEN_DATASETS",
  TRAINING_HOURS = "TRAINING_HOURS",
  REPORT_ON_TIME = "REPORT_ON_TIME",
  FINDINGS_RESOLVED = "FINDINGS_RESOLVED",
}

/** 评价等次. */
export enum EvaluationGrade {
  EXCELLENT = "EXCELLENT",
  GOOD = "GOOD",
  PASS = "PASS",
  FAIL = "FAIL",
}

/** A scheme version: editable while a draft, frozen once published. */
export enum EvaluationSchemeStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}

/** A run: a draft to look at, or published (final). */
export enum EvaluationRunStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}

/** The order of a run's results. */
export enum EvaluationResultOrder {
  RANK_ASC = "RANK_ASC",
  RANK_DESC = "RANK_DESC",
}

registerEnumType(IndicatorCategory, {
  name: "IndicatorCategory",
  description: "指标类别: which part of the CDO's duties an indicator measures.",
  valuesConfig: {
    DATA_AGGREGATION: { description: "数据汇聚: data aggregation (inventory, quality)." },
    OPEN_SHARING: { description: "开放共享: open sharing." },
    APPLICATION_INNOVATION: { description: "应用创新: application innovation." },
    SECURITY_PROTECTION: { description: "安全保护: security protection." },
    DUTY_ASSURANCE: { description: "履职保障: the role's own duties (training, reporting)." },
  },
});

registerEnumType(IndicatorMethod, {
  name: "IndicatorMethod",
  description: "评分方式: computed by a named metric, or scored by hand with a reason.",
  valuesConfig: {
    COMPUTED: { description: "系统计算: computed from the catalog by a metric and a linear scoring rule." },
    MANUAL: { description: "人工评分: scored 0–100 per unit by the district office, with a reason." },
  },
});

registerEnumType(EvaluationMetric, {
  name: "EvaluationMetric",
  description:
    "计算指标: a metric the catalog computes for every unit of the district in one statement or two (see `evaluationMetrics` for units and formulas).",
  valuesConfig: {
    INVENTORY_COVERAGE: { description: "清单覆盖率: the unit's functions served by at least one catalogued resource, over its functions (%)." },
    QUALITY_SCORE: { description: "数据质量得分: the year's overall quality score of the unit's resources (mean of the dimensions' yearly means)." },
    SHARING_TURNAROUND: { description: "共享申请办理时长: median working days to decide the sharing requests the unit received (lower is better)." },
    REQUESTS_FULFILLED: { description: "共享申请按期办结率: requests received and due in the year decided by their deadline, over those due (%)." },
    OPEN_DATASETS: { description: "开放数据集数: open datasets the unit published (issued) in the year." },
    TRAINING_HOURS: { description: "培训学时: hours of training the unit's CDO attended in the year." },
    REPORT_ON_TIME: { description: "述职报告按时提交: 100 when the year's annual report was first submitted by the deadline, else 0." },
    FINDINGS_RESOLVED: {
      description: "问题整改率: the share of the findings open at some time in the year (from the findings ledger) that were resolved by the run's day.",
    },
  },
});

registerEnumType(EvaluationGrade, {
  name: "EvaluationGrade",
  description: "评价等次: the grade a total earns under the scheme's thresholds.",
  valuesConfig: {
    EXCELLENT: { description: "优秀: at or above the excellent threshold (default 90)." },
    GOOD: { description: "良好: at or above the good threshold (default 80)." },
    PASS: { description: "合格: at or above the pass threshold (default 60)." },
    FAIL: { description: "不合格: below the pass threshold." },
  },
});

registerEnumType(EvaluationSchemeStatus, {
  name: "EvaluationSchemeStatus",
  description: "Where a scheme version stands (评价指标体系版本状态).",
  valuesConfig: {
    DRAFT: { description: "草稿: editable; cannot be run." },
    PUBLISHED: { description: "已发布: frozen; runs and manual scores use it; changing it makes a new version." },
  },
});

registerEnumType(EvaluationRunStatus, {
  name: "EvaluationRunStatus",
  description: "Where a run stands (评价结果状态).",
  valuesConfig: {
    DRAFT: { description: "试算: a run to check; it may be run again." },
    PUBLISHED: { description: "已发布: final; never rewritten." },
  },
});

registerEnumType(EvaluationResultOrder, {
  name: "EvaluationResultOrder",
  description: "The order of a run's results.",
  valuesConfig: {
    RANK_ASC: { description: "Best first (rank 1 first; ties in a fixed order: unit code, then ID)." },
    RANK_DESC: { description: "Lowest rank first (the reverse)." },
  },
});
