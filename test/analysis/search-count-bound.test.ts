import { print } from "graphql";
import { CreateDataResourceDocument, SearchDataResourcesDocument, type CreateDataResourceInput, type SearchDataResourcesQuery } from "../generated/graphql";
import { freshCode } from "../inventory-import/import-support";
import { ApiClient } from "../support/api-client";
import { startTestCatalog, type TestCatalog } from "../support/catalog";
import { sqlStatementsOf } from "../support/sql-statements";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { DRAFT_DEFAULTS } from "./analysis-scenario";

/**
 * A word half the district matches: the count stops at the bound (SEARCH_COUNT_BOUND, made 2 here,
 * so the candidates' cap is 20 and 25 item-only matches are "many") and says "at least"; the page is
 * the one a catalog without that bound ranks, on the same database.
 */
let bounded: TestCatalog;
let unbounded: TestCatalog;
let analyst: { bounded: ApiClient; unbounded: ApiClient };
let codes: Record<string, string>;

beforeAll(async () => {
  bounded = await startTestCatalog({ SEARCH_COUNT_BOUND: "2" });
  unbounded = await startTestCatalog({ DATABASE_URL: bounded.databaseUrl });
  const district = await DistrictScenario.create(bounded.api);
  const police = await district.department("区公安分局");
  const items = (...names: string[]) => names.map((name, i) => ({ code: `F${i + 1}`, name, dataType: "STRING" as const }));
  const specs: (Partial<CreateDataResourceInput> & { name: string })[] = [
    { name: "车辆车牌号登记表" }, // both words in the name: 16 + 16
    { name: "机动车登记信息", items: items("车牌号") }, // 16 + 1
    { name: "停车场台账", summary: "含车牌号", items: items("登记日期") }, // 2 + 1
    { name: "违停抄告", summary: "记录车牌号" }, // 车牌号 only: no 登记 anywhere
    ...Array.from({ length: 25 }, (_, i) => ({ name: `卡口过车记录${i + 1}`, items: items("车牌号", "登记时间") })), // 1 + 1, item-only
  ];
  codes = {};
  for (const spec of specs) {
    const { createDataResource } = await bounded.api.request(CreateDataResourceDocument, {
      input: { ...DRAFT_DEFAULTS, providerUnitId: police.id, code: freshCode(), ...spec },
    });
    codes[spec.name] = createDataResource.code;
  }
  const client = (await signedInAs(bounded.api, null, { analyst: true })).client;
  analyst = { bounded: client, unbounded: new ApiClient(unbounded.catalog.url, client.token) };
});
afterAll(async () => {
  await unbounded.catalog.stop();
  await bounded.stop();
});

async function search(client: ApiClient, text: string, first = 8) {
  const result = await client.raw<SearchDataResourcesQuery>(print(SearchDataResourcesDocument), { text, first });
  expect(result.errors).toBeUndefined();
  const { totalCount, totalCountIsExact, hits } = result.data!.searchDataResources;
  return { totalCount, totalCountIsExact, hits: hits.map((hit) => [hit.resource.name, hit.score, hit.matchedIn]), statements: sqlStatementsOf(result) };
}

describe("a search matched by more resources than the count bound", () => {
  it("says 'at least the bound' and ranks the page as an exact search does: name and summary matches first, then item-only ones by code", async () => {
    const capped = await search(analyst.bounded, "车牌号");
    const exact = await search(analyst.unbounded, "车牌号");
    expect([capped.totalCount, capped.totalCountIsExact]).toEqual([2, false]);
    expect([exact.totalCount, exact.totalCountIsExact]).toEqual([29, true]);
    expect(capped.hits).toEqual(exact.hits);
    expect(capped.hits.slice(0, 6)).toEqual([
      ["车辆车牌号登记表", 16, ["NAME"]],
      ["停车场台账", 2, ["SUMMARY"]],
      ["违停抄告", 2, ["SUMMARY"]],
      ["机动车登记信息", 1, ["ITEM"]],
      ["卡口过车记录1", 1, ["ITEM"]],
      ["卡口过车记录2", 1, ["ITEM"]],
    ]);
  });

  it("ranks several words the same way: every word in items only comes last, in code order", async () => {
    const capped = await search(analyst.bounded, "车牌号 登记", 6);
    const exact = await search(analyst.unbounded, "车牌号 登记", 6);
    expect([capped.totalCount, capped.totalCountIsExact]).toEqual([2, false]);
    expect(exact.totalCount).toBe(28);
    expect(capped.hits).toEqual(exact.hits);
    expect(capped.hits).toEqual([
      ["车辆车牌号登记表", 32, ["NAME"]],
      ["机动车登记信息", 17, ["NAME", "ITEM"]],
      ["停车场台账", 3, ["SUMMARY", "ITEM"]],
      ["卡口过车记录1", 2, ["ITEM"]],
      ["卡口过车记录2", 2, ["ITEM"]],
      ["卡口过车记录3", 2, ["ITEM"]],
    ]);
    // The item-only tier is read in code order: the page holds the lowest codes.
    expect(capped.hits.slice(3).map(([name]) => codes[name as string])).toEqual(
      Array.from({ length: 25 }, (_, i) => codes[`卡口过车记录${i + 1}`])
        .sort()
        .slice(0, 3),
    );
  });

  it("counts exactly up to the bound itself, and past it says 'at least' even for an empty page", async () => {
    expect(await search(analyst.bounded, "停车场台账")).toMatchObject({ totalCount: 1, totalCountIsExact: true });
    // 停车场台账 and 违停抄告: as many as the bound, still exact.
    expect(await search(analyst.bounded, "停")).toMatchObject({ totalCount: 2, totalCountIsExact: true });
    const none = await search(analyst.bounded, "车牌号", 0);
    expect([none.totalCount, none.totalCountIsExact, none.hits]).toEqual([2, false, []]);
  });

  it("costs the same statements as a search of few matches", async () => {
    const many = await search(analyst.bounded, "车牌号 登记");
    const few = await search(analyst.bounded, "停车场台账");
    expect(many.statements).toBe(few.statements);
  });
});
