import { CATALOG_COLUMNS, CatalogCells, CatalogColumnKey, CatalogFileFormat } from "./catalog-template";
import { writeCsv } from "./csv-writer";
import { writeWorkbook, XlsxColumn, XlsxColumnKind, XlsxListValidation, XlsxSheet } from "./xlsx-writer";

// Wide enough for the header, wider for the free-text columns.
const WIDE_COLUMNS = new Set<string>([
  "resourceName",
  "providerUnitName",
  "summary",
  "sharingConditions",
  "notSharedBasis",
  "openConditions",
  "functions",
  "itemDescription",
]);
/** Numbers people compute with, and dates; everything else (codes above all) is text. */
const COLUMN_KINDS: Partial<Record<CatalogColumnKey, XlsxColumnKind>> = { recordCount: "number", length: "number", publishedDate: "date" };

const xlsxColumn = (column: (typeof CATALOG_COLUMNS)[number]): XlsxColumn => ({
  header: column.header,
  width: WIDE_COLUMNS.has(column.key) ? 30 : Math.max(12, column.header.length * 2 + 4),
  kind: COLUMN_KINDS[column.key] ?? "text",
});

const ITEM_KEYS = CATALOG_COLUMNS.map((column) => column.key);
const ITEM_COLUMNS = CATALOG_COLUMNS.map(xlsxColumn);
const RESOURCE_TEMPLATE_COLUMNS = CATALOG_COLUMNS.filter((column) => column.group === "resource");
const RESOURCE_KEYS = RESOURCE_TEMPLATE_COLUMNS.map((column) => column.key);
const ITEM_COUNT_HEADER = "信息项数量";
const RESOURCE_COLUMNS: XlsxColumn[] = [...RESOURCE_TEMPLATE_COLUMNS.map(xlsxColumn), { header: ITEM_COUNT_HEADER, width: 12, kind: "number" }];

/** The sheet the import reads: one row per item. First in every workbook the catalog writes. */
export const CATALOG_SHEET_NAME = "职能数据清单";
/** One row per resource: the sheet to count and sum resources on. */
const RESOURCE_SHEET_NAME = "信息资源";

/** The catalog columns' positions, for drop-down lists on the item sheet. */
export const catalogColumnIndex = (key: CatalogColumnKey): number => ITEM_KEYS.indexOf(key);

/** A resource's cells as the resources sheet writes them: the template's resource columns and its item count. */
export interface ResourceSheetRow {
  cells: CatalogCells;
  itemCount: number;
}

/**
 * Writes the inventory template, header row then one row per item, every column in template
 * order (a missing key is an empty cell), and ends `output`. Streamed in both formats: rows are
 * pulled from `rows` as the output drains, so an export of any size runs in constant memory.
 * CSV is UTF-8 with a BOM and CRLF; XLSX is one sheet with a bold, frozen header, numbers and
 * dates as typed cells and the rest as text.
 */
export async function writeCatalogRows(
  rows: AsyncIterable<CatalogCells> | Iterable<CatalogCells>,
  format: CatalogFileFormat,
  output: NodeJS.WritableStream,
): Promise<void> {
  if (format === "csv")
    await writeCsv(
      ITEM_COLUMNS.map((column) => column.header),
      itemValues(rows),
      output,
    );
  else if (format === "xlsx") await writeWorkbook([itemSheet(rows)], output);
  else throw new TypeError(`unknown spreadsheet format "${String(format)}"`);
}

/**
 * The export workbook: the items sheet first (the import template, what the import reads), then
 * one row per resource with its item count. `resources` is pulled only once the items are written.
 */
export async function writeCatalogWorkbook(
  items: AsyncIterable<CatalogCells>,
  resources: AsyncIterable<ResourceSheetRow>,
  output: NodeJS.WritableStream,
): Promise<void> {
  await writeWorkbook([itemSheet(items), { name: RESOURCE_SHEET_NAME, columns: RESOURCE_COLUMNS, rows: resourceValues(resources) }], output);
}

/** The item sheet of an empty template, with its drop-down lists, followed by the sheets given. */
export async function writeTemplateWorkbook(
  validations: readonly XlsxListValidation[],
  after: readonly XlsxSheet[],
  output: NodeJS.WritableStream,
): Promise<void> {
  await writeWorkbook([{ ...itemSheet([]), validations }, ...after], output);
}

function itemSheet(rows: AsyncIterable<CatalogCells> | Iterable<CatalogCells>): XlsxSheet {
  return { name: CATALOG_SHEET_NAME, columns: ITEM_COLUMNS, rows: itemValues(rows) };
}

async function* itemValues(rows: AsyncIterable<CatalogCells> | Iterable<CatalogCells>): AsyncGenerator<(string | undefined)[]> {
  for await (const cells of rows) yield ITEM_KEYS.map((key) => cells[key]);
}

async function* resourceValues(rows: AsyncIterable<ResourceSheetRow>): AsyncGenerator<(string | undefined)[]> {
  for await (const row of rows) yield [...RESOURCE_KEYS.map((key) => row.cells[key]), String(row.itemCount)];
}
