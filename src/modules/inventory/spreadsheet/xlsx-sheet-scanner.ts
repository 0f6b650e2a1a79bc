import { SheetRow } from "./sheet-row";
import { SPREADSHEET_LIMITS, spreadsheetTooLarge } from "./spreadsheet-limits";
import { columnLetter, SpreadsheetFormatError } from "./spreadsheet.errors";
import { DateKind, formatDateSerial, formatIsoDateCell, formatNumber } from "./xlsx-cell-format";
import { decodeXmlText, parseAttributes, XmlEvents, XmlTokenizer } from "./xml-tokenizer";
import { ImportMessages } from "../inventory.messages";
import type { Localised } from "../../../common/i18n";

enum CellType {
  Number,
  SharedString,
  InlineString,
  FormulaString,
  Boolean,
  Error,
  Date,
}

const SLASH = 47;
const GT = 62;

/** The root element must appear within this many characters of the sheet's start. */
const ROOT_WITHIN_CHARS = 64 * 1024;

/**
 * Reads a worksheet's rows straight from its text. A sheet is millions of `<c>` elements, so
 * instead of a tag-by-tag tokenizer this jumps from `<row` to `</row>` and from `<c` to `</c>`
 * with indexOf and reads a cell's attributes without allocating. It relies on what every writer
 * emits for sheetData: closing tags without inner whitespace, one namespace prefix throughout
 * (none, or OpenXML SDK's `x:`); rich-text inline strings go through the general tokenizer.
 *
 * Linear whatever the input: a row cut by a chunk's end is held as chunks and only the new text
 * is searched for what completes it; every search inside a row stays inside the row. A row longer
 * than SPREADSHEET_LIMITS.rowChars, a cell with a value beyond column SPREADSHEET_LIMITS.columns
 * or a cell longer than cellChars is refused at once, so no empty cells are made up to a far column.
 */
export class WorksheetScanner {
  rows: SheetRow[] = [];
  /** Text held over: a row (or the sheet's start) not complete at a chunk's end, in pieces. */
  private held: string[] = [];
  private heldChars = 0;
  /** What completes the held row: `>` or `</row>`; "" when nothing is held but a short tail. */
  private awaited = "";
  /** The last characters held, to find `awaited` cut across two chunks. */
  private heldTail = "";
  private prefix?: string;
  private rowOpen = "";
  private rowClose = "";
  private cellOpen = "";
  private cellClose = "";
  private valueOpen = "";
  private valueClose = "";
  private inlineOpen = "";
  private inlineClose = "";
  private textOpen = "";
  private textClose = "";
  private rowNumber = 0;
  // The attributes of the cell being read.
  private column = -1;
  private type = CellType.Number;
  private style = 0;

  constructor(
    private readonly sharedStrings: readonly string[],
    private readonly dateKinds: readonly DateKind[],
    private readonly date1904: boolean,
  ) {}

  takeRows(): SheetRow[] {
    const rows = this.rows;
    this.rows = [];
    return rows;
  }

  write(chunk: string): void {
    if (this.awaited !== "") {
      this.held.push(chunk);
      this.heldChars += chunk.length;
      if (!chunk.includes(this.awaited) && !(this.heldTail + chunk.slice(0, this.awaited.length)).includes(this.awaited)) {
        if (this.heldChars > SPREADSHEET_LIMITS.rowChars) throw this.rowTooLong();
        const n = this.awaited.length;
        this.heldTail = chunk.length >= n ? chunk.slice(-n) : (this.heldTail + chunk).slice(-n);
        return;
      }
    } else {
      this.held.push(chunk);
      this.heldChars += chunk.length;
    }
    const s = this.held.length === 1 ? this.held[0] : this.held.join("");
    this.held = [];
    this.heldChars = 0;
    this.awaited = "";
    if (this.prefix === undefined && !this.findPrefix(s)) {
      if (s.length > ROOT_WITHIN_CHARS) throw notASheet();
      this.hold(s, "");
      return;
    }
    this.scan(s);
  }

  private scan(s: string): void {
    let pos = 0;
    for (;;) {
      const start = findElement(s, this.rowOpen, pos);
      if (start === -1) {
        // Keep a tail long enough to hold the start of a `<row` cut by the chunk's end.
        pos = Math.max(pos, s.length - this.rowOpen.length - 1);
        this.hold(s.slice(pos), "");
        return;
      }
      const openEnd = s.indexOf(">", start);
      if (openEnd === -1) {
        this.hold(s.slice(start), ">");
        return;
      }
      const selfClosing = s.charCodeAt(openEnd - 1) === SLASH;
      const end = selfClosing ? openEnd : s.indexOf(this.rowClose, openEnd);
      if (end === -1) {
        this.hold(s.slice(start), this.rowClose);
        return;
      }
      if (end - start > SPREADSHEET_LIMITS.rowChars) throw this.rowTooLong();
      const r = parseAttributes(s.slice(start + this.rowOpen.length, selfClosing ? openEnd - 1 : openEnd), 0).r;
      this.rowNumber = r ? Number(r) : this.rowNumber + 1;
      if (selfClosing) {
        pos = openEnd + 1;
        continue;
      }
      // Every search for a cell stays inside its row.
      this.readRow(s.slice(openEnd + 1, end));
      pos = end + this.rowClose.length;
    }
  }

  private hold(text: string, awaited: string): void {
    if (text.length > SPREADSHEET_LIMITS.rowChars) throw this.rowTooLong();
    this.held = text.length > 0 ? [text] : [];
    this.heldChars = text.length;
    this.awaited = awaited;
    this.heldTail = awaited === "" ? "" : text.slice(-awaited.length);
  }

  private rowTooLong() {
    return spreadsheetTooLarge(ImportMessages.xmlRowTooLong(this.rowNumber, SPREADSHEET_LIMITS.rowChars));
  }

  /** The root element names the prefix the sheet's elements carry, if any. */
  private findPrefix(s: string): boolean {
    const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>/]/.exec(s);
    if (!root) return false;
    const p = root[1] ?? "";
    this.prefix = p;
    this.rowOpen = `<${p}row`;
    this.rowClose = `</${p}row>`;
    this.cellOpen = `<${p}c`;
    this.cellClose = `</${p}c>`;
    this.valueOpen = `<${p}v`;
    this.valueClose = `</${p}v>`;
    this.inlineOpen = `<${p}is>`;
    this.inlineClose = `</${p}is>`;
    this.textOpen = `<${p}t`;
    this.textClose = `</${p}t>`;
    return true;
  }

  /** The cells of one row, `s` being the row's content (between `<row …>` and `</row>`). */
  private readRow(s: string): void {
    const values: (string | undefined)[] = [];
    let nextColumn = 0;
    let pos = 0;
    for (;;) {
      const start = findElement(s, this.cellOpen, pos);
      if (start === -1) break;
      const openEnd = s.indexOf(">", start);
      if (openEnd === -1) throw this.malformed(ImportMessages.cellTagNotClosed);
      const selfClosing = s.charCodeAt(openEnd - 1) === SLASH;
      this.readCellAttributes(s, start + this.cellOpen.length, selfClosing ? openEnd - 1 : openEnd);
      const column = this.column >= 0 ? this.column : nextColumn;
      if (column >= SPREADSHEET_LIMITS.excelColumns) throw this.malformed(ImportMessages.cellBeyondXfd);
      nextColumn = column + 1;
      if (selfClosing) {
        pos = openEnd + 1;
        continue;
      }
      const end = s.indexOf(this.cellClose, openEnd);
      if (end === -1) throw this.malformed(ImportMessages.cellNotClosed);
      const text = this.cellText(s, openEnd + 1, end);
      if (column >= SPREADSHEET_LIMITS.columns) {
        // Empty formatted cells far out are harmless; a value there is not the template.
        if (text !== "") throw spreadsheetTooLarge(ImportMessages.valueBeyondColumns(SPREADSHEET_LIMITS.columns), this.rowNumber, columnLetter(column));
      } else {
        if (text.length > SPREADSHEET_LIMITS.cellChars) throw cellTooLong(this.rowNumber, column);
        values[column] = text;
      }
      pos = end + this.cellClose.length;
    }
    if (values.length > 0) this.rows.push({ rowNumber: this.rowNumber, values });
  }

  private malformed(reason: Localised): SpreadsheetFormatError {
    return new SpreadsheetFormatError([{ row: this.rowNumber, column: null, message: ImportMessages.worksheetDamaged(reason) }]);
  }

  private readCellAttributes(s: string, from: number, to: number): void {
    this.column = -1;
    this.type = CellType.Number;
    this.style = 0;
    let i = from;
    while (i < to) {
      if (s.charCodeAt(i) <= 32) {
        i++;
        continue;
      }
      const equals = s.indexOf("=", i);
      if (equals === -1 || equals >= to) return;
      let open = equals + 1;
      while (s.charCodeAt(open) <= 32) open++;
      const close = s.indexOf(s.charCodeAt(open) === 39 ? "'" : '"', open + 1);
      if (close === -1 || close >= to) return;
      let nameEnd = equals;
      while (s.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
      if (nameEnd - i === 1) {
        const name = s.charCodeAt(i);
        if (name === 114 /* r */) this.column = columnIndexAt(s, open + 1, close);
        else if (name === 115 /* s */) this.style = integerAt(s, open + 1, close);
        else if (name === 116 /* t */) this.type = cellTypeAt(s, open + 1, close);
      }
      i = close + 1;
    }
  }

  private cellText(s: string, from: number, to: number): string {
    if (this.type === CellType.InlineString) return this.inlineText(s, from, to);
    // `<v>` opens the cell, or follows a formula: only then search, and only inside the cell.
    if (!s.startsWith(this.valueOpen, from)) {
      const start = findElement(s.slice(from, to), this.valueOpen, 0);
      if (start === -1) return "";
      from += start;
    }
    const openEnd = s.indexOf(">", from);
    if (openEnd === -1 || openEnd >= to || s.charCodeAt(openEnd - 1) === SLASH) return "";
    const end = s.indexOf(this.valueClose, openEnd);
    const value = s.slice(openEnd + 1, end === -1 || end > to ? to : end);
    switch (this.type) {
      case CellType.SharedString:
        return this.sharedStrings[Number(value)] ?? "";
      case CellType.FormulaString:
      case CellType.Error:
        return decodeXmlText(value);
      case CellType.Boolean:
        return value.trim() === "1" ? "TRUE" : "FALSE";
      case CellType.Date:
        return formatIsoDateCell(value.trim());
      default: {
        const number = value.trim();
        if (number === "") return "";
        const dateKind = this.dateKinds[this.style] ?? DateKind.None;
        return dateKind === DateKind.None ? formatNumber(number) : formatDateSerial(number, dateKind, this.date1904);
      }
    }
  }

  private inlineText(s: string, from: number, to: number): string {
    // The plain `<is><t>text</t></is>` every writer uses for unformatted text.
    if (s.startsWith(this.inlineOpen, from)) {
      const t = from + this.inlineOpen.length;
      const after = s.charCodeAt(t + this.textOpen.length);
      if (s.startsWith(this.textOpen, t) && (after === GT || after <= 32)) {
        const textStart = s.indexOf(">", t) + 1;
        const textEnd = s.indexOf(this.textClose, textStart);
        if (
          textEnd !== -1 &&
          s.charCodeAt(textStart - 2) !== SLASH &&
          textEnd + this.textClose.length + this.inlineClose.length === to &&
          s.startsWith(this.inlineClose, textEnd + this.textClose.length)
        ) {
          return decodeXmlText(s.slice(textStart, textEnd));
        }
      }
    }
    return richText(s.slice(from, to));
  }
}

/** The text of rich-text runs, without phonetic (furigana) runs. */
function richText(xml: string): string {
  let text = "";
  let capturing = false;
  let phonetic = 0;
  const events: XmlEvents = {
    open(name, _tag, _at, selfClosing) {
      if (name === "t") capturing = !selfClosing && phonetic === 0;
      else if (name === "rPh" && !selfClosing) phonetic++;
    },
    close(name) {
      if (name === "t") capturing = false;
      else if (name === "rPh") phonetic--;
    },
    text(raw) {
      if (capturing) text += raw;
    },
  };
  new XmlTokenizer(events).write(xml);
  return decodeXmlText(text);
}

/** Where `<name` starts an element (followed by whitespace, `>` or `/`, not a longer name), or -1. */
function findElement(s: string, open: string, from: number): number {
  for (let i = s.indexOf(open, from); i !== -1; i = s.indexOf(open, i + 1)) {
    if (i + open.length >= s.length) return -1;
    const next = s.charCodeAt(i + open.length);
    if (next <= 32 || next === GT || next === SLASH) return i;
  }
  return -1;
}

/** "AB12" → 27; past four letters the index is only known to be beyond XFD. */
function columnIndexAt(s: string, from: number, to: number): number {
  let index = 0;
  for (let i = from; i < to && i < from + 4; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    index = index * 26 + (c - 96);
  }
  return index - 1;
}

function cellTooLong(row: number, column: number): SpreadsheetFormatError {
  return spreadsheetTooLarge(ImportMessages.cellTooLong(SPREADSHEET_LIMITS.cellChars), row, columnLetter(column));
}

function notASheet(): SpreadsheetFormatError {
  return new SpreadsheetFormatError([{ row: 0, column: null, message: ImportMessages.noWorksheet }]);
}

function integerAt(s: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
  }
  return value;
}

function cellTypeAt(s: string, from: number, to: number): CellType {
  switch (s.charCodeAt(from)) {
    case 115 /* s, str */:
      return to - from === 1 ? CellType.SharedString : CellType.FormulaString;
    case 105 /* inlineStr */:
      return CellType.InlineString;
    case 98 /* b */:
      return CellType.Boolean;
    case 101 /* e */:
      return CellType.Error;
    case 100 /* d */:
      return CellType.Date;
    default:
      return CellType.Number;
  }
}
