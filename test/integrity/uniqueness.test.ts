import { print } from "graphql";
import {
  CreateDataResourceDocument,
  CreateDataResourceInput,
  CreateFunctionDocument,
  CreateUnitDocument,
  DataItemInput,
  ImportedResourceDocument,
  RetireDataResourceDocument,
  UpdateDataResourceDocument,
} from "../generated/graphql";
import { GraphQLErrorBody } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, uniqueCode } from "../support/scenario";
import { importFile, itemCells, resourceCells, templateFile } from "../inventory-import/import-support";
import type { CatalogCells } from "../../src/modules/inventory/spreadsheet/catalog-template";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

let codeSequence = 0;
/** A resource code no other test of this file uses (each file has a database of its own). */
const freshResourceCode = () => `301002/${String(30000 + ++codeSequence)}`;

/** The same resource as resourceCells() fills in the template: conditionally shared, not opened, general. */
function apiResource(providerUnitId: string, code: string, items: DataItemInput[]): CreateDataResourceInput {
  return {
    providerUnitId,
    code,
    name: "城乡居民最低生活保障对象信息",
    catalogCategory: "DEPARTMENTAL",
    classificationCode: code.slice(0, 6),
    format: "DATABASE",
    updateFrequency: "MONTHLY",
    sharingType: "CONDITIONAL",
    sharingConditions: "仅限于社会救助审核使用",
    openType: "NOT_OPEN",
    level: "GENERAL",
    status: "PUBLISHED",
    items,
  };
}

const item = (code: string, name = `信息项${code}`): DataItemInput => ({ code, name, dataType: "STRING", length: 50 });

describe("function names are unique per unit, compared the same on both databases", () => {
  it("refuses a second function of the same name, in any case or width, with FUNCTION_NAME_TAKEN", async () => {
    const unit = await district.department("区民政局");
    const other = await district.department("区财政局");
    await server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "社会救助审批" } });
    await server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "ABC信息登记" } });

    for (const name of ["社会救助审批", " 社会救助审批 ", "abc信息登记", "ＡＢＣ信息登记"]) {
      const refused = await server.api.error(CreateFunctionDocument, { input: { unitId: unit.id, name } });
      expect([name, refused.extensions?.code, refused.extensions?.field]).toEqual([name, "FUNCTION_NAME_TAKEN", "name"]);
      expect(refused.message).toContain("区民政局");
    }
    // Another unit may have a function of that name.
    const { createFunction } = await server.api.request(CreateFunctionDocument, { input: { unitId: other.id, name: "社会救助审批" } });
    expect(createFunction.name).toBe("社会救助审批");
    const [{ n }] = await server.catalog.dataSource.query("SELECT COUNT(*) AS n FROM functions WHERE name = ?", ["社会救助审批"]);
    expect(Number(n)).toBe(2);
  });
});

describe("item codes ignore case on both databases", () => {
  it("refuses a1 and A1 in one resource with ITEM_CODE_DUPLICATE, never CONFLICT", async () => {
    const unit = await district.department("区卫生健康局");
    const refused = await server.api.error(CreateDataResourceDocument, { input: apiResource(unit.id, freshResourceCode(), [item("a1"), item("A1")]) });
    expect(refused.extensions).toMatchObject({ code: "ITEM_CODE_DUPLICATE", field: "items.1.code" });
  });

  it("refuses an update naming a stored item's code in another case, and writes nothing", async () => {
    const unit = await district.department("区教育局");
    const { createDataResource: created } = await server.api.request(CreateDataResourceDocument, {
      input: apiResource(unit.id, freshResourceCode(), [item("a1", "姓名")]),
    });
    const refused = await server.api.error(UpdateDataResourceDocument, { input: { id: created.id, version: 1, items: [item("A1", "姓名（新）")] } });
    expect(refused.extensions).toMatchObject({ code: "ITEM_CODE_DUPLICATE", field: "items.0.code" });
    expect(refused.message).toBe("信息项编码 A1 与该资源已有的信息项 a1 仅大小写不同：请使用 a1。");
    const { dataResource } = await server.api.request(ImportedResourceDocument, { code: created.code });
    expect(dataResource).toMatchObject({ version: 1, items: { totalCount: 1, nodes: [{ code: "a1", name: "姓名" }] } });
  });
});

/** A resource's fields as the API takes them, and the same as template cells (the import reads enum names as well as labels). */
type ResourceFields = Partial<Omit<CreateDataResourceInput, "items" | "providerUnitId">>;
const CELL_OF: Record<string, keyof CatalogCells> = { code: "resourceCode", name: "resourceName" };

function cellsOf(fields: ResourceFields): CatalogCells {
  const cells: CatalogCells = {};
  for (const [field, value] of Object.entries(fields)) {
    const key = CELL_OF[field] ?? (field as keyof CatalogCells);
    cells[key] = typeof value === "boolean" ? (value ? "是" : "否") : String(value ?? "");
  }
  return cells;
}

function itemCellsOf(input: DataItemInput): CatalogCells {
  return {
    personalInformation: input.personalInformation ? "是" : "否",
    itemSharingType: input.sharingType ?? "",
  };
}

/**
 * Each inventory rule (inventory.policy.ts), broken alone by a new resource: the API's input and
 * the template's row differ only in form.
 */
function ruleCases() {
  const breaking: { rule: string; fields?: ResourceFields; items?: DataItemInput[] }[] = [
    { rule: "ITEM_CODE_INVALID", items: [item("编码1")] },
    { rule: "STATUS_NOT_ALLOWED", fields: { status: "RETIRED" } },
    { rule: "CLASSIFICATION_CODE_INVALID", fields: { classificationCode: "401002", code: "401002/00001" } },
    { rule: "CLASSIFICATION_CATEGORY_MISMATCH", fields: { catalogCategory: "BASIC" } },
    { rule: "RESOURCE_CODE_INVALID", fields: { code: "301002/1" } },
    { rule: "SHARING_CONDITIONS_REQUIRED", fields: { sharingConditions: "" } },
    { rule: "NOT_SHARED_BASIS_REQUIRED", fields: { sharingType: "NOT_SHARED", sharingConditions: "" } },
    { rule: "OPEN_CONDITIONS_REQUIRED", fields: { openType: "CONDITIONAL" } },
    { rule: "CORE_DATA_NEVER_OPENED", fields: { level: "CORE", openType: "CONDITIONAL", openConditions: "仅限科研机构" } },
    {
      rule: "SENSITIVE_DATA_OPENED_UNCONDITIONALLY",
      fields: { level: "IMPORTANT", sharingType: "UNCONDITIONAL", sharingConditions: "", openType: "UNCONDITIONAL" },
    },
    {
      rule: "SENSITIVE_DATA_OPENED_UNCONDITIONALLY",
      fields: { tradeSecret: true, sharingType: "UNCONDITIONAL", sharingConditions: "", openType: "UNCONDITIONAL" },
    },
    {
      rule: "OPENING_WIDER_THAN_SHARING",
      fields: { sharingType: "NOT_SHARED", sharingConditions: "", notSharedBasis: "《统计法》", openType: "CONDITIONAL", openConditions: "仅限科研机构" },
    },
    {
      rule: "PERSONAL_INFORMATION_UNCONDITIONAL",
      fields: { sharingType: "UNCONDITIONAL", sharingConditions: "" },
      items: [{ ...item("XM001"), personalInformation: true }],
    },
    { rule: "ITEM_SHARING_LOOSER_THAN_RESOURCE", items: [{ ...item("XM001"), sharingType: "UNCONDITIONAL" }] },
  ];
  return breaking.map(({ rule, fields = {}, items = [item("XM001")] }) => ({
    name: `${rule}: ${JSON.stringify({ ...fields, items: items.map((i) => i.code) })}`,
    api: (unit: { id: string }) => server.api.error(CreateDataResourceDocument, { input: { ...apiResource(unit.id, freshResourceCode(), items), ...fields } }),
    rows: async (unit: { code: string }) => {
      const resource = { ...resourceCells(unit.code, freshResourceCode()), ...cellsOf(fields) };
      return items.map((i) => itemCells(resource, i.code, i.name, itemCellsOf(i)));
    },
    code: rule,
  }));
}

describe("the API and the import refuse the same bad inputs with the same codes", () => {
  type Case = {
    name: string;
    /** Runs the bad input through createDataResource or updateDataResource. */
    api(unit: { id: string; code: string }): Promise<GraphQLErrorBody>;
    /** The same input as template rows. */
    rows(unit: { id: string; code: string }): Promise<CatalogCells[]>;
    code: string;
  };
  const cases: Case[] = [
    {
      name: "item codes a1 and A1 in one resource",
      api: (unit) => server.api.error(CreateDataResourceDocument, { input: apiResource(unit.id, freshResourceCode(), [item("a1"), item("A1")]) }),
      rows: async (unit) => {
        const resource = resourceCells(unit.code, freshResourceCode());
        return [itemCells(resource, "a1", "甲"), itemCells(resource, "A1", "乙")];
      },
      code: "ITEM_CODE_DUPLICATE",
    },
    {
      name: "a resource code another unit's resource holds",
      api: async (unit) => {
        const taken = await takenCode();
        return server.api.error(CreateDataResourceDocument, { input: apiResource(unit.id, taken, [item("XM001")]) });
      },
      rows: async (unit) => [itemCells(resourceCells(unit.code, await takenCode()), "XM001", "甲")],
      code: "RESOURCE_CODE_TAKEN",
    },
    {
      name: "an item code differing only in case from a stored item's",
      api: async (unit) => {
        const stored = await storedResource(unit.id);
        return server.api.error(UpdateDataResourceDocument, { input: { id: stored.id, version: stored.version, items: [item("XM001"), item("xm002")] } });
      },
      rows: async (unit) => {
        const stored = await storedResource(unit.id);
        const resource = resourceCells(unit.code, stored.code);
        return [itemCells(resource, "XM001", "信息项XM001"), itemCells(resource, "xm002", "信息项xm002")];
      },
      code: "ITEM_CODE_DUPLICATE",
    },
    ...ruleCases(),
    {
      name: "a resource retired by update rather than retireDataResource",
      api: async (unit) => {
        const stored = await storedResource(unit.id);
        return server.api.error(UpdateDataResourceDocument, { input: { id: stored.id, version: stored.version, status: "RETIRED" } });
      },
      rows: async (unit) => {
        const stored = await storedResource(unit.id);
        return [itemCells(resourceCells(unit.code, stored.code, { status: "已退役" }), "XM001", "信息项XM001")];
      },
      code: "STATUS_NOT_ALLOWED",
    },
    {
      name: "a change to a retired resource",
      api: async (unit) => {
        const stored = await retiredResource(unit.id);
        return server.api.error(UpdateDataResourceDocument, { input: { id: stored.id, version: stored.version, name: "新名称" } });
      },
      rows: async (unit) => {
        const stored = await retiredResource(unit.id);
        return [itemCells(resourceCells(unit.code, stored.code, { resourceName: "新名称", status: "已退役" }), "XM001", "信息项XM001")];
      },
      code: "RESOURCE_RETIRED",
    },
  ];

  async function retiredResource(unitId: string) {
    const stored = await storedResource(unitId);
    const { retireDataResource } = await server.api.request(RetireDataResourceDocument, { input: { id: stored.id, version: stored.version } });
    return retireDataResource;
  }

  async function takenCode(): Promise<string> {
    const owner = await district.department(`区其他局${uniqueCode()}`);
    const code = freshResourceCode();
    await server.api.request(CreateDataResourceDocument, { input: apiResource(owner.id, code, [item("XM001")]) });
    return code;
  }

  async function storedResource(unitId: string) {
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: apiResource(unitId, freshResourceCode(), [item("XM001"), item("XM002")]),
    });
    return createDataResource;
  }

  it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const unit = await district.department(`区对照局${uniqueCode()}`);
    const viaApi = await c.api(unit);
    const report = await importFile(server.api, unit.id, await templateFile(await c.rows(unit)));
    expect(viaApi.extensions?.code).toBe(c.code);
    expect(report.applied).toBe(false);
    expect(report.problems.map((p) => p.code)).toEqual([c.code]);
  });
});

describe("the API and the import apply the same defaults and bounds", () => {
  it("dates a published resource without a date today, and keeps a published resource's date when the date is cleared", async () => {
    const unit = await district.department(`区日期局${uniqueCode()}`);
    const viaApi = freshResourceCode();
    const viaImport = freshResourceCode();
    await server.api.request(CreateDataResourceDocument, { input: apiResource(unit.id, viaApi, [item("XM001")]) });
    await importFile(server.api, unit.id, await templateFile([itemCells(resourceCells(unit.code, viaImport, { publishedDate: "" }), "XM001", "甲")]));
    const dates = async () =>
      Promise.all([viaApi, viaImport].map(async (code) => (await server.api.request(ImportedResourceDocument, { code })).dataResource!.publishedDate));
    const [apiDate, importDate] = await dates();
    expect(apiDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(importDate).toBe(apiDate);

    // Both given 2024-01-15, then cleared: both keep it.
    const { dataResource: stored } = await server.api.request(ImportedResourceDocument, { code: viaApi });
    const { updateDataResource } = await server.api.request(UpdateDataResourceDocument, {
      input: { id: stored!.id, version: stored!.version, publishedDate: "2024-01-15" },
    });
    await server.api.request(UpdateDataResourceDocument, { input: { id: updateDataResource.id, version: updateDataResource.version, publishedDate: null } });
    const importRows = (date: string) => templateFile([itemCells(resourceCells(unit.code, viaImport, { publishedDate: date }), "XM001", "甲")]);
    expect((await importFile(server.api, unit.id, await importRows("2024-01-15"))).applied).toBe(true);
    expect((await importFile(server.api, unit.id, await importRows(""))).applied).toBe(true);
    expect(await dates()).toEqual(["2024-01-15", "2024-01-15"]);
  });

  it("accepts a 200-character resource name and refuses 201 characters, through the API and the import alike", async () => {
    const unit = await district.department(`区长度局${uniqueCode()}`);
    for (const [length, accepted] of [
      [200, true],
      [201, false],
    ] as const) {
      const name = "名".repeat(length);
      const viaApi = await server.api.raw(print(CreateDataResourceDocument), {
        input: { ...apiResource(unit.id, freshResourceCode(), [item("XM001")]), name },
      });
      const report = await importFile(
        server.api,
        unit.id,
        await templateFile([itemCells(resourceCells(unit.code, freshResourceCode(), { resourceName: name }), "XM001", "甲")]),
      );
      expect([length, viaApi.errors?.[0]?.extensions?.code ?? "accepted", report.applied]).toEqual([
        length,
        accepted ? "accepted" : "BAD_USER_INPUT",
        accepted,
      ]);
      if (!accepted) expect(report.problems.map((p) => [p.code, p.column])).toEqual([["INVALID_TEXT", "信息资源名称"]]);
    }
  });
});

describe("the unit tree has a bounded depth, the same on both databases", () => {
  it("builds 10 levels and refuses the 11th (of a 12-level tree) with UNIT_TREE_TOO_DEEP, writing nothing", async () => {
    let parent = await district.department("区级层测试局");
    const built = [parent];
    const started = Date.now();
    // The district is level 1 and the department level 2: subordinate units fill levels 3 to 10.
    for (let level = 3; level <= 10; level++) {
      parent = await district.unit("SUBORDINATE", `第${level}层单位`, parent.id);
      built.push(parent);
    }
    expect(built.map((u) => u.depth)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    const code = uniqueCode();
    const refused = await server.api.error(CreateUnitDocument, { input: { kind: "SUBORDINATE", code, name: "第11层单位", parentId: parent.id } });
    expect(refused.extensions).toMatchObject({ code: "UNIT_TREE_TOO_DEEP", field: "parentId" });
    expect(refused.message).toContain("最多 10 级");
    const [{ n }] = await server.catalog.dataSource.query("SELECT COUNT(*) AS n FROM units WHERE code = ?", [code.toUpperCase()]);
    expect(Number(n)).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
