// 数据质量演示数据: rules, a 90-day history of automated checks and a few 数据纠错 issues on the
// demo inventory (resources by name, see tianning-inventory.data.ts). Scores are invented: each
// resource has a base level per dimension and a drift over the 90 days, so trends have a shape.

export interface DemoRule {
  resource: string;
  dimension: "AUTHENTICITY" | "ACCURACY" | "COMPLETENESS" | "TIMELINESS" | "AVAILABILITY";
  checkKind: "NOT_NULL" | "FORMAT" | "VALUE_RANGE" | "UNIQUENESS" | "REFERENCE" | "CONSISTENCY" | "FRESHNESS" | "ACCESSIBILITY" | "SOURCE_VERIFICATION" | "CUSTOM";
  description: string;
  targetScore: number;
}

export interface DemoHistory {
  resource: string;
  /** Score on the first day and on the last of the 90 days, per dimension measured daily. */
  daily: Partial<Record<"AUTHENTICITY" | "ACCURACY" | "AVAILABILITY", [number, number]>>;
}

export interface DemoIssue {
  resource: string;
  item?: string;
  title: string;
  description: string;
  accepted?: boolean;
}

export const demoRules: DemoRule[] = [
  { resource: "城乡低保对象信息", dimension: "ACCURACY", checkKind: "FORMAT", description: "身份证号码 18 位且校验位正确", targetScore: 98 },
  { resource: "城乡低保对象信息", dimension: "AUTHENTICITY", checkKind: "SOURCE_VERIFICATION", description: "与公安人口库比对户主身份", targetScore: 95 },
  { resource: "医疗机构执业信息", dimension: "ACCURACY", checkKind: "VALUE_RANGE", description: "许可证有效期不早于发证日期", targetScore: 90 },
  { resource: "市场主体登记信息", dimension: "ACCURACY", checkKind: "UNIQUENESS", description: "统一社会信用代码不重复", targetScore: 99 },
  { resource: "城管执法案件信息", dimension: "AVAILABILITY", checkKind: "ACCESSIBILITY", description: "共享接口可访问率", targetScore: 95 },
];

export const demoHistories: DemoHistory[] = [
  { resource: "城乡低保对象信息", daily: { ACCURACY: [93, 97.5], AUTHENTICITY: [90, 96], AVAILABILITY: [99, 99.5] } },
  { resource: "养老服务机构名录", daily: { ACCURACY: [85, 88], AVAILABILITY: [97, 96] } },
  { resource: "医疗机构执业信息", daily: { ACCURACY: [92, 84], AVAILABILITY: [98, 98] } },
  { resource: "出生医学证明签发记录", daily: { ACCURACY: [96, 97], AUTHENTICITY: [98, 99] } },
  { resource: "固定资产投资项目备案信息", daily: { ACCURACY: [70, 82], AVAILABILITY: [90, 93] } },
  { resource: "市场主体登记信息", daily: { ACCURACY: [99, 99.8], AVAILABILITY: [99.5, 99.9] } },
  { resource: "危险化学品企业安全生产台账", daily: { ACCURACY: [78, 75], AUTHENTICITY: [88, 86] } },
  { resource: "城管执法案件信息", daily: { ACCURACY: [88, 91], AVAILABILITY: [92, 89] } },
];

export const demoIssues: DemoIssue[] = [
  { resource: "城乡低保对象信息", item: "XM002", title: "身份证号码位数错误", description: "兰陵街道 3 户户主身份证号码只有 17 位。", accepted: true },
  { resource: "医疗机构执业信息", title: "许可证有效期早于发证日期", description: "2 家诊所的许可证有效期早于发证日期,疑为录入错误。" },
  { resource: "危险化学品企业安全生产台账", title: "企业已注销仍在台账中", description: "台账中 1 家企业已于今年注销,未及时更新。" },
];
