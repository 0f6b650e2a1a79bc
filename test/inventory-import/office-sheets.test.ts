import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ImportedResourceDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { importFile, itemCells, resourceCells, tableCounts, templateFile } from "./import-support";

// Spreadsheets as offices make them, written by exceljs (test/fixtures/make-import-fixtures.mjs).
const fixture = (name: string) => readFileSync(join(__dirname, "../fixtures/import", name));
const xlsx = { format: "xlsx" as const };

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

async function itemCodes(code: string) {
  const { dataResource } = await server.api.request(ImportedResourceDocument, { code });
  return dataResource?.items.nodes.map((item) => [item.code, item.name]);
}

describe("finding the header where offices put it", () => {
  it("skips a merged title row and a 填报单位 line above the header, and says it read row 3", async () => {
    const unit = await district.department("区城市管理局");
    const report = await importFile(server.api, unit.id, fixture("title-row.xlsx"), xlsx);
    expect(report).toMatchObject({ applied: true, sheetName: "茶山街道", headerRow: 3, rowsRead: 2, resourcesCreated: 1, itemsCreated: 2, problems: [] });
    expect(await itemCodes("301002/00001")).toEqual([
      ["001", "事件编号"],
      ["002", "事件类型"],
    ]);
  });

  it("accepts a two-row grouped header, 信息资源 / 信息项 above the columns, and one whose resource headers are merged down", async () => {
    const unit = await district.department("区司法局");
    const grouped = await importFile(server.api, unit.id, fixture("grouped-header.xlsx"), xlsx);
    expect(grouped).toMatchObject({ applied: true, sheetName: "数据资源目录", headerRow: 2, resourcesCreated: 1, itemsCreated: 2, problems: [] });
    const mergedDown = await importFile(server.api, unit.id, fixture("grouped-header-merged-down.xlsx"), xlsx);
    expect(mergedDown).toMatchObject({ applied: true, headerRow: 2, rowsRead: 2, resourcesCreated: 1, itemsCreated: 2, problems: [] });
    expect(await itemCodes("301002/00003")).toEqual([
      ["001", "老人姓名"],
      ["002", "走访日期"],
    ]);
  });

  it("passes over an instructions sheet (填表说明) and a hidden sheet to the data sheet, reads a sheet chosen by name, and names the sheets when the name is wrong", async () => {
    const unit = await district.department("区民政局");
    const file = fixture("instructions-first.xlsx");
    const dryRun = await importFile(server.api, unit.id, file, { ...xlsx, dryRun: true });
    expect(dryRun).toMatchObject({ sheetName: "数据资源目录", headerRow: 1, rowsRead: 2, resourcesCreated: 1, problemCount: 0 });

    const hidden = await importFile(server.api, unit.id, file, { ...xlsx, dryRun: true, sheet: "旧版清单" });
    expect(hidden).toMatchObject({ sheetName: "旧版清单", headerRow: 1, rowsRead: 1, resourcesCreated: 1, problemCount: 0 });

    const before = await tableCounts(server);
    const wrong = await importFile(server.api, unit.id, file, { ...xlsx, sheet: "数据目录" });
    expect(wrong).toMatchObject({ applied: false, sheetName: null, headerRow: 0, rowsRead: 0 });
    expect(wrong.problems).toEqual([expect.objectContaining({ row: 0, code: "SPREADSHEET_FORMAT_INVALID" })]);
    expect(wrong.problems[0].message).toContain("“填表说明”、“旧版清单”、“数据资源目录”");
    expect(await tableCounts(server)).toEqual(before);
  });
});

describe("rows without 信息资源代码", () => {
  it("creates them once; imported again, matches them by name to the unit's resources (the dry run says which) and creates nothing twice", async () => {
    const unit = await district.department("区卫生健康局");
    const first = await importFile(server.api, unit.id, fixture("codeless.xlsx"), xlsx);
    expect(first).toMatchObject({ applied: true, resourcesCreated: 2, itemsCreated: 3 });
    const assigned = first.nameMatches.map((m) => m.resourceCode);
    expect(first.nameMatches).toEqual([
      { row: 2, resourceName: "茶山街道低保对象信息", matched: false, resourceCode: expect.stringMatching(/^301002\/\d{5}$/) },
      { row: 4, resourceName: "茶山街道养老服务对象信息", matched: false, resourceCode: expect.stringMatching(/^301002\/\d{5}$/) },
    ]);

    const before = await tableCounts(server);
    const again = await importFile(server.api, unit.id, fixture("codeless.xlsx"), { ...xlsx, dryRun: true });
    expect(again).toMatchObject({ resourcesCreated: 0, resourcesUnchanged: 2, itemsCreated: 0, itemsUnchanged: 3, problemCount: 0 });
    expect(again.nameMatches).toEqual([
      { row: 2, resourceName: "茶山街道低保对象信息", matched: true, resourceCode: assigned[0] },
      { row: 4, resourceName: "茶山街道养老服务对象信息", matched: true, resourceCode: assigned[1] },
    ]);
    expect(await importFile(server.api, unit.id, fixture("codeless.xlsx"), xlsx)).toMatchObject({ applied: true, resourcesCreated: 0, resourcesUnchanged: 2 });
    expect(await tableCounts(server)).toEqual(before);
  });

  it("refuses a name two of the unit's resources carry, naming both codes, and writes nothing", async () => {
    const unit = await district.department("区人力资源和社会保障局");
    const twin = (code: string) => resourceCells(unit.code, code, { resourceName: "茶山街道低保对象信息" });
    await importFile(
      server.api,
      unit.id,
      await templateFile([itemCells(twin("301002/00201"), "001", "户主姓名"), itemCells(twin("301002/00202"), "001", "户主姓名")]),
    );

    const before = await tableCounts(server);
    const report = await importFile(server.api, unit.id, fixture("codeless.xlsx"), xlsx);
    expect(report).toMatchObject({ applied: false, problemCount: 1 });
    expect(report.problems).toEqual([expect.objectContaining({ row: 2, column: "信息资源名称", code: "RESOURCE_NAME_AMBIGUOUS" })]);
    expect(report.problems[0].message).toContain("301002/00201、301002/00202");
    expect(await tableCounts(server)).toEqual(before);
  });
});

describe("item codes typed as numbers", () => {
  it("reads 1 and 2 from number cells as the stored 001 and 002, and a new 3 at the declared width as 003: no look-alike items", async () => {
    const unit = await district.department("区住房和城乡建设局");
    const address = resourceCells(unit.code, "301002/00501", {
      resourceName: "茶山街道门牌地址信息",
      sharingConditions: "仅限于街道网格治理使用",
      summary: "",
      sourceSystem: "",
      recordCount: "",
      lifecycleStage: "",
      status: "",
      sharingMethod: "",
      publishedDate: "",
      functions: "",
    });
    await importFile(
      server.api,
      unit.id,
      await templateFile([itemCells(address, "001", "门牌号", { length: "" }), itemCells(address, "002", "所在社区", { length: "" })]),
    );

    const report = await importFile(server.api, unit.id, fixture("numeric-item-codes.xlsx"), xlsx);
    expect(report).toMatchObject({ applied: true, itemsCreated: 1, itemsUnchanged: 2, itemsRemoved: 0, problems: [] });
    expect(await itemCodes("301002/00501")).toEqual([
      ["001", "门牌号"],
      ["002", "所在社区"],
      ["003", "楼栋号"],
    ]);
  });

  it("refuses a number cell's 1 beside stored codes 01 and 001, which it cannot tell apart", async () => {
    const unit = await district.department("区交通运输局");
    const parking = resourceCells(unit.code, "301002/00502", { resourceName: "茶山街道停车泊位信息", sharingConditions: "仅限于街道网格治理使用" });
    await importFile(server.api, unit.id, await templateFile([itemCells(parking, "01", "泊位编号"), itemCells(parking, "001", "泊位类型")]));

    const before = await tableCounts(server);
    const report = await importFile(server.api, unit.id, fixture("numeric-item-lookalike.xlsx"), xlsx);
    expect(report).toMatchObject({ applied: false, problemCount: 1 });
    expect(report.problems).toEqual([expect.objectContaining({ row: 2, column: "信息项编码", code: "ITEM_CODE_LOOKALIKE" })]);
    expect(await tableCounts(server)).toEqual(before);
  });
});
