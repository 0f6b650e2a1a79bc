import { print } from "graphql";
import { ResourceCrossTabDocument, type ResourceCrossTabQuery, type ResourceCrossTabQueryVariables } from "../generated/graphql";
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

async function crossTab(client: ApiClient, variables: ResourceCrossTabQueryVariables) {
  const result = await client.raw<ResourceCrossTabQuery>(print(ResourceCrossTabDocument), variables);
  expect(result.errors).toBeUndefined();
  const table = result.data!.resourceAnalysis.crossTab;
  const cells = table.cells.map((cell) => [
    cell.row.unit?.name ?? cell.row.value,
    cell.column.unit?.name ?? cell.column.value,
    cell.resourceCount,
    cell.recordCount,
  ]);
  return { table, cells, statements: sqlStatementsOf(result), analysis: result.data!.resourceAnalysis };
}

describe("an analyst's cross-tab of the resources", () => {
  it("counts resources and sums record counts by unit and sharing type, as added up by hand (subordinate units rolled up)", async () => {
    const { table, cells, analysis } = await crossTab(district.analyst, { rows: "UNIT", columns: "SHARING_TYPE" });
    // 卫健: 网格事件处置记录 (UNCONDITIONAL, 1000); 医疗机构名录 + 疾控's 传染病报告 (CONDITIONAL, 200 + 5000).
    // 茶山: 网格员名单 (no count) + 社区事件台账 (300), both UNCONDITIONAL. 发改: 项目审批信息 (50).
    // Units by code (made in that order): 卫健, 茶山, 发改.
    expect(cells).toEqual([
      ["区卫生健康局", "UNCONDITIONAL", 1, 1000],
      ["区卫生健康局", "CONDITIONAL", 2, 5200],
      ["茶山街道", "UNCONDITIONAL", 2, 300],
      ["区发展和改革局", "UNCONDITIONAL", 1, 50],
    ]);
    expect([table.resourceCount, table.recordCount]).toEqual([6, 6550]);
    expect([analysis.resourceCount, analysis.recordCount]).toEqual([6, 6550]);
    expect(table.cells[1].column.label).toBe("有条件共享");
  });

  it("keeps subordinate units apart at unit depth 2", async () => {
    const { cells } = await crossTab(district.analyst, {
      rows: "SHARING_TYPE",
      columns: "UNIT",
      unitDepth: 2,
      filter: { unitIds: [district.units.health.id] },
    });
    expect(cells).toEqual([
      ["UNCONDITIONAL", "区卫生健康局", 1, 1000],
      ["CONDITIONAL", "区卫生健康局", 1, 200],
      ["CONDITIONAL", "区疾病预防控制中心", 1, 5000],
    ]);
  });

  it("crosses any two dimensions, with the filters applied (published in 2026, databases)", async () => {
    const { cells } = await crossTab(district.analyst, {
      rows: "LEVEL",
      columns: "STATUS",
      filter: { publishedFrom: "2026-01-01", publishedTo: "2026-12-31", formats: ["DATABASE"] },
    });
    expect(cells).toEqual([
      ["IMPORTANT", "PUBLISHED", 1, 5000],
      ["GENERAL", "PUBLISHED", 1, 1000],
    ]);
  });

  it("shows a data specialist the shared catalog and their own unit's drafts only", async () => {
    const { cells } = await crossTab(district.specialist, { rows: "UNIT", columns: "STATUS" });
    // 发改's draft is outside their unit; 茶山's draft is their own.
    expect(cells).toEqual([
      ["区卫生健康局", "PUBLISHED", 3, 6200],
      ["茶山街道", "DRAFT", 1, 300],
      ["茶山街道", "PUBLISHED", 1, 0],
    ]);
  });

  it("costs the same SQL statements whatever the number of groups", async () => {
    const few = await crossTab(district.analyst, { rows: "STATUS", columns: "CATEGORY" });
    const many = await crossTab(district.analyst, { rows: "UNIT", columns: "FORMAT", unitDepth: 2, filter: { updatedFrom: "2020-01-01T00:00:00Z" } });
    expect(few.cells).toHaveLength(2);
    expect(many.cells.length).toBeGreaterThan(4);
    expect(many.statements).toBe(few.statements);
  });

  it("refuses the same dimension twice, and reversed ranges, naming the field", async () => {
    const same = await district.analyst.raw(print(ResourceCrossTabDocument), { rows: "LEVEL", columns: "LEVEL" });
    expect(same.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "columns" });
    const reversed = await district.analyst.raw(print(ResourceCrossTabDocument), {
      rows: "LEVEL",
      columns: "STATUS",
      filter: { updatedFrom: "2026-02-01T00:00:00Z", updatedTo: "2026-01-01T00:00:00Z" },
    });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.updatedTo" });
  });
});
