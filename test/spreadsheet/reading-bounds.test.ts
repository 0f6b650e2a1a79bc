import { ReadingClock } from "../../src/modules/inventory/spreadsheet/spreadsheet-limits";
import { SpreadsheetFormatError } from "../../src/modules/inventory/spreadsheet/spreadsheet.errors";
import { inEnglish, item, MAIN_NS, readAll, readError, REL_NS, repeated, sheetOf, workbook, writeToBuffer } from "./spreadsheet-fixtures";

/**
 * The reading bounds the upload tests (test/inventory-import/upload-bombs.test.ts) do not reach,
 * straight on the reader: each refused with its code, quickly.
 */
async function refusal(file: Buffer, format: "csv" | "xlsx") {
  const started = performance.now();
  const error = await readError(file, format);
  expect(performance.now() - started).toBeLessThan(2_000);
  expect(error).toBeInstanceOf(SpreadsheetFormatError);
  const refused = error as SpreadsheetFormatError;
  return { code: refused.code, message: refused.problems[0].message.en };
}

describe("bounds on reading a spreadsheet", () => {
  it("refuses a zip of more than 1,000 entries before reading any of them", async () => {
    const file = await workbook(sheetOf(""), undefined, { extraEntries: 1_000 });
    expect(await refusal(file, "xlsx")).toEqual({ code: "SPREADSHEET_TOO_LARGE", message: "the XLSX archive has more than 1000 entries" });
  });

  it("refuses more than 2,000,000 shared strings even when stored uncompressed (no ratio to catch them)", async () => {
    const file = await workbook(sheetOf(""), () => [`<sst xmlns="${MAIN_NS}">`, ...repeated("<si/>", 2_000_010 * 5), "</sst>"], { compress: false });
    expect(await refusal(file, "xlsx")).toMatchObject({ code: "SPREADSHEET_TOO_LARGE", message: expect.stringMatching(/shared strings exceed 2000000 texts/) });
  });

  it("reads a 1 MB attribute full of '>' in one pass (the tag's end was searched again from its start at every '>')", async () => {
    const workbookXml = `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${">".repeat(1024 * 1024)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const started = performance.now();
    const rows = await readAll(
      await workbook(sheetOf(`<row r="2"><c r="AA2" t="inlineStr"><is><t>姓名</t></is></c></row>`), undefined, { workbookXml }),
      "xlsx",
    );
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(rows.map((row) => [row.rowNumber, row.cells.itemName])).toEqual([[2, "姓名"]]);
  });

  it("refuses a tag that never ends at the row bound", async () => {
    const file = await workbook(sheetOf(""), () => [`<sst xmlns="${MAIN_NS}"><si `, ...repeated('a="b" ', 5 * 1024 * 1024)]);
    expect(await refusal(file, "xlsx")).toMatchObject({
      code: "SPREADSHEET_TOO_LARGE",
      message: expect.stringMatching(/an XML tag or comment is longer than 4194304 characters/),
    });
  });

  it("refuses a CSV field over Excel's 32,767 characters, naming its row and column, and keeps one at the limit", async () => {
    const atLimit = await writeToBuffer([item("XM001", "字".repeat(32_767))], "csv");
    expect((await readAll(atLimit, "csv"))[0].cells.itemName).toHaveLength(32_767);
    const over = await writeToBuffer([item("XM001", "字".repeat(32_768))], "csv");
    const error = (await readError(over, "csv")) as SpreadsheetFormatError;
    expect(error.code).toBe("SPREADSHEET_TOO_LARGE");
    expect(inEnglish(error.problems)).toEqual([{ row: 2, column: "AA", message: "a field is longer than 32767 characters" }]);
  });

  it("refuses an XLSX cell over 32,767 characters, and keeps one at the limit", async () => {
    const cell = (length: number) => sheetOf(`<row r="2"><c r="AA2" t="inlineStr"><is><t>${"字".repeat(length)}</t></is></c></row>`);
    expect((await readAll(await workbook(cell(32_767)), "xlsx"))[0].cells.itemName).toHaveLength(32_767);
    const error = (await readError(await workbook(cell(32_768)), "xlsx")) as SpreadsheetFormatError;
    expect(error.code).toBe("SPREADSHEET_TOO_LARGE");
    expect(inEnglish(error.problems)).toEqual([{ row: 2, column: "AA", message: "a cell is longer than 32767 characters" }]);
  });

  it("stops a read past its time budget, not counting the time the consumer spends between rows", async () => {
    const clock = new ReadingClock(50);
    clock.pause();
    await new Promise((resolve) => setTimeout(resolve, 80));
    clock.resume();
    expect(() => clock.check()).not.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(() => clock.check()).toThrow(expect.objectContaining({ code: "SPREADSHEET_TOO_LARGE" }));
  });
});
