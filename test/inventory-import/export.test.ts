import { CreateDataResourceDocument, CreateFunctionDocument, CreateUnitDocument, RetireDataResourceDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs, uniqueCode } from "../support/scenario";
import { readCatalogRows } from "../../src/modules/inventory/spreadsheet/read-catalog";
import { Readable } from "node:stream";
import { exportFile, freshCode, importFile, resourceCells, resourceRows, tableCounts, templateFile } from "./import-support";
import type { CatalogFileFormat, CatalogRow } from "../../src/modules/inventory/spreadsheet/catalog-template";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

async function rowsOf(file: Buffer, format: CatalogFileFormat): Promise<CatalogRow[]> {
  const rows: CatalogRow[] = [];
  for await (const row of readCatalogRows(Readable.from([file]), format)) rows.push(row);
  return rows;
}

/** A unit with an inventory made through the API (as a front-end would), in every shape the template has to carry. */
async function unitWithInventory(name: string) {
  const unit = await district.department(name);
  const { createFunction } = await server.api.request(CreateFunctionDocument, {
    input: { unitId: unit.id, name: "行政许可审批", legalBasis: "《行政许可法》" },
  });
  const create = (input: Record<string, unknown>) =>
    server.api.request(CreateDataResourceDocument, {
      input: {
        providerUnitId: unit.id,
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "301002",
        format: "DATABASE",
        updateFrequency: "MONTHLY",
        sharingType: "CONDITIONAL",
        sharingConditions: "限政务用途，不得转作他用",
        openType: "NOT_OPEN",
        level: "IMPORTANT",
        status: "PUBLISHED",
        name: "",
        ...input,
      } as never,
    });
  const licences = await create({
    name: "行政许可办件信息",
    code: freshCode(),
    summary: '许可事项、申请人和办理结果\n含"加急"件',
    sourceSystem: "政务服务平台",
    recordCount: 1234,
    personalPrivacy: true,
    publishedDate: "2024-12-01",
    functionIds: [createFunction.id],
    sharingMethod: "DATABASE_EXCHANGE",
    items: [
      { code: "XM002", name: "申请人姓名", dataType: "STRING", length: 50, personalInformation: true, sharingType: "NOT_SHARED" },
      { code: "XM001", name: "办件编号", dataType: "STRING", length: 32, description: "唯一编号, 含字母" },
      { code: "XM003", name: "办结时间", dataType: "DATETIME" },
    ],
  });
  const draft = await create({
    name: "许可证照库（筹建中）",
    code: freshCode(),
    status: "DRAFT",
    lifecycleStage: "PLANNING",
    items: [{ code: "ZZ1", name: "证照号码", dataType: "STRING" }],
  });
  const empty = await create({
    name: "尚无信息项的资源",
    code: freshCode(),
    sharingType: "NOT_SHARED",
    sharingConditions: null,
    notSharedBasis: "《保守国家秘密法》",
    level: "CORE",
  });
  return { unit, licences: licences.createDataResource, draft: draft.createDataResource, empty: empty.createDataResource };
}

describe("GET /exports/inventory.csv and .xlsx", () => {
  it("writes the template, one row per item, resources and items by code, in Chinese labels", async () => {
    const { unit, licences, draft, empty } = await unitWithInventory("区行政审批局");
    const { status, body, contentType } = await exportFile(server.api, unit.id, "csv");
    expect(status).toBe(200);
    expect(contentType).toContain("text/csv");
    const rows = await rowsOf(body, "csv");
    expect(rows.map((r) => [r.cells.resourceCode, r.cells.itemCode])).toEqual([
      [licences.code, "XM001"],
      [licences.code, "XM002"],
      [licences.code, "XM003"],
      [draft.code, "ZZ1"],
      [empty.code, ""],
    ]);
    expect(rows[1].cells).toMatchObject({
      resourceName: "行政许可办件信息",
      providerUnitCode: unit.code,
      catalogCategory: "部门",
      classificationCode: "301002",
      format: "数据库",
      updateFrequency: "每月",
      recordCount: "1234",
      lifecycleStage: "规划",
      status: "已发布",
      sharingType: "有条件共享",
      sharingConditions: "限政务用途，不得转作他用",
      sharingMethod: "库表交换",
      openType: "不予开放",
      level: "重要数据",
      personalPrivacy: "是",
      tradeSecret: "否",
      publishedDate: "2024-12-01",
      functions: "行政许可审批",
      itemName: "申请人姓名",
      dataType: "字符型",
      length: "50",
      personalInformation: "是",
      itemSharingType: "不予共享",
    });
    expect(rows[0].cells.summary).toBe('许可事项、申请人和办理结果\n含"加急"件');
    expect(rows[4].cells).toMatchObject({ level: "核心数据", sharingType: "不予共享", notSharedBasis: "《保守国家秘密法》", itemName: "", dataType: "" });
  });

  it("re-imports unchanged, and exports the same bytes again (CSV) and the same rows (XLSX)", async () => {
    const { unit } = await unitWithInventory("区文化广电和旅游局");
    for (const format of ["csv", "xlsx"] as const) {
      const first = await exportFile(server.api, unit.id, format);
      const before = await tableCounts(server);
      const report = await importFile(server.api, unit.id, first.body, { format });
      expect(report).toMatchObject({
        applied: true,
        resourcesCreated: 0,
        resourcesUpdated: 0,
        resourcesUnchanged: 3,
        itemsCreated: 0,
        itemsUpdated: 0,
        itemsUnchanged: 4,
        functionsCreated: 0,
      });
      expect(await tableCounts(server)).toEqual(before);
      const second = await exportFile(server.api, unit.id, format);
      if (format === "csv") expect(second.body.equals(first.body)).toBe(true);
      else expect(await rowsOf(second.body, "xlsx")).toEqual(await rowsOf(first.body, "xlsx"));
    }
  });

  it("carries a unit's inventory into another catalog with the same units: its export there is the same file", async () => {
    const parent = await district.department("区农业农村局");
    const { createUnit: station } = await server.api.request(CreateUnitDocument, {
      input: { kind: "SUBORDINATE", code: uniqueCode(), name: "区农业技术推广站", parentId: parent.id },
    });
    const rows = [
      ...resourceRows(resourceCells(parent.code, freshCode(), { resourceName: "农业补贴发放明细", functions: "耕地地力保护补贴；农机购置补贴" }), 3),
      ...resourceRows(resourceCells(station.code, freshCode(), { resourceName: "农技推广服务记录", status: "草稿", publishedDate: "" }), 2),
    ];
    await importFile(server.api, parent.id, await templateFile(rows, "xlsx"), { format: "xlsx" });
    const original = await exportFile(server.api, parent.id, "xlsx", true);

    const elsewhere = await startTestCatalog();
    try {
      const root = (await elsewhere.api.request(CreateUnitDocument, { input: { kind: "DISTRICT", code: uniqueCode("D"), name: "天宁区" } })).createUnit;
      const copy = (
        await elsewhere.api.request(CreateUnitDocument, { input: { kind: "DEPARTMENT", code: parent.code, name: "区农业农村局", parentId: root.id } })
      ).createUnit;
      await elsewhere.api.request(CreateUnitDocument, { input: { kind: "SUBORDINATE", code: station.code, name: "区农业技术推广站", parentId: copy.id } });

      const report = await importFile(elsewhere.api, copy.id, original.body, { format: "xlsx" });
      expect(report).toMatchObject({ applied: true, resourcesCreated: 2, itemsCreated: 5, functionsCreated: 4 });
      const there = await exportFile(elsewhere.api, copy.id, "csv", true);
      const here = await exportFile(server.api, parent.id, "csv", true);
      expect(there.body.toString("utf8")).toBe(here.body.toString("utf8"));
    } finally {
      await elsewhere.stop();
    }
  });

  it("includes subordinate units only when asked", async () => {
    const parent = await district.department("区水利局");
    const { createUnit: station } = await server.api.request(CreateUnitDocument, {
      input: { kind: "SUBORDINATE", code: uniqueCode(), name: "区水文站", parentId: parent.id },
    });
    await importFile(
      server.api,
      parent.id,
      await templateFile([...resourceRows(resourceCells(parent.code, freshCode()), 1), ...resourceRows(resourceCells(station.code, freshCode()), 1)]),
    );
    expect((await rowsOf((await exportFile(server.api, parent.id, "csv")).body, "csv")).map((r) => r.cells.providerUnitCode)).toEqual([parent.code]);
    expect((await rowsOf((await exportFile(server.api, parent.id, "csv", true)).body, "csv")).map((r) => r.cells.providerUnitCode)).toEqual([
      parent.code,
      station.code,
    ]);
  });

  it("shows drafts only to the unit's own people, as the API does, and nothing to an account without a role", async () => {
    const { unit, licences, draft, empty } = await unitWithInventory("区退役军人事务局");
    // Retired without ever being published: it stays private too.
    const { createDataResource: shelved } = await server.api.request(CreateDataResourceDocument, {
      input: {
        providerUnitId: unit.id,
        name: "未发布即退役",
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "302005",
        format: "DATABASE",
        updateFrequency: "MONTHLY",
        sharingType: "UNCONDITIONAL",
        openType: "NOT_OPEN",
        level: "GENERAL",
        status: "DRAFT",
      },
    });
    await server.api.request(RetireDataResourceDocument, { input: { id: shelved.id, version: shelved.version } });
    const own = await district.staffedUnit("STREET", "郑陆镇");
    const outsider = await district.staffedUnit("STREET", "红梅街道");
    const { client: outsiderSpecialist } = await signedInAs(server.api, outsider.specialist.id);
    const codes = async (format: CatalogFileFormat) =>
      new Set((await rowsOf((await exportFile(outsiderSpecialist, unit.id, format)).body, format)).map((r) => r.cells.resourceCode));
    expect(await codes("csv")).toEqual(new Set([licences.code, empty.code]));
    expect(await codes("xlsx")).toEqual(new Set([licences.code, empty.code]));
    expect((await rowsOf((await exportFile(server.api, unit.id)).body, "csv")).map((r) => r.cells.resourceCode)).toEqual(
      expect.arrayContaining([draft.code, shelved.code]),
    );

    const { client: roleless } = await signedInAs(server.api, null);
    expect((await exportFile(roleless, unit.id)).status).toBe(403);

    const imported = await importFile(
      server.api,
      own.unit.id,
      await templateFile(resourceRows(resourceCells(own.unit.code, freshCode(), { status: "草稿", publishedDate: "" }), 1)),
    );
    expect(imported).toMatchObject({ applied: true, resourcesCreated: 1 });
    const { client: ownSpecialist } = await signedInAs(server.api, own.specialist.id);
    expect((await rowsOf((await exportFile(ownSpecialist, own.unit.id)).body, "csv")).map((r) => r.cells.status)).toEqual(["草稿"]);
    expect(await rowsOf((await exportFile(outsiderSpecialist, own.unit.id)).body, "csv")).toEqual([]);
  });

  it("answers refusals as JSON: 401 without a token, 400 for a bad parameter, 404 for an unknown unit", async () => {
    const unit = await district.department("区审计局");
    const anonymous = await exportFile(server.anonymous, unit.id);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.body.toString()).errors[0].extensions.code).toBe("UNAUTHENTICATED");

    const missing = await fetch(new URL("/exports/inventory.csv", server.api.url), { headers: { authorization: `Bearer ${server.api.token}` } });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "unitId" });

    const malformed = await exportFile(server.api, "not-an-id", "xlsx");
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body.toString()).errors[0].extensions).toEqual({ code: "BAD_USER_INPUT", field: "unitId" });

    const unknown = await exportFile(server.api, Buffer.from("Unit:999999").toString("base64url"));
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body.toString()).errors[0].extensions.code).toBe("NOT_FOUND");
  });
});
