import { print } from "graphql";
import { OpenDatasetsDocument, OpenDatasetsQuery, OpenDatasetsQueryVariables } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { openDatasetOf } from "./opening-support";

/**
 * The public catalog as an anonymous visitor of the portal reads it: Chinese search over titles and
 * descriptions, filters by theme, unit and format, facet counts over every match, Relay pages.
 * Each test searches within its own marker (a word no other dataset carries), so tests share the server.
 */
let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

async function read(variables: OpenDatasetsQueryVariables) {
  const result = await server.anonymous.raw<OpenDatasetsQuery>(print(OpenDatasetsDocument), variables as Record<string, unknown>);
  expect(result.errors).toBeUndefined();
  return { ...result.data!.openDatasets, statements: sqlStatementsOf(result) };
}

describe("search in Chinese", () => {
  it("finds a substring of a title or a description, ignoring case and full-width forms, on both databases", async () => {
    const unit = await district.department("区文化广电和旅游局");
    const museum = await openDatasetOf(server.api, unit.id, { name: "甲标记博物馆名录", summary: "全区博物馆和纪念馆" }, { theme: "CULTURE_LEISURE" });
    const wifi = await openDatasetOf(server.api, unit.id, { name: "甲标记公共WiFi热点", summary: "公共场所免费上网热点位置" }, { theme: "CULTURE_LEISURE" });
    const ids = async (search: string) => (await read({ filter: { search } })).nodes.map((n) => n.id);
    expect(await ids("甲标记博物馆")).toEqual([museum.id]);
    expect(await ids("纪念馆")).toEqual([museum.id]);
    expect(await ids("甲标记公共ｗｉｆｉ")).toEqual([wifi.id]);
    expect(await ids("甲标记公共wifi")).toEqual([wifi.id]);
    expect((await ids("甲标记")).sort()).toEqual([museum.id, wifi.id].sort());
    // LIKE's wildcards are only characters here.
    expect(await ids("甲标记%")).toEqual([]);
    expect(await ids("甲标_")).toEqual([]);
  });

  it("refuses an overlong search and overlong filters", async () => {
    const long = await server.anonymous.raw(print(OpenDatasetsDocument), { filter: { search: "长".repeat(101) } });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    const themes = await server.anonymous.raw(print(OpenDatasetsDocument), { filter: { themes: Array(21).fill("HEALTH") } });
    expect(themes.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.themes" });
  });
});

describe("filters and facets", () => {
  it("filters by theme, unit and format, with facet counts over every match", async () => {
    const health = await district.department("区卫生健康局");
    const civil = await district.department("区民政局");
    const a = await openDatasetOf(server.api, health.id, { name: "乙标记医院名录" }, { theme: "HEALTH" });
    const b = await openDatasetOf(
      server.api,
      civil.id,
      { name: "乙标记养老机构" },
      { theme: "LIVELIHOOD", distributions: [{ format: "XLSX", accessUrl: "https://opendata.tianning.example.cn/b" }] },
    );
    const c = await openDatasetOf(server.api, civil.id, { name: "乙标记婚姻登记点" }, { theme: "LIVELIHOOD" });

    const all = await read({ filter: { search: "乙标记" } });
    expect(all.totalCount).toBe(3);
    expect(all.facets.byTheme).toEqual([
      { theme: "LIVELIHOOD", label: "民生服务", count: 2 },
      { theme: "HEALTH", label: "卫生健康", count: 1 },
    ]);
    expect(all.facets.byUnit).toEqual([
      { unit: { id: civil.id, name: "区民政局" }, count: 2 },
      { unit: { id: health.id, name: "区卫生健康局" }, count: 1 },
    ]);
    // a and c carry CSV and API; b only XLSX: a dataset counts once per format it offers.
    expect(all.facets.byFormat).toEqual([
      { format: "API", count: 2 },
      { format: "CSV", count: 2 },
      { format: "XLSX", count: 1 },
    ]);

    const ids = async (filter: OpenDatasetsQueryVariables["filter"]) => (await read({ filter: { search: "乙标记", ...filter } })).nodes.map((n) => n.id).sort();
    expect(await ids({ themes: ["LIVELIHOOD"] })).toEqual([b.id, c.id].sort());
    expect(await ids({ unitIds: [health.id] })).toEqual([a.id]);
    expect(await ids({ formats: ["XLSX"] })).toEqual([b.id]);
    expect(await ids({ formats: ["CSV"], themes: ["LIVELIHOOD"] })).toEqual([c.id]);
  });

  it("answers a page and its facets in the same number of statements for 2 datasets as for 12", async () => {
    const unit = await district.department("区统计局");
    for (let i = 0; i < 2; i++) await openDatasetOf(server.api, unit.id, { name: `丙标记少${i}` });
    for (let i = 0; i < 12; i++) await openDatasetOf(server.api, unit.id, { name: `丁标记多${i}` });
    const few = await read({ filter: { search: "丙标记" }, first: 20 });
    const many = await read({ filter: { search: "丁标记" }, first: 20 });
    expect([few.totalCount, many.totalCount]).toEqual([2, 12]);
    expect(many.statements).toBe(few.statements);
  });
});

describe("Relay paging", () => {
  it("pages forward and back, newest first, with keyset cursors", async () => {
    const unit = await district.department("区司法局");
    const issued = ["2025-01-05", "2025-01-04", "2025-01-03", "2025-01-02", "2025-01-01"];
    const made = [];
    for (const [i, day] of issued.entries()) made.push(await openDatasetOf(server.api, unit.id, { name: `戊标记${i}` }, { issued: day }));
    const filter = { search: "戊标记" };
    const first = await read({ filter, first: 2 });
    expect(first.nodes.map((n) => n.issued)).toEqual(["2025-01-05", "2025-01-04"]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await read({ filter, first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((n) => n.id)).toEqual([made[2].id, made[3].id]);
    const third = await read({ filter, first: 2, after: second.pageInfo.endCursor });
    expect(third.nodes.map((n) => n.id)).toEqual([made[4].id]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    const back = await read({ filter, last: 2, before: third.pageInfo.startCursor });
    expect(back.nodes.map((n) => n.id)).toEqual([made[2].id, made[3].id]);
    const refused = await server.anonymous.raw(print(OpenDatasetsDocument), { filter, first: 2, after: "bm90LWEtY3Vyc29y" });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
    const tooMany = await server.anonymous.raw(print(OpenDatasetsDocument), { filter, first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
