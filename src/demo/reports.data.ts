// 年度述职报告演示数据 (DOMAIN §6): reports for the year the demo is loaded in. 茶山街道 submitted and
// accepted; 区发展和改革局 submitted and returned with comments; 天宁街道 a draft; 红梅街道 none (missing
// once the deadline passes). The deadline is the year's last day. Units by code (tianning.data.ts).

export const demoReportDeadline = { monthDay: "12-31" };

export const demoReports = [
  {
    unitCode: "320402003",
    review: "ACCEPTED",
    comments: "报告内容完整,数据详实,同意。",
    dataAggregation:
      "本年度完成街道职能数据清单全面梳理,对照法定职能逐项编目;组织社区网格员核对人口、房屋基础数据,数据资源目录与业务系统保持同步更新。",
    openSharing: "依托区共享交换平台按时答复各部门共享申请,无条件共享资源即时授权;梳理可开放数据集并按开放类型发布。",
    applicationInnovation: "以网格数据与部门数据融合为重点,推进社区治理场景应用,参与区公共数据开发利用试点。",
    securityProtection: "落实数据分类分级管理,对涉及个人信息的信息项严格控制共享范围;组织数据安全专题培训。",
    suggestions: "建议区级层面统一基层报表数据口径,减少重复采集;加大对街道数据专员的业务培训力度。",
  },
  {
    unitCode: "320402-B01",
    review: "RETURNED",
    comments: "开放共享部分请补充共享申请答复时效和具体成效;工作建议请结合本部门实际。",
    dataAggregation: "完成发展改革领域项目审批、价格监测等数据资源编目,数据质量问题已逐项整改。",
    openSharing: "按要求答复共享申请。",
    applicationInnovation: "推进重大项目全生命周期数据归集,支撑项目调度分析。",
    securityProtection: "开展数据安全自查,未发生数据安全事件。",
    suggestions: "无。",
  },
  {
    unitCode: "320402005",
    review: null,
    comments: null,
    dataAggregation: "(草稿)本年度完成社区网格数据梳理。",
    openSharing: null,
    applicationInnovation: null,
    securityProtection: null,
    suggestions: null,
  },
] as const;
