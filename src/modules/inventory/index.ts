/** The inventory module's front door (DOMAIN §2: functions, data resources, data items). */
export { CatalogFunction } from "./catalog-function.entity";
export { DataResource } from "./data-resource.entity";
export { DataItem } from "./data-item.entity";
export * from "./inventory.enums";
export { InventoryLoaders } from "./inventory.loaders";
export { BulkStatements } from "./import/bulk-statements";
export { inCatalog, mayReadResource } from "./inventory.loaders";
export { readCsvSheetRows } from "./spreadsheet/csv-reader";
export { ReadingClock } from "./spreadsheet/spreadsheet-limits";
