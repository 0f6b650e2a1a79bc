import { registerEnumType } from "type-graphql";

/** What resources can be grouped and faceted by: the provider unit and the catalog's enumerated fields. */
export enum ResourceDimension {
  UNIT = "UNIT",
  SHARING_TYPE = "SHARING_TYPE",
  OPEN_TYPE = "OPEN_TYPE",
  LEVEL = "LEVEL",
  CATEGORY = "CATEGORY",
  STATUS = "STATUS",
  FORMAT = "FORMAT",
  UPDATE_FREQUENCY = "UPDATE_FREQUENCY",
  LIFECYCLE_STAGE = "LIFECYCLE_STAGE",
}
registerEnumType(ResourceDimension, {
  name: "ResourceDimension",
  description: "A dimension of the data resources for cross-tabs and facets.",
  valuesConfig: {
    UNIT: { description: "Providing unit (提供单位), rolled up to the chosen unit depth." },
    SHARING_TYPE: { description: "共享类型: sharing type." },
    OPEN_TYPE: { description: "开放类型: open type." },
    LEVEL: { description: "分级: classification level." },
    CATEGORY: { description: "资源属性分类: catalog category." },
    STATUS: { description: "Status: draft, published or retired." },
    FORMAT: { description: "信息资源格式: format." },
    UPDATE_FREQUENCY: { description: "更新周期: update frequency." },
    LIFECYCLE_STAGE: { description: "生命周期阶段: lifecycle stage." },
  },
});

/** Where a search word matched a resource. */
export enum SearchMatchField {
  NAME = "NAME",
  CODE = "CODE",
  UNIT = "UNIT",
  SUMMARY = "SUMMARY",
  ITEM = "ITEM",
}
registerEnumType(SearchMatchField, {
  name: "SearchMatchField",
  description: "Where a search word matched a resource (ranked in this order).",
  valuesConfig: {
    NAME: { description: "The resource's name (信息资源名称)." },
    CODE: { description: "The resource's code (信息资源代码) or classification code." },
    UNIT: { description: "The providing unit's name or code, or an abbreviation of its name (卫健 for 区卫生健康局)." },
    SUMMARY: { description: "The resource's summary (信息资源摘要)." },
    ITEM: { description: "The name of one of its data items (信息项名称)." },
  },
});
