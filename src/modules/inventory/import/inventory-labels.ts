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
import type { Localised } from "../../../common/i18n";
import {
  CatalogCategoryLabels,
  DataLevelLabels,
  ItemDataTypeLabels,
  LifecycleStageLabels,
  OpenTypeLabels,
  ResourceFormatLabels,
  ResourceStatusLabels,
  SharingMethodLabels,
  SharingTypeLabels,
  UpdateFrequencyLabels,
  YesNoLabels,
} from "../inventory.messages";

/**
 * The Chinese labels the inventory template uses for each enum — the same the API serves
 * (inventory.messages.ts): export writes them, import reads them (and, to be forgiving, the enum
 * names themselves and a few common variants). The template is Chinese whatever the request's language.
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

/** The Chinese label of each value. */
function chinese<T extends string>(labels: Readonly<Record<T, Localised>>): Record<T, string> {
  return Object.fromEntries(Object.entries<Localised>(labels).map(([value, label]) => [value, label.zh])) as Record<T, string>;
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

export const catalogCategoryLabels = labelTable<CatalogCategory>(chinese(CatalogCategoryLabels), {
  基础类: CatalogCategory.BASIC,
  主题类: CatalogCategory.THEMATIC,
  部门类: CatalogCategory.DEPARTMENTAL,
});

export const resourceFormatLabels = labelTable<ResourceFormat>(chinese(ResourceFormatLabels), {
  库表: ResourceFormat.DATABASE,
  "数据库(库表)": ResourceFormat.DATABASE,
});

export const updateFrequencyLabels = labelTable<UpdateFrequency>(chinese(UpdateFrequencyLabels));

export const lifecycleStageLabels = labelTable<LifecycleStage>(chinese(LifecycleStageLabels));

export const resourceStatusLabels = labelTable<ResourceStatus>(chinese(ResourceStatusLabels));

export const sharingTypeLabels = labelTable<SharingType>(chinese(SharingTypeLabels));

export const sharingMethodLabels = labelTable<SharingMethod>(chinese(SharingMethodLabels));

export const openTypeLabels = labelTable<OpenType>(chinese(OpenTypeLabels));

export const dataLevelLabels = labelTable<DataLevel>(chinese(DataLevelLabels));

export const itemDataTypeLabels = labelTable<ItemDataType>(chinese(ItemDataTypeLabels));

/** 是/否 in the template; TRUE/FALSE (how XLSX booleans read) and Y/N are accepted too. */
export const yesNoLabels = {
  YES: YesNoLabels.YES.zh,
  NO: YesNoLabels.NO.zh,
  label: (value: boolean): string => (value ? YesNoLabels.YES.zh : YesNoLabels.NO.zh),
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
