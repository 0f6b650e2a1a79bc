import { TextDecoder } from "node:util";
import { SheetRow } from "./sheet-row";
import { ReadingClock, SPREADSHEET_LIMITS, spreadsheetTooLarge } from "./spreadsheet-limits";
import { columnLetter, SpreadsheetFormatError } from "./spreadsheet.errors";
import { ImportMessages } from "../inventory.messages";

/** How much of the file decides its encoding: the header row is Chinese, so a few KB suffice. */
const ENCODING_PROBE_BYTES = 16 * 1024;

/**
 * The records of an RFC 4180 CSV file, a batch per chunk read. UTF-8 (with or without BOM),
 * UTF-16 with a BOM, or GB18030/GBK as Excel saves "CSV (逗号分隔)" on a Chinese Windows: a file
 * whose first line with non-ASCII text is not UTF-8 is read as GB18030, a UTF-8 file broken
 * further on is refused.
 */
export async function* readCsvSheetRows(input: NodeJS.ReadableStream, clock = new ReadingClock()): AsyncGenerator<SheetRow[]> {
  const parser = new CsvRecordParser();
  const decoder = new CsvDecoder();
  let rows: SheetRow[] = [];
  for await (const chunk of input) {
    clock.check();
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk);
    if (text.length === 0) continue;
    parser.push(text, rows);
    if (rows.length > 0) {
      yield rows;
      rows = [];
    }
  }
  const last = decoder.end();
  if (last.length > 0) parser.push(last, rows);
  parser.end(rows);
  if (rows.length > 0) yield rows;
}

class CsvDecoder {
  private decoder?: TextDecoder;
  private probe: Buffer[] = [];
  private probeBytes = 0;
  private decodedBytes = 0;

  decode(chunk: Buffer): string {
    if (!this.decoder) {
      this.probe.push(chunk);
      this.probeBytes += chunk.length;
      if (this.probeBytes < ENCODING_PROBE_BYTES) return "";
      return this.decide(false);
    }
    return this.run(chunk, true);
  }

  end(): string {
    if (!this.decoder) return this.decide(true);
    return this.run(undefined, false);
  }

  private decide(final: boolean): string {
    const head = Buffer.concat(this.probe);
    this.probe = [];
    const label = bomEncoding(head);
    if (label) {
      this.decoder = new TextDecoder(label, { fatal: label === "utf-8" });
      return this.run(head, !final);
    }
    const invalidAt = firstInvalidUtf8(head);
    if (invalidAt === -1 || startsAsUtf8Text(head, invalidAt)) {
      // Valid UTF-8 text up to a bad byte is a damaged UTF-8 file, not a GBK one: say so.
      this.decoder = new TextDecoder("utf-8", { fatal: true });
      return this.run(head, !final);
    }
    this.decoder = new TextDecoder("gb18030");
    return this.run(head, !final);
  }

  private run(chunk: Buffer | undefined, stream: boolean): string {
    try {
      const text = this.decoder!.decode(chunk, { stream });
      this.decodedBytes += chunk?.length ?? 0;
      return text;
    } catch {
      const at = this.decodedBytes + Math.max(0, chunk ? firstInvalidUtf8(chunk) : 0);
      throw new SpreadsheetFormatError([{ row: 0, column: null, message: ImportMessages.notUtf8(at) }]);
    }
  }
}

/** The offset of the first byte that breaks UTF-8, or -1 (a sequence cut by the end is not a break). */
function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length && i + k < bytes.length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/**
 * Whether the bytes before `invalidAt` hold a whole line with non-ASCII UTF-8 in it: a GBK file
 * breaks UTF-8 within its (Chinese) header line, a damaged UTF-8 file only later.
 */
function startsAsUtf8Text(bytes: Buffer, invalidAt: number): boolean {
  const firstNonAscii = bytes.findIndex((byte) => byte >= 0x80);
  return firstNonAscii !== -1 && firstNonAscii < invalidAt && bytes.indexOf(0x0a, firstNonAscii) !== -1 && bytes.indexOf(0x0a, firstNonAscii) < invalidAt;
}

function bomEncoding(head: Buffer): string | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "utf-8";
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  if (head[0] === 0x84 && head[1] === 0x31 && head[2] === 0x95 && head[3] === 0x33) return "gb18030";
  return undefined;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * RFC 4180, fed text in pieces of any size: quoted fields with `""` escapes and line breaks,
 * CRLF, LF or CR record ends. Like Excel it is lenient with a stray quote inside an unquoted
 * field or text after a closing quote (kept as written); an unterminated quoted field is an error.
 * Rows are counted by record, so a row number is the one Excel shows after opening the file.
 * A field longer than SPREADSHEET_LIMITS.cellChars (as a quote left open makes one), a record
 * of more than `columns` fields or `rowChars` characters is refused as soon as it is seen.
 */
export class CsvRecordParser {
  private fields: string[] = [];
  /** The current field's text from earlier pieces. */
  private partial = "";
  /** The current field has begun with a quote or, in an earlier piece, with text. */
  private fieldBegun = false;
  private inQuotes = false;
  /** A piece ended on a quote inside a quoted field: escape or end, the next piece tells. */
  private quotePending = false;
  /** A piece ended on CR: a LF starting the next belongs to the same line end. */
  private crPending = false;
  private rowNumber = 0;
  private quotedFieldRow = 0;
  /** Characters in the current record's fields so far. */
  private recordChars = 0;

  push(text: string, out: SheetRow[]): void {
    const n = text.length;
    let i = 0;
    if (this.crPending) {
      this.crPending = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (this.quotePending) {
      this.quotePending = false;
      if (text.charCodeAt(i) === QUOTE) {
        this.partial += '"';
        i++;
      } else this.inQuotes = false;
    }
    let start = i;
    while (i < n) {
      if (this.inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote === -1) break;
        if (quote + 1 === n) {
          this.partial += text.slice(start, quote);
          this.quotePending = true;
          start = n;
          break;
        }
        if (text.charCodeAt(quote + 1) === QUOTE) {
          this.partial += text.slice(start, quote + 1);
          start = i = quote + 2;
        } else {
          this.partial += text.slice(start, quote);
          this.inQuotes = false;
          start = i = quote + 1;
        }
        continue;
      }
      let c = 0;
      while (i < n) {
        c = text.charCodeAt(i);
        if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
        i++;
      }
      if (i === n) break;
      if (c === QUOTE) {
        if (i === start && this.partial === "" && !this.fieldBegun) {
          this.inQuotes = true;
          this.fieldBegun = true;
          this.quotedFieldRow = this.rowNumber + 1;
          start = ++i;
        } else i++;
        continue;
      }
      this.addField(this.partial === "" ? text.slice(start, i) : this.partial + text.slice(start, i));
      this.partial = "";
      this.fieldBegun = false;
      i++;
      if (c !== COMMA) {
        this.endRecord(out);
        if (c === CR) {
          if (i === n) this.crPending = true;
          else if (text.charCodeAt(i) === LF) i++;
        }
      }
      start = i;
    }
    if (start < n) {
      this.partial += text.slice(start, n);
      this.fieldBegun = true;
    }
    if (this.partial.length > SPREADSHEET_LIMITS.cellChars) throw this.fieldTooLong();
  }

  private addField(field: string): void {
    if (field.length > SPREADSHEET_LIMITS.cellChars) throw this.fieldTooLong();
    this.recordChars += field.length;
    if (this.fields.length >= SPREADSHEET_LIMITS.columns) {
      throw spreadsheetTooLarge(ImportMessages.tooManyFields(SPREADSHEET_LIMITS.columns), this.rowNumber + 1, null);
    }
    if (this.recordChars > SPREADSHEET_LIMITS.rowChars)
      throw spreadsheetTooLarge(ImportMessages.rowTooLong(SPREADSHEET_LIMITS.rowChars), this.rowNumber + 1, null);
    this.fields.push(field);
  }

  private fieldTooLong(): SpreadsheetFormatError {
    const row = this.inQuotes ? this.quotedFieldRow : this.rowNumber + 1;
    const hint = this.inQuotes ? ImportMessages.unclosedQuoteHint : ImportMessages.noHint;
    return spreadsheetTooLarge(ImportMessages.fieldTooLong(SPREADSHEET_LIMITS.cellChars, hint), row, columnLetter(this.fields.length));
  }

  end(out: SheetRow[]): void {
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.inQuotes) {
      throw new SpreadsheetFormatError([{ row: this.quotedFieldRow, column: null, message: ImportMessages.unclosedQuote }]);
    }
    if (this.fields.length > 0 || this.fieldBegun) {
      this.addField(this.partial);
      this.partial = "";
      this.fieldBegun = false;
      this.endRecord(out);
    }
  }

  private endRecord(out: SheetRow[]): void {
    this.rowNumber++;
    out.push({ rowNumber: this.rowNumber, values: this.fields });
    this.fields = [];
    this.recordChars = 0;
  }
}
