import { print } from "graphql";
import { ResourceFacetsDocument, type ResourceFacetsQuery, type ResourceFacetsQueryVariables } from "../generated/graphql";
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

async function facets(client: ApiClient, variables: ResourceFacetsQueryVariables) {
  const result = await client.raw<ResourceFacetsQuery>(print(ResourceFacetsDocument), variables);
  expect(result.errors).toBeUndefined();
  const analysis = result.data!.resourceAnalysis;
  const byDimension = Object.fromEntries(
    analysis.facets.map((facet) => [facet.dimension, facet.values.map((v) => [v.value.unit?.name ?? v.value.value, v.resourceCount, v.selected])]),
  );
  return { count: analysis.resourceCount, byDimension, statements: sqlStatementsOf(result) };
}

describe("facets for the catalog page's filter menus", () => {
  it("count each dimension as if its own filter were off (disjunctive), with zero counts", async () => {
    const { count, byDimension } = await facets(district.analyst, {
      filter: { sharingTypes: ["CONDITIONAL"], formats: ["DATABASE"] },
      dimensions: ["SHARING_TYPE", "FORMAT", "LEVEL"],
    });
    // Conditional databases: 传染病报告 only.
    expect(count).toBe(1);
    // Databases by sharing type: 网格事件处置记录, 社区事件台账 (unconditional), 传染病报告 (conditional).
    expect(byDimension.SHARING_TYPE).toEqual([
      ["UNCONDITIONAL", 2, false],
      ["CONDITIONAL", 1, true],
      ["NOT_SHARED", 0, false],
    ]);
    // Conditional resources by format: 传染病报告 (database), 医疗机构名录 (spreadsheet); every other format 0.
    expect(byDimension.FORMAT.filter(([, n]) => n !== 0)).toEqual([
      ["DATABASE", 1, true],
      ["SPREADSHEET", 1, false],
    ]);
    expect(byDimension.FORMAT.length).toBeGreaterThan(4);
    // LEVEL has no filter of its own: both filters apply.
    expect(byDimension.LEVEL).toEqual([
      ["CORE", 0, false],
      ["IMPORTANT", 1, false],
      ["GENERAL", 0, false],
    ]);
  });

  it("list every unit of the chosen level, rolled up, with the unit filter off for the unit facet", async () => {
    const { count, byDimension } = await facets(district.analyst, { filter: { unitIds: [district.units.health.id] }, dimensions: ["UNIT", "STATUS"] });
    expect(count).toBe(3);
    expect(byDimension.UNIT).toEqual([
      ["区卫生健康局", 3, true],
      ["茶山街道", 2, false],
      ["区发展和改革局", 1, false],
    ]);
    expect(byDimension.STATUS).toEqual([
      ["DRAFT", 0, false],
      ["PUBLISHED", 3, false],
      ["RETIRED", 0, false],
    ]);
  });

  it("filter by update time and publication date ranges and lifecycle stage", async () => {
    const recent = await facets(district.analyst, { filter: { updatedFrom: new Date(Date.now() - 3_600_000).toISOString() }, dimensions: [] });
    expect(recent.count).toBe(6);
    const old = await facets(district.analyst, { filter: { updatedTo: "2020-01-01T00:00:00Z" }, dimensions: [] });
    expect(old.count).toBe(0);
    const published2025 = await facets(district.analyst, { filter: { publishedFrom: "2025-01-01", publishedTo: "2025-12-31" }, dimensions: [] });
    expect(published2025.count).toBe(2);
    const planning = await facets(district.analyst, { filter: { lifecycleStages: ["PLANNING"] }, dimensions: [] });
    expect(planning.count).toBe(6);
    const archived = await facets(district.analyst, { filter: { lifecycleStages: ["ARCHIVED"] }, dimensions: [] });
    expect(archived.count).toBe(0);
  });

  it("cost one statement per dimension, whatever the values", async () => {
    const one = await facets(district.analyst, { dimensions: ["LEVEL"] });
    const two = await facets(district.analyst, { filter: { levels: ["GENERAL"], sharingTypes: ["UNCONDITIONAL"] }, dimensions: ["LEVEL", "UNIT"] });
    expect(two.statements - one.statements).toBe(1);
  });
});
