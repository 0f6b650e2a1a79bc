import type { CatalogCells } from "../spreadsheet/catalog-template";
import {
  catalogCategoryLabels,
  dataLevelLabels,
  itemDataTypeLabels,
  lifecycleStageLabels,
  openTypeLabels,
  resourceFormatLabels,
  resourceStatusLabels,
  sharingMethodLabels,
  sharingTypeLabels,
  updateFrequencyLabels,
  yesNoLabels,
} from "../import/inventory-labels";
import type { ExistingItem, ExistingResource } from "../import/stored-inventory";

const text = (value: string | null) => value ?? "";

/** The provider a resource row names: its code (what the import reads) and its name (for people). */
export interface ProviderUnit {
  code: string;
  name: string;
}

/** A resource's template cells, in Chinese labels; numbers and dates in their plain form (the writer types them). */
export function resourceCells(r: ExistingResource, unit: ProviderUnit, functions: string[]): CatalogCells {
  return {
    resourceCode: r.code,
    resourceName: r.name,
    providerUnitCode: unit.code,
    providerUnitName: unit.name,
    catalogCategory: catalogCategoryLabels.label(r.catalogCategory),
    classificationCode: r.classificationCode,
    summary: text(r.summary),
    format: resourceFormatLabels.label(r.format),
    sourceSystem: text(r.sourceSystem),
    updateFrequency: updateFrequencyLabels.label(r.updateFrequency),
    recordCount: r.recordCount == null ? "" : String(r.recordCount),
    lifecycleStage: lifecycleStageLabels.label(r.lifecycleStage),
    status: resourceStatusLabels.label(r.status),
    sharingType: sharingTypeLabels.label(r.sharingType),
    sharingConditions: text(r.sharingConditions),
    notSharedBasis: text(r.notSharedBasis),
    sharingMethod: r.sharingMethod ? sharingMethodLabels.label(r.sharingMethod) : "",
    openType: openTypeLabels.label(r.openType),
    openConditions: text(r.openConditions),
    level: dataLevelLabels.label(r.level),
    nationalInterest: yesNoLabels.label(r.nationalInterest),
    publicSafety: yesNoLabels.label(r.publicSafety),
    tradeSecret: yesNoLabels.label(r.tradeSecret),
    personalPrivacy: yesNoLabels.label(r.personalPrivacy),
    publishedDate: text(r.publishedDate),
    functions: functions.join("；"),
  };
}

export function itemCells(item: ExistingItem): CatalogCells {
  return {
    itemCode: item.code,
    itemName: item.name,
    dataType: itemDataTypeLabels.label(item.dataType),
    length: item.length == null ? "" : String(item.length),
    itemDescription: text(item.description),
    personalInformation: yesNoLabels.label(item.personalInformation),
    itemSharingType: item.sharingType ? sharingTypeLabels.label(item.sharingType) : "",
  };
}
