// 治理工作演示数据 (DOMAIN §5): a joint meeting of unit CDOs with resolutions and action items (one
// overdue), the district's annual training plan and units' sessions (红梅街道 holds none on data
// security), and innovation cases using the demo inventory. Units by code, people by key
// (tianning.data.ts), resources by name (tianning-inventory.data.ts). Days are counted back from the
// day the demo is loaded, so the overdue item stays overdue.

export const demoMeeting = {
  title: "天宁区首席数据官联席会议(第三次)",
  daysAgo: 60,
  location: "区行政中心 5 楼第一会议室",
  invitedUnitCodes: ["320402003", "320402004", "320402-B03", "320402-B12", "320402-KFQ"],
  agenda: ["通报全区公共数据归集共享进展", "部署数据质量问题整改", "研究网格数据与部门数据融合应用"],
  attendance: [
    { unitCode: "320402003", attendance: "PRESENT" },
    { unitCode: "320402004", attendance: "DELEGATED", delegateKey: "p-hm-ds" },
    { unitCode: "320402-B03", attendance: "PRESENT" },
    { unitCode: "320402-B12", attendance: "ABSENT" },
    { unitCode: "320402-KFQ", attendance: "PRESENT" },
  ],
  resolutions: [
    {
      kind: "STRATEGIC_DECISION",
      content: "将公共数据按需归集、应归尽归纳入各单位年度首席数据官履职评价。",
      actionItems: [
        // Overdue: 15 working days from the meeting, still open.
        { unitCode: "320402003", task: "完成网格事件处置记录向区大数据平台的全量归集", dueInWorkingDays: 15 },
        { unitCode: "320402-B12", task: "梳理医疗机构执业信息共享目录并报区数据局", dueInWorkingDays: 20, doneNote: "已报送共享目录 1 份,含信息项 18 个。" },
      ],
    },
    {
      kind: "MAJOR_MATTER_COORDINATION",
      content: "协调民政、卫健与各街道共建养老服务数据专题库。",
      actionItems: [
        { unitCode: "320402-B03", task: "牵头制定养老服务数据专题库建设方案", dueInDays: 45 },
        { unitCode: "320402004", task: "提供辖区养老服务对象网格数据", dueInDays: 45, cancelReason: "并入区民政局专题库方案统一推进" },
      ],
    },
  ],
};

export const demoTrainingPlan = {
  title: "天宁区首席数据官年度培训计划",
  sessions: [
    { title: "公共数据安全管理业务培训", topic: "DATA_SECURITY", format: "BUSINESS_TRAINING", month: 3, hours: "3" },
    { title: "数据治理与共享技术交流", topic: "DIGITAL_SKILLS", format: "TECHNICAL_EXCHANGE", month: 6, hours: "2.5" },
    { title: "领导干部数字素养提升专题", topic: "DIGITAL_LITERACY", format: "BUSINESS_TRAINING", month: 10, hours: "1.5" },
  ],
};

/** Sessions held this year (month-day; a day still to come is recorded as today). unitCode "320402" is the district's own. */
export const demoTrainingSessions = [
  { unitCode: "320402", title: "数据治理与共享技术交流", topic: "DIGITAL_SKILLS", day: "06-12", hours: "2.5", attendeeKeys: ["p-cs-cdo", "p-hm-cdo", "p-mzj-cdo", "p-wjj-cdo"] },
  { unitCode: "320402003", title: "数据安全法与个人信息保护", topic: "DATA_SECURITY", day: "03-18", hours: "1.5", attendeeKeys: ["p-cs-cdo", "p-cs-ds"] },
  { unitCode: "320402-B12", title: "健康医疗数据安全分级保护", topic: "DATA_SECURITY", day: "05-20", hours: "3", attendeeKeys: ["p-wjj-cdo", "p-wjj-ds"] },
  { unitCode: "320402004", title: "社区工作者数字素养培训", topic: "DIGITAL_LITERACY", day: "09-09", hours: "2", attendeeKeys: ["p-hm-cdo", "p-hm-ds"] },
];

export const demoInnovationCases = [
  {
    leadUnitCode: "320402-B03",
    kind: "DATA_PRODUCT",
    title: "天宁智慧养老服务地图",
    summary: "融合养老服务机构名录与低保对象信息,为街道和社区提供养老服务供需地图。",
    year: 2025,
    resources: ["养老服务机构名录", "城乡低保对象信息"],
    unitCodes: ["320402003"],
  },
  {
    leadUnitCode: "320402-B12",
    kind: "PUBLIC_DATA_PILOT",
    title: "医疗机构信用画像公共数据开发利用试点",
    summary: "以医疗机构执业信息与市场主体登记信息为基础,形成医疗机构信用画像,服务行业监管。",
    year: 2026,
    resources: ["医疗机构执业信息", "市场主体登记信息"],
    unitCodes: ["320402-B18"],
  },
  {
    leadUnitCode: "320402003",
    kind: "COMPETITION_ENTRY",
    title: "网格事件智能分拨(数据开放应用创新大赛参赛作品)",
    summary: "利用网格事件处置记录与城管执法案件信息训练分拨模型,缩短事件流转时间。",
    year: 2026,
    resources: ["网格事件处置记录", "城管执法案件信息"],
    unitCodes: ["320402-B08"],
  },
];
