import { SPREADSHEET_LIMITS, spreadsheetTooLarge } from "./spreadsheet-limits";
import { ImportMessages } from "../inventory.messages";

/**
 * A small streaming XML tokenizer for the SpreadsheetML parts of an XLSX file other than the
 * sheet's cells (relationships, workbook, styles, shared strings, rich text). It jumps from tag to
 * tag with indexOf and skips what these parts never use (DTDs, namespace bookkeeping);
 * well-formedness is not checked: Excel and its peers write it. The cells have their own, faster
 * scanner (xlsx-sheet-scanner.ts).
 *
 * Linear in its input whatever the input: text is handed on as it comes, and only markup cut by
 * a chunk's end is kept over, at most SPREADSHEET_LIMITS.rowChars of it, rescanned only when a
 * chunk brings a `>` (every piece of markup ends with one).
 */
export interface XmlEvents {
  /** `name` has its namespace prefix removed; the attributes are `tag` from `attributesAt` on. */
  open(name: string, tag: string, attributesAt: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data as written (entities not yet decoded), possibly in several calls: concatenate before decoding. */
  text(raw: string): void;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;

export class XmlTokenizer {
  /** Markup cut by a chunk's end, and the chunks after it that did not complete it. */
  private held: string[] = [];
  private heldChars = 0;

  constructor(private readonly events: XmlEvents) {}

  write(chunk: string): void {
    if (this.heldChars > 0) {
      this.held.push(chunk);
      this.heldChars += chunk.length;
      if (this.heldChars > SPREADSHEET_LIMITS.rowChars) throw spreadsheetTooLarge(ImportMessages.xmlTagTooLong(SPREADSHEET_LIMITS.rowChars));
      if (!chunk.includes(">")) return;
      chunk = this.held.join("");
      this.held = [];
      this.heldChars = 0;
    }
    const s = chunk;
    const events = this.events;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf("<", pos);
      if (lt === -1) {
        if (pos < s.length) events.text(s.slice(pos));
        pos = s.length;
        break;
      }
      if (lt > pos) events.text(s.slice(pos, lt));
      pos = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === BANG || next === QUESTION) {
        const end = this.skipSpecial(s, lt);
        if (end === -1) break;
        pos = end;
        continue;
      }
      const gt = tagEnd(s, lt + 1);
      if (gt === -1) break;
      pos = gt + 1;
      if (next === SLASH) {
        events.close(localName(s, lt + 2, gt));
        continue;
      }
      const selfClosing = s.charCodeAt(gt - 1) === SLASH;
      const tag = s.slice(lt + 1, selfClosing ? gt - 1 : gt);
      let nameEnd = 0;
      while (nameEnd < tag.length && tag.charCodeAt(nameEnd) > 32) nameEnd++;
      events.open(localName(tag, 0, nameEnd), tag, nameEnd, selfClosing);
    }
    if (pos < s.length) {
      const rest = s.slice(pos);
      this.held.push(rest);
      this.heldChars = rest.length;
    }
  }

  /** Comments, CDATA, processing instructions, DOCTYPE: returns the position after, or -1 if incomplete. */
  private skipSpecial(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end === -1 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end === -1) return -1;
      // CDATA is literal text: hand it on in the escaped form every other text arrives in.
      this.events.text(escapeXmlText(s.slice(lt + 9, end)));
      return end + 3;
    }
    if (s.length < lt + 9) return -1;
    if (s.charCodeAt(lt + 1) === QUESTION) {
      const end = s.indexOf("?>", lt + 2);
      return end === -1 ? -1 : end + 2;
    }
    const end = s.indexOf(">", lt + 2);
    return end === -1 ? -1 : end + 1;
  }
}

/** The `>` closing a tag whose name starts at `from`, skipping any inside quoted attribute values; one pass. */
function tagEnd(s: string, from: number): number {
  const gt = s.indexOf(">", from);
  if (gt === -1) return -1;
  let quote = 0;
  for (let i = from; i < gt; i++) {
    const c = s.charCodeAt(i);
    if (quote === 0) {
      if (c === 34 || c === 39) quote = c;
    } else if (c === quote) quote = 0;
  }
  if (quote === 0) return gt;
  // A `>` inside a quoted value: go on from here, never from the tag's start again.
  for (let i = gt + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote === 0) {
      if (c === GT) return i;
      if (c === 34 || c === 39) quote = c;
    } else if (c === quote) quote = 0;
  }
  return -1;
}

function localName(s: string, from: number, to: number): string {
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === COLON) start = i + 1;
    else if (c <= 32 || c === GT || c === LT) {
      to = i;
      break;
    }
  }
  return s.slice(start, to);
}

/** The attributes of a tag, by qualified name (`r`, `r:id`), values decoded. */
export function parseAttributes(tag: string, from: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  const n = tag.length;
  let i = from;
  for (;;) {
    while (i < n && tag.charCodeAt(i) <= 32) i++;
    if (i >= n) return attributes;
    const nameStart = i;
    while (i < n) {
      const c = tag.charCodeAt(i);
      if (c === 61 /* = */ || c <= 32) break;
      i++;
    }
    const name = tag.slice(nameStart, i);
    while (i < n && tag.charCodeAt(i) !== 61) i++;
    i++;
    while (i < n && tag.charCodeAt(i) <= 32) i++;
    const quote = tag.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return attributes;
    const end = tag.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (end === -1) return attributes;
    const raw = tag.slice(i + 1, end);
    attributes[name] = raw.includes("&") ? decodeEntities(raw) : raw;
    i = end + 1;
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  return raw.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
    named ? NAMED[named] : String.fromCodePoint(parseInt(hex ?? dec ?? "", hex ? 16 : 10)),
  );
}

const XSTRING_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

/**
 * Cell text as written in a sheet or the shared strings: XML line ends normalised, entities
 * decoded, and OOXML's `_xHHHH_` escapes (how Excel stores a carriage return or a control
 * character) undone.
 */
export function decodeXmlText(raw: string): string {
  if (!TEXT_SPECIAL.test(raw)) return raw;
  let text = raw;
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  if (text.includes("&")) text = decodeEntities(text);
  if (text.includes("_x")) text = text.replace(XSTRING_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

const TEXT_SPECIAL = /[\r&]|_x/;

const NEEDS_ESCAPE = /[&<>]/;

function escapeXmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text;
}

export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;");
}

// XML 1.0 cannot carry these characters at all, and a parser turns a bare CR into LF; Excel
// writes them as `_xHHHH_`, and so an underscore that would read as such an escape as `_x005F_`.
const CELL_TEXT_SPECIAL = /[&<>\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|_x[0-9a-fA-F]{4}_/;
const NOT_XML_SAFE = /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF]|_(?=x[0-9a-fA-F]{4}_)/g;

/** Cell text for a `<t>` element, escaped the way Excel does so that any reader gets it back exactly. */
export function encodeCellText(text: string): string {
  if (!CELL_TEXT_SPECIAL.test(text)) return text;
  return escapeXmlText(text.replace(NOT_XML_SAFE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`));
}
