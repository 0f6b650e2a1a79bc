import { CATALOG_COLUMNS, CatalogCells, CatalogFileFormat } from "./catalog-template";
import { writeCsv } from "./csv-writer";
import { writeXlsx } from "./xlsx-writer";

const HEADERS = CATALOG_COLUMNS.map((column) => column.header);
const KEYS = CATALOG_COLUMNS.map((column) => column.key);
// Wide enough for the header, wider for the free-text columns.
const WIDE_COLUMNS = new Set<string>(["resourceName", "summary", "sharingConditions", "notSharedBasis", "openConditions", "functions", "itemDescription"]);
const WIDTHS = CATALOG_COLUMNS.map((column) => (WIDE_COLUMNS.has(column.key) ? 30 : Math.max(12, column.header.length * 2 + 4)));

const CATALOG_SHEET_NAME = "职能数据清单";

/**
 * Writes the inventory template, header row then one row per item, every column in template
 * order (a missing key is an empty cell), and ends `output`. Streamed in both formats: rows are
 * pulled from `rows` as the output drains, so an export of any size runs in constant memory.
 * CSV is UTF-8 with a BOM and CRLF; XLSX is one sheet of text cells with a bold, frozen header.
 */
export async function writeCatalogRows(
  rows: AsyncIterable<CatalogCells> | Iterable<CatalogCells>,
  format: CatalogFileFormat,
  output: NodeJS.WritableStream,
): Promise<void> {
  const values = templateValues(rows);
  if (format === "csv") await writeCsv(HEADERS, values, output);
  else if (format === "xlsx") await writeXlsx(HEADERS, values, output, { sheetName: CATALOG_SHEET_NAME, widths: WIDTHS });
  else throw new TypeError(`unknown spreadsheet format "${String(format)}"`);
}

async function* templateValues(rows: AsyncIterable<CatalogCells> | Iterable<CatalogCells>): AsyncGenerator<(string | undefined)[]> {
  for await (const cells of rows) yield KEYS.map((key) => cells[key]);
}
