import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, posix } from "node:path";
import { pipeline } from "node:stream/promises";
import { TextDecoder } from "node:util";
import { createInflateRaw, crc32 } from "node:zlib";
import yauzl from "yauzl";
import { SheetRow } from "./sheet-row";
import { ReadingClock, SPREADSHEET_LIMITS, spreadsheetTooLarge } from "./spreadsheet-limits";
import { SpreadsheetFormatError } from "./spreadsheet.errors";
import { builtInDateKind, customDateKind, DateKind } from "./xlsx-cell-format";
import { WorksheetScanner } from "./xlsx-sheet-scanner";
import { decodeXmlText, parseAttributes, XmlEvents, XmlTokenizer } from "./xml-tokenizer";
import { ImportMessages } from "../inventory.messages";
import type { Localised } from "../../../common/i18n";

const RELATIONSHIP_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_RELATIONSHIP_TYPES = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

/** One worksheet of a workbook, in the workbook's order, and its rows as they are read. */
export interface WorkbookSheet {
  name: string;
  rows: AsyncGenerator<SheetRow[]>;
}

/**
 * The worksheets of an XLSX workbook a reader may take, in order: the visible ones, or only the
 * one named (hidden or not; none named so is refused). Each sheet's rows come a batch per chunk
 * inflated; a consumer that stops reading a sheet's rows moves on to the next. The zip's central
 * directory sits at its end, so a stream is first copied to a temporary file; then the shared
 * strings and styles are read, and the sheets are streamed. Memory holds the shared-string table
 * (Excel's files keep each distinct text once there) and one chunk of a sheet.
 */
export async function* readXlsxSheets(input: NodeJS.ReadableStream | string, clock = new ReadingClock(), sheetName?: string): AsyncGenerator<WorkbookSheet> {
  if (typeof input === "string") {
    yield* readWorkbookFile(input, clock, sheetName);
    return;
  }
  const folder = await mkdtemp(join(tmpdir(), "catalog-xlsx-"));
  try {
    const path = join(folder, "upload.xlsx");
    await pipeline(input, createWriteStream(path));
    yield* readWorkbookFile(path, clock, sheetName);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

async function* readWorkbookFile(path: string, clock: ReadingClock, sheetName: string | undefined): AsyncGenerator<WorkbookSheet> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, strictFileNames: false });
  } catch (error) {
    throw notAWorkbook(ImportMessages.notZip((error as Error).message));
  }
  try {
    if (zip.entryCount > SPREADSHEET_LIMITS.zipEntries) throw spreadsheetTooLarge(ImportMessages.tooManyZipEntries(SPREADSHEET_LIMITS.zipEntries));
    yield* readSheets(new Workbook(zip, clock), sheetName);
  } catch (error) {
    throw asReadingError(error);
  } finally {
    zip.close();
  }
}

/** A damaged archive (bad deflate data, wrong sizes) is the file's fault; a system error is not. */
function asReadingError(error: unknown): unknown {
  if (error instanceof SpreadsheetFormatError || (error as NodeJS.ErrnoException).syscall) return error;
  return notAWorkbook(ImportMessages.readerSaid((error as Error).message));
}

/** The open archive and what reading it has cost so far. */
class Workbook {
  inflatedBytes = 0;

  constructor(
    readonly zip: yauzl.ZipFile,
    readonly clock: ReadingClock,
  ) {}
}

async function* readSheets(book: Workbook, sheetName: string | undefined): AsyncGenerator<WorkbookSheet> {
  const entries = await listEntries(book.zip);
  const workbook = await locateSheets(book, entries);
  let sheets = workbook.sheets.filter((sheet) => sheet.visible);
  if (sheetName !== undefined) {
    sheets = workbook.sheets.filter((sheet) => sheet.name.trim() === sheetName.trim());
    if (sheets.length === 0)
      throw notAWorkbook(
        ImportMessages.noSheetNamed(
          sheetName,
          workbook.sheets.map((sheet) => sheet.name),
        ),
      );
  }
  if (sheets.length === 0) throw notAWorkbook(ImportMessages.noWorksheetPart);
  const sharedStrings = workbook.sharedStringsPath ? await readSharedStrings(book, entries.get(workbook.sharedStringsPath)) : [];
  const dateKinds = workbook.stylesPath ? await readDateStyles(book, entries.get(workbook.stylesPath)) : [];
  for (const sheet of sheets) {
    const entry = entries.get(sheet.path);
    if (!entry) throw notAWorkbook(ImportMessages.sheetMissing(sheet.path));
    yield { name: sheet.name, rows: sheetRows(book, entry, new WorksheetScanner(sharedStrings, dateKinds, workbook.date1904)) };
  }
}

async function* sheetRows(book: Workbook, sheet: yauzl.Entry, scanner: WorksheetScanner): AsyncGenerator<SheetRow[]> {
  const decoder = new TextDecoder();
  try {
    for await (const chunk of entryBytes(book, sheet, SPREADSHEET_LIMITS.sheetBytes)) {
      scanner.write(decoder.decode(chunk, { stream: true }));
      if (scanner.rows.length > 0) yield scanner.takeRows();
    }
    scanner.write(decoder.decode());
    if (scanner.rows.length > 0) yield scanner.takeRows();
  } catch (error) {
    throw asReadingError(error);
  }
}

/**
 * An entry's inflated bytes, counted as they come (the sizes the archive declares are not
 * trusted) against the entry's bound, the archive's total and the compression ratio, and checked
 * against the zip's CRC-32 at the end: deflate data damaged in transit can inflate without error
 * into other text.
 */
async function* entryBytes(book: Workbook, entry: yauzl.Entry, maxBytes: number): AsyncGenerator<Buffer> {
  if (entry.isEncrypted()) throw notAWorkbook(ImportMessages.entryEncrypted(entry.fileName));
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    throw notAWorkbook(ImportMessages.entryCompression(entry.fileName, entry.compressionMethod));
  const tooLarge = () => spreadsheetTooLarge(ImportMessages.inflatesTooFar(entry.fileName));
  if (entry.uncompressedSize > maxBytes) throw tooLarge();
  const raw = await book.zip.openReadStreamPromise(entry, { decodeFileData: false });
  let compressedBytes = 0;
  let source: NodeJS.ReadableStream = raw;
  if (entry.compressionMethod === 8) {
    raw.on("data", (chunk: Buffer) => (compressedBytes += chunk.length));
    const inflater = createInflateRaw();
    raw.on("error", (error) => inflater.destroy(error));
    inflater.on("close", () => raw.destroy());
    source = raw.pipe(inflater);
  }
  let bytes = 0;
  let crc = 0;
  for await (const chunk of source) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    book.inflatedBytes += buffer.length;
    if (bytes > maxBytes || book.inflatedBytes > SPREADSHEET_LIMITS.totalBytes) throw tooLarge();
    if (bytes > SPREADSHEET_LIMITS.ratioFromBytes && bytes > compressedBytes * SPREADSHEET_LIMITS.compressionRatio && entry.compressionMethod === 8)
      throw tooLarge();
    book.clock.check();
    crc = crc32(buffer, crc);
    yield buffer;
  }
  if (crc >>> 0 !== entry.crc32 >>> 0) throw notAWorkbook(ImportMessages.entryChecksum(entry.fileName));
}

function notAWorkbook(reason: Localised): SpreadsheetFormatError {
  return new SpreadsheetFormatError([
    {
      row: 0,
      column: null,
      message: ImportMessages.notXlsx(reason),
    },
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
    zip.once("error", (error: Error) => reject(notAWorkbook(ImportMessages.readerSaid(error.message))));
    zip.readEntry();
  });
}

async function readPart(book: Workbook, entry: yauzl.Entry | undefined, events: XmlEvents, maxBytes: number = SPREADSHEET_LIMITS.partBytes): Promise<void> {
  if (!entry) return;
  const tokenizer = new XmlTokenizer(events);
  const decoder = new TextDecoder();
  for await (const chunk of entryBytes(book, entry, maxBytes)) tokenizer.write(decoder.decode(chunk, { stream: true }));
  tokenizer.write(decoder.decode());
}

interface Relationship {
  type: string;
  target: string;
}

async function readRelationships(book: Workbook, entries: Map<string, yauzl.Entry>, partPath: string): Promise<Map<string, Relationship>> {
  const relationships = new Map<string, Relationship>();
  const relsPath = posix.join(posix.dirname(partPath), "_rels", `${posix.basename(partPath)}.rels`).toLowerCase();
  await readPart(book, entries.get(relsPath), {
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

interface SheetEntry {
  name: string;
  path: string;
  /** Not hidden (state="hidden" or "veryHidden" in workbook.xml). */
  visible: boolean;
}

interface WorkbookLayout {
  sheets: SheetEntry[];
  sharedStringsPath?: string;
  stylesPath?: string;
  date1904: boolean;
}

async function locateSheets(book: Workbook, entries: Map<string, yauzl.Entry>): Promise<WorkbookLayout> {
  const packageRels = await readRelationships(book, entries, "");
  const workbookPath = [...packageRels.values()].find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
  if (!entries.has(workbookPath)) throw notAWorkbook(ImportMessages.noWorkbookPart);
  const declared: { id: string; name: string; visible: boolean }[] = [];
  let date1904 = false;
  await readPart(book, entries.get(workbookPath), {
    open(name, tag, at) {
      if (name === "sheet") {
        const a = parseAttributes(tag, at);
        const id = Object.keys(a).find((key) => key.endsWith(":id"));
        if (id) declared.push({ id: a[id], name: a.name ?? "", visible: a.state !== "hidden" && a.state !== "veryHidden" });
      } else if (name === "workbookPr") {
        const value = parseAttributes(tag, at).date1904;
        date1904 = value === "1" || value === "true";
      }
    },
    close() {},
    text() {},
  });
  const rels = await readRelationships(book, entries, workbookPath);
  const sheets: SheetEntry[] = [];
  for (const sheet of declared) {
    const rel = rels.get(sheet.id);
    // Chart sheets and dialog sheets hold no cells.
    if (rel?.type === "worksheet") sheets.push({ name: sheet.name, path: rel.target, visible: sheet.visible });
  }
  if (sheets.length === 0) throw notAWorkbook(ImportMessages.noWorksheetPart);
  const byKind = (kind: string) => [...rels.values()].find((r) => r.type === kind)?.target;
  return { sheets, sharedStringsPath: byKind("sharedStrings"), stylesPath: byKind("styles"), date1904 };
}

/** The shared-strings table, within its bounds: strings, characters in all, characters in one. */
async function readSharedStrings(book: Workbook, entry: yauzl.Entry | undefined): Promise<string[]> {
  const limits = SPREADSHEET_LIMITS;
  // Escaped text (`&amp;`, `_x000D_`) is longer than the cell it decodes to.
  const maxRawChars = limits.cellChars * 8;
  const strings: string[] = [];
  let chars = 0;
  let text = "";
  let inText = false;
  let phonetic = 0;
  const add = (value: string) => {
    if (value.length > limits.cellChars) throw spreadsheetTooLarge(ImportMessages.sharedStringTooLong(strings.length + 1, limits.cellChars));
    chars += value.length;
    if (strings.length >= limits.sharedStrings || chars > limits.sharedStringChars) {
      throw spreadsheetTooLarge(ImportMessages.sharedStringsTooMany(limits.sharedStrings, limits.sharedStringChars));
    }
    strings.push(value);
  };
  await readPart(
    book,
    entry,
    {
      open(name, _tag, _at, selfClosing) {
        if (name === "si") {
          text = "";
          if (selfClosing) add("");
        } else if (name === "t") inText = !selfClosing && phonetic === 0;
        else if (name === "rPh" && !selfClosing) phonetic++;
      },
      close(name) {
        if (name === "t") inText = false;
        else if (name === "rPh") phonetic--;
        else if (name === "si") add(decodeXmlText(text));
      },
      text(raw) {
        if (!inText) return;
        text += raw;
        if (text.length > maxRawChars) throw spreadsheetTooLarge(ImportMessages.sharedStringTooLong(strings.length + 1, limits.cellChars));
      },
    },
    limits.sharedStringsBytes,
  );
  return strings;
}

/** For each cell style (index into cellXfs), whether its number format shows a date or a time. */
async function readDateStyles(book: Workbook, entry: yauzl.Entry | undefined): Promise<DateKind[]> {
  const customFormats = new Map<number, DateKind>();
  const kinds: DateKind[] = [];
  let inCellXfs = false;
  await readPart(book, entry, {
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
