/** The inventory module's front door (DOMAIN §2: functions, data resources, data items). */
import { CatalogFunction } from "./catalog-function.entity";
import { DataItem } from "./data-item.entity";
import { DataResource } from "./data-resource.entity";
import { InventoryImportResolver } from "./import/inventory-import.resolver";
import { InventoryExportResolver } from "./export/inventory-export.resolver";
import { inventoryNodeTypes } from "./inventory.loaders";
import { DataItemResolver, DataResourceResolver, FunctionResolver, UnitInventoryResolver } from "./inventory.resolver";

export { CatalogFunction, DataResource, DataItem };
export * from "./inventory.enums";
export { InventoryLoaders } from "./inventory.loaders";
export { createDataResource, createFunction } from "./data-resource.service";
/** The inventory rules (DOMAIN §2), for modules that build on them (opening, sharing). */
export { categoryOfClassification, inCatalog, catalogCondition, isSensitive } from "./inventory.policy";
export { checkResource, type ItemFacts, type ResourceFacts } from "./inventory.policy";
export { InventoryErrorCode } from "./inventory.errors";
export type { CreateDataResourceInput } from "./inventory.types";
/** HTTP routes of the spreadsheet template (mounted by src/app.ts). */
export { inventoryExportRoute } from "./export/inventory-export.route";
export { inventoryUploads } from "./import/inventory-upload";

import { inventoryLabelResolvers } from "./inventory-labels.resolver";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [
  DataResourceResolver,
  DataItemResolver,
  FunctionResolver,
  UnitInventoryResolver,
  InventoryImportResolver,
  InventoryExportResolver,
  ...inventoryLabelResolvers,
];
export const entities = [CatalogFunction, DataResource, DataItem];
export const nodeTypes = inventoryNodeTypes;
export { BulkStatements } from "./import/bulk-statements";
export { mayReadResource } from "./inventory.loaders";
export { readCsvSheetRows } from "./spreadsheet/csv-reader";
export { ReadingClock } from "./spreadsheet/spreadsheet-limits";
/** The search's gram index (issue 13), read by the analysis module's search. */
export { SEARCH_GRAMS_TABLE, searchGramsOf } from "./resource-search-grams";
/** inCatalog over the resources table's own columns, for the evaluation's hand-written statements. */
export { catalogColumnsCondition } from "./inventory.policy";
export { openCatalogDatabase } from "./import/import-command";
