import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import { columnLetter } from "./spreadsheet.errors";
import { encodeCellText, escapeXmlAttribute } from "./xml-tokenizer";

const FLUSH_CHARS = 64 * 1024;
// zlib's default. Level 1 wrote the 50,000-row benchmark 0.5 s faster (deflate runs on the
// thread pool, beside the XML generation) but a third larger, 8.4 MB against 6.4 MB to download.
const COMPRESSION_LEVEL = 6;

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * What a column holds. Text keeps codes as typed (001 stays 001, 301002 is not a number); a
 * number column writes numeric cells (SUM works); a date column writes `YYYY-MM-DD` as a date
 * serial shown as a date. A value of another shape is written as text, never lost.
 */
export type XlsxColumnKind = "text" | "number" | "date";

/** Style indexes into the cellXfs of STYLES: the header, then one per column kind. */
const HEADER_STYLE = 1;
const KIND_STYLE: Record<XlsxColumnKind, number> = { text: 2, number: 3, date: 4 };
const DATE_FORMAT_ID = 164;

const STYLES = `${XML_DECLARATION}<styleSheet xmlns="${MAIN_NS}">\
<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
<fonts count="2"><font><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font>\
<font><b/><sz val="11"/><name val="宋体"/><family val="3"/><charset val="134"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>\
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="${DATE_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>`;

const PACKAGE_RELS = `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
  kind: XlsxColumnKind;
}

/** A drop-down list on a column: its cells take one of the values in `source` (a range such as `'选项'!$A$1:$A$6`). */
export interface XlsxListValidation {
  column: number;
  source: string;
  /** The last row the list applies to. */
  lastRow: number;
}

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  /** Rows after the header, a value per column (undefined or "" for an empty cell). */
  rows: AsyncIterable<readonly (string | undefined)[]> | Iterable<readonly (string | undefined)[]>;
  /** No header row (a list or a page of text): the rows start at row 1. */
  headerless?: true;
  hidden?: true;
  validations?: readonly XlsxListValidation[];
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("");
  return `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
</Types>`;
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.join("")}\
<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
}

function workbookXml(sheets: readonly XlsxSheet[]): string {
  const entries = sheets.map(
    (sheet, i) => `<sheet name="${escapeXmlAttribute(sheet.name)}" sheetId="${i + 1}"${sheet.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
  );
  return `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews>\
<sheets>${entries.join("")}</sheets></workbook>`;
}

/**
 * A workbook, streamed: each sheet's XML is generated row by row into the zip, one sheet after
 * the other (a sheet's rows are not pulled before the sheets ahead of it are written), so memory
 * holds one chunk whatever the row count. Header rows are bold and frozen; each column is
 * formatted for its kind, so a cell typed into it later is read the same way.
 */
export async function writeWorkbook(sheets: readonly XlsxSheet[], output: NodeJS.WritableStream): Promise<void> {
  const zip = new ZipFile();
  const entry = { mtime: new Date(), compressionLevel: COMPRESSION_LEVEL };
  zip.addBuffer(Buffer.from(contentTypes(sheets.length)), "[Content_Types].xml", entry);
  zip.addBuffer(Buffer.from(PACKAGE_RELS), "_rels/.rels", entry);
  zip.addBuffer(Buffer.from(workbookXml(sheets)), "xl/workbook.xml", entry);
  zip.addBuffer(Buffer.from(workbookRels(sheets.length)), "xl/_rels/workbook.xml.rels", entry);
  zip.addBuffer(Buffer.from(STYLES), "xl/styles.xml", entry);
  const zipped = zip.outputStream as Readable;
  const streams = sheets.map((sheet) => Readable.from(sheetChunks(sheet)));
  streams.forEach((stream, i) => {
    // yazl pipes the entry's stream without listening for its errors: a failing row source must fail the output.
    stream.once("error", (error) => zipped.destroy(error));
    zip.addReadStream(stream, `xl/worksheets/sheet${i + 1}.xml`, entry);
  });
  zip.once("error", (error: Error) => zipped.destroy(error));
  zip.end();
  try {
    await pipeline(zipped, output);
  } finally {
    for (const stream of streams) stream.destroy();
  }
}

async function* sheetChunks(sheet: XlsxSheet): AsyncGenerator<Buffer> {
  const { columns } = sheet;
  const letters = columns.map((_, index) => columnLetter(index));
  const styles = columns.map((column) => KIND_STYLE[column.kind]);
  const pane = sheet.headerless
    ? ""
    : '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';
  let xml = `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">\
<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight="15"/><cols>${columns
    .map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width}" style="${styles[index]}" customWidth="1"/>`)
    .join("")}</cols><sheetData>`;
  let rowNumber = 0;
  if (!sheet.headerless) {
    xml += rowXml(
      ++rowNumber,
      columns.map((column) => column.header),
      letters,
      columns.map(() => HEADER_STYLE),
      columns.map(() => "text"),
    );
  }
  const kinds = columns.map((column) => column.kind);
  for await (const values of sheet.rows) {
    xml += rowXml(++rowNumber, values, letters, styles, kinds);
    if (xml.length >= FLUSH_CHARS) {
      yield Buffer.from(xml);
      xml = "";
    }
  }
  xml += "</sheetData>";
  if (sheet.validations?.length) {
    xml += `<dataValidations count="${sheet.validations.length}">${sheet.validations
      .map(
        (v) =>
          `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${letters[v.column]}2:${letters[v.column]}${v.lastRow}"><formula1>${encodeCellText(v.source)}</formula1></dataValidation>`,
      )
      .join("")}</dataValidations>`;
  }
  // Text that looks like a number is meant to be text here: no green warning triangles.
  xml += `<ignoredErrors><ignoredError sqref="A1:${letters[letters.length - 1]}1048576" numberStoredAsText="1"/></ignoredErrors></worksheet>`;
  yield Buffer.from(xml);
}

// Numbers in the form a reader gives back as the same text (no leading zeros, no trailing
// fraction zeros, at most 15 digits): 0012850 stays the text it was typed as.
const NUMBER = /^-?(0|[1-9]\d{0,14})(\.\d{0,14}[1-9])?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** A `YYYY-MM-DD` date as Excel's 1900-system serial (days since 1899-12-30, valid from March 1900). */
function dateSerial(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== text || ms < Date.UTC(1900, 2, 1)) return null;
  return (ms - EPOCH_1900) / MS_PER_DAY;
}

function rowXml(
  rowNumber: number,
  values: readonly (string | undefined)[],
  letters: readonly string[],
  styles: readonly number[],
  kinds: readonly XlsxColumnKind[],
): string {
  let xml = `<row r="${rowNumber}">`;
  for (let i = 0; i < letters.length; i++) {
    const value = values[i];
    if (!value) continue;
    const ref = `${letters[i]}${rowNumber}`;
    if (kinds[i] === "number" && NUMBER.test(value)) {
      xml += `<c r="${ref}" s="${styles[i]}"><v>${value}</v></c>`;
      continue;
    }
    const serial = kinds[i] === "date" ? dateSerial(value) : null;
    if (serial !== null) {
      xml += `<c r="${ref}" s="${styles[i]}"><v>${serial}</v></c>`;
      continue;
    }
    const space = isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)) ? ' xml:space="preserve"' : "";
    xml += `<c r="${ref}" s="${kinds[i] === "text" ? styles[i] : KIND_STYLE.text}" t="inlineStr"><is><t${space}>${encodeCellText(value)}</t></is></c>`;
  }
  return `${xml}</row>`;
}

/** XML's whitespace, which a reader may drop at the ends of a `<t>` unless told to preserve it. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
