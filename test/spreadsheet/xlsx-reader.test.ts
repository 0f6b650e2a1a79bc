import { existsSync } from "node:fs";
import fsPromises from "node:fs/promises";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import ExcelJS from "exceljs";
import { ZipFile } from "yazl";
import { readCatalogRows } from "../../src/modules/inventory/spreadsheet/read-catalog";
import { SpreadsheetFormatError } from "../../src/modules/inventory/spreadsheet/spreadsheet.errors";
import { writeCatalogRows } from "../../src/modules/inventory/spreadsheet/write-catalog";
import { item, readAll, readError, TEMPLATE_HEADER, withEveryColumn, writeToBuffer } from "./spreadsheet-fixtures";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "catalog-xlsx-test-"));
});
afterAll(() => rm(folder, { recursive: true, force: true }));

/** A workbook as a data specialist's Excel leaves it: shared strings, numbers, dates, formulas, rich text. */
async function excelWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("部门职能数据清单");
  workbook.addWorksheet("填写说明").addRow(["信息资源代码", "按分类代码/顺序号填写"]);
  sheet.addRow(TEMPLATE_HEADER.split(","));
  const first = sheet.addRow(["301002/00015", "区民政局最低生活保障对象信息", "320402102", "主题", 301002]);
  first.getCell(10).value = 12850; // 数据量
  first.getCell(24).value = new Date(Date.UTC(2025, 2, 1)); // 发布日期, exceljs gives it a date format
  first.getCell(24).numFmt = "yyyy-mm-dd";
  first.getCell(25).value = { richText: [{ text: "最低生活保障审核", font: { bold: true } }, { text: "；社会救助" }] };
  first.getCell(27).value = "姓名";
  first.getCell(29).value = 12.5; // 数据长度
  first.getCell(30).value = { formula: 'AA2&"（身份证件）"', result: "姓名（身份证件）" };
  first.getCell(31).value = true;
  sheet.addRow([]);
  const third = sheet.addRow(["301002/00015", "区民政局最低生活保障对象信息"]);
  third.getCell(24).value = new Date(Date.UTC(2024, 11, 31));
  third.getCell(24).numFmt = 'yyyy"年"m"月"d"日"';
  third.getCell(27).value = "  公民身份号码 ";
  third.getCell(10).value = 0.1 + 0.2;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe("reading an XLSX workbook written by Excel or another program", () => {
  it("reads the first sheet's shared strings, numbers, dates, rich text, formula results and booleans as text", async () => {
    const rows = await readAll(await excelWorkbook(), "xlsx");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      rowNumber: 2,
      cells: withEveryColumn({
        resourceCode: "301002/00015",
        resourceName: "区民政局最低生活保障对象信息",
        providerUnitCode: "320402102",
        catalogCategory: "主题",
        classificationCode: "301002",
        recordCount: "12850",
        publishedDate: "2025-03-01",
        functions: "最低生活保障审核；社会救助",
        itemName: "姓名",
        length: "12.5",
        itemDescription: "姓名（身份证件）",
        personalInformation: "TRUE",
      }),
    });
    // The empty row 3 is skipped; row 4 keeps its number. 0.1 + 0.2 shows as Excel shows it.
    expect(rows[1].rowNumber).toBe(4);
    expect(rows[1].cells).toMatchObject({ publishedDate: "2024-12-31", itemName: "公民身份号码", recordCount: "0.3" });
  });

  it("reads the same rows from a file path as from a stream", async () => {
    const path = join(folder, "excel.xlsx");
    const bytes = await excelWorkbook();
    await writeFile(path, bytes);
    expect(await readAll(path, "xlsx")).toEqual(await readAll(bytes, "xlsx", 1000));
  });

  it("reads a sheet whose elements carry a namespace prefix, cells without references and Excel's escapes", async () => {
    const rows = await readAll(await prefixedWorkbook(), "xlsx");
    expect(rows).toEqual([
      {
        rowNumber: 2,
        cells: {
          resourceCode: "301002/00001",
          resourceName: "区司法局法律援助案件信息",
          itemName: "受援人姓名\r\n（含曾用名）",
          publishedDate: "2025-03-01",
          recordCount: "#N/A",
          itemDescription: "A & B",
        },
      },
      {
        rowNumber: 3,
        cells: { resourceCode: "301002/00001", resourceName: "R&D", itemName: "案件编号", publishedDate: "", recordCount: "42", itemDescription: "" },
      },
    ]);
  });

  it("cleans up its temporary copy of a streamed upload, also when the reader stops early", async () => {
    const bytes = await writeToBuffer([item("A-1", "姓名"), item("A-2", "住址")], "xlsx");
    const copies = jest.spyOn(fsPromises, "mkdtemp");
    try {
      for await (const row of readCatalogRows(Readable.from([bytes]), "xlsx")) {
        expect(row.cells.itemName).toBe("姓名");
        break;
      }
      await readAll(bytes, "xlsx");
      expect(copies).toHaveBeenCalledTimes(2);
      for (const copy of copies.mock.results) expect(existsSync(await copy.value)).toBe(false);
    } finally {
      copies.mockRestore();
    }
  });

  it("refuses a file that is not an XLSX workbook", async () => {
    const error = (await readError(Buffer.from("信息资源代码,信息资源名称\r\n"), "xlsx")) as SpreadsheetFormatError;
    expect(error).toBeInstanceOf(SpreadsheetFormatError);
    expect(error.problems[0].message.en).toMatch(/^the file is not a readable XLSX workbook: it cannot be opened as a zip archive/);
    const emptyZip = await zipOf({ "readme.txt": "not a workbook" });
    expect(((await readError(emptyZip, "xlsx")) as SpreadsheetFormatError).problems[0].message.en).toMatch(/it has no workbook part/);
  });

  it("refuses a damaged workbook as a format problem, not an internal error", async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => item(`301002/00015-${i}`, `信息项${i}`));
    const damaged = await writeToBuffer(rows, "xlsx");
    const middle = Math.floor(damaged.length / 2);
    damaged.fill(0x5a, middle, middle + 64);
    // Depending on where the damage falls, inflating fails, a size or checksum differs, or garbage shows.
    expect(await readError(damaged, "xlsx")).toBeInstanceOf(SpreadsheetFormatError);
  });

  it("notices a sheet whose text changed without breaking the zip structure, by its checksum", async () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>信息资源代码</t></is></c><c t="inlineStr"><is><t>信息资源名称</t></is></c><c t="inlineStr"><is><t>信息项名称</t></is></c></row><row r="2"><c t="inlineStr"><is><t>A-1</t></is></c><c t="inlineStr"><is><t>资源</t></is></c><c t="inlineStr"><is><t>姓名</t></is></c></row></sheetData></worksheet>`;
    const parts = {
      "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      "xl/worksheets/sheet1.xml": sheet,
    };
    const intact = await zipOf(parts, false);
    expect(await readAll(intact, "xlsx")).toEqual([{ rowNumber: 2, cells: { resourceCode: "A-1", resourceName: "资源", itemName: "姓名" } }]);
    const altered = Buffer.from(intact);
    altered.write("B", altered.indexOf("A-1"), "latin1");
    const error = (await readError(altered, "xlsx")) as SpreadsheetFormatError;
    expect(error.problems[0].message.en).toMatch(/xl\/worksheets\/sheet1.xml is damaged \(its checksum does not match\)/);
  });
});

describe("the XLSX export", () => {
  it("opens in another reader with the same values, a bold header and the header row frozen", async () => {
    const rows = [item("301002/00015-001", "姓名"), item("301002/00015-002", "多行\n说明", { recordCount: "0012850" })];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeToBuffer(rows, "xlsx")) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("职能数据清单");
    expect(sheet.getRow(1).values).toEqual([undefined, ...TEMPLATE_HEADER.split(",")]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getRow(3).getCell(27).value).toBe("多行\n说明");
    // Codes stay text: leading zeros kept, not turned into numbers.
    expect(sheet.getRow(3).getCell(10).value).toBe("0012850");
    expect(sheet.rowCount).toBe(3);
  });

  it("streams: a large export is not held in memory before it is written", async () => {
    let pulled = 0;
    let writtenWhilePulling = 0;
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    function* rows() {
      for (; pulled < 8_000; pulled++) {
        if (pulled === 7_999) writtenWhilePulling = bytes;
        yield item(`301002/00015-${pulled}`, `信息项${pulled}`);
      }
    }
    await writeCatalogRows(rows(), "xlsx", sink);
    expect(writtenWhilePulling).toBeGreaterThan(bytes / 2);
  });
});

function zipOf(parts: Record<string, string>, compress = true): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, text] of Object.entries(parts)) zip.addBuffer(Buffer.from(text), name, { compress });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on("data", (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on("end", () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on("error", reject);
  });
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * What the OpenXML SDK and some government systems write: an `x:` prefix on every element, a
 * workbook whose first sheet is not sheet1.xml, the 1904 date system, cells without `r`,
 * phonetic runs, `_x000D_` escapes and entities.
 */
function prefixedWorkbook(): Promise<Buffer> {
  return zipOf({
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${RELS}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${RELS}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="清单" sheetId="2" r:id="rIdB"/><x:sheet name="旧" sheetId="1" r:id="rIdA"/></x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdA" Type="${RELS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rIdB" Type="${RELS}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rIdS" Type="${RELS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${RELS}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `<x:styleSheet xmlns:x="${MAIN}"><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="14" applyNumberFormat="1"/></x:cellXfs></x:styleSheet>`,
    "xl/sharedStrings.xml": `<x:sst xmlns:x="${MAIN}" count="3"><x:si><x:t>301002/00001</x:t></x:si><x:si><x:r><x:t>区司法局</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>法律援助案件信息</x:t></x:r><x:rPh sb="0" eb="1"><x:t>クシホウ</x:t></x:rPh></x:si><x:si><x:t xml:space="preserve">受援人姓名_x000D_\n（含曾用名）</x:t></x:si></x:sst>`,
    "xl/worksheets/sheet1.xml": `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c t="inlineStr"><x:is><x:t>这不是第一张表</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    "xl/worksheets/sheet2.xml": `<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="${MAIN}"><x:sheetViews><x:sheetView/></x:sheetViews><x:cols><x:col min="1" max="6"/></x:cols><x:sheetData>
<x:row r="1"><x:c t="inlineStr"><x:is><x:t>信息资源代码</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>信息资源名称</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>信息项名称</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>发布日期</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>数据量</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>信息项描述</x:t></x:is></x:c></x:row>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c s="1"><x:v>44255</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>"A "&amp;"B"</x:f><x:v>A &amp; B</x:v></x:c></x:row>
<x:row r="3" spans="1:6"><x:c r="A3" t="s"><x:v>0</x:v></x:c><x:c r="B3" t="inlineStr"><x:is><x:r><x:t>R&amp;</x:t></x:r><x:r><x:t>D</x:t></x:r></x:is></x:c><x:c r="C3" t="inlineStr"><x:is><x:t>案件编号</x:t></x:is></x:c><x:c r="D3" s="1"/><x:c r="E3"><x:v>42</x:v></x:c></x:row>
<x:row r="4"/></x:sheetData><x:rowBreaks count="1"><x:brk id="3"/></x:rowBreaks></x:worksheet>`,
  });
}
