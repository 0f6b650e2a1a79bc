/** What the analysis module says to people, in Simplified Chinese and English. */
import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";
import type { ResourceDimension, SearchMatchField } from "./analysis.enums";

export const AnalysisMessages = {
  sameDimensions: text("行与列须是两个不同的维度。", "Rows and columns must be two different dimensions."),
  rangeReversed: (field: string) => text(`${field} 的结束须晚于开始。`, `The end of ${field} must be after its start.`),
  noWords: text("请输入检索词。", "Give at least one search word."),
  tooManyWords: (max: number) => text(`检索词最多 ${max} 个。`, `At most ${max} search words.`),
};

registerEnumLabels<ResourceDimension>("ResourceDimension", {
  UNIT: text("提供单位", "Providing unit"),
  SHARING_TYPE: text("共享类型", "Sharing type"),
  OPEN_TYPE: text("开放类型", "Open type"),
  LEVEL: text("分级", "Level"),
  CATEGORY: text("资源属性分类", "Catalog category"),
  STATUS: text("状态", "Status"),
  FORMAT: text("信息资源格式", "Format"),
  UPDATE_FREQUENCY: text("更新周期", "Update frequency"),
  LIFECYCLE_STAGE: text("生命周期阶段", "Lifecycle stage"),
});

registerEnumLabels<SearchMatchField>("SearchMatchField", {
  NAME: text("资源名称", "Resource name"),
  CODE: text("资源代码", "Resource code"),
  UNIT: text("提供单位", "Providing unit"),
  SUMMARY: text("资源摘要", "Summary"),
  ITEM: text("信息项名称", "Data item name"),
});
