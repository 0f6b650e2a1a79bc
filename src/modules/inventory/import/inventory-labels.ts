import {
  CatalogCategory,
  DataLevel,
  ItemDataType,
  LifecycleStage,
  OpenType,
  ResourceFormat,
  ResourceStatus,
  SharingMethod,
  SharingType,
  UpdateFrequency,
} from "../inventory.enums";

/**
 * The Chinese labels the inventory template uses for each enum: export writes them, import reads
 * them (and, to be forgiving, the enum names themselves and a few common variants).
 */
export interface LabelTable<T extends string> {
  /** What the template shows, e.g. "有条件共享". */
  label(value: T): string;
  /** The value a cell names, or undefined when it names none. */
  parse(text: string): T | undefined;
  /** The labels, for messages ("one of …"). */
  readonly labels: readonly string[];
}

/** NFKC (full-width letters and brackets to half-width), no whitespace, upper case. */
function labelKey(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

function labelTable<T extends string>(labels: Record<T, string>, aliases: Record<string, T> = {}): LabelTable<T> {
  const byKey = new Map<string, T>();
  for (const [value, label] of Object.entries(labels) as [T, string][]) {
    byKey.set(labelKey(label), value);
    byKey.set(labelKey(value), value);
  }
  for (const [alias, value] of Object.entries(aliases)) byKey.set(labelKey(alias), value);
  return {
    label: (value) => labels[value],
    parse: (text) => byKey.get(text) ?? byKey.get(labelKey(text)),
    labels: Object.values(labels),
  };
}

export const catalogCategoryLabels = labelTable<CatalogCategory>(
  { BASIC: "基础", THEMATIC: "主题", DEPARTMENTAL: "部门" },
  { 基础类: CatalogCategory.BASIC, 主题类: CatalogCategory.THEMATIC, 部门类: CatalogCategory.DEPARTMENTAL },
);

export const resourceFormatLabels = labelTable<ResourceFormat>(
  { DATABASE: "数据库", SPREADSHEET: "电子表格", DOCUMENT: "电子文件", IMAGE: "图形图像", STREAMING_MEDIA: "流媒体", API: "接口" },
  { 库表: ResourceFormat.DATABASE, "数据库(库表)": ResourceFormat.DATABASE },
);

export const updateFrequencyLabels = labelTable<UpdateFrequency>({
  REAL_TIME: "实时",
  DAILY: "每日",
  WEEKLY: "每周",
  MONTHLY: "每月",
  QUARTERLY: "每季度",
  SEMI_ANNUAL: "每半年",
  ANNUAL: "每年",
  IRREGULAR: "不定期",
});

export const lifecycleStageLabels = labelTable<LifecycleStage>({
  PLANNING: "规划",
  COLLECTION: "采集",
  PROCESSING: "处理",
  SHARING_AND_OPENING: "共享开放",
  EXPLOITATION: "开发利用",
  ARCHIVED: "归档",
});

export const resourceStatusLabels = labelTable<ResourceStatus>({ DRAFT: "草稿", PUBLISHED: "已发布", RETIRED: "已退役" });

export const sharingTypeLabels = labelTable<SharingType>({ UNCONDITIONAL: "无条件共享", CONDITIONAL: "有条件共享", NOT_SHARED: "不予共享" });

export const sharingMethodLabels = labelTable<SharingMethod>({ API: "接口", FILE: "文件", DATABASE_EXCHANGE: "库表交换" });

export const openTypeLabels = labelTable<OpenType>({ UNCONDITIONAL: "无条件开放", CONDITIONAL: "有条件开放", NOT_OPEN: "不予开放" });

export const dataLevelLabels = labelTable<DataLevel>({ CORE: "核心数据", IMPORTANT: "重要数据", GENERAL: "一般数据" });

export const itemDataTypeLabels = labelTable<ItemDataType>({
  STRING: "字符型",
  NUMBER: "数值型",
  DATE: "日期型",
  DATETIME: "日期时间型",
  BOOLEAN: "布尔型",
  BINARY: "二进制",
});

/** 是/否 in the template; TRUE/FALSE (how XLSX booleans read) and Y/N are accepted too. */
export const yesNoLabels = {
  YES: "是",
  NO: "否",
  label: (value: boolean): string => (value ? "是" : "否"),
  parse(text: string): boolean | undefined {
    if (text === "是") return true;
    if (text === "否") return false;
    switch (labelKey(text)) {
      case "是":
      case "TRUE":
      case "Y":
      case "YES":
        return true;
      case "否":
      case "FALSE":
      case "N":
      case "NO":
        return false;
      default:
        return undefined;
    }
  },
  labels: ["是", "否"] as const,
};
