import {
  CreateDataResourceDocument,
  CreateDataResourceInput,
  CreateFunctionDocument,
  PersonHistoryDocument,
  UpdateDataResourceDocument,
  UpdatePersonDocument,
} from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { importFile, itemCells, resourceCells, tableCounts, templateFile } from "../inventory-import/import-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

let codeSequence = 0;
const freshResourceCode = () => `301002/${String(40000 + ++codeSequence)}`;

type Change = { field: string; before: unknown; after: unknown };
type Entry = { operation: string; changes: Change[] };
type Trail = {
  version: number;
  history: { nodes: Entry[] };
  items: { nodes: { code: string; name: string; history: { nodes: Entry[] } }[] };
};

const changesOf = (entry: Entry) => Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]]));

/** A resource's version, its history and each item's history, newest first. */
async function trailOf(code: string): Promise<Trail> {
  const entries = "history(first: 50) { nodes { operation changes { field before after } } }";
  const result = await server.api.raw<{ dataResource: Trail }>(
    `query ($code: String!) { dataResource(code: $code) { version ${entries} items(first: 100) { nodes { code name ${entries} } } } }`,
    { code },
  );
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data!.dataResource;
}

function apiResource(providerUnitId: string, overrides: Partial<CreateDataResourceInput> = {}): CreateDataResourceInput {
  return {
    providerUnitId,
    code: freshResourceCode(),
    name: "城乡低保对象名册",
    catalogCategory: "DEPARTMENTAL",
    classificationCode: "301002",
    format: "DATABASE",
    updateFrequency: "MONTHLY",
    sharingType: "CONDITIONAL",
    sharingConditions: "限政务用途",
    openType: "NOT_OPEN",
    level: "GENERAL",
    status: "PUBLISHED",
    items: [
      { code: "XM001", name: "户主姓名", dataType: "STRING", length: 50 },
      { code: "XM002", name: "保障人数", dataType: "NUMBER" },
    ],
    ...overrides,
  };
}

describe("an update that changes nothing writes nothing", () => {
  it("updateDataResource with the values it has keeps the version and adds no audit entry; a real change does both", async () => {
    const unit = await district.department("区民政局");
    const { createFunction: a } = await server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "最低生活保障审核" } });
    const { createFunction: b } = await server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "社会救助" } });
    const input = apiResource(unit.id, { functionIds: [a.id, b.id] });
    const { createDataResource: created } = await server.api.request(CreateDataResourceDocument, { input });
    const before = await tableCounts(server);

    const { providerUnitId: _p, code: _c, classificationCode: _k, catalogCategory: _g, ...fields } = input;
    const same = await server.api.request(UpdateDataResourceDocument, {
      input: { ...fields, id: created.id, version: 1, name: ` ${input.name} `, functionIds: [b.id, a.id], items: [...input.items!].reverse() },
    });
    expect(same.updateDataResource.version).toBe(1);
    expect(await tableCounts(server)).toEqual(before);
    expect((await trailOf(created.code)).history.nodes.map((e) => e.operation)).toEqual(["createDataResource"]);

    const changed = await server.api.request(UpdateDataResourceDocument, { input: { id: created.id, version: 1, summary: "新摘要" } });
    expect(changed.updateDataResource.version).toBe(2);
    const trail = await trailOf(created.code);
    expect(trail.history.nodes.map((e) => e.operation)).toEqual(["updateDataResource", "createDataResource"]);
    expect(changesOf(trail.history.nodes[0])).toEqual({ summary: [null, "新摘要"], version: [1, 2] });
  });

  it("updatePerson with the values the person has adds no audit entry", async () => {
    const unit = await district.street("红梅街道");
    const person = await district.person(unit.id, "无改动某", "none", { position: "科员" });
    await server.api.request(UpdatePersonDocument, { input: { id: person.id, position: "科员", name: "无改动某" } });
    const { person: history } = await server.api.request(PersonHistoryDocument, { id: person.id });
    expect(history!.history.nodes.map((e) => e.operation)).toEqual(["createPerson"]);
  });
});

describe("the import audits its items as the API does", () => {
  it("writes before/after for an item it changes and all fields for one it creates; an unchanged re-import writes nothing", async () => {
    const unit = await district.department("区卫生健康局");
    const resource = resourceCells(unit.code, freshResourceCode());
    await importFile(server.api, unit.id, await templateFile([itemCells(resource, "XM001", "户主姓名")]));

    const report = await importFile(
      server.api,
      unit.id,
      await templateFile([itemCells(resource, "XM001", "申请人姓名"), itemCells(resource, "XM002", "保障人数", { dataType: "数值型", length: "" })]),
    );
    expect(report).toMatchObject({ applied: true, resourcesUpdated: 1, itemsUpdated: 1, itemsCreated: 1 });
    const trail = await trailOf(resource.resourceCode!);
    expect(trail.version).toBe(2);
    const [changed, created] = trail.items.nodes;
    // XM001 came with its resource in the first import (listed in the resource's creation entry); its change is its own entry.
    expect(changed.history.nodes.map((e) => e.operation)).toEqual(["importInventory"]);
    expect(changesOf(changed.history.nodes[0])).toEqual({ name: ["户主姓名", "申请人姓名"] });
    expect(changesOf(created.history.nodes[0])).toMatchObject({ code: [null, "XM002"], name: [null, "保障人数"], dataType: [null, "NUMBER"] });

    // The same fields as the API writes for the same item it creates (XM002, without a length).
    const { createDataResource: viaApi } = await server.api.request(CreateDataResourceDocument, { input: apiResource(unit.id) });
    const apiItem = (await trailOf(viaApi.code)).items.nodes.find((i) => i.code === "XM002")!.history.nodes[0];
    expect(Object.keys(changesOf(created.history.nodes[0])).sort()).toEqual(Object.keys(changesOf(apiItem)).sort());

    // Importing the same file again changes nothing, so nothing is written, not even an entry.
    const counts = await tableCounts(server);
    const again = await importFile(
      server.api,
      unit.id,
      await templateFile([itemCells(resource, "XM001", "申请人姓名"), itemCells(resource, "XM002", "保障人数", { dataType: "数值型", length: "" })]),
    );
    expect(again).toMatchObject({ applied: true, resourcesUnchanged: 1, itemsUnchanged: 2 });
    expect(await tableCounts(server)).toEqual(counts);
    expect((await trailOf(resource.resourceCode!)).version).toBe(2);
  });
});
