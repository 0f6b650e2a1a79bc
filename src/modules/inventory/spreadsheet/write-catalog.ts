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

/** The template's columns, and the export's: those and the unit names beside the codes. */
const TEMPLATE_COLUMNS = CATALOG_COLUMNS.filter((column) => !("exportOnly" in column));
const EXPORT_COLUMNS = CATALOG_COLUMNS;
const TEMPLATE_KEYS = TEMPLATE_COLUMNS.map((column) => column.key);
const RESOURCE_TEMPLATE_COLUMNS = EXPORT_COLUMNS.filter((column) => column.group === "resource");
const RESOURCE_KEYS = RESOURCE_TEMPLATE_COLUMNS.map((column) => column.key);
const ITEM_COUNT_HEADER = "信息项数量";
const RESOURCE_COLUMNS: XlsxColumn[] = [...RESOURCE_TEMPLATE_COLUMNS.map(xlsxColumn), { header: ITEM_COUNT_HEADER, width: 12, kind: "number" }];

/** The sheet the import reads: one row per item. First in every workbook the catalog writes. */
const CATALOG_SHEET_NAME = "职能数据清单";
/** One row per resource: the sheet to count and sum resources on. */
const RESOURCE_SHEET_NAME = "信息资源";

/** The template's column positions, for drop-down lists on its data sheet. */
export const templateColumnIndex = (key: CatalogColumnKey): number => TEMPLATE_KEYS.indexOf(key);

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
 * dates as typed cells and the rest as text. `unitNames`: the export's columns (资源提供方名称 too).
 */
export async function writeCatalogRows(
  rows: AsyncIterable<CatalogCells> | Iterable<CatalogCells>,
  format: CatalogFileFormat,
  output: NodeJS.WritableStream,
  { unitNames = false }: { unitNames?: boolean } = {},
): Promise<void> {
  const columns = unitNames ? EXPORT_COLUMNS : TEMPLATE_COLUMNS;
  if (format === "csv")
    await writeCsv(
      columns.map((column) => column.header),
      itemValues(rows, columns),
      output,
    );
  else if (format === "xlsx") await writeWorkbook([itemSheet(rows, columns)], output);
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
  await writeWorkbook([itemSheet(items, EXPORT_COLUMNS), { name: RESOURCE_SHEET_NAME, columns: RESOURCE_COLUMNS, rows: resourceValues(resources) }], output);
}

/** The item sheet of an empty template, with its drop-down lists, followed by the sheets given. */
export async function writeTemplateWorkbook(
  validations: readonly XlsxListValidation[],
  after: readonly XlsxSheet[],
  output: NodeJS.WritableStream,
): Promise<void> {
  await writeWorkbook([{ ...itemSheet([], TEMPLATE_COLUMNS), validations }, ...after], output);
}

type Columns = readonly (typeof CATALOG_COLUMNS)[number][];

function itemSheet(rows: AsyncIterable<CatalogCells> | Iterable<CatalogCells>, columns: Columns): XlsxSheet {
  return { name: CATALOG_SHEET_NAME, columns: columns.map(xlsxColumn), rows: itemValues(rows, columns) };
}

async function* itemValues(rows: AsyncIterable<CatalogCells> | Iterable<CatalogCells>, columns: Columns): AsyncGenerator<(string | undefined)[]> {
  const keys = columns.map((column) => column.key);
  for await (const cells of rows) yield keys.map((key) => cells[key]);
}

async function* resourceValues(rows: AsyncIterable<ResourceSheetRow>): AsyncGenerator<(string | undefined)[]> {
  for await (const row of rows) yield [...RESOURCE_KEYS.map((key) => row.cells[key]), String(row.itemCount)];
}
