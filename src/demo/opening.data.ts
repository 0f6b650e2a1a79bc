// 天宁区公共数据开放（演示）: open datasets of several units, published from their catalogued
// resources (see tianning-inventory.data.ts) under the opening rules, with a withdrawn one and a
// month of the portal's daily download figures. Dates are days before the day the demo loads.

interface DemoDistribution {
  format: "CSV" | "XLSX" | "XLS" | "JSON" | "XML" | "PDF" | "ZIP" | "API";
  title?: string;
  accessUrl: string;
  downloadUrl?: string;
}

export interface DemoOpenDataset {
  /** The catalogued resource it opens, by name. */
  resourceName: string;
  title?: string;
  theme: "ECONOMY" | "ENVIRONMENT" | "EDUCATION_SCIENCE" | "TRANSPORT" | "SOCIAL_DEVELOPMENT" | "PUBLIC_SAFETY" | "CULTURE_LEISURE" | "HEALTH" | "LIVELIHOOD" | "ORGANISATIONS" | "URBAN_CONSTRUCTION" | "CREDIT" | "AGRICULTURE" | "GOVERNMENT";
  licence: "CC_BY_4_0" | "CC0_1_0" | "ODC_BY_1_0";
  issuedDaysAgo: number;
  distributions: DemoDistribution[];
  /** Average downloads and API calls a day over the last 30 days. */
  dailyDownloads: number;
  dailyApiCalls: number;
  withdrawal?: string;
}

const portal = "https://opendata.tianning.example.cn";

export const demoOpenDatasets: DemoOpenDataset[] = [
  { resourceName: "养老服务机构名录", title: "天宁区养老服务机构名录", theme: "LIVELIHOOD", licence: "CC_BY_4_0", issuedDaysAgo: 200, dailyDownloads: 14, dailyApiCalls: 60,
    distributions: [
      { format: "CSV", title: "养老服务机构名录（CSV）", accessUrl: `${portal}/datasets/yanglao-jigou`, downloadUrl: `${portal}/files/yanglao-jigou.csv` },
      { format: "XLSX", title: "养老服务机构名录（Excel）", accessUrl: `${portal}/datasets/yanglao-jigou`, downloadUrl: `${portal}/files/yanglao-jigou.xlsx` },
      { format: "API", title: "养老服务机构查询接口", accessUrl: `${portal}/api/v1/yanglao-jigou` },
    ] },
  { resourceName: "医疗机构执业信息", title: "天宁区医疗机构执业信息", theme: "HEALTH", licence: "CC_BY_4_0", issuedDaysAgo: 150, dailyDownloads: 22, dailyApiCalls: 140,
    distributions: [
      { format: "CSV", accessUrl: `${portal}/datasets/yiliao-jigou`, downloadUrl: `${portal}/files/yiliao-jigou.csv` },
      { format: "JSON", accessUrl: `${portal}/datasets/yiliao-jigou`, downloadUrl: `${portal}/files/yiliao-jigou.json` },
    ] },
  { resourceName: "市场主体登记信息", title: "天宁区市场主体登记信息", theme: "ECONOMY", licence: "ODC_BY_1_0", issuedDaysAgo: 90, dailyDownloads: 35, dailyApiCalls: 900,
    distributions: [
      { format: "API", title: "市场主体登记查询接口", accessUrl: `${portal}/api/v1/shichang-zhuti` },
      { format: "CSV", title: "月度全量", accessUrl: `${portal}/datasets/shichang-zhuti`, downloadUrl: `${portal}/files/shichang-zhuti.csv` },
    ] },
  { resourceName: "固定资产投资项目备案信息", title: "天宁区固定资产投资项目备案信息（有条件开放）", theme: "ECONOMY", licence: "CC_BY_4_0", issuedDaysAgo: 60, dailyDownloads: 3, dailyApiCalls: 0,
    distributions: [{ format: "XLSX", accessUrl: `${portal}/apply/touzi-xiangmu` }] },
  { resourceName: "城管执法案件信息", title: "天宁区城管执法案件信息", theme: "URBAN_CONSTRUCTION", licence: "CC_BY_4_0", issuedDaysAgo: 120, dailyDownloads: 5, dailyApiCalls: 0,
    distributions: [{ format: "XLSX", accessUrl: `${portal}/apply/chengguan-anjian` }], withdrawal: "数据口径调整，去除当事人信息后重新发布" },
];
