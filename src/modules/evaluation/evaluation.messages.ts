import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";

/** Everything the evaluation module says to people, Chinese first. */
export const evaluationMessages = {
  schemeNotFound: text("评价指标体系不存在。", "Evaluation scheme not found."),
  indicatorNotFound: text("评价指标不存在。", "Evaluation indicator not found."),
  runNotFound: text("评价结果不存在。", "Evaluation run not found."),
  runOrYear: text("请给出评价批次(runId)或年度(year)。", "Give the run (runId) or the year."),
  unitNotFound: text("单位不存在。", "Unit not found."),
  notDistrict: text("评价指标体系须建在区(根单位)上。", "An evaluation scheme belongs to a district (a root unit)."),
  /** What district administrators alone may do (the verb phrase of "只有区级管理员可以…"). */
  manageEvaluations: text("管理履职评价", "manage evaluations"),
  published: text("该版本已发布,不能修改;请修订为新版本。", "This version is published and frozen; revise it into a new version."),
  notPublished: text("评价指标体系尚未发布。", "The evaluation scheme is not published yet."),
  runPublished: text("该评价结果已发布,不能修改。", "This evaluation run is published and final."),
  weightsNot100: (total: string) => text(`各指标权重之和须为 100,当前为 ${total}。`, `The indicators' weights must sum to 100; they sum to ${total}.`),
  noIndicators: text("请至少设置一项指标。", "Give at least one indicator."),
  manualScoreMissing: (indicator: string, unit: string) =>
    text(`人工评分指标「${indicator}」尚未给${unit}评分。`, `Manual indicator "${indicator}" has no score for ${unit} yet.`),
  notManual: text("只有人工评分指标可以人工评分。", "Only a MANUAL indicator is scored by hand."),
  unitNotEvaluated: text(
    "该单位不在本区履职评价范围内(须为应设首席数据官的单位)。",
    "The unit is not evaluated by this district (it must be a unit that has a CDO).",
  ),
  metricRequired: text("系统计算指标须指定计算指标及满分点、零分点。", "A COMPUTED indicator names its metric, its zero point and its full point."),
  manualTakesNoMetric: text("人工评分指标不设计算指标和评分点。", "A MANUAL indicator has no metric or points."),
  pointsEqual: text("满分点与零分点不能相同。", "The full point and the zero point must differ."),
  reasonRequired: text("人工评分须填写理由(1 到 1000 个字符)。", "A manual score needs a reason (1 to 1,000 characters)."),
  decimal: (min: string, max: string) =>
    text(`须为 ${min} 到 ${max} 之间的小数,最多两位小数(如 "12.5")。`, `Must be a decimal from ${min} to ${max}, with at most two decimals (e.g. "12.5").`),
  thresholds: text("等次分数线须为 优秀 ≥ 良好 ≥ 合格。", "Grade thresholds must be excellent ≥ good ≥ pass."),
  year: text("年份须在 2000 到 2100 之间。", "The year must be from 2000 to 2100."),
  textLength: (max: number) => text(`内容须为 1 到 ${max} 个字符。`, `The text must be 1 to ${max} characters.`),
  tooMany: (max: number) => text(`最多 ${max} 项。`, `At most ${max} entries.`),
  noData: text("本年度无可计算的数据", "nothing to measure this year"),
};

registerEnumLabels("IndicatorCategory", {
  DATA_AGGREGATION: text("数据汇聚", "Data aggregation"),
  OPEN_SHARING: text("开放共享", "Open sharing"),
  APPLICATION_INNOVATION: text("应用创新", "Application innovation"),
  SECURITY_PROTECTION: text("安全保护", "Security protection"),
  DUTY_ASSURANCE: text("履职保障", "Duty assurance"),
});
registerEnumLabels("IndicatorMethod", {
  COMPUTED: text("系统计算", "Computed"),
  MANUAL: text("人工评分", "Manual"),
});
export const evaluationMetricLabels = registerEnumLabels("EvaluationMetric", {
  INVENTORY_COVERAGE: text("清单覆盖率", "Inventory coverage"),
  QUALITY_SCORE: text("数据质量得分", "Quality score"),
  SHARING_TURNAROUND: text("共享申请办理时长", "Sharing turnaround"),
  REQUESTS_FULFILLED: text("共享申请按期办结率", "Requests decided on time"),
  OPEN_DATASETS: text("开放数据集数", "Open datasets"),
  TRAINING_HOURS: text("培训学时", "Training hours"),
  REPORT_ON_TIME: text("述职报告按时提交", "Annual report on time"),
  FINDINGS_RESOLVED: text("问题整改率", "Findings resolved"),
});
registerEnumLabels("EvaluationGrade", {
  EXCELLENT: text("优秀", "Excellent"),
  GOOD: text("良好", "Good"),
  PASS: text("合格", "Pass"),
  FAIL: text("不合格", "Fail"),
});
registerEnumLabels("EvaluationSchemeStatus", {
  DRAFT: text("草稿", "Draft"),
  PUBLISHED: text("已发布", "Published"),
});
registerEnumLabels("EvaluationRunStatus", {
  DRAFT: text("试算", "Draft"),
  PUBLISHED: text("已发布", "Published"),
});
registerEnumLabels("EvaluationResultOrder", {
  RANK_ASC: text("按排名升序", "Rank, best first"),
  RANK_DESC: text("按排名降序", "Rank, lowest first"),
});
