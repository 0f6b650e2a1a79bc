import { performance } from "node:perf_hooks";
import { SpreadsheetFormatError, SpreadsheetProblem, SPREADSHEET_TOO_LARGE } from "./spreadsheet.errors";
import { ImportMessages } from "../inventory.messages";
import type { Localised } from "../../../common/i18n";

const MiB = 1024 * 1024;

/**
 * Every bound on reading an inventory file, in one place. An uploaded file is untrusted: a few KB
 * of zip can inflate to gigabytes, one cell can claim column ZZZZZZ, a quote can stay open to the
 * end. Each bound is far above what the template needs (50,000 items: a 101 MB sheet XML inflated
 * 16× from 6 MB, 34 columns) and each is checked while reading, so a file past one is refused
 * with SPREADSHEET_TOO_LARGE after at most that much work.
 */
export const SPREADSHEET_LIMITS = {
  /** Excel's own limit on the text of one cell. */
  cellChars: 32_767,
  /** Columns with a value, and cells (CSV fields) per row: the template has 34. */
  columns: 256,
  /** The text of one row: its CSV record or its `<row>` element (XML), and any single XML tag or comment. */
  rowChars: 4 * MiB,
  /** Excel's last column, XFD: a cell reference beyond it is not a spreadsheet's. */
  excelColumns: 16_384,
  /** Entries in the zip archive (an XLSX from Excel has a dozen). */
  zipEntries: 1_000,
  /** Inflated bytes of the worksheet (about 320 MB for the largest upload's 160,000 rows). */
  sheetBytes: 512 * MiB,
  /** Inflated bytes of the shared-strings part. */
  sharedStringsBytes: 256 * MiB,
  /** Inflated bytes of any other part read (workbook, relationships, styles). */
  partBytes: 16 * MiB,
  /** Inflated bytes of all parts read together. */
  totalBytes: 768 * MiB,
  /** Past `ratioFromBytes` inflated, an entry may not inflate more than this many times its compressed bytes so far. */
  compressionRatio: 200,
  ratioFromBytes: 16 * MiB,
  /** Distinct texts in the shared-strings table, and their characters together. */
  sharedStrings: 2_000_000,
  sharedStringChars: 64 * MiB,
  /** Time spent reading (not the database work between rows): a backstop behind the bounds above. */
  readMs: 120_000,
} as const;

/** A file past one of SPREADSHEET_LIMITS. The message says which bound, in the reader's words. */
export function spreadsheetTooLarge(message: Localised, row = 0, column: string | null = null): SpreadsheetFormatError {
  const problem: SpreadsheetProblem = { row, column, message };
  return new SpreadsheetFormatError([problem], SPREADSHEET_TOO_LARGE);
}

/**
 * The time a read has spent: the readers check it once per chunk; the time the consumer of the
 * rows spends between batches (the import's database work) is not counted.
 */
export class ReadingClock {
  private spent = 0;
  private since: number | undefined = performance.now();

  constructor(private readonly limitMs: number = SPREADSHEET_LIMITS.readMs) {}

  pause(): void {
    if (this.since !== undefined) this.spent += performance.now() - this.since;
    this.since = undefined;
  }

  resume(): void {
    this.since ??= performance.now();
  }

  check(): void {
    const spent = this.spent + (this.since === undefined ? 0 : performance.now() - this.since);
    if (spent > this.limitMs) throw spreadsheetTooLarge(ImportMessages.readingTooSlow(Math.round(this.limitMs / 1000)));
  }
}
