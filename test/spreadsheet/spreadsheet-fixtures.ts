import { Readable, Writable } from "node:stream";
import { ZipFile } from "yazl";
import { CatalogCells, CatalogFileFormat, CatalogRow } from "../../src/modules/inventory/spreadsheet/catalog-template";
import { readCatalogRows } from "../../src/modules/inventory/spreadsheet/read-catalog";
import type { SpreadsheetProblem } from "../../src/modules/inventory/spreadsheet/spreadsheet.errors";
import { writeCatalogRows } from "../../src/modules/inventory/spreadsheet/write-catalog";

/** A resource of 区民政局 with two items, the kind of rows a data specialist fills in. */
export const minimumLivingAllowance: CatalogCells = {
  resourceCode: "301002/00015",
  resourceName: "区民政局最低生活保障对象信息",
  providerUnitCode: "320402102",
  catalogCategory: "主题",
  classificationCode: "301002",
  summary: "记录低保对象的家庭、收入和救助金发放情况",
  format: "数据库",
  sourceSystem: "江苏省社会救助信息系统",
  updateFrequency: "每月",
  recordCount: "12850",
  lifecycleStage: "共享开放",
  status: "已发布",
  sharingType: "有条件共享",
  sharingConditions: "仅限于社会救助审核使用",
  notSharedBasis: "",
  sharingMethod: "接口",
  openType: "不予开放",
  openConditions: "",
  level: "重要数据",
  nationalInterest: "否",
  publicSafety: "否",
  tradeSecret: "否",
  personalPrivacy: "是",
  publishedDate: "2025-03-01",
  functions: "最低生活保障审核；社会救助",
};

export function item(itemCode: string, itemName: string, more: CatalogCells = {}): CatalogCells {
  return {
    ...minimumLivingAllowance,
    itemCode,
    itemName,
    dataType: "字符型",
    length: "50",
    itemDescription: "",
    personalInformation: "否",
    itemSharingType: "",
    ...more,
  };
}

/** Every template column, "" where `cells` has none: what reading a written file gives back. */
export function withEveryColumn(cells: CatalogCells): CatalogCells {
  return {
    resourceCode: "",
    resourceName: "",
    providerUnitCode: "",
    catalogCategory: "",
    classificationCode: "",
    summary: "",
    format: "",
    sourceSystem: "",
    updateFrequency: "",
    recordCount: "",
    lifecycleStage: "",
    status: "",
    sharingType: "",
    sharingConditions: "",
    notSharedBasis: "",
    sharingMethod: "",
    openType: "",
    openConditions: "",
    level: "",
    nationalInterest: "",
    publicSafety: "",
    tradeSecret: "",
    personalPrivacy: "",
    publishedDate: "",
    functions: "",
    itemCode: "",
    itemName: "",
    dataType: "",
    length: "",
    itemDescription: "",
    personalInformation: "",
    itemSharingType: "",
    ...Object.fromEntries(Object.entries(cells).filter(([, value]) => value !== undefined)),
  };
}

export async function writeToBuffer(rows: Iterable<CatalogCells> | AsyncIterable<CatalogCells>, format: CatalogFileFormat): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeCatalogRows(rows, format, sink);
  return Buffer.concat(chunks);
}

/** Reads from a stream, in pieces of `pieceSize` bytes so that every boundary case is met. */
export async function readAll(file: Buffer | string, format: CatalogFileFormat, pieceSize = 64 * 1024): Promise<CatalogRow[]> {
  const input = typeof file === "string" ? file : Readable.from(pieces(file, pieceSize));
  const rows: CatalogRow[] = [];
  for await (const row of readCatalogRows(input, format)) rows.push(row);
  return rows;
}

function* pieces(buffer: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < buffer.length; at += size) yield buffer.subarray(at, at + size);
}

export async function readError(file: Buffer | string, format: CatalogFileFormat, pieceSize?: number): Promise<unknown> {
  try {
    await readAll(file, format, pieceSize);
  } catch (error) {
    return error;
  }
  throw new Error("expected the file to be refused");
}

/** CSV text as a file, UTF-8 unless told otherwise. */
export function csvFile(lines: string[], lineEnd = "\r\n"): Buffer {
  return Buffer.from(lines.join(lineEnd) + lineEnd);
}

export const TEMPLATE_HEADER =
  "信息资源代码,信息资源名称,资源提供方代码,资源属性分类,分类代码,信息资源摘要,信息资源格式,来源系统,更新周期,数据量,生命周期阶段,发布状态,共享类型,共享条件,不予共享依据,共享方式,开放类型,开放条件,数据分级,涉及国家利益,涉及公共安全,涉及商业秘密,涉及个人隐私,发布日期,服务职能,信息项编码,信息项名称,数据类型,数据长度,信息项描述,是否个人信息,信息项共享类型";

// ── Workbooks built to attack the reader (nothing binary is committed) ──

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const HEADER_ROW = `<row r="1">${TEMPLATE_HEADER.split(",")
  .map((header) => `<c t="inlineStr"><is><t>${header}</t></is></c>`)
  .join("")}</row>`;

export type Part = string | (() => Iterable<string>);

/** A minimal workbook of this sheet (and shared strings, if given), built for an attack; large parts are deflated from a stream. */
export async function workbook(
  sheet: Part,
  sharedStrings?: Part,
  options: { workbookXml?: string; extraEntries?: number; compress?: boolean } = {},
): Promise<Buffer> {
  const zip = new ZipFile();
  const compress = options.compress ?? true;
  const add = (name: string, part: Part) => {
    if (typeof part === "string") zip.addBuffer(Buffer.from(part), name, { compress });
    else zip.addReadStream(Readable.from(part()), name, { compress });
  };
  add("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  add(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  add(
    "xl/workbook.xml",
    options.workbookXml ?? `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  add(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
      (sharedStrings ? `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      `</Relationships>`,
  );
  add("xl/worksheets/sheet1.xml", sheet);
  if (sharedStrings) add("xl/sharedStrings.xml", sharedStrings);
  for (let i = 0; i < (options.extraEntries ?? 0); i++) zip.addBuffer(Buffer.alloc(0), `xl/media/empty${i}.bin`);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sheetOf(rows: string): string {
  return `<worksheet xmlns="${MAIN_NS}"><sheetData>${HEADER_ROW}${rows}</sheetData></worksheet>`;
}

/** `total` characters of `unit` repeated, in pieces, so neither the test nor yazl holds them at once. */
export function* repeated(unit: string, total: number): Generator<string> {
  const piece = unit.repeat(Math.ceil((64 * 1024) / unit.length));
  for (let written = 0; written < total; written += piece.length) yield piece;
}

/** A refused file's problems with their messages in English (the readers keep both languages). */
export function inEnglish(problems: readonly SpreadsheetProblem[]): { row: number; column: string | null; message: string }[] {
  return problems.map((p) => ({ ...p, message: p.message.en }));
}
