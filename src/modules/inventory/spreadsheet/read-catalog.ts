import { createReadStream } from "node:fs";
import { withoutFormulaGuard } from "../../../common/csv";
import { CATALOG_COLUMNS, catalogColumnForHeader, CatalogCells, CatalogColumnKey, CatalogFileFormat, CatalogRow } from "./catalog-template";
import { readCsvSheetRows } from "./csv-reader";
import { SheetRow } from "./sheet-row";
import { ReadingClock } from "./spreadsheet-limits";
import { columnLetter, SpreadsheetFormatError, SpreadsheetProblem } from "./spreadsheet.errors";
import { readXlsxSheets } from "./xlsx-reader";
import { ImportMessages } from "../inventory.messages";

export { SpreadsheetFormatError } from "./spreadsheet.errors";

/** Where the header is looked for: the first non-empty rows of a sheet (title rows, a grouped header). */
const HEADER_SEARCH_ROWS = 10;
/** A header row has at least this many template headers (an instructions sheet names one per row). */
const HEADER_MIN_MATCHES = 2;

/** Which sheet and header row an import read (filled in once the header is found). */
export interface CatalogSheetRead {
  /** The worksheet's name; null for CSV. */
  sheetName: string | null;
  /** The row of the column headers (the lower one of a two-row header); 0 until found. */
  headerRow: number;
}

export interface CatalogReadOptions {
  /** XLSX: the sheet to read, by name (hidden or not); without it, the first visible sheet with a header row. */
  sheet?: string;
  /** Filled in with the sheet and header row read. */
  read?: CatalogSheetRead;
}

interface CatalogSheet {
  name: string | null;
  rows: AsyncIterable<SheetRow[]>;
}

/**
 * The data rows of an inventory template file, streamed: cells keyed by column, trimmed, not
 * validated (the importer checks values against the domain rules).
 *
 * The header is found as offices lay sheets out: within the first HEADER_SEARCH_ROWS non-empty
 * rows, the first row with at least two template headers; rows above it (a merged title, a
 * group row 信息资源 / 信息项) are skipped. When the row below the header holds only template
 * headers in columns the header leaves free (a two-row header whose upper cells are merged
 * down), the two rows make the header. An XLSX workbook is read on its first visible sheet that
 * has a header row (an instructions sheet 填表说明 before it is passed over; hidden sheets are
 * skipped), or on the sheet named. Empty rows are skipped but keep their place in the numbering.
 *
 * Throws `SpreadsheetFormatError` while iterating when the file is not the template: unreadable,
 * no header row, a required header missing, an unknown or repeated header, a value in a column
 * without a header. A problem in the header is thrown before any row is yielded.
 */
export async function* readCatalogRows(
  input: NodeJS.ReadableStream | string,
  format: CatalogFileFormat,
  options: CatalogReadOptions = {},
): AsyncIterable<CatalogRow> {
  // The readers check the time spent reading; the consumer's work between rows is not counted.
  const clock = new ReadingClock();
  let sheets: AsyncIterable<CatalogSheet> | Iterable<CatalogSheet>;
  if (format === "csv")
    sheets = [{ name: null, rows: readCsvSheetRows(typeof input === "string" ? createReadStream(input, { highWaterMark: 256 * 1024 }) : input, clock) }];
  else if (format === "xlsx") sheets = readXlsxSheets(input, clock, options.sheet);
  else throw new TypeError(`unknown spreadsheet format "${String(format)}"`);
  // The CSV export guards cells against formula injection (common/csv.ts): take the guard off.
  const cell = format === "csv" ? csvCellText : cellText;

  const searched: string[] = [];
  let anyRow = false;
  for await (const sheet of sheets) {
    const finder = new HeaderFinder();
    let layout: HeaderLayout | undefined;
    reading: for await (const batch of sheet.rows) {
      for (const row of batch) {
        if (isBlank(row.values)) continue;
        anyRow = true;
        if (!layout) {
          const found = finder.offer(row);
          if (found === "none") break reading;
          if (found === "more") continue;
          layout = new HeaderLayout(found.header, cell);
          if (options.read) Object.assign(options.read, { sheetName: sheet.name, headerRow: found.header.rowNumber });
          if (found.rowIsHeader) continue;
        }
        clock.pause();
        yield { rowNumber: row.rowNumber, cells: layout.cellsOf(row) };
        clock.resume();
      }
    }
    if (!layout) {
      const header = finder.end();
      if (header) {
        new HeaderLayout(header, cell); // a header without data rows is still checked
        if (options.read) Object.assign(options.read, { sheetName: sheet.name, headerRow: header.rowNumber });
      }
    }
    if (layout || finder.found) return;
    if (sheet.name !== null) searched.push(sheet.name);
  }
  if (!anyRow) throw new SpreadsheetFormatError([{ row: 0, column: null, message: ImportMessages.emptyFile }]);
  throw new SpreadsheetFormatError([{ row: 0, column: null, message: ImportMessages.noHeaderRow(CATALOG_COLUMNS[0].header, HEADER_SEARCH_ROWS, searched) }]);
}

/** How many cells of a row are template headers. */
function headerMatches(row: SheetRow): number {
  let matches = 0;
  for (const value of row.values) if (value !== undefined && catalogColumnForHeader(value.trim())) matches++;
  return matches;
}

/** Looks for the header row among a sheet's first non-empty rows. */
class HeaderFinder {
  private candidate: SheetRow | undefined;
  private rowsSeen = 0;
  found = false;

  /** "more": keep offering rows; "none": this sheet has no header; else the header (and whether this row was part of it). */
  offer(row: SheetRow): "more" | "none" | { header: SheetRow; rowIsHeader: boolean } {
    const candidate = this.candidate;
    if (candidate) {
      this.found = true;
      const lower = this.lowerHeaderRow(candidate, row);
      return lower ? { header: lower, rowIsHeader: true } : { header: candidate, rowIsHeader: false };
    }
    this.rowsSeen++;
    if (headerMatches(row) >= HEADER_MIN_MATCHES) this.candidate = row;
    else if (this.rowsSeen >= HEADER_SEARCH_ROWS) return "none";
    return "more";
  }

  /** The header when the sheet ends right after it. */
  end(): SheetRow | undefined {
    if (this.candidate) this.found = true;
    return this.candidate;
  }

  /**
   * The two rows as one header when `next` holds template headers only, and only in columns
   * where `upper` has none (信息资源代码 merged down over two rows, 信息项 above 信息项编码 …).
   */
  private lowerHeaderRow(upper: SheetRow, next: SheetRow): SheetRow | undefined {
    const values: (string | undefined)[] = [];
    let added = 0;
    const width = Math.max(upper.values.length, next.values.length);
    for (let i = 0; i < width; i++) {
      const above = upper.values[i]?.trim() ?? "";
      const below = next.values[i]?.trim() ?? "";
      if (below === "") {
        values[i] = upper.values[i];
        continue;
      }
      if (!catalogColumnForHeader(below) || (above !== "" && catalogColumnForHeader(above))) return undefined;
      // The upper cell is a group label (信息项) or empty: the lower one names the column.
      values[i] = below;
      added++;
    }
    return added > 0 ? { rowNumber: next.rowNumber, values } : undefined;
  }
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
          message: ImportMessages.noHeaderRow(CATALOG_COLUMNS[0].header, HEADER_SEARCH_ROWS, []),
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
