import { createReadStream } from "node:fs";
import { withoutFormulaGuard } from "../../../common/csv";
import { CATALOG_COLUMNS, catalogColumnForHeader, CatalogCells, CatalogColumnKey, CatalogFileFormat, CatalogRow } from "./catalog-template";
import { readCsvSheetRows } from "./csv-reader";
import { SheetRow } from "./sheet-row";
import { ReadingClock } from "./spreadsheet-limits";
import { columnLetter, SpreadsheetFormatError, SpreadsheetProblem } from "./spreadsheet.errors";
import { readXlsxSheetRows } from "./xlsx-reader";
import { ImportMessages } from "../inventory.messages";

export { SpreadsheetFormatError } from "./spreadsheet.errors";

/**
 * The data rows of an inventory template file, streamed: cells keyed by column, trimmed, not
 * validated (the importer checks values against the domain rules). The header is the first
 * non-empty row; empty rows are skipped but keep their place in the row numbering.
 *
 * Throws `SpreadsheetFormatError` while iterating when the file is not the template: unreadable,
 * a required header missing, an unknown or repeated header, a value in a column without a header.
 * A problem in the header is thrown before any row is yielded.
 */
export async function* readCatalogRows(input: NodeJS.ReadableStream | string, format: CatalogFileFormat): AsyncIterable<CatalogRow> {
  // The readers check the time spent reading; the consumer's work between rows is not counted.
  const clock = new ReadingClock();
  let sheetRows: AsyncIterable<SheetRow[]>;
  if (format === "csv") sheetRows = readCsvSheetRows(typeof input === "string" ? createReadStream(input, { highWaterMark: 256 * 1024 }) : input, clock);
  else if (format === "xlsx") sheetRows = readXlsxSheetRows(input, clock);
  else throw new TypeError(`unknown spreadsheet format "${String(format)}"`);
  // The CSV export guards cells against formula injection (common/csv.ts): take the guard off.
  const cell = format === "csv" ? csvCellText : cellText;

  let layout: HeaderLayout | undefined;
  for await (const batch of sheetRows) {
    for (const row of batch) {
      if (isBlank(row.values)) continue;
      if (!layout) layout = new HeaderLayout(row, cell);
      else {
        clock.pause();
        yield { rowNumber: row.rowNumber, cells: layout.cellsOf(row) };
        clock.resume();
      }
    }
  }
  if (!layout) throw new SpreadsheetFormatError([{ row: 0, column: null, message: ImportMessages.emptyFile }]);
}

function isBlank(values: (string | undefined)[]): boolean {
  // `every` skips the holes a sparse XLSX row leaves.
  return values.every((value) => value === undefined || value.trim() === "");
}

/** Which column of the file holds which template column. */
class HeaderLayout {
  private readonly keys: CatalogColumnKey[] = [];
  private readonly indexes: number[] = [];
  /** Columns inside the header's width whose header cell is empty. */
  private readonly unheaded: number[] = [];
  private readonly width: number;
  /** Builds one row's cells as an object literal of the file's columns: one hidden class for every row, no per-key growth. */
  private readonly makeCells: (values: (string | undefined)[], cell: (value: string | undefined) => string) => CatalogCells;

  constructor(
    header: SheetRow,
    private readonly cell: (value: string | undefined) => string,
  ) {
    const problems: SpreadsheetProblem[] = [];
    const seen = new Map<CatalogColumnKey, number>();
    this.width = header.values.length;
    for (let index = 0; index < header.values.length; index++) {
      const text = header.values[index]?.trim() ?? "";
      if (text === "") {
        this.unheaded.push(index);
        continue;
      }
      const column = catalogColumnForHeader(text);
      if (!column) {
        problems.push({ row: header.rowNumber, column: columnLetter(index), message: ImportMessages.unknownHeader(text) });
        continue;
      }
      const earlier = seen.get(column.key);
      if (earlier !== undefined) {
        problems.push({
          row: header.rowNumber,
          column: columnLetter(index),
          message: ImportMessages.headerTwice(column.header, columnLetter(earlier)),
        });
        continue;
      }
      seen.set(column.key, index);
      this.keys.push(column.key);
      this.indexes.push(index);
    }
    if (this.keys.length === 0) {
      throw new SpreadsheetFormatError([
        {
          row: header.rowNumber,
          column: null,
          message: ImportMessages.noHeaderRow(CATALOG_COLUMNS[0].header),
        },
      ]);
    }
    for (const column of CATALOG_COLUMNS) {
      if ("required" in column && !seen.has(column.key)) {
        problems.push({ row: header.rowNumber, column: null, message: ImportMessages.headerMissing(column.header) });
      }
    }
    if (problems.length > 0) throw new SpreadsheetFormatError(problems);
    // The keys are the template's own identifiers and the indexes numbers: nothing of the file's text reaches the code.
    const fields = this.keys.map((key, i) => `${key}: cell(values[${this.indexes[i]}])`).join(", ");
    this.makeCells = new Function("values", "cell", `return { ${fields} };`) as typeof this.makeCells;
  }

  cellsOf(row: SheetRow): CatalogCells {
    const values = row.values;
    const cells = this.makeCells(values, this.cell);
    for (const index of this.unheaded) this.refuseUnheaded(row, index);
    for (let index = this.width; index < values.length; index++) this.refuseUnheaded(row, index);
    return cells;
  }

  private refuseUnheaded(row: SheetRow, index: number): void {
    const value = row.values[index]?.trim();
    if (value) {
      throw new SpreadsheetFormatError([{ row: row.rowNumber, column: columnLetter(index), message: ImportMessages.valueWithoutHeader(truncate(value)) }]);
    }
  }
}

function cellText(value: string | undefined): string {
  return value === undefined ? "" : trimmed(value);
}

function csvCellText(value: string | undefined): string {
  if (value === undefined) return "";
  const text = trimmed(value);
  return text.charCodeAt(0) === 39 /* ' */ ? withoutFormulaGuard(text) : text;
}

/** `trim()`, skipping the call for the common cell that starts and ends with a letter or a CJK character. */
function trimmed(value: string): string {
  if (value.length === 0) return value;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  return isPlainEnd(first) && isPlainEnd(last) ? value : value.trim();
}

/** Not whitespace for `trim()`: printable ASCII, and the CJK ranges past the ideographic space. */
function isPlainEnd(c: number): boolean {
  return (c > 32 && c < 127) || (c > 0x3000 && c < 0xfeff);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
