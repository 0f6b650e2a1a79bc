import { Readable } from "node:stream";
import { CsvRecordParser, readCsvSheetRows } from "../../src/modules/inventory/spreadsheet/csv-reader";
import { SheetRow } from "../../src/modules/inventory/spreadsheet/sheet-row";
import { SpreadsheetFormatError } from "../../src/modules/inventory/spreadsheet/spreadsheet.errors";
import { inEnglish, readAll, readError } from "./spreadsheet-fixtures";

function parse(text: string, pieceSize = text.length): (string | undefined)[][] {
  const parser = new CsvRecordParser();
  const rows: SheetRow[] = [];
  for (let at = 0; at < text.length; at += pieceSize) parser.push(text.slice(at, at + pieceSize), rows);
  parser.end(rows);
  return rows.map((row) => row.values);
}

async function recordsOf(bytes: Buffer, pieceSize = bytes.length): Promise<SheetRow[]> {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += pieceSize) pieces.push(bytes.subarray(at, at + pieceSize));
  const rows: SheetRow[] = [];
  for await (const batch of readCsvSheetRows(Readable.from(pieces))) rows.push(...batch);
  return rows;
}

describe("reading CSV (RFC 4180)", () => {
  const tricky = 'a,"b,1","c ""quoted""",\r\n"multi\r\nline","",x\n"end\nof file"';
  const expected = [["a", "b,1", 'c "quoted"', ""], ["multi\r\nline", "", "x"], ["end\nof file"]];

  it("splits quoted fields with commas, escaped quotes, line breaks and empty fields, CRLF or LF", () => {
    expect(parse(tricky)).toEqual(expected);
  });

  it("gives the same records however the text is cut into pieces", () => {
    for (const size of [1, 2, 3, 5]) expect(parse(tricky, size)).toEqual(expected);
  });

  it("ends a record on a bare CR too, and adds no record for a final line end", () => {
    expect(parse("a,b\rc,d\r")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(parse("a,b\r\n\r\nc")).toEqual([["a", "b"], [""], ["c"]]);
  });

  it("keeps a stray quote inside an unquoted field, and text after a closing quote, as Excel does", () => {
    expect(parse('5" disk,"ab"c,d')).toEqual([['5" disk', "abc", "d"]]);
  });

  it("counts rows by record, so a line break inside a cell does not shift later row numbers", async () => {
    const rows = await recordsOf(Buffer.from('h1,h2\r\n"第一行\r\n第二行",x\r\ny,z\r\n'));
    expect(rows.map((row) => row.rowNumber)).toEqual([1, 2, 3]);
  });

  it("refuses a quoted field that is never closed, naming the row it starts on", async () => {
    const error = (await readError(Buffer.from('信息资源代码,信息资源名称,信息项名称\r\nA,B,C\r\nA,"B,C\r\nA,B,C\r\n'), "csv")) as SpreadsheetFormatError;
    expect(error).toBeInstanceOf(SpreadsheetFormatError);
    expect(inEnglish(error.problems)).toEqual([{ row: 3, column: null, message: 'a quoted field is never closed: a double quote (") is missing' }]);
  });
});

describe("the encoding of a CSV file", () => {
  const template = "信息资源代码,信息资源名称,信息项名称\r\n301002/00001,区民政局低保对象信息,公民身份号码\r\n";
  const rows = [{ rowNumber: 2, cells: { resourceCode: "301002/00001", resourceName: "区民政局低保对象信息", itemName: "公民身份号码" } }];

  it("reads UTF-8 with or without a BOM, whatever the piece boundaries", async () => {
    expect(await readAll(Buffer.from(template), "csv")).toEqual(rows);
    expect(await readAll(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(template)]), "csv", 1)).toEqual(rows);
  });

  it("reads GB18030 (GBK), as Excel on a Chinese Windows saves 'CSV (逗号分隔)'", async () => {
    // The template above, encoded in GBK (Node can decode GB18030 but has no encoder for it).
    const gbk = Buffer.from(
      "d0c5cfa2d7cad4b4b4fac2eb2cd0c5cfa2d7cad4b4c3fbb3c62cd0c5cfa2cfeec3fbb3c60d0a3330313030322f30303030312cc7f8c3f1d5febed6b5cdb1a3b6d4cff3d0c5cfa22cb9abc3f1c9edb7ddbac5c2eb0d0a",
      "hex",
    );
    expect(await readAll(gbk, "csv")).toEqual(rows);
    expect(await readAll(gbk, "csv", 3)).toEqual(rows);
  });

  it("reads UTF-16 with a BOM", async () => {
    expect(await readAll(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(template, "utf16le")]), "csv", 5)).toEqual(rows);
  });

  it("refuses a file that starts as UTF-8 and turns invalid later, rather than guessing", async () => {
    const filler = "301002/00001,区民政局低保对象信息,姓名\r\n".repeat(1000);
    const bytes = Buffer.concat([Buffer.from(template + filler), Buffer.from([0xc7, 0xf8, 0x0d, 0x0a])]);
    const message = `the file is not valid UTF-8 near byte ${bytes.length - 4}, though it starts as UTF-8: save it again as "CSV UTF-8"`;
    for (const pieceSize of [bytes.length, 1000]) {
      const error = (await readError(bytes, "csv", pieceSize)) as SpreadsheetFormatError;
      expect(error).toBeInstanceOf(SpreadsheetFormatError);
      expect(inEnglish(error.problems)).toEqual([{ row: 0, column: null, message }]);
    }
  });
});
