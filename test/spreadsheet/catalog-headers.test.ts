import { Readable } from "node:stream";
import { readCatalogRows } from "../../src/modules/inventory/spreadsheet/read-catalog";
import { SPREADSHEET_FORMAT_INVALID, SpreadsheetFormatError } from "../../src/modules/inventory/spreadsheet/spreadsheet.errors";
import { csvFile, inEnglish, readAll, readError, TEMPLATE_HEADER } from "./spreadsheet-fixtures";

describe("the template's header row", () => {
  it("refuses a file missing required headers, naming each one", async () => {
    const error = await readError(csvFile(["资源提供方代码,信息资源名称,数据类型", "320402102,低保对象信息,字符型"]), "csv");
    expect(error).toBeInstanceOf(SpreadsheetFormatError);
    expect((error as SpreadsheetFormatError).code).toBe(SPREADSHEET_FORMAT_INVALID);
    expect(inEnglish((error as SpreadsheetFormatError).problems)).toEqual([
      { row: 1, column: null, message: 'required header "信息资源代码" is missing' },
      { row: 1, column: null, message: 'required header "信息项名称" is missing' },
    ]);
    expect((error as SpreadsheetFormatError).extensions.problems).toHaveLength(2);
  });

  it("lists unknown and repeated headers with their columns, all in one error", async () => {
    const error = (await readError(csvFile(["信息资源代码,信息资源名称,备注,信息项名称,信息资源名称", "A,B,C,D,E"]), "csv")) as SpreadsheetFormatError;
    expect(inEnglish(error.problems)).toEqual([
      { row: 1, column: "C", message: 'unknown header "备注"' },
      { row: 1, column: "E", message: 'header "信息资源名称" appears twice (also in column B)' },
    ]);
    expect(error.message).toContain("第 1 行第 C 列：未知的表头“备注”"); // Chinese outside a request
    expect(error.localised.en).toContain('row 1, column C: unknown header "备注"');
  });

  it("matches headers despite a BOM, spaces, full-width forms and a required-field asterisk", async () => {
    const rows = await readAll(csvFile(["\uFEFF 信息资源代码 ,＊信息资源名称,*信息项 名称,数据类型\u3000", "301002/00001,低保对象信息,姓名,字符型"]), "csv");
    expect(rows).toEqual([{ rowNumber: 2, cells: { resourceCode: "301002/00001", resourceName: "低保对象信息", itemName: "姓名", dataType: "字符型" } }]);
  });

  it("gives only the columns the file has, in whatever order they come", async () => {
    const rows = await readAll(csvFile(["信息项名称,信息资源名称,信息资源代码", "姓名,低保对象信息,301002/00001"]), "csv");
    expect(rows[0].cells).toEqual({ itemName: "姓名", resourceName: "低保对象信息", resourceCode: "301002/00001" });
  });

  it("takes the first non-empty row as the header and skips empty rows, keeping Excel's row numbers", async () => {
    const lines = [
      "",
      ",,",
      TEMPLATE_HEADER,
      "301002/00001,低保对象信息" + ",".repeat(25) + "姓名",
      ",,,,",
      "",
      "301002/00001,低保对象信息" + ",".repeat(25) + "身份证号",
    ];
    const rows = await readAll(csvFile(lines), "csv");
    expect(rows.map((row) => [row.rowNumber, row.cells.itemName])).toEqual([
      [4, "姓名"],
      [7, "身份证号"],
    ]);
  });

  it("refuses a value in a column that has no header rather than losing it", async () => {
    const error = (await readError(csvFile(["信息资源代码,信息资源名称,信息项名称,", "A,B,C,", "A,B,C,遗漏的值"]), "csv")) as SpreadsheetFormatError;
    expect(inEnglish(error.problems)).toEqual([{ row: 3, column: "D", message: 'the value "遗漏的值" is in a column without a header' }]);
  });

  it("ignores an empty column without a header, as Excel leaves after deleting one", async () => {
    const rows = await readAll(csvFile(["信息资源代码,,信息资源名称,信息项名称,,", "A,,B,C,,"]), "csv");
    expect(rows).toEqual([{ rowNumber: 2, cells: { resourceCode: "A", resourceName: "B", itemName: "C" } }]);
  });

  it("says so in one problem when no row near the top is the header", async () => {
    const error = (await readError(csvFile(["301002/00001,低保对象信息,姓名", "301002/00001,低保对象信息,住址"]), "csv")) as SpreadsheetFormatError;
    expect(inEnglish(error.problems)).toEqual([
      {
        row: 0,
        column: null,
        message: 'no template header row in the first 10 non-empty rows (a row with at least two template headers such as "信息资源代码")',
      },
    ]);
  });

  it("refuses an empty file", async () => {
    const error = (await readError(Buffer.from("\uFEFF\r\n,,\r\n"), "csv")) as SpreadsheetFormatError;
    expect(inEnglish(error.problems)).toEqual([{ row: 0, column: null, message: "the file is empty: it has no header row" }]);
  });

  it("reports a bad header before yielding any row", async () => {
    const seen: number[] = [];
    const input = Readable.from([Buffer.from("信息资源代码,名称\r\nA,B\r\n")]);
    await expect(
      (async () => {
        for await (const row of readCatalogRows(input, "csv")) seen.push(row.rowNumber);
      })(),
    ).rejects.toBeInstanceOf(SpreadsheetFormatError);
    expect(seen).toEqual([]);
  });
});
