import {
  AuditEntriesDocument,
  CreateDataResourceDocument,
  CreateUnitDocument,
  ImportedResourceDocument,
  RetireDataResourceDocument,
} from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs, uniqueCode } from "../support/scenario";
import { freshCode, importError, importFile, itemCells, resourceCells, resourceRows, tableCounts, templateFile } from "./import-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

async function resource(code: string) {
  return (await server.api.request(ImportedResourceDocument, { code })).dataResource;
}

describe("importing a unit's inventory", () => {
  it.each(["csv", "xlsx"] as const)("creates resources, items and functions from %s, with one audit entry per resource, function and item", async (format) => {
    const unit = await district.department("区民政局");
    const allowance = resourceCells(unit.code, freshCode());
    const register = resourceCells(unit.code, freshCode(), {
      resourceName: "社会组织登记名册",
      functions: "社会组织登记",
      sharingType: "无条件共享",
      sharingConditions: "",
      openType: "无条件开放",
    });
    const file = await templateFile(
      [
        itemCells(allowance, "XM001", "户主姓名", { personalInformation: "是", itemSharingType: "不予共享" }),
        itemCells(allowance, "XM002", "保障人数", { dataType: "数值型", length: "" }),
        itemCells(allowance, "XM003", "发放日期", { dataType: "日期型", length: "" }),
        // A resource without items: one row, its item columns empty.
        { ...register, itemCode: "", itemName: "", dataType: "", length: "", itemDescription: "", personalInformation: "", itemSharingType: "" },
      ],
      format,
    );

    const report = await importFile(server.api, unit.id, file, { format });
    expect(report).toMatchObject({
      applied: true,
      dryRun: false,
      rowsRead: 4,
      resourcesCreated: 2,
      resourcesUpdated: 0,
      itemsCreated: 3,
      functionsCreated: 3,
      problemCount: 0,
      problems: [],
    });

    const imported = await resource(allowance.resourceCode!);
    expect(imported).toMatchObject({
      name: "城乡居民最低生活保障对象信息",
      version: 1,
      status: "PUBLISHED",
      sharingType: "CONDITIONAL",
      openType: "NOT_OPEN",
      level: "GENERAL",
      publishedDate: "2025-03-01",
    });
    expect(imported!.provider.code).toBe(unit.code);
    expect(imported!.functions.map((f) => f.name).sort()).toEqual(["最低生活保障审核", "社会救助"].sort());
    expect(imported!.items.nodes).toEqual([
      { code: "XM001", name: "户主姓名", dataType: "STRING", length: 50, personalInformation: true, sharingType: "NOT_SHARED" },
      { code: "XM002", name: "保障人数", dataType: "NUMBER", length: null, personalInformation: false, sharingType: null },
      { code: "XM003", name: "发放日期", dataType: "DATE", length: null, personalInformation: false, sharingType: null },
    ]);
    expect(imported!.history.nodes.map((e) => e.operation)).toEqual(["importInventory"]);
    expect((await resource(register.resourceCode!))!.items.totalCount).toBe(0);

    const trail = await server.api.request(AuditEntriesDocument, { filter: { unitId: unit.id, operation: "importInventory" }, first: 50 });
    // One entry per resource (its new items listed in it) and per function.
    expect(trail.auditEntries.nodes.map((e) => e.targetType).sort()).toEqual(["DataResource", "DataResource", "Function", "Function", "Function"]);
    const created = trail.auditEntries.nodes.filter((e) => e.targetType === "DataResource").map((e) => JSON.stringify(e.changes));
    expect(created.some((changes) => changes.includes("XM001") && changes.includes("XM003"))).toBe(true);
  });

  it("creates no duplicates when the same file is imported again, and changes no version", async () => {
    const unit = await district.department("区卫生健康局");
    const rows = [
      ...resourceRows(resourceCells(unit.code, freshCode()), 5),
      ...resourceRows(resourceCells(unit.code, freshCode(), { resourceName: "家庭医生签约信息" }), 3),
    ];
    const file = await templateFile(rows);
    expect(await importFile(server.api, unit.id, file)).toMatchObject({ applied: true, resourcesCreated: 2, itemsCreated: 8 });
    const before = await tableCounts(server);

    const again = await importFile(server.api, unit.id, file);
    expect(again).toMatchObject({
      applied: true,
      resourcesCreated: 0,
      resourcesUpdated: 0,
      resourcesUnchanged: 2,
      itemsCreated: 0,
      itemsUpdated: 0,
      itemsUnchanged: 8,
      functionsCreated: 0,
    });
    expect(await tableCounts(server)).toEqual(before);
    expect((await resource(rows[0].resourceCode!))!.version).toBe(1);
    expect((await resource(rows[5].resourceCode!))!.version).toBe(1);
  });

  it("updates a changed resource by its code (version + 1), its items by theirs, and removes the items the file leaves out of a resource it lists (as the API's items)", async () => {
    const unit = await district.department("区教育局");
    const changed = resourceCells(unit.code, freshCode(), { resourceName: "学校基本信息" });
    const untouched = resourceCells(unit.code, freshCode(), { resourceName: "教师资格认定" });
    await importFile(server.api, unit.id, await templateFile([...resourceRows(changed, 3), ...resourceRows(untouched, 2)]));

    const edited = { ...changed, summary: "全区中小学、幼儿园的基本信息", functions: "学校管理" };
    const report = await importFile(
      server.api,
      unit.id,
      await templateFile([
        itemCells(edited, "XM001", "信息项1"),
        itemCells(edited, "XM002", "学校名称（更正）"),
        itemCells(edited, "XM004", "办学许可证号"),
        ...resourceRows(untouched, 2),
      ]),
    );
    expect(report).toMatchObject({
      applied: true,
      resourcesCreated: 0,
      resourcesUpdated: 1,
      resourcesUnchanged: 1,
      itemsCreated: 1,
      itemsUpdated: 1,
      itemsUnchanged: 3,
      itemsRemoved: 1,
      functionsCreated: 1,
    });

    const after = await resource(changed.resourceCode!);
    expect(after!.version).toBe(2);
    expect(after!.items.nodes.map((i) => [i.code, i.name])).toEqual([
      ["XM001", "信息项1"],
      ["XM002", "学校名称（更正）"],
      ["XM004", "办学许可证号"],
    ]);
    expect(after!.functions.map((f) => f.name)).toEqual(["学校管理"]);
    const [latest] = after!.history.nodes;
    expect(latest.operation).toBe("importInventory");
    expect(Object.fromEntries(latest.changes.map((c) => [c.field, c.after]))).toMatchObject({
      summary: "全区中小学、幼儿园的基本信息",
      functions: ["学校管理"],
      items: { created: ["XM004"], updated: ["XM002"], removed: ["XM003"] },
      version: 2,
    });
    expect((await resource(untouched.resourceCode!))!.version).toBe(1);
  });

  it("gives a resource without a code the next sequence of its classification, as the API does", async () => {
    const unit = await district.department("区统计局");
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: {
        providerUnitId: unit.id,
        name: "统计调查单位名录",
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "302009",
        format: "DATABASE",
        updateFrequency: "ANNUAL",
        sharingType: "UNCONDITIONAL",
        openType: "NOT_OPEN",
        level: "GENERAL",
      },
    });
    const rows = [
      ...resourceRows(resourceCells(unit.code, "", { resourceName: "统计年鉴数据", classificationCode: "302009" }), 2),
      ...resourceRows(resourceCells(unit.code, "", { resourceName: "统计公报数据", classificationCode: "302009" }), 1),
    ];
    expect(await importFile(server.api, unit.id, await templateFile(rows))).toMatchObject({ applied: true, resourcesCreated: 2, itemsCreated: 3 });
    const next = (n: number) => `302009/${String(createDataResource.sequence + n).padStart(5, "0")}`;
    expect((await resource(next(1)))!.name).toBe("统计年鉴数据");
    expect((await resource(next(2)))!.name).toBe("统计公报数据");
  });
});

describe("files as data specialists keep them", () => {
  const csv = (lines: string[]) => Buffer.from(`${lines.join("\r\n")}\r\n`);

  it("reads a resource's merged cells: rows with neither code nor name continue the resource above", async () => {
    const unit = await district.department("区民政局（合并单元格）");
    const first = itemCells(resourceCells(unit.code, freshCode(), { resourceName: "养老机构名录" }), "XM001", "机构名称");
    const blanks = Object.fromEntries(Object.keys(first).map((key) => [key, ""]));
    const rows = [
      first,
      { ...blanks, itemCode: "XM002", itemName: "床位数", dataType: "数值型" },
      { ...blanks, itemCode: "XM003", itemName: "地址", dataType: "字符型" },
    ];
    expect(await importFile(server.api, unit.id, await templateFile(rows))).toMatchObject({ applied: true, resourcesCreated: 1, itemsCreated: 3 });
    expect((await resource(first.resourceCode!))!.items.nodes.map((i) => [i.code, i.dataType])).toEqual([
      ["XM001", "STRING"],
      ["XM002", "NUMBER"],
      ["XM003", "STRING"],
    ]);
  });

  it("reads 是/否 also as TRUE/FALSE (how Excel's booleans read) and Y/N, and labels as enum names", async () => {
    const unit = await district.department("区统计局（标签）");
    const code = freshCode();
    const base = resourceCells(unit.code, code, { personalPrivacy: "TRUE", tradeSecret: "n", sharingType: "CONDITIONAL", updateFrequency: "每半年" });
    const report = await importFile(
      server.api,
      unit.id,
      await templateFile([
        itemCells(base, "A", "甲", { personalInformation: "Y" }),
        itemCells(base, "B", "乙", { personalInformation: "FALSE", dataType: "日期时间型" }),
      ]),
    );
    expect(report).toMatchObject({ applied: true, problemCount: 0 });
    const imported = await resource(code);
    expect(imported!.sharingType).toBe("CONDITIONAL");
    expect(imported!.items.nodes.map((i) => [i.code, i.personalInformation, i.dataType])).toEqual([
      ["A", true, "STRING"],
      ["B", false, "DATETIME"],
    ]);
  });

  it("changes only the columns a file has: the others keep what the catalog holds", async () => {
    const unit = await district.department("区司法局（部分列）");
    const code = freshCode();
    await importFile(server.api, unit.id, await templateFile(resourceRows(resourceCells(unit.code, code, { resourceName: "法律援助案件" }), 2)));
    const report = await importFile(
      server.api,
      unit.id,
      csv(["信息资源代码,信息资源名称,信息项编码,信息项名称,数据长度", `${code},法律援助案件,XM001,信息项1,80`, `${code},法律援助案件,XM002,信息项2,50`]),
    );
    expect(report).toMatchObject({ applied: true, resourcesUpdated: 1, itemsUpdated: 1, itemsUnchanged: 1 });
    const after = await resource(code);
    expect(after).toMatchObject({ version: 2, sharingType: "CONDITIONAL", openType: "NOT_OPEN", publishedDate: "2025-03-01" });
    expect(after!.functions).toHaveLength(2);
    expect(after!.items.nodes.map((i) => [i.code, i.length, i.dataType])).toEqual([
      ["XM001", 80, "STRING"],
      ["XM002", 50, "STRING"],
    ]);
  });

  it("reports a column that new resources need once for the file, not once per row", async () => {
    const unit = await district.department("区审计局（缺列）");
    const report = await importFile(
      server.api,
      unit.id,
      csv([
        "信息资源代码,信息资源名称,信息资源格式,更新周期,开放类型,数据分级,信息项编码,信息项名称,数据类型",
        ...[1, 2, 3].map((n) => `${freshCode()},审计项目${n},数据库,每年,不予开放,一般数据,XM001,项目名称,字符型`),
      ]),
      { dryRun: true },
    );
    expect(report.problems).toEqual([expect.objectContaining({ row: 0, column: "共享类型", code: "VALUE_REQUIRED" })]);
  });
});

describe("a dry run", () => {
  it("reports every problem of the file with its row and column, and writes nothing", async () => {
    const unit = await district.department("区商务局");
    const good = resourceCells(unit.code, freshCode(), { resourceName: "外贸企业名录" });
    const bad = resourceCells(unit.code, freshCode(), { resourceName: "商贸流通统计" });
    const apart = resourceCells(unit.code, freshCode(), { resourceName: "成品油经营许可" });
    const rows = [
      ...resourceRows(good, 2), // rows 2–3
      itemCells({ ...bad, sharingType: "部分共享", recordCount: "很多", publishedDate: "2025-02-30" }, "XM001", "企业名称"), // row 4
      itemCells({ ...bad, sharingType: "部分共享", recordCount: "很多", publishedDate: "2025-02-30", summary: "另一个摘要" }, "XM002", "", { dataType: "" }), // row 5
      itemCells(apart, "XM001", "许可证号", { length: "0" }), // row 6
      itemCells(good, "XM009", "又一行"), // row 7: the first resource again, apart from its rows
    ];
    const before = await tableCounts(server);
    const report = await importFile(server.api, unit.id, await templateFile(rows), { dryRun: true });

    expect(report.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 4, column: "数据量", code: "INVALID_NUMBER" },
      { row: 4, column: "共享类型", code: "UNKNOWN_LABEL" },
      { row: 4, column: "发布日期", code: "INVALID_DATE" },
      { row: 5, column: "信息资源摘要", code: "RESOURCE_COLUMNS_DIFFER" },
      { row: 5, column: "信息项名称", code: "VALUE_REQUIRED" },
      { row: 5, column: "数据类型", code: "VALUE_REQUIRED" },
      { row: 6, column: "数据长度", code: "INVALID_NUMBER" },
      { row: 7, column: "信息资源代码", code: "RESOURCE_ROWS_NOT_CONTIGUOUS" },
    ]);
    expect(report.problems.every((p) => /\p{Script=Han}/u.test(p.message))).toBe(true); // Chinese by default
    expect(report).toMatchObject({ dryRun: true, applied: false, rowsRead: 6, problemCount: 8, resourcesCreated: 1, itemsCreated: 2 });
    expect(await tableCounts(server)).toEqual(before);
  });

  it("writes nothing even for a file without problems", async () => {
    const unit = await district.department("区城市管理局");
    const before = await tableCounts(server);
    const report = await importFile(server.api, unit.id, await templateFile(resourceRows(resourceCells(unit.code, freshCode()), 4)), { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, applied: false, problemCount: 0, resourcesCreated: 1, itemsCreated: 4, functionsCreated: 2 });
    expect(await tableCounts(server)).toEqual(before);
  });
});

describe("the inventory rules, as the API enforces them", () => {
  it("reports every rule's own code at the row and column at fault, and writes nothing", async () => {
    const unit = await district.department("区司法局");
    const other = await district.department("区财政局");
    const base = { sharingType: "无条件共享", sharingConditions: "", openType: "无条件开放", level: "一般数据" };
    const { createDataResource: foreign } = await server.api.request(CreateDataResourceDocument, {
      input: {
        providerUnitId: other.id,
        code: freshCode(),
        name: "财政资金拨付",
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "301002",
        format: "DATABASE",
        updateFrequency: "MONTHLY",
        sharingType: "UNCONDITIONAL",
        openType: "NOT_OPEN",
        level: "GENERAL",
      },
    });
    const { createDataResource: retired } = await server.api.request(CreateDataResourceDocument, {
      input: {
        providerUnitId: unit.id,
        code: freshCode(),
        name: "旧档案",
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "301002",
        format: "DATABASE",
        updateFrequency: "MONTHLY",
        sharingType: "UNCONDITIONAL",
        openType: "NOT_OPEN",
        level: "GENERAL",
      },
    });
    await server.api.request(RetireDataResourceDocument, { input: { id: retired.id, version: retired.version } });

    const cases: [string, string, import("../../src/modules/inventory/spreadsheet/catalog-template").CatalogCells[]][] = [];
    const add = (
      code: string,
      column: string,
      rows: (resourceCode: string) => import("../../src/modules/inventory/spreadsheet/catalog-template").CatalogCells[],
    ) => cases.push([code, column, rows(freshCode())]);
    const one =
      (overrides: Record<string, string>, item: Record<string, string> = {}) =>
      (code: string) => [itemCells(resourceCells(unit.code, code, { ...base, ...overrides }), "A", "甲", item)];

    add(
      "CORE_DATA_NEVER_OPENED",
      "开放类型",
      one({ level: "核心数据", sharingType: "有条件共享", sharingConditions: "限政务用途", openType: "有条件开放", openConditions: "申请" }),
    );
    add("SENSITIVE_DATA_OPENED_UNCONDITIONALLY", "开放类型", one({ level: "重要数据" }));
    add("SENSITIVE_DATA_OPENED_UNCONDITIONALLY", "开放类型", one({ tradeSecret: "是" }));
    add("SHARING_CONDITIONS_REQUIRED", "共享条件", one({ sharingType: "有条件共享", openType: "不予开放" }));
    add("NOT_SHARED_BASIS_REQUIRED", "不予共享依据", one({ sharingType: "不予共享", openType: "不予开放" }));
    add("OPEN_CONDITIONS_REQUIRED", "开放条件", one({ openType: "有条件开放" }));
    add(
      "OPENING_WIDER_THAN_SHARING",
      "开放类型",
      one({ sharingType: "不予共享", notSharedBasis: "《保守国家秘密法》", openType: "有条件开放", openConditions: "申请" }),
    );
    add("PERSONAL_INFORMATION_UNCONDITIONAL", "共享类型", one({ openType: "不予开放" }, { personalInformation: "是" }));
    add(
      "ITEM_SHARING_LOOSER_THAN_RESOURCE",
      "信息项共享类型",
      one({ sharingType: "有条件共享", sharingConditions: "限政务用途", openType: "不予开放" }, { itemSharingType: "无条件共享" }),
    );
    add("ITEM_CODE_DUPLICATE", "信息项编码", (code) => [
      itemCells(resourceCells(unit.code, code, base), "A", "甲"),
      itemCells(resourceCells(unit.code, code, base), "A", "乙"),
    ]);
    add("CLASSIFICATION_CATEGORY_MISMATCH", "分类代码", one({ catalogCategory: "基础" }));
    add("CLASSIFICATION_CODE_INVALID", "分类代码", () => one({ classificationCode: "30100", resourceName: "分类代码错误" })(""));
    add("RESOURCE_CODE_INVALID", "信息资源代码", () => one({ classificationCode: "301002" })("301002-15"));
    add("RESOURCE_CODE_TAKEN", "信息资源代码", () => one({})(foreign.code));
    add("RESOURCE_RETIRED", "信息资源代码", () => one({ resourceName: "旧档案（改）", status: "已退役" })(retired.code));
    add("STATUS_NOT_ALLOWED", "发布状态", one({ status: "已退役" }));

    let row = 2;
    const expected = cases.map(([code, column, rows]) => {
      const at = code === "ITEM_CODE_DUPLICATE" || code === "ITEM_SHARING_LOOSER_THAN_RESOURCE" ? row + rows.length - 1 : row;
      row += rows.length;
      return { row: at, column, code };
    });
    const file = await templateFile(cases.flatMap(([, , rows]) => rows));
    const before = await tableCounts(server);

    const dryRun = await importFile(server.api, unit.id, file, { dryRun: true });
    expect(dryRun.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual(expected);
    expect(dryRun.problems.find((p) => p.code === "CORE_DATA_NEVER_OPENED")?.message).toContain("核心数据一律不予开放");

    const real = await importFile(server.api, unit.id, file);
    expect(real).toMatchObject({ applied: false, problemCount: expected.length });
    expect(await tableCounts(server)).toEqual(before);
  });

  it("checks a resource as it will be: opened up with its personal-information item still listed is refused; the file that leaves that item out removes it", async () => {
    const unit = await district.department("区医疗保障局");
    const code = freshCode();
    const guarded = resourceCells(unit.code, code, { sharingType: "有条件共享", openType: "不予开放" });
    await importFile(
      server.api,
      unit.id,
      await templateFile([itemCells(guarded, "SFZ", "公民身份号码", { personalInformation: "是" }), itemCells(guarded, "XM", "参保险种")]),
    );
    const opened = { ...guarded, sharingType: "无条件共享", sharingConditions: "" };
    const listed = await importFile(
      server.api,
      unit.id,
      await templateFile([itemCells(opened, "SFZ", "公民身份号码", { personalInformation: "是" }), itemCells(opened, "XM", "参保险种")]),
      { dryRun: true },
    );
    expect(listed.problems).toEqual([expect.objectContaining({ code: "PERSONAL_INFORMATION_UNCONDITIONAL" })]);
    // A resource's rows are its whole item list: without SFZ, the resource holds no personal information.
    const without = await importFile(server.api, unit.id, await templateFile([itemCells(opened, "XM", "参保险种")]), { dryRun: true });
    expect(without).toMatchObject({ problemCount: 0, resourcesUpdated: 1, itemsRemoved: 1, itemsUnchanged: 1 });
  });
});

describe("all or nothing", () => {
  it("writes nothing of a 2,000-row file whose one bad row is near the end, and reports that row", async () => {
    const unit = await district.department("区住房和城乡建设局");
    const rows = Array.from({ length: 1000 }, (_, r) =>
      resourceRows(resourceCells(unit.code, `201003/${String(r + 1).padStart(5, "0")}`, { catalogCategory: "主题", resourceName: `住房保障档案${r + 1}` }), 2),
    ).flat();
    rows[1990] = { ...rows[1990], dataType: "文本" }; // spreadsheet row 1992
    const file = await templateFile(rows);
    const before = await tableCounts(server);

    const report = await importFile(server.api, unit.id, file);
    expect(report).toMatchObject({ applied: false, rowsRead: 2000, problemCount: 1 });
    expect(report.problems).toEqual([expect.objectContaining({ row: 1992, column: "数据类型", code: "UNKNOWN_LABEL" })]);
    expect(await tableCounts(server)).toEqual(before);

    rows[1990] = { ...rows[1990], dataType: "字符型" };
    expect(await importFile(server.api, unit.id, await templateFile(rows))).toMatchObject({
      applied: true,
      resourcesCreated: 1000,
      itemsCreated: 2000,
      functionsCreated: 2,
    });
  });
});

describe("scope", () => {
  it("refuses a data specialist importing into another unit, and writes nothing", async () => {
    const ours = await district.staffedUnit("STREET", "青龙街道");
    const theirs = await district.staffedUnit("STREET", "雕庄街道");
    const { client: specialist } = await signedInAs(server.api, ours.specialist.id);
    const before = await tableCounts(server);
    const error = await importError(specialist, theirs.unit.id, await templateFile(resourceRows(resourceCells(theirs.unit.code, freshCode()), 2)));
    expect(error.extensions?.code).toBe("FORBIDDEN");
    expect(await tableCounts(server)).toEqual(before);
  });

  it("lets a data specialist import for the unit and its subordinate units, and reports rows naming any other unit", async () => {
    const ours = await district.staffedUnit("STREET", "兰陵街道");
    const theirs = await district.street("天宁街道");
    const { createUnit: subordinate } = await server.api.request(CreateUnitDocument, {
      input: { kind: "SUBORDINATE", code: uniqueCode(), name: "兰陵街道社区服务中心", parentId: ours.unit.id },
    });
    const { client: specialist } = await signedInAs(server.api, ours.specialist.id);

    const own = resourceCells("", freshCode(), { resourceName: "社区网格信息" }); // empty: the unit imported into
    const below = resourceCells(subordinate.code.toLowerCase(), freshCode(), { resourceName: "社区服务记录" }); // unit codes are upper-case; any case names them
    const foreign = resourceCells(theirs.code, freshCode(), { resourceName: "别的街道的资源" });
    const unknown = resourceCells("999999999", freshCode(), { resourceName: "不存在的单位" });
    const rows = [...resourceRows(own, 1), ...resourceRows(below, 1), ...resourceRows(foreign, 1), ...resourceRows(unknown, 1)];

    const dryRun = await importFile(specialist, ours.unit.id, await templateFile(rows), { dryRun: true });
    expect(dryRun.problems.map(({ row, column, code }) => ({ row, column, code }))).toEqual([
      { row: 4, column: "资源提供方代码", code: "UNIT_OUTSIDE_SCOPE" },
      { row: 5, column: "资源提供方代码", code: "UNIT_NOT_FOUND" },
    ]);

    const report = await importFile(specialist, ours.unit.id, await templateFile(rows.slice(0, 2)));
    expect(report).toMatchObject({ applied: true, resourcesCreated: 2 });
    expect((await resource(own.resourceCode!))!.provider.code).toBe(ours.unit.code);
    expect((await resource(below.resourceCode!))!.provider.code).toBe(subordinate.code);
    const trail = await server.api.request(AuditEntriesDocument, { filter: { unitId: ours.unit.id, operation: "importInventory" }, first: 50 });
    expect(new Set(trail.auditEntries.nodes.filter((e) => e.targetType === "DataResource").map((e) => e.actorRole))).toEqual(new Set(["DATA_SPECIALIST"]));
  });
});
