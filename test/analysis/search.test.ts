import { print } from "graphql";
import { SearchDataResourcesDocument, type SearchDataResourcesQuery, type SearchDataResourcesQueryVariables } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, type TestCatalog } from "../support/catalog";
import { sqlStatementsOf } from "../support/sql-statements";
import { analysisDistrict } from "./analysis-scenario";

let server: TestCatalog;
let district: Awaited<ReturnType<typeof analysisDistrict>>;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await analysisDistrict(server);
});
afterAll(() => server.stop());

async function search(client: ApiClient, variables: SearchDataResourcesQueryVariables) {
  const result = await client.raw<SearchDataResourcesQuery>(print(SearchDataResourcesDocument), variables);
  expect(result.errors).toBeUndefined();
  const { totalCount, hits } = result.data!.searchDataResources;
  return { totalCount, hits: hits.map((hit) => [hit.resource.name, hit.score, hit.matchedIn]), statements: sqlStatementsOf(result) };
}

describe("searching the catalog as people type", () => {
  it("finds resources where every word matches somewhere, names before items", async () => {
    const { totalCount, hits } = await search(district.analyst, { text: "网格 事件" });
    // 网格事件处置记录: both words in the name (16 + 16); 社区事件台账: 事件 in the name, 网格 in an item (16 + 1).
    // 网格员名单 (no 事件) and 传染病报告 (no 网格) miss a word.
    expect(totalCount).toBe(2);
    expect(hits).toEqual([
      ["网格事件处置记录", 32, ["NAME"]],
      ["社区事件台账", 17, ["NAME", "ITEM"]],
    ]);
  });

  it("ranks a name match before an item match, ties by code", async () => {
    const { hits } = await search(district.analyst, { text: "事件" });
    expect(hits).toEqual([
      ["网格事件处置记录", 16, ["NAME"]],
      ["社区事件台账", 16, ["NAME"]],
      ["传染病报告", 1, ["ITEM"]],
    ]);
  });

  it("reads unit-name abbreviations: 卫健 is 区卫生健康局 (its characters in order)", async () => {
    const { hits } = await search(district.analyst, { text: "卫健" });
    expect(hits).toEqual([
      ["网格事件处置记录", 4, ["UNIT"]],
      ["医疗机构名录", 4, ["UNIT"]],
    ]);
    const both = await search(district.analyst, { text: "卫健　事件" }); // an ideographic space between the words
    expect(both.hits).toEqual([["网格事件处置记录", 20, ["NAME", "UNIT"]]]);
    const reform = await search(district.analyst, { text: "发改 审批" });
    expect(reform.hits.map(([name]) => name)).toEqual(["项目审批信息"]);
  });

  it("finds a resource by its code", async () => {
    const code = district.resources["传染病报告"].code;
    const { hits } = await search(district.analyst, { text: code });
    expect(hits).toEqual([["传染病报告", 8, ["CODE"]]]);
  });

  it("applies the filters and the caller's scope: another unit's draft is not found", async () => {
    expect((await search(district.analyst, { text: "审批" })).totalCount).toBe(1);
    expect((await search(district.specialist, { text: "审批" })).totalCount).toBe(0);
    expect((await search(district.specialist, { text: "事件" })).totalCount).toBe(3);
    expect((await search(district.analyst, { text: "事件", filter: { statuses: ["PUBLISHED"] } })).totalCount).toBe(2);
  });

  it("costs the same statements for one hit or many", async () => {
    const one = await search(district.analyst, { text: "审批" });
    const many = await search(district.analyst, { text: "网格", first: 50 });
    expect(many.totalCount).toBeGreaterThan(1);
    expect(many.statements).toBe(one.statements);
  });

  it("bounds the input: at most 5 words, 64 characters, 50 hits", async () => {
    const words = await district.analyst.raw(print(SearchDataResourcesDocument), { text: "一 二 三 四 五 六" });
    expect(words.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
    const long = await district.analyst.raw(print(SearchDataResourcesDocument), { text: "网".repeat(65) });
    expect(long.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const many = await district.analyst.raw(print(SearchDataResourcesDocument), { text: "网格", first: 51 });
    expect(many.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const blank = await district.analyst.raw(print(SearchDataResourcesDocument), { text: "  " });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "text" });
  });
});
