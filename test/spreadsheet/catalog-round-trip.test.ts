import { CatalogCells, CatalogFileFormat } from "../../src/modules/inventory/spreadsheet/catalog-template";
import { item, minimumLivingAllowance, readAll, withEveryColumn, writeToBuffer } from "./spreadsheet-fixtures";

const awkwardRows: CatalogCells[] = [
  item("301002/00015-001", "姓名", { personalInformation: "是", itemSharingType: "有条件共享" }),
  item("301002/00015-002", "家庭住址", {
    itemDescription: '含"镇、街道, 村（社区）"的完整地址\n第二行：门牌号\r\nWindows 换行也保留',
    summary: '逗号,引号"以及 <尖括号> & 符号',
  }),
  // Empty cells in the middle and at the end, and a resource column left out altogether.
  item("301002/00015-003", "救助金额", { dataType: "数值型", length: "", itemDescription: "", itemSharingType: "", sourceSystem: undefined }),
  // What an XML writer must escape, or a reader must not mistake for markup or escapes.
  item("301002/00015-004", "备注_x000D_字段", { itemDescription: "制表\t符、控制\u0001符与 _x005F_ 字样", length: "0012" }),
  // What a spreadsheet program would run as a formula (the CSV export guards it), and text that already starts with the guard.
  item("301002/00015-005", "-5 项", {
    summary: "=SUM(A1)",
    itemDescription: "@某人",
    sourceSystem: "+86 190 0000 0001",
    sharingConditions: "'=已带引号",
    functions: "''@两个引号",
  }),
];

describe.each<CatalogFileFormat>(["csv", "xlsx"])("a %s export of the inventory template", (format) => {
  it("reads back exactly the rows written, numbered from row 2 under the header", async () => {
    const file = await writeToBuffer(awkwardRows, format);
    const rows = await readAll(file, format);
    expect(rows).toEqual(awkwardRows.map((cells, index) => ({ rowNumber: index + 2, cells: withEveryColumn(cells) })));
  });

  it("reads back the same when the file arrives a few bytes at a time", async () => {
    const file = await writeToBuffer(awkwardRows, format);
    expect(await readAll(file, format, 7)).toEqual(await readAll(file, format));
  });

  it("writes rows pulled from an async source, and only the header for none", async () => {
    async function* fromDatabase() {
      for (let i = 1; i <= 300; i++) yield item(`301002/00015-${String(i).padStart(3, "0")}`, `信息项${i}`);
    }
    const rows = await readAll(await writeToBuffer(fromDatabase(), format), format);
    expect(rows).toHaveLength(300);
    expect(rows[299]).toEqual({ rowNumber: 301, cells: withEveryColumn(item("301002/00015-300", "信息项300")) });
    expect(await readAll(await writeToBuffer([], format), format)).toEqual([]);
  });

  it("trims the spaces around a value, as the importer compares trimmed text", async () => {
    const rows = await readAll(await writeToBuffer([item("  301002/00015-001 ", "\u3000姓名 ")], format), format);
    expect(rows[0].cells).toMatchObject({ itemCode: "301002/00015-001", itemName: "姓名" });
  });

  it("fails the export when the row source fails, instead of writing a truncated file as if complete", async () => {
    async function* failing() {
      yield minimumLivingAllowance;
      throw new Error("database connection lost");
    }
    await expect(writeToBuffer(failing(), format)).rejects.toThrow("database connection lost");
  });
});

describe("the CSV export", () => {
  it("is UTF-8 with a BOM and CRLF line ends, quoting only the cells that need it", async () => {
    const file = await writeToBuffer([item("C-1", '说明,含"引号"')], "csv");
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.toString("utf8").slice(1);
    const [header, row, end] = text.split("\r\n");
    expect(header.startsWith("信息资源代码,信息资源名称,")).toBe(true);
    expect(row).toContain(',C-1,"说明,含""引号""",字符型,50,');
    expect(end).toBe("");
  });

  it("writes a cell that would run as a formula behind a single quote, and reads it back exactly", async () => {
    const risky = item("C-2", "-5 项", {
      summary: "=SUM(A1)",
      itemDescription: "\t=1+1",
      sharingConditions: "\r=cmd",
      sourceSystem: "@某人",
      functions: "'+已带引号",
    });
    const file = await writeToBuffer([risky], "csv");
    const row = file.toString("utf8").split("\r\n")[1];
    for (const guarded of ["'=SUM(A1)", "'-5 项", "'\t=1+1", `"'\r=cmd"`, "'@某人", "''+已带引号"]) expect(row).toContain(`,${guarded},`);
    expect(row).not.toMatch(/(^|,)"?[=+\-@\t\r]/);
    expect(await readAll(file, "csv")).toEqual([{ rowNumber: 2, cells: withEveryColumn(risky) }]);
  });
});
