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
  description: "Catalog classification (资源属性分类, 2017 national catalog guideline): the classification code's first digit.",
  valuesConfig: labels<typeof CatalogCategory>({ BASIC: "基础: basic (1)", THEMATIC: "主题: thematic (2)", DEPARTMENTAL: "部门: departmental (3)" }),
});
registerEnumType(ResourceFormat, {
  name: "ResourceFormat",
  description: "Format of the resource (信息资源格式).",
  valuesConfig: labels<typeof ResourceFormat>({
    DATABASE: "数据库 (库表): database tables",
    SPREADSHEET: "电子表格: spreadsheet",
    DOCUMENT: "电子文件: electronic document",
    IMAGE: "图形图像: graphics and images",
    STREAMING_MEDIA: "流媒体: streaming media",
    API: "接口: API",
  }),
});
registerEnumType(UpdateFrequency, {
  name: "UpdateFrequency",
  description: "How often the resource is updated (更新周期).",
  valuesConfig: labels<typeof UpdateFrequency>({
    REAL_TIME: "实时: real time",
    DAILY: "每日: daily",
    WEEKLY: "每周: weekly",
    MONTHLY: "每月: monthly",
    QUARTERLY: "每季度: quarterly",
    SEMI_ANNUAL: "每半年: every six months",
    ANNUAL: "每年: yearly",
    IRREGULAR: "不定期: irregularly",
  }),
});
registerEnumType(LifecycleStage, {
  name: "LifecycleStage",
  description: "Lifecycle stage of the resource (生命周期阶段).",
  valuesConfig: labels<typeof LifecycleStage>({
    PLANNING: "规划: planning",
    COLLECTION: "采集: collection",
    PROCESSING: "处理: processing",
    SHARING_AND_OPENING: "共享开放: sharing and opening",
    EXPLOITATION: "开发利用: exploitation",
    ARCHIVED: "归档: archived",
  }),
});
registerEnumType(ResourceStatus, {
  name: "ResourceStatus",
  description: "Catalog status of a resource: draft, published or retired.",
  valuesConfig: labels<typeof ResourceStatus>({ DRAFT: "草稿: draft", PUBLISHED: "已发布: published", RETIRED: "已退役: retired, readable, no longer edited" }),
});
registerEnumType(SharingType, {
  name: "SharingType",
  description: "Sharing type (共享类型) between government units, from least to most restrictive.",
  valuesConfig: labels<typeof SharingType>({
    UNCONDITIONAL: "无条件共享: unconditional, granted to any government unit on request",
    CONDITIONAL: "有条件共享: conditional, the provider decides each request against the stated conditions",
    NOT_SHARED: "不予共享: not shared, on a stated legal or policy basis",
  }),
});
registerEnumType(SharingMethod, {
  name: "SharingMethod",
  description: "How a resource is shared (共享方式).",
  valuesConfig: labels<typeof SharingMethod>({ API: "接口: API", FILE: "文件: file", DATABASE_EXCHANGE: "库表交换: database exchange" }),
});
registerEnumType(OpenType, {
  name: "OpenType",
  description: "Open type (开放类型): whether and how the resource is opened to the public.",
  valuesConfig: labels<typeof OpenType>({
    UNCONDITIONAL: "无条件开放: open to anyone",
    CONDITIONAL: "有条件开放: open on stated conditions",
    NOT_OPEN: "不予开放: not opened to the public",
  }),
});
registerEnumType(DataLevel, {
  name: "DataLevel",
  description: "Classification level (数据分级): it bounds how far a resource may be opened.",
  valuesConfig: labels<typeof DataLevel>({
    CORE: "核心数据: core data, never opened",
    IMPORTANT: "重要数据: important data, never opened unconditionally",
    GENERAL: "一般数据: general data",
  }),
});
registerEnumType(ItemDataType, {
  name: "ItemDataType",
  description: "Data type of a data item (信息项数据类型).",
  valuesConfig: labels<typeof ItemDataType>({
    STRING: "字符型: text",
    NUMBER: "数值型: number",
    DATE: "日期型: date",
    DATETIME: "日期时间型: date and time",
    BOOLEAN: "布尔型: yes/no",
    BINARY: "二进制: binary",
  }),
});
