import { print } from "graphql";
import {
  AuditEntriesDocument,
  CreateDataResourceDocument,
  CreateDataResourceInput,
  CreateFunctionDocument,
  DataResourceByIdDocument,
  DataResourcesDocument,
  RetireDataResourceDocument,
  UpdateDataResourceDocument,
} from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

/** A general, unconditionally shared and opened departmental resource: override what the scenario needs. */
function resource(providerUnitId: string, overrides: Partial<CreateDataResourceInput> = {}): CreateDataResourceInput {
  return {
    providerUnitId,
    name: "城乡低保对象名册",
    catalogCategory: "DEPARTMENTAL",
    classificationCode: "301002",
    format: "DATABASE",
    updateFrequency: "MONTHLY",
    sharingType: "UNCONDITIONAL",
    openType: "UNCONDITIONAL",
    level: "GENERAL",
    status: "PUBLISHED",
    items: [
      { code: "XM001", name: "户主姓名", dataType: "STRING", length: 50 },
      { code: "XM002", name: "保障人数", dataType: "NUMBER" },
    ],
    ...overrides,
  };
}

async function resourceCount(): Promise<number> {
  const [row] = await server.catalog.dataSource.query("SELECT COUNT(*) AS n FROM data_resources");
  return Number(row.n);
}

describe("resource codes", () => {
  it("assigns the next sequence of the classification and keeps codes unique district-wide", async () => {
    const unit = await district.department("区民政局");
    const first = (
      await server.api.request(CreateDataResourceDocument, { input: resource(unit.id, { classificationCode: "302001", catalogCategory: "DEPARTMENTAL" }) })
    ).createDataResource;
    const second = (await server.api.request(CreateDataResourceDocument, { input: resource(unit.id, { classificationCode: "302001", name: "第二个" }) }))
      .createDataResource;
    expect(first.code).toMatch(/^302001\/\d{5}$/);
    expect(second.sequence).toBe(first.sequence + 1);
    expect(second.code).toBe(`302001/${String(first.sequence + 1).padStart(5, "0")}`);

    const explicit = await server.api.request(CreateDataResourceDocument, { input: resource(unit.id, { classificationCode: "302001", code: "302001/00900" }) });
    expect(explicit.createDataResource.sequence).toBe(900);
    const other = await district.department("区财政局");
    const taken = await server.api.error(CreateDataResourceDocument, { input: resource(other.id, { classificationCode: "302001", code: "302001/00900" }) });
    expect(taken.extensions).toMatchObject({ code: "RESOURCE_CODE_TAKEN", field: "code" });
  });
});

describe("every inventory rule refuses with its own code and writes nothing", () => {
  const cases: [string, Partial<CreateDataResourceInput>, string][] = [
    [
      "core data opened (conditionally)",
      { level: "CORE", sharingType: "CONDITIONAL", sharingConditions: "限政务用途", openType: "CONDITIONAL", openConditions: "申请" },
      "CORE_DATA_NEVER_OPENED",
    ],
    ["important data opened unconditionally", { level: "IMPORTANT" }, "SENSITIVE_DATA_OPENED_UNCONDITIONALLY"],
    ["trade-secret data opened unconditionally", { tradeSecret: true }, "SENSITIVE_DATA_OPENED_UNCONDITIONALLY"],
    ["conditional sharing without conditions", { sharingType: "CONDITIONAL", openType: "NOT_OPEN" }, "SHARING_CONDITIONS_REQUIRED"],
    ["not shared without a basis", { sharingType: "NOT_SHARED", openType: "NOT_OPEN" }, "NOT_SHARED_BASIS_REQUIRED"],
    ["conditional opening without conditions", { openType: "CONDITIONAL" }, "OPEN_CONDITIONS_REQUIRED"],
    [
      "not shared but opened",
      { sharingType: "NOT_SHARED", notSharedBasis: "《保守国家秘密法》", openType: "CONDITIONAL", openConditions: "申请" },
      "OPENING_WIDER_THAN_SHARING",
    ],
    [
      "personal information shared unconditionally",
      { openType: "NOT_OPEN", items: [{ code: "SFZ", name: "身份证号", dataType: "STRING", personalInformation: true }] },
      "PERSONAL_INFORMATION_UNCONDITIONAL",
    ],
    [
      "an item looser than its resource",
      {
        sharingType: "CONDITIONAL",
        sharingConditions: "限政务用途",
        openType: "NOT_OPEN",
        items: [{ code: "A", name: "甲", dataType: "STRING", sharingType: "UNCONDITIONAL" }],
      },
      "ITEM_SHARING_LOOSER_THAN_RESOURCE",
    ],
    [
      "duplicate item codes",
      {
        items: [
          { code: "A", name: "甲", dataType: "STRING" },
          { code: "A", name: "乙", dataType: "STRING" },
        ],
      },
      "ITEM_CODE_DUPLICATE",
    ],
    ["a category its classification code does not start with", { catalogCategory: "BASIC" }, "CLASSIFICATION_CATEGORY_MISMATCH"],
    ["a classification code that is not 6 digits", { classificationCode: "30100" }, "CLASSIFICATION_CODE_INVALID"],
    ["a code that is not classification/sequence", { code: "301002-15" }, "RESOURCE_CODE_INVALID"],
  ];

  it.each(cases)("refuses %s", async (_title, overrides, code) => {
    const unit = await district.department("区卫生健康局");
    const before = await resourceCount();
    const error = await server.api.error(CreateDataResourceDocument, { input: resource(unit.id, overrides) });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.field).toBeTruthy();
    expect(await resourceCount()).toBe(before);
  });

  it("applies the same rules on update: raising the level of an openly published resource is refused", async () => {
    const unit = await district.department("区统计局");
    const { createDataResource: created } = await server.api.request(CreateDataResourceDocument, { input: resource(unit.id) });
    const error = await server.api.error(UpdateDataResourceDocument, { input: { id: created.id, version: created.version, level: "CORE" } });
    expect(error.extensions).toMatchObject({ code: "CORE_DATA_NEVER_OPENED", field: "openType" });
    const ok = await server.api.request(UpdateDataResourceDocument, {
      input: {
        id: created.id,
        version: created.version,
        level: "CORE",
        openType: "NOT_OPEN",
        sharingType: "CONDITIONAL",
        sharingConditions: "仅限区内政务部门",
      },
    });
    expect(ok.updateDataResource).toMatchObject({ level: "CORE", openType: "NOT_OPEN", version: created.version + 1 });
  });
});

describe("edits", () => {
  it("refuses a stale version with CONFLICT and overwrites nothing", async () => {
    const unit = await district.department("区商务局");
    const { createDataResource: created } = await server.api.request(CreateDataResourceDocument, { input: resource(unit.id) });
    await server.api.request(UpdateDataResourceDocument, { input: { id: created.id, version: created.version, summary: "第一位编辑" } });
    const stale = await server.api.error(UpdateDataResourceDocument, { input: { id: created.id, version: created.version, summary: "第二位编辑" } });
    expect(stale.extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    const { dataResource } = await server.api.request(DataResourceByIdDocument, { id: created.id });
    expect(dataResource!.version).toBe(created.version + 1);
    expect(dataResource!.history.nodes[0].changes.find((c) => c.field === "summary")?.after).toBe("第一位编辑");
  });

  it("replaces the item list by code and records every change in the resource's history", async () => {
    const unit = await district.department("区教育局");
    const { createDataResource: created } = await server.api.request(CreateDataResourceDocument, { input: resource(unit.id) });
    const { updateDataResource } = await server.api.request(UpdateDataResourceDocument, {
      input: {
        id: created.id,
        version: created.version,
        items: [
          { code: "XM001", name: "户主姓名（更正）", dataType: "STRING" },
          { code: "XM003", name: "家庭住址", dataType: "STRING" },
        ],
      },
    });
    expect(updateDataResource.items.nodes.map((i) => [i.code, i.name])).toEqual([
      ["XM001", "户主姓名（更正）"],
      ["XM003", "家庭住址"],
    ]);
    const trail = await server.api.request(AuditEntriesDocument, { filter: { unitId: unit.id, operation: "updateDataResource" }, first: 50 });
    expect(trail.auditEntries.nodes.map((e) => e.targetType).sort()).toEqual(["DataItem", "DataItem", "DataItem", "DataResource"]);
  });

  it("keeps a retired resource readable with its history, and refuses further edits", async () => {
    const unit = await district.department("区审计局");
    const { createDataResource: created } = await server.api.request(CreateDataResourceDocument, { input: resource(unit.id) });
    const { retireDataResource } = await server.api.request(RetireDataResourceDocument, { input: { id: created.id, version: created.version } });
    expect(retireDataResource.status).toBe("RETIRED");
    const { dataResource } = await server.api.request(DataResourceByIdDocument, { id: created.id });
    expect(dataResource!.history.nodes.map((e) => e.operation)).toEqual(["retireDataResource", "createDataResource"]);
    const refused = await server.api.error(UpdateDataResourceDocument, { input: { id: created.id, version: retireDataResource.version, name: "复活" } });
    expect(refused.extensions?.code).toBe("RESOURCE_RETIRED");
  });

  it("refuses null for a field every resource has", async () => {
    const unit = await district.department("区退役军人事务局");
    const { createDataResource: created } = await server.api.request(CreateDataResourceDocument, { input: resource(unit.id) });
    const refused = await server.api.error(UpdateDataResourceDocument, { input: { id: created.id, version: created.version, sharingType: null } });
    expect(refused.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "sharingType" });
  });

  it("links resources only to the provider's own functions", async () => {
    const unit = await district.department("区司法局");
    const other = await district.department("区农业农村局");
    const { createFunction: own } = await server.api.request(CreateFunctionDocument, {
      input: { unitId: unit.id, name: "法律援助申请审批", legalBasis: "《法律援助法》" },
    });
    const { createFunction: foreign } = await server.api.request(CreateFunctionDocument, { input: { unitId: other.id, name: "农机补贴" } });
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, { input: resource(unit.id, { functionIds: [own.id] }) });
    expect(createDataResource.functions.map((f) => f.name)).toEqual(["法律援助申请审批"]);
    const refused = await server.api.error(CreateDataResourceDocument, { input: resource(unit.id, { functionIds: [foreign.id] }) });
    expect(refused.extensions).toMatchObject({ code: "FUNCTION_NOT_OF_PROVIDER", field: "functionIds" });
  });
});

describe("accountability and scope", () => {
  it("links each resource to its unit's CDO and data specialist", async () => {
    const { unit } = await district.staffedUnit("STREET", "茶山街道");
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, { input: resource(unit.id) });
    const { dataResource } = await server.api.request(DataResourceByIdDocument, { id: createDataResource.id });
    expect(dataResource!.cdo?.person.name).toBe("茶山街道首席数据官");
    expect(dataResource!.dataSpecialist?.person.name).toBe("茶山街道数据专员");
  });

  it("lets a unit's specialist edit its inventory, and no other unit's; drafts stay within the unit", async () => {
    const ours = await district.staffedUnit("STREET", "兰陵街道");
    const theirs = await district.staffedUnit("STREET", "雕庄街道");
    const specialist = (await signedInAs(server.api, ours.specialist.id)).client;
    const { createDataResource: draft } = await specialist.request(CreateDataResourceDocument, {
      input: resource(ours.unit.id, { status: "DRAFT", name: "草稿资源" }),
    });
    expect(draft.status).toBe("DRAFT");
    const refused = await specialist.error(CreateDataResourceDocument, { input: resource(theirs.unit.id) });
    expect(refused.extensions?.code).toBe("FORBIDDEN");

    const { createDataResource: theirs1 } = await server.api.request(CreateDataResourceDocument, { input: resource(theirs.unit.id, { name: "雕庄公开资源" }) });
    const cannotEdit = await specialist.error(UpdateDataResourceDocument, { input: { id: theirs1.id, version: 1, name: "篡改" } });
    expect(cannotEdit.extensions?.code).toBe("FORBIDDEN");

    const theirSpecialist = (await signedInAs(server.api, theirs.specialist.id)).client;
    const hidden = await theirSpecialist.raw(print(DataResourceByIdDocument), { id: draft.id });
    expect([hidden.data, hidden.errors]).toEqual([{ dataResource: null }, undefined]);
    const seen = await theirSpecialist.request(DataResourcesDocument, { filter: { unitId: ours.unit.id } });
    expect(seen.dataResources.nodes.map((r) => r.id)).not.toContain(draft.id);
    const own = await specialist.request(DataResourcesDocument, { filter: { unitId: ours.unit.id } });
    expect(own.dataResources.nodes.map((r) => r.id)).toContain(draft.id);

    // Retiring a draft that was never published does not put it into the shared catalog.
    await specialist.request(RetireDataResourceDocument, { input: { id: draft.id, version: draft.version } });
    expect((await theirSpecialist.raw(print(DataResourceByIdDocument), { id: draft.id })).data).toEqual({ dataResource: null });
  });
});

describe("finding resources", () => {
  it("searches names, summaries and item names in Chinese, filters, sorts and counts facets", async () => {
    const parent = await district.department("区住房和城乡建设局");
    const centre = await district.unit("SUBORDINATE", "区住房保障中心", parent.id);
    await server.api.request(CreateDataResourceDocument, { input: resource(parent.id, { name: "保障性住房台账", summary: "公租房分配情况" }) });
    await server.api.request(CreateDataResourceDocument, {
      input: resource(centre.id, {
        name: "住房补贴发放",
        level: "IMPORTANT",
        openType: "NOT_OPEN",
        items: [{ code: "BT01", name: "补贴金额（元）", dataType: "NUMBER" }],
      }),
    });
    await server.api.request(CreateDataResourceDocument, {
      input: resource(centre.id, {
        name: "租户信息",
        sharingType: "CONDITIONAL",
        sharingConditions: "限住房保障用途",
        openType: "NOT_OPEN",
        personalPrivacy: true,
      }),
    });

    const under = { unitId: parent.id, includeDescendants: true };
    const all = await server.api.request(DataResourcesDocument, { filter: under, orderBy: { field: "NAME", direction: "DESC" } });
    expect(all.dataResources.totalCount).toBe(3);
    expect(all.dataResources.facets.byUnit.map((f) => [f.unit.name, f.count])).toEqual([
      ["区住房保障中心", 2],
      ["区住房和城乡建设局", 1],
    ]);
    expect(Object.fromEntries(all.dataResources.facets.bySharingType.map((f) => [f.value, f.count]))).toEqual({ UNCONDITIONAL: 2, CONDITIONAL: 1 });
    expect(Object.fromEntries(all.dataResources.facets.byOpenType.map((f) => [f.value, f.count]))).toEqual({ UNCONDITIONAL: 1, NOT_OPEN: 2 });
    expect(Object.fromEntries(all.dataResources.facets.byLevel.map((f) => [f.value, f.count]))).toEqual({ GENERAL: 2, IMPORTANT: 1 });

    const byItem = await server.api.request(DataResourcesDocument, { filter: { ...under, search: "补贴金额" } });
    expect(byItem.dataResources.nodes.map((r) => r.name)).toEqual(["住房补贴发放"]);
    const bySummary = await server.api.request(DataResourcesDocument, { filter: { ...under, search: "公租房" } });
    expect(bySummary.dataResources.nodes.map((r) => r.name)).toEqual(["保障性住房台账"]);
    const sensitive = await server.api.request(DataResourcesDocument, { filter: { ...under, sensitivity: ["PERSONAL_PRIVACY"] } });
    expect(sensitive.dataResources.nodes.map((r) => r.name)).toEqual(["租户信息"]);
    const important = await server.api.request(DataResourcesDocument, { filter: { ...under, levels: ["IMPORTANT"], openTypes: ["NOT_OPEN"] } });
    expect(important.dataResources.totalCount).toBe(1);
    expect(important.dataResources.facets.byUnit).toEqual([{ unit: { id: centre.id, name: "区住房保障中心" }, count: 1 }]);
  });
});
