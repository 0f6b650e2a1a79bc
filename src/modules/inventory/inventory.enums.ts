import { registerEnumType } from "type-graphql";

/** 资源属性分类 (2017 national catalog guideline): the first digit of the classification code. */
export enum CatalogCategory {
  BASIC = "BASIC",
  THEMATIC = "THEMATIC",
  DEPARTMENTAL = "DEPARTMENTAL",
}

/** 信息资源格式. */
export enum ResourceFormat {
  DATABASE = "DATABASE",
  SPREADSHEET = "SPREADSHEET",
  DOCUMENT = "DOCUMENT",
  IMAGE = "IMAGE",
  STREAMING_MEDIA = "STREAMING_MEDIA",
  API = "API",
}

/** 更新周期. */
export enum UpdateFrequency {
  REAL_TIME = "REAL_TIME",
  DAILY = "DAILY",
  WEEKLY = "WEEKLY",
  MONTHLY = "MONTHLY",
  QUARTERLY = "QUARTERLY",
  SEMI_ANNUAL = "SEMI_ANNUAL",
  ANNUAL = "ANNUAL",
  IRREGULAR = "IRREGULAR",
}

/** 生命周期阶段. */
export enum LifecycleStage {
  PLANNING = "PLANNING",
  COLLECTION = "COLLECTION",
  PROCESSING = "PROCESSING",
  SHARING_AND_OPENING = "SHARING_AND_OPENING",
  EXPLOITATION = "EXPLOITATION",
  ARCHIVED = "ARCHIVED",
}

export enum ResourceStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  RETIRED = "RETIRED",
}

/** 共享类型, from least to most restrictive. */
export enum SharingType {
  UNCONDITIONAL = "UNCONDITIONAL",
  CONDITIONAL = "CONDITIONAL",
  NOT_SHARED = "NOT_SHARED",
}

/** 共享方式. */
export enum SharingMethod {
  API = "API",
  FILE = "FILE",
  DATABASE_EXCHANGE = "DATABASE_EXCHANGE",
}

/** 开放类型. */
export enum OpenType {
  UNCONDITIONAL = "UNCONDITIONAL",
  CONDITIONAL = "CONDITIONAL",
  NOT_OPEN = "NOT_OPEN",
}

/** 分级: core, important, general data. */
export enum DataLevel {
  CORE = "CORE",
  IMPORTANT = "IMPORTANT",
  GENERAL = "GENERAL",
}

/** 信息项数据类型. */
export enum ItemDataType {
  STRING = "STRING",
  NUMBER = "NUMBER",
  DATE = "DATE",
  DATETIME = "DATETIME",
  BOOLEAN = "BOOLEAN",
  BINARY = "BINARY",
}

const labels = <T extends Record<string, string>>(values: { [K in keyof T]: string }) =>
  Object.fromEntries(Object.entries(values).map(([k, description]) => [k, { description }]));

registerEnumType(CatalogCategory, {
  name: "CatalogCategory",
  description: "资源属性分类",
  valuesConfig: labels<typeof CatalogCategory>({ BASIC: "基础 (1)", THEMATIC: "主题 (2)", DEPARTMENTAL: "部门 (3)" }),
});
registerEnumType(ResourceFormat, {
  name: "ResourceFormat",
  description: "信息资源格式",
  valuesConfig: labels<typeof ResourceFormat>({
    DATABASE: "数据库 (库表)",
    SPREADSHEET: "电子表格",
    DOCUMENT: "电子文件",
    IMAGE: "图形图像",
    STREAMING_MEDIA: "流媒体",
    API: "接口",
  }),
});
registerEnumType(UpdateFrequency, {
  name: "UpdateFrequency",
  description: "更新周期",
  valuesConfig: labels<typeof UpdateFrequency>({
    REAL_TIME: "实时",
    DAILY: "每日",
    WEEKLY: "每周",
    MONTHLY: "每月",
    QUARTERLY: "每季度",
    SEMI_ANNUAL: "每半年",
    ANNUAL: "每年",
    IRREGULAR: "不定期",
  }),
});
registerEnumType(LifecycleStage, {
  name: "LifecycleStage",
  description: "生命周期阶段",
  valuesConfig: labels<typeof LifecycleStage>({
    PLANNING: "规划",
    COLLECTION: "采集",
    PROCESSING: "处理",
    SHARING_AND_OPENING: "共享开放",
    EXPLOITATION: "开发利用",
    ARCHIVED: "归档",
  }),
});
registerEnumType(ResourceStatus, {
  name: "ResourceStatus",
  valuesConfig: labels<typeof ResourceStatus>({ DRAFT: "草稿", PUBLISHED: "已发布", RETIRED: "已退役: readable, no longer edited" }),
});
registerEnumType(SharingType, {
  name: "SharingType",
  description: "共享类型",
  valuesConfig: labels<typeof SharingType>({ UNCONDITIONAL: "无条件共享", CONDITIONAL: "有条件共享", NOT_SHARED: "不予共享" }),
});
registerEnumType(SharingMethod, {
  name: "SharingMethod",
  description: "共享方式",
  valuesConfig: labels<typeof SharingMethod>({ API: "接口", FILE: "文件", DATABASE_EXCHANGE: "库表交换" }),
});
registerEnumType(OpenType, {
  name: "OpenType",
  description: "开放类型",
  valuesConfig: labels<typeof OpenType>({ UNCONDITIONAL: "无条件开放", CONDITIONAL: "有条件开放", NOT_OPEN: "不予开放" }),
});
registerEnumType(DataLevel, {
  name: "DataLevel",
  description: "数据分级",
  valuesConfig: labels<typeof DataLevel>({ CORE: "核心数据", IMPORTANT: "重要数据", GENERAL: "一般数据" }),
});
registerEnumType(ItemDataType, {
  name: "ItemDataType",
  description: "信息项数据类型",
  valuesConfig: labels<typeof ItemDataType>({
    STRING: "字符型",
    NUMBER: "数值型",
    DATE: "日期型",
    DATETIME: "日期时间型",
    BOOLEAN: "布尔型",
    BINARY: "二进制",
  }),
});
