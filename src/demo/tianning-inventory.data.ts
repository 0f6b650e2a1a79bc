// 天宁区部门职能数据清单（演示）: a few functions and data resources per unit, invented but shaped
// like real district inventories. Each entry obeys the DOMAIN §2 rules; some are drafts, some
// conditional, one retired-in-waiting, so searches and facets have something to show.

interface DemoItem {
  code: string;
  name: string;
  dataType: "STRING" | "NUMBER" | "DATE" | "DATETIME" | "BOOLEAN" | "BINARY";
  length?: number;
  personalInformation?: boolean;
  sharingType?: "CONDITIONAL" | "NOT_SHARED";
}

export interface DemoResource {
  unitCode: string;
  name: string;
  classificationCode: string;
  summary: string;
  format: "DATABASE" | "SPREADSHEET" | "DOCUMENT" | "IMAGE" | "STREAMING_MEDIA" | "API";
  sourceSystem: string;
  updateFrequency: "REAL_TIME" | "DAILY" | "WEEKLY" | "MONTHLY" | "QUARTERLY" | "SEMI_ANNUAL" | "ANNUAL" | "IRREGULAR";
  recordCount: number;
  lifecycleStage: "PLANNING" | "COLLECTION" | "PROCESSING" | "SHARING_AND_OPENING" | "EXPLOITATION" | "ARCHIVED";
  status: "DRAFT" | "PUBLISHED";
  sharingType: "UNCONDITIONAL" | "CONDITIONAL" | "NOT_SHARED";
  sharingConditions?: string;
  notSharedBasis?: string;
  sharingMethod?: "API" | "FILE" | "DATABASE_EXCHANGE";
  openType: "UNCONDITIONAL" | "CONDITIONAL" | "NOT_OPEN";
  openConditions?: string;
  level: "CORE" | "IMPORTANT" | "GENERAL";
  personalPrivacy?: boolean;
  publicSafety?: boolean;
  tradeSecret?: boolean;
  functions: string[];
  items: DemoItem[];
}

export interface DemoFunction {
  unitCode: string;
  name: string;
  legalBasis: string;
}

export const demoFunctions: DemoFunction[] = [
  { unitCode: "320402-B03", name: "最低生活保障审核确认", legalBasis: "《社会救助暂行办法》第十一条" },
  { unitCode: "320402-B03", name: "养老服务机构备案", legalBasis: "《养老机构管理办法》第九条" },
  { unitCode: "320402-B12", name: "医疗机构执业登记", legalBasis: "《医疗机构管理条例》第十五条" },
  { unitCode: "320402-B12", name: "出生医学证明管理", legalBasis: "《母婴保健法》第二十三条" },
  { unitCode: "320402-B01", name: "固定资产投资项目核准备案", legalBasis: "《企业投资项目核准和备案管理条例》" },
  { unitCode: "320402-B18", name: "企业设立登记", legalBasis: "《市场主体登记管理条例》" },
  { unitCode: "320402-B14", name: "安全生产行政检查", legalBasis: "《安全生产法》第六十五条" },
  { unitCode: "320402003", name: "网格化社会治理", legalBasis: "《江苏省城乡网格化服务管理办法》" },
  { unitCode: "320402-B08", name: "城市管理行政执法", legalBasis: "《城市管理执法办法》" },
];

const person = (code: string, name: string): DemoItem => ({ code, name, dataType: "STRING", length: 50, personalInformation: true });

export const demoResources: DemoResource[] = [
  {
    unitCode: "320402-B03", name: "城乡低保对象信息", classificationCode: "301005", summary: "全区城乡最低生活保障对象的家庭、收入和保障金发放情况",
    format: "DATABASE", sourceSystem: "江苏省社会救助信息系统", updateFrequency: "MONTHLY", recordCount: 4820, lifecycleStage: "SHARING_AND_OPENING", status: "PUBLISHED",
    sharingType: "CONDITIONAL", sharingConditions: "限于社会救助、医疗救助等民生保障用途", sharingMethod: "API", openType: "NOT_OPEN", level: "IMPORTANT", personalPrivacy: true,
    functions: ["最低生活保障审核确认"],
    items: [person("XM001", "户主姓名"), person("XM002", "身份证号码"), { code: "XM003", name: "家庭人口数", dataType: "NUMBER" }, { code: "XM004", name: "月保障金额（元）", dataType: "NUMBER" }, { code: "XM005", name: "所属街道", dataType: "STRING", length: 50 }],
  },
  {
    unitCode: "320402-B03", name: "养老服务机构名录", classificationCode: "301005", summary: "备案养老机构的名称、地址、床位数和服务类型",
    format: "DATABASE", sourceSystem: "全国养老服务信息系统", updateFrequency: "QUARTERLY", recordCount: 46, lifecycleStage: "EXPLOITATION", status: "PUBLISHED",
    sharingType: "UNCONDITIONAL", sharingMethod: "API", openType: "UNCONDITIONAL", level: "GENERAL", functions: ["养老服务机构备案"],
    items: [{ code: "JG001", name: "机构名称", dataType: "STRING", length: 100 }, { code: "JG002", name: "机构地址", dataType: "STRING", length: 200 }, { code: "JG003", name: "床位数", dataType: "NUMBER" }, { code: "JG004", name: "备案日期", dataType: "DATE" }],
  },
  {
    unitCode: "320402-B12", name: "医疗机构执业信息", classificationCode: "202003", summary: "辖区医疗机构执业许可、诊疗科目和校验情况",
    format: "DATABASE", sourceSystem: "江苏省卫生健康监督信息平台", updateFrequency: "WEEKLY", recordCount: 312, lifecycleStage: "SHARING_AND_OPENING", status: "PUBLISHED",
    sharingType: "UNCONDITIONAL", sharingMethod: "API", openType: "UNCONDITIONAL", level: "GENERAL", functions: ["医疗机构执业登记"],
    items: [{ code: "YL001", name: "机构名称", dataType: "STRING", length: 100 }, { code: "YL002", name: "诊疗科目", dataType: "STRING", length: 500 }, { code: "YL003", name: "许可证有效期", dataType: "DATE" }],
  },
  {
    unitCode: "320402-B12", name: "出生医学证明签发记录", classificationCode: "101002", summary: "新生儿出生医学证明签发信息",
    format: "DATABASE", sourceSystem: "妇幼保健信息系统", updateFrequency: "DAILY", recordCount: 21500, lifecycleStage: "COLLECTION", status: "PUBLISHED",
    sharingType: "CONDITIONAL", sharingConditions: "限于户籍登记、医保参保等法定用途", sharingMethod: "DATABASE_EXCHANGE", openType: "NOT_OPEN", level: "IMPORTANT", personalPrivacy: true,
    functions: ["出生医学证明管理"],
    items: [person("CS001", "新生儿姓名"), person("CS002", "母亲姓名"), person("CS003", "母亲身份证号码"), { code: "CS004", name: "出生日期", dataType: "DATE" }, { code: "CS005", name: "出生证编号", dataType: "STRING", length: 20 }],
  },
  {
    unitCode: "320402-B01", name: "固定资产投资项目备案信息", classificationCode: "203001", summary: "企业投资项目备案的项目名称、投资额、建设地点",
    format: "DATABASE", sourceSystem: "投资项目在线审批监管平台", updateFrequency: "DAILY", recordCount: 1630, lifecycleStage: "SHARING_AND_OPENING", status: "PUBLISHED",
    sharingType: "UNCONDITIONAL", sharingMethod: "API", openType: "CONDITIONAL", openConditions: "经申请用于产业研究", level: "GENERAL", tradeSecret: true,
    functions: ["固定资产投资项目核准备案"],
    items: [{ code: "TZ001", name: "项目名称", dataType: "STRING", length: 200 }, { code: "TZ002", name: "总投资（万元）", dataType: "NUMBER" }, { code: "TZ003", name: "建设地点", dataType: "STRING", length: 200 }, { code: "TZ004", name: "备案日期", dataType: "DATE" }],
  },
  {
    unitCode: "320402-B18", name: "市场主体登记信息", classificationCode: "102001", summary: "企业、个体工商户设立、变更、注销登记信息",
    format: "API", sourceSystem: "江苏省市场监管信息平台", updateFrequency: "REAL_TIME", recordCount: 58200, lifecycleStage: "EXPLOITATION", status: "PUBLISHED",
    sharingType: "UNCONDITIONAL", sharingMethod: "API", openType: "UNCONDITIONAL", level: "GENERAL", functions: ["企业设立登记"],
    items: [{ code: "SC001", name: "统一社会信用代码", dataType: "STRING", length: 18 }, { code: "SC002", name: "市场主体名称", dataType: "STRING", length: 200 }, { code: "SC003", name: "成立日期", dataType: "DATE" }, { code: "SC004", name: "登记状态", dataType: "STRING", length: 20 }],
  },
  {
    unitCode: "320402-B14", name: "危险化学品企业安全生产台账", classificationCode: "206004", summary: "危化品生产经营企业安全检查、隐患整改记录",
    format: "DATABASE", sourceSystem: "应急管理综合应用平台", updateFrequency: "WEEKLY", recordCount: 890, lifecycleStage: "PROCESSING", status: "PUBLISHED",
    sharingType: "CONDITIONAL", sharingConditions: "限于安全监管和应急处置", sharingMethod: "FILE", openType: "NOT_OPEN", level: "CORE", publicSafety: true,
    functions: ["安全生产行政检查"],
    items: [{ code: "WH001", name: "企业名称", dataType: "STRING", length: 200 }, { code: "WH002", name: "危化品种类", dataType: "STRING", length: 200 }, { code: "WH003", name: "隐患等级", dataType: "STRING", length: 10 }, { code: "WH004", name: "整改期限", dataType: "DATE" }],
  },
  {
    unitCode: "320402003", name: "网格事件处置记录", classificationCode: "204002", summary: "茶山街道网格员上报的矛盾纠纷、环境卫生等事件及处置结果",
    format: "DATABASE", sourceSystem: "天宁区网格化社会治理平台", updateFrequency: "REAL_TIME", recordCount: 12040, lifecycleStage: "COLLECTION", status: "DRAFT",
    sharingType: "CONDITIONAL", sharingConditions: "限于基层治理和事件督办", sharingMethod: "API", openType: "NOT_OPEN", level: "GENERAL", personalPrivacy: true,
    functions: ["网格化社会治理"],
    items: [{ code: "WG001", name: "事件类型", dataType: "STRING", length: 50 }, { code: "WG002", name: "上报时间", dataType: "DATETIME" }, person("WG003", "上报人姓名"), { code: "WG004", name: "处置结果", dataType: "STRING", length: 500 }],
  },
  {
    unitCode: "320402-B08", name: "城管执法案件信息", classificationCode: "204005", summary: "城市管理领域行政处罚案件的立案、处罚和结案情况",
    format: "SPREADSHEET", sourceSystem: "城市管理综合执法系统", updateFrequency: "MONTHLY", recordCount: 2210, lifecycleStage: "SHARING_AND_OPENING", status: "PUBLISHED",
    sharingType: "UNCONDITIONAL", sharingMethod: "FILE", openType: "CONDITIONAL", openConditions: "去除当事人信息后按申请开放", level: "GENERAL",
    functions: ["城市管理行政执法"],
    items: [{ code: "ZF001", name: "案由", dataType: "STRING", length: 200 }, { code: "ZF002", name: "处罚金额（元）", dataType: "NUMBER" }, { code: "ZF003", name: "结案日期", dataType: "DATE" }, { code: "ZF004", name: "当事人", dataType: "STRING", length: 100, sharingType: "CONDITIONAL" }],
  },
];
