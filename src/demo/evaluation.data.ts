// 履职评价演示数据 (DOMAIN §6): the district's indicator system for the demo's year — eight indicators,
// seven computed from the demo catalog and one scored by the district office — and the office's
// manual scores of the unit CDOs, by unit code (tianning.data.ts). A unit not listed gets the default.

export const demoEvaluationScheme = {
  title: "天宁区首席数据官年度履职评价指标体系",
  indicators: [
    { category: "DATA_AGGREGATION", name: "职能数据清单覆盖率", weight: "15", method: "COMPUTED", metric: "INVENTORY_COVERAGE", zeroPoint: "0", fullPoint: "100" },
    { category: "DATA_AGGREGATION", name: "数据质量得分", weight: "15", method: "COMPUTED", metric: "QUALITY_SCORE", zeroPoint: "60", fullPoint: "95" },
    { category: "OPEN_SHARING", name: "共享申请办理时长", weight: "10", method: "COMPUTED", metric: "SHARING_TURNAROUND", zeroPoint: "10", fullPoint: "2" },
    { category: "OPEN_SHARING", name: "共享申请按期办结率", weight: "10", method: "COMPUTED", metric: "REQUESTS_FULFILLED", zeroPoint: "0", fullPoint: "100" },
    { category: "OPEN_SHARING", name: "年度开放数据集", weight: "10", method: "COMPUTED", metric: "OPEN_DATASETS", zeroPoint: "0", fullPoint: "2" },
    { category: "DUTY_ASSURANCE", name: "首席数据官培训学时", weight: "10", method: "COMPUTED", metric: "TRAINING_HOURS", zeroPoint: "0", fullPoint: "6" },
    { category: "DUTY_ASSURANCE", name: "年度述职报告按时提交", weight: "10", method: "COMPUTED", metric: "REPORT_ON_TIME", zeroPoint: "0", fullPoint: "100" },
    { category: "APPLICATION_INNOVATION", name: "融合创新与安全保护(区办评定)", weight: "20", method: "MANUAL" },
  ],
} as const;

export const demoManualScores: Record<string, { score: string; reason: string }> = {
  "320402003": { score: "92", reason: "牵头网格数据与部门数据融合应用试点,全年未发生数据安全事件。" },
  "320402004": { score: "78", reason: "数据安全培训未开展,联席会议委托出席;融合应用按计划推进。" },
  "320402-B03": { score: "88", reason: "社会救助数据产品上线运行,数据安全自查整改到位。" },
  "320402-B12": { score: "75", reason: "医疗机构执业信息共享目录报送及时,但存在逾期未答复的共享申请。" },
  "320402-KFQ": { score: "90", reason: "企业服务数据专题库建成,参加公共数据开发利用试点。" },
};
export const demoManualDefault = { score: "82", reason: "按期完成区办部署的数据安全自查和融合应用任务。" };
