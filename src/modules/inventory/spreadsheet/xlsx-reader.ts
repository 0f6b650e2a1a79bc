import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { pipeline } from "node:stream/promises";
import { TextDecoder } from "node:util";
import { crc32 } from "node:zlib";
import yauzl from "yauzl";
import { SheetRow } from "./sheet-row";
import { SpreadsheetFormatError } from "./spreadsheet.errors";
import { builtInDateKind, customDateKind, DateKind } from "./xlsx-cell-format";
import { WorksheetScanner } from "./xlsx-sheet-scanner";
import { decodeXmlText, parseAttributes, XmlEvents, XmlTokenizer } from "./xml-tokenizer";

const RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_RELATIONSHIP_TYPES = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

/**
 * The rows of an XLSX workbook's first worksheet, a batch per chunk inflated. The zip's central
 * directory sits at its end, so a stream is first copied to a temporary file; then the shared
 * strings and styles are read, and the sheet is streamed. Memory holds the shared-string table
 * (Excel's files keep each distinct text once there) and one chunk of the sheet.
 */
export async function* readXlsxSheetRows(input: NodeJS.ReadableStream | string): AsyncGenerator<SheetRow[]> {
  if (typeof input === "string") {
    yield* readWorkbookFile(input);
    return;
  }
  const folder = await mkdtemp(join(tmpdir(), "catalog-xlsx-"));
  try {
    const path = join(folder, "upload.xlsx");
    await pipeline(input, createWriteStream(path));
    yield* readWorkbookFile(path);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function* readWorkbookFile(path: string): AsyncGenerator<SheetRow[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  } catch (error) {
    throw notAWorkbook(`it cannot be opened as a zip archive (${(error as Error).message})`);
  }
  try {
    yield* readFirstSheet(zip);
  } catch (error) {
    // A damaged archive (bad deflate data, wrong sizes) is the file's fault; a system error is not.
    if (error instanceof SpreadsheetFormatError || (error as NodeJS.ErrnoException).syscall) throw error;
    throw notAWorkbook((error as Error).message);
  } finally {
    zip.close();
  }
}

async function* readFirstSheet(zip: yauzl.ZipFile): AsyncGenerator<SheetRow[]> {
  const entries = await listEntries(zip);
  const workbook = await locateFirstSheet(zip, entries);
  const sharedStrings = workbook.sharedStringsPath ? await readSharedStrings(zip, entries.get(workbook.sharedStringsPath)) : [];
  const dateKinds = workbook.stylesPath ? await readDateStyles(zip, entries.get(workbook.stylesPath)) : [];
  const sheet = entries.get(workbook.sheetPath);
  if (!sheet) throw notAWorkbook(`its first worksheet (${workbook.sheetPath}) is missing`);
  const scanner = new WorksheetScanner(sharedStrings, dateKinds, workbook.date1904);
  const decoder = new TextDecoder();
  for await (const chunk of entryBytes(zip, sheet)) {
    scanner.write(decoder.decode(chunk, { stream: true }));
    if (scanner.rows.length > 0) yield scanner.takeRows();
  }
  scanner.write(decoder.decode());
  if (scanner.rows.length > 0) yield scanner.takeRows();
}

/**
 * An entry's inflated bytes, checked against the zip's CRC-32 at the end: deflate data damaged
 * in transit can inflate without error into other text, and yauzl checks only the size.
 */
async function* entryBytes(zip: yauzl.ZipFile, entry: yauzl.Entry): AsyncGenerator<Buffer> {
  let crc = 0;
  for await (const chunk of await zip.openReadStreamPromise(entry)) {
    crc = crc32(chunk as Buffer, crc);
    yield chunk as Buffer;
  }
  if (crc >>> 0 !== entry.crc32 >>> 0) throw notAWorkbook(`${entry.fileName} is damaged (its checksum does not match)`);
}

function notAWorkbook(reason: string): SpreadsheetFormatError {
  return new SpreadsheetFormatError([
    { row: 0, column: null, message: `the file is not a readable XLSX workbook: ${reason}. An .xls file or a password-protected workbook must first be saved as a plain .xlsx` },
  ]);
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on("entry", (entry: yauzl.Entry) => {
      // Part names are case-insensitive in OPC.
      entries.set(entry.fileName.toLowerCase(), entry);
      zip.readEntry();
    });
    zip.once("end", () => resolve(entries));
    zip.once("error", (error: Error) => reject(notAWorkbook(error.message)));
    zip.readEntry();
  });
}

async function readPart(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined, events: XmlEvents): Promise<void> {
  if (!entry) return;
  const tokenizer = new XmlTokenizer(events);
  const decoder = new TextDecoder();
  for await (const chunk of entryBytes(zip, entry)) tokenizer.write(decoder.decode(chunk, { stream: true }));
  tokenizer.write(decoder.decode());
}

interface Relationship {
  type: string;
  target: string;
}

async function readRelationships(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>, partPath: string): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  const relsPath = posix.join(posix.dirname(partPath), "_rels", `${posix.basename(partPath)}.rels`).toLowerCase();
  await readPart(zip, entries.get(relsPath), {
    open(name, tag, at) {
      if (name !== "Relationship") return;
      const a = parseAttributes(tag, at);
      if (a.Id && a.Target && a.TargetMode !== "External") {
        relationships.set(a.Id, { type: relationshipKind(a.Type ?? ""), target: resolvePartPath(partPath, a.Target) });
      }
    },
    close() {},
    text() {},
  });
  return relationships;
}

function relationshipKind(type: string): string {
  if (type.startsWith(RELATIONSHIP_TYPES)) return type.slice(RELATIONSHIP_TYPES.length);
  if (type.startsWith(STRICT_RELATIONSHIP_TYPES)) return type.slice(STRICT_RELATIONSHIP_TYPES.length);
  return type;
}

/** A relationship target, relative to its source part's folder or absolute, as a zip entry name. */
function resolvePartPath(sourcePart: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(sourcePart), target);
  return posix.normalize(path).replace(/^\.\//, "").toLowerCase();
}

interface WorkbookLayout {
  sheetPath: string;
  sharedStringsPath?: string;
  stylesPath?: string;
  date1904: boolean;
}

async function locateFirstSheet(zip: yauzl.ZipFile, entries: Map<string, yauzl.Entry>): Promise<WorkbookLayout> {
  const packageRels = await readRelationships(zip, entries, "");
  const workbookPath = [...packageRels.values()].find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
  if (!entries.has(workbookPath)) throw notAWorkbook("it has no workbook part");
  const sheetIds: string[] = [];
  let date1904 = false;
  await readPart(zip, entries.get(workbookPath), {
    open(name, tag, at) {
      if (name === "sheet") {
        const a = parseAttributes(tag, at);
        const id = Object.keys(a).find((key) => key.endsWith(":id"));
        if (id) sheetIds.push(a[id]);
      } else if (name === "workbookPr") {
        const value = parseAttributes(tag, at).date1904;
        date1904 = value === "1" || value === "true";
      }
    },
    close() {},
    text() {},
  });
  const rels = await readRelationships(zip, entries, workbookPath);
  const sheetPath = sheetIds.map((id) => rels.get(id)).find((r) => r?.type === "worksheet")?.target;
  if (!sheetPath) throw notAWorkbook("it has no worksheet");
  const byKind = (kind: string) => [...rels.values()].find((r) => r.type === kind)?.target;
  return { sheetPath, sharedStringsPath: byKind("sharedStrings"), stylesPath: byKind("styles"), date1904 };
}

async function readSharedStrings(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<string[]> {
  const strings: string[] = [];
  let text = "";
  let inText = false;
  let phonetic = 0;
  await readPart(zip, entry, {
    open(name, _tag, _at, selfClosing) {
      if (name === "si") {
        text = "";
        if (selfClosing) strings.push("");
      } else if (name === "t") inText = !selfClosing && phonetic === 0;
      else if (name === "rPh" && !selfClosing) phonetic++;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") strings.push(decodeXmlText(text));
    },
    text(raw) {
      if (inText) text += raw;
    },
  });
  return strings;
}

/** For each cell style (index into cellXfs), whether its number format shows a date or a time. */
async function readDateStyles(zip: yauzl.ZipFile, entry: yauzl.Entry | undefined): Promise<DateKind[]> {
  const customFormats = new Map<number, DateKind>();
  const kinds: DateKind[] = [];
  let inCellXfs = false;
  await readPart(zip, entry, {
    open(name, tag, at, selfClosing) {
      if (name === "numFmt") {
        const a = parseAttributes(tag, at);
        customFormats.set(Number(a.numFmtId), customDateKind(a.formatCode ?? ""));
      } else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) {
        const id = Number(parseAttributes(tag, at).numFmtId ?? 0);
        kinds.push(customFormats.get(id) ?? builtInDateKind(id));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return kinds;
}
