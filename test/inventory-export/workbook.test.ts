import ExcelJS from "exceljs";
import { CreateFunctionDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { freshCode, importFile } from "../inventory-import/import-support";
import { download, sheetRecords, unitWithInventory, workbookOf } from "./export-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const get = (path: string) => download(server.api.url, path, server.api);
const sum = (values: ExcelJS.CellValue[]) => values.reduce<number>((total, value) => total + (value as number), 0);

describe("the inventory export, a file people can compute with", () => {
  it("writes 数据量 and 数据长度 as numbers and 发布日期 as a date, codes as text, unit names beside codes; the resources sheet's 数据量 adds up", async () => {
    const { unit, assistance, visits, draft } = await unitWithInventory(server.api, district, "区民政局");
    const file = await get(`/exports/inventory.xlsx?unitId=${unit.id}`);
    expect(file.status).toBe(200);
    const workbook = await workbookOf(file.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["职能数据清单", "信息资源"]);

    const items = sheetRecords(workbook.worksheets[0]);
    expect(items.map((row) => [row["信息资源代码"], row["信息项编码"] ?? null])).toEqual([
      [assistance.code, "001"],
      [assistance.code, "002"],
      [assistance.code, "003"],
      [visits.code, null],
      [draft.code, "001"],
    ]);
    expect(items[0]).toMatchObject({
      资源提供方代码: unit.code,
      资源提供方名称: "区民政局",
      数据量: 101648,
      数据长度: 50,
      发布日期: new Date(Date.UTC(2025, 2, 1)),
    });
    for (const row of items) {
      expect(typeof row["数据量"]).toBe("number");
      expect(typeof row["信息资源代码"]).toBe("string");
    }

    const resources = sheetRecords(workbook.worksheets[1]);
    expect(resources.map((row) => [row["信息资源代码"], row["信息资源名称"], row["资源提供方名称"], row["数据量"], row["信息项数量"]])).toEqual([
      [assistance.code, "最低生活保障对象信息", "区民政局", 101648, 3],
      [visits.code, "走访记录汇总", "区民政局", 1234, 0],
      [draft.code, "救助对象动态（草稿）", "区民政局", 500, 1],
    ]);
    // What SUM(数据量) gives in the spreadsheet: one count per resource.
    expect(sum(resources.map((row) => row["数据量"]))).toBe(101648 + 1234 + 500);
    expect(sum(resources.map((row) => row["信息项数量"]))).toBe(items.filter((row) => row["信息项编码"]).length);
    expect(resources[1]["发布日期"]).toEqual(new Date(Date.UTC(2024, 11, 1)));
  });

  it("writes the CSV with plain numbers and ISO dates, and the unit's name beside its code", async () => {
    const { unit, assistance } = await unitWithInventory(server.api, district, "区卫生健康局");
    const file = await get(`/exports/inventory.csv?unitCode=${unit.code}`);
    const [header, first] = file.body
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(header.split(",").slice(0, 4)).toEqual(["信息资源代码", "信息资源名称", "资源提供方代码", "资源提供方名称"]);
    expect(first.split(",").slice(0, 4)).toEqual([assistance.code, "最低生活保障对象信息", unit.code, "区卫生健康局"]);
    expect(first).toContain(",101648,");
    expect(first).toContain(",2025-03-01,");
  });

  it("takes unit codes as well as IDs, several units at once, and names the file after the unit and the day", async () => {
    const first = await unitWithInventory(server.api, district, "区司法局");
    const second = await unitWithInventory(server.api, district, "区统计局");
    const byId = await get(`/exports/inventory.xlsx?unitId=${first.unit.id}`);
    const byCode = await get(`/exports/inventory.xlsx?unitCode=${first.unit.code}`);
    expect(sheetRecords((await workbookOf(byCode.body)).worksheets[0])).toEqual(sheetRecords((await workbookOf(byId.body)).worksheets[0]));

    const disposition = byCode.headers.get("content-disposition")!;
    const [, ascii] = /filename="([^"]+)"/.exec(disposition)!;
    const [, encoded] = /filename\*=UTF-8''(\S+)$/.exec(disposition)!;
    expect(decodeURIComponent(encoded)).toMatch(new RegExp(`^职能数据清单_区司法局_${first.unit.code}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    expect(ascii).toMatch(new RegExp(`^inventory_${first.unit.code}_\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    expect(byCode.headers.get("cache-control")).toBe("private, no-store");

    const both = await get(`/exports/inventory.xlsx?unitCode=${first.unit.code},${second.unit.code}`);
    const names = new Set(sheetRecords((await workbookOf(both.body)).worksheets[1]).map((row) => row["资源提供方名称"]));
    expect(names).toEqual(new Set(["区司法局", "区统计局"]));
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)$/.exec(both.headers.get("content-disposition")!)![1])).toMatch(/^职能数据清单_区司法局等2个单位_/);
    const mixed = await get(`/exports/inventory.csv?unitId=${first.unit.id}&unitCode=${second.unit.code}`);
    expect(mixed.body.toString("utf8")).toBe(
      (await get(`/exports/inventory.csv?unitCode=${first.unit.code}&unitCode=${second.unit.code}`)).body.toString("utf8"),
    );
  });

  it("refuses an unknown code (404, naming unitCode), no unit (400) and more than 50 units (400)", async () => {
    expect((await get("/exports/inventory.xlsx?unitCode=NO-SUCH-UNIT")).error).toEqual({ code: "NOT_FOUND", field: "unitCode" });
    expect((await get("/exports/template.xlsx")).error).toEqual({ code: "BAD_USER_INPUT", field: "unitId" });
    const many = Array.from({ length: 51 }, (_, i) => `C${i}`).join(",");
    const tooMany = await get(`/exports/inventory.csv?unitCode=${many}`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.error).toEqual({ code: "BAD_USER_INPUT", field: "unitId" });
  });
});

describe("the template, /exports/template.xlsx", () => {
  it("puts the data sheet first, then 填表说明 and the unit's functions, with drop-downs of the registry's Chinese labels on every enumerated column", async () => {
    const unit = await district.department("区住房和城乡建设局");
    await server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "房屋安全鉴定", legalBasis: "《城市危险房屋管理规定》" } });
    const file = await get(`/exports/template.xlsx?unitCode=${unit.code}`);
    expect(file.status).toBe(200);
    expect(decodeURIComponent(/filename\*=UTF-8''(\S+)$/.exec(file.headers.get("content-disposition")!)![1])).toMatch(/^职能数据清单模板_区住房和城乡建设局_/);
    const workbook = await workbookOf(file.body);
    expect(workbook.worksheets.map((sheet) => [sheet.name, sheet.state])).toEqual([
      ["职能数据清单", "visible"],
      ["填表说明", "visible"],
      ["本单位职能", "visible"],
      ["选项", "hidden"],
    ]);
    const data = workbook.worksheets[0];
    const headers = (data.getRow(1).values as string[]).slice(1);
    expect(headers[0]).toBe("信息资源代码");
    expect(headers).not.toContain("资源提供方名称");
    expect(data.rowCount).toBe(1);
    expect(sheetRecords(workbook.getWorksheet("本单位职能")!)).toEqual([
      { 单位代码: unit.code, 单位名称: "区住房和城乡建设局", 职能名称: "房屋安全鉴定", 设定依据: "《城市危险房屋管理规定》" },
    ]);

    // Each enumerated column offers the labels the API serves for its enum (enumLabels), read from the hidden sheet.
    const labels = await server.api.raw<{ enumLabels: { enum: string; values: { label: string }[] }[] }>("{ enumLabels { enum values { label } } }");
    const labelsOf = (name: string) => labels.data!.enumLabels.find((e) => e.enum === name)!.values.map((v) => v.label);
    const options = workbook.getWorksheet("选项")!;
    // exceljs reads the validations but does not declare them on Worksheet.
    const validations = (data as unknown as { dataValidations: { find(address: string): ExcelJS.DataValidation | undefined } }).dataValidations;
    const listAt = (column: string) => {
      const validation = validations.find(`${column}2`);
      expect(validations.find(`${column}2000`)).toEqual(validation);
      expect(validation).toMatchObject({ type: "list" });
      const [, from, to] = /!\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(validation!.formulae![0] as string)!;
      const [fromColumn, fromRow] = from.split("$");
      const [, toRow] = to.split("$");
      return Array.from({ length: Number(toRow) - Number(fromRow) + 1 }, (_, i) => options.getCell(`${fromColumn}${Number(fromRow) + i}`).value);
    };
    const letter = (header: string) => String.fromCharCode(65 + headers.indexOf(header));
    const columnLetter = (header: string) => (headers.indexOf(header) < 26 ? letter(header) : `A${String.fromCharCode(65 + headers.indexOf(header) - 26)}`);
    const enumColumns: Record<string, string> = {
      资源属性分类: "CatalogCategory",
      信息资源格式: "ResourceFormat",
      更新周期: "UpdateFrequency",
      生命周期阶段: "LifecycleStage",
      发布状态: "ResourceStatus",
      共享类型: "SharingType",
      共享方式: "SharingMethod",
      开放类型: "OpenType",
      数据分级: "DataLevel",
      数据类型: "ItemDataType",
      信息项共享类型: "SharingType",
    };
    for (const [header, enumName] of Object.entries(enumColumns)) expect(listAt(columnLetter(header))).toEqual(labelsOf(enumName));
    for (const header of ["涉及国家利益", "涉及公共安全", "涉及商业秘密", "涉及个人隐私", "是否个人信息"])
      expect(listAt(columnLetter(header))).toEqual(["是", "否"]);

    const instructions = sheetRecords(workbook.getWorksheet("填表说明")!);
    expect(instructions.find((row) => row["列名"] === "共享类型")).toEqual({
      列名: "共享类型",
      是否必填: "否",
      填写说明: `下拉选择：${labelsOf("SharingType").join("、")}`,
    });
    expect(instructions.find((row) => row["列名"] === "信息资源名称")).toMatchObject({ 是否必填: "是" });
  });

  it("filled in a spreadsheet (numbers typed as numbers, a date, 001 as text) imports through the real import, and again without a change; its export re-imports unchanged", async () => {
    const unit = await district.department("区城市管理局");
    await server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "市容环境卫生管理" } });
    const template = await workbookOf((await get(`/exports/template.xlsx?unitId=${unit.id}`)).body);
    const data = template.worksheets[0];
    const headers = (data.getRow(1).values as string[]).slice(1);
    const code = freshCode();
    const resource: Record<string, ExcelJS.CellValue> = {
      信息资源代码: code,
      信息资源名称: "城市管理案件信息",
      资源提供方代码: unit.code,
      资源属性分类: "部门",
      分类代码: "301002",
      信息资源格式: "数据库",
      更新周期: "每日",
      数据量: 2048,
      生命周期阶段: "共享开放",
      发布状态: "已发布",
      共享类型: "无条件共享",
      开放类型: "不予开放",
      数据分级: "一般数据",
      发布日期: new Date(Date.UTC(2025, 5, 30)),
      服务职能: "市容环境卫生管理",
    };
    const items = [
      { 信息项编码: "001", 信息项名称: "案件编号", 数据类型: "字符型", 数据长度: 20, 是否个人信息: "否" },
      { 信息项编码: "002", 信息项名称: "立案时间", 数据类型: "日期时间型", 是否个人信息: "否" },
    ];
    items.forEach((item, i) => {
      const row = data.getRow(i + 2);
      for (const [header, value] of Object.entries({ ...resource, ...item })) row.getCell(headers.indexOf(header) + 1).value = value;
    });
    const filled = Buffer.from(await template.xlsx.writeBuffer());

    const first = await importFile(server.api, unit.id, filled, { format: "xlsx" });
    expect(first).toMatchObject({ applied: true, resourcesCreated: 1, itemsCreated: 2, functionsCreated: 0, problems: [] });
    const again = await importFile(server.api, unit.id, filled, { format: "xlsx" });
    expect(again).toMatchObject({ applied: true, resourcesCreated: 0, resourcesUnchanged: 1, itemsCreated: 0, itemsUnchanged: 2 });

    const exported = await get(`/exports/inventory.xlsx?unitId=${unit.id}`);
    const rows = sheetRecords((await workbookOf(exported.body)).worksheets[0]);
    expect(rows.map((row) => [row["信息项编码"], row["数据量"], row["发布日期"], row["服务职能"]])).toEqual([
      ["001", 2048, new Date(Date.UTC(2025, 5, 30)), "市容环境卫生管理"],
      ["002", 2048, new Date(Date.UTC(2025, 5, 30)), "市容环境卫生管理"],
    ]);
    const reimported = await importFile(server.api, unit.id, exported.body, { format: "xlsx" });
    expect(reimported).toMatchObject({ applied: true, resourcesUnchanged: 1, itemsUnchanged: 2, resourcesUpdated: 0, itemsUpdated: 0 });
  });
});
