import { print } from "graphql";
import {
  CreateDataResourceDocument,
  RetireDataResourceDocument,
  SearchDataResourcesDocument,
  UpdateDataResourceDocument,
  type CreateDataResourceInput,
  type SearchDataResourcesQuery,
  type SearchDataResourcesQueryVariables,
} from "../generated/graphql";
import { freshCode, importFile, itemCells, resourceCells, templateFile } from "../inventory-import/import-support";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, type TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { DRAFT_DEFAULTS } from "./analysis-scenario";

let server: TestCatalog;
let district: DistrictScenario;
let analyst: ApiClient;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
  analyst = (await signedInAs(server.api, null, { analyst: true })).client;
});
afterAll(() => server.stop());

async function search(variables: SearchDataResourcesQueryVariables) {
  const result = await analyst.raw<SearchDataResourcesQuery>(print(SearchDataResourcesDocument), { first: 50, ...variables });
  expect(result.errors).toBeUndefined();
  const { totalCount, hits } = result.data!.searchDataResources;
  return { totalCount, names: hits.map((hit) => hit.resource.name).sort(), hits };
}

async function createResource(unitId: string, input: Partial<CreateDataResourceInput> & { name: string }) {
  const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
    input: { ...DRAFT_DEFAULTS, providerUnitId: unitId, code: freshCode(), ...input },
  });
  return createDataResource;
}

describe("the search index follows every write of a resource's name, code, summary and items", () => {
  it("finds a created resource by name, summary and code, and after a rename by the new name only", async () => {
    const unit = await district.department("区水利局");
    const created = await createResource(unit.id, { name: "湿地保护巡查记录", summary: "记录湿地鸟类观测结果" });
    expect((await search({ text: "湿地保护" })).names).toEqual(["湿地保护巡查记录"]);
    expect((await search({ text: "鸟类观测" })).hits.map((hit) => hit.matchedIn)).toEqual([["SUMMARY"]]);
    expect((await search({ text: created.code })).hits.map((hit) => [hit.resource.name, hit.matchedIn])).toEqual([["湿地保护巡查记录", ["CODE"]]]);

    await server.api.request(UpdateDataResourceDocument, {
      input: { id: created.id, version: created.version, name: "林地养护台账", summary: "林地病虫害防治情况" },
    });
    expect((await search({ text: "湿地保护" })).totalCount).toBe(0);
    expect((await search({ text: "鸟类观测" })).totalCount).toBe(0);
    expect((await search({ text: "林地养护" })).names).toEqual(["林地养护台账"]);
    expect((await search({ text: "病虫害" })).names).toEqual(["林地养护台账"]);
    expect((await search({ text: created.code })).names).toEqual(["林地养护台账"]);
  });

  it("finds a resource by the items it has now, not those removed; a retired one stays findable", async () => {
    const unit = await district.department("区园林局");
    const created = await createResource(unit.id, { name: "古树名木档案", items: [{ code: "F1", name: "树龄估测", dataType: "STRING" }] });
    expect((await search({ text: "树龄估测" })).hits.map((hit) => [hit.resource.name, hit.matchedIn])).toEqual([["古树名木档案", ["ITEM"]]]);

    const { updateDataResource } = await server.api.request(UpdateDataResourceDocument, {
      input: { id: created.id, version: created.version, items: [{ code: "F2", name: "养护责任单位", dataType: "STRING" }] },
    });
    expect((await search({ text: "树龄估测" })).totalCount).toBe(0);
    expect((await search({ text: "养护责任" })).names).toEqual(["古树名木档案"]);

    await server.api.request(RetireDataResourceDocument, { input: { id: created.id, version: updateDataResource.version } });
    const retired = await search({ text: "古树名木" });
    expect(retired.hits.map((hit) => [hit.resource.name, hit.resource.status])).toEqual([["古树名木档案", "RETIRED"]]);
  });

  it("follows the import: a created resource is found, and after the file renames it, by the new name only", async () => {
    const unit = await district.department("区城市管理局");
    const code = freshCode();
    const first = resourceCells(unit.code, code, { resourceName: "共享单车停放点位", summary: "" });
    expect(await importFile(server.api, unit.id, await templateFile([itemCells(first, "XM001", "停放区域编号")]))).toMatchObject({ resourcesCreated: 1 });
    expect((await search({ text: "单车停放" })).names).toEqual(["共享单车停放点位"]);
    expect((await search({ text: "停放区域" })).names).toEqual(["共享单车停放点位"]);

    const renamed = resourceCells(unit.code, code, { resourceName: "户外广告设施台账", summary: "" });
    expect(await importFile(server.api, unit.id, await templateFile([itemCells(renamed, "XM002", "设置位置")]))).toMatchObject({ resourcesUpdated: 1 });
    expect((await search({ text: "单车停放" })).totalCount).toBe(0);
    expect((await search({ text: "停放区域" })).totalCount).toBe(0);
    expect((await search({ text: "广告设施" })).names).toEqual(["户外广告设施台账"]);
    expect((await search({ text: "设置位置" })).names).toEqual(["户外广告设施台账"]);
  });
});

describe("the gram search gives what a plain scan gives", () => {
  it("finds, for random words over random names, exactly the resources whose name holds every word", async () => {
    // Few characters, so that names share grams often and a gram intersection alone would over-match.
    const alphabet = [..."甲乙丙丁戊"];
    let seed = 20261130;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const text = (min: number, max: number) => Array.from({ length: min + random(max - min + 1) }, () => alphabet[random(alphabet.length)]).join("");
    const unit = await district.department("区档案馆");
    const names = [...new Set(Array.from({ length: 40 }, () => text(1, 7)))];
    for (const name of names) await createResource(unit.id, { name });

    for (let round = 0; round < 40; round++) {
      const words = Array.from({ length: 1 + random(2) }, () => text(1, 4));
      const expected = names.filter((name) => words.every((word) => name.includes(word))).sort();
      const found = await search({ text: words.join(" "), filter: { unitIds: [unit.id] } });
      expect([words.join(" "), found.totalCount, found.names]).toEqual([words.join(" "), expected.length, expected]);
    }
  });
});
