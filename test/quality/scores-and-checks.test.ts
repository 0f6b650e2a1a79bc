import { randomUUID } from "node:crypto";
import {
  CreateQualityRuleDocument,
  DistrictQualityDocument,
  QualityBelowTargetDocument,
  QualityMeasurementsDocument,
  ResourceQualityDocument,
  UnitQualityDocument,
  UpdateDataResourceDocument,
} from "../generated/graphql";
import { Viewer } from "../../src/common/auth";
import { RequestContext } from "../../src/common/context";
import { loadConfig } from "../../src/config";
import { refreshCatalogChecks } from "../../src/modules/quality";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { createResource, record } from "./quality-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const week = { from: "2026-11-01", to: "2026-11-30", granularity: "WEEK" } as const;
const score = (dimensions: { dimension: string; score?: number | null }[], dimension: string) => dimensions.find((d) => d.dimension === dimension)!.score;

describe("the below-target list (qualityBelowTarget)", () => {
  it("lists latest scores under their target, lowest first, by unit with descendants and dimension, within the viewer's units", async () => {
    const street = await district.staffedUnit("STREET", "天宁街道");
    const community = await district.unit("SUBORDINATE", "天宁街道社区服务中心", street.unit.id);
    const other = await district.department("区教育局");
    const strict = await createResource(server.api, street.unit.id, { name: "严格目标的资源" });
    const below = await createResource(server.api, community.id, { name: "下属单位的资源" });
    const fine = await createResource(server.api, street.unit.id, { name: "达标资源" });
    const elsewhere = await createResource(server.api, other.id, { name: "别的单位的资源" });
    await server.api.request(CreateQualityRuleDocument, {
      input: { resourceId: strict.id, dimension: "ACCURACY", checkKind: "FORMAT", description: "统一社会信用代码格式", targetScore: 95 },
    });
    const at = "2026-11-20T01:00:00Z";
    await record(server.api, [
      { resourceId: strict.id, dimension: "ACCURACY", score: 90, measuredAt: at, source: "AUTOMATED" },
      { resourceId: below.id, dimension: "ACCURACY", score: 60, measuredAt: at, source: "AUTOMATED" },
      { resourceId: fine.id, dimension: "ACCURACY", score: 85, measuredAt: at, source: "AUTOMATED" },
      { resourceId: elsewhere.id, dimension: "ACCURACY", score: 10, measuredAt: at, source: "AUTOMATED" },
    ]);
    const list = async (client = server.api, filter: object = { unitId: street.unit.id, includeDescendants: true, dimension: "ACCURACY" }) =>
      (await client.request(QualityBelowTargetDocument, { filter, first: 10 })).qualityBelowTarget;
    const page = await list();
    expect(page.nodes.map((n) => [n.resource.name, n.score, n.target])).toEqual([
      ["下属单位的资源", 60, 80],
      ["严格目标的资源", 90, 95],
    ]);
    expect((await list(server.api, { unitId: street.unit.id, dimension: "ACCURACY" })).nodes.map((n) => n.resource.name)).toEqual(["严格目标的资源"]);

    // Paging with keyset cursors.
    const first = (
      await server.api.request(QualityBelowTargetDocument, { filter: { unitId: street.unit.id, includeDescendants: true, dimension: "ACCURACY" }, first: 1 })
    ).qualityBelowTarget;
    const second = (
      await server.api.request(QualityBelowTargetDocument, {
        filter: { unitId: street.unit.id, includeDescendants: true, dimension: "ACCURACY" },
        first: 1,
        after: first.pageInfo.endCursor,
      })
    ).qualityBelowTarget;
    expect([first.totalCount, first.nodes[0].resource.name, second.nodes[0].resource.name, second.pageInfo.hasNextPage]).toEqual([
      2,
      "下属单位的资源",
      "严格目标的资源",
      false,
    ]);

    // A specialist of the street sees its own units only; the education bureau's resource never appears.
    const { client: specialist } = await signedInAs(server.api, street.specialist.id);
    const mine = await list(specialist, { dimension: "ACCURACY" });
    expect(mine.nodes.map((n) => n.resource.name)).toEqual(["下属单位的资源", "严格目标的资源"]);
  });
});

describe("scores of units and the district", () => {
  it("makes a unit's score the mean of its subtree's resources' latest scores, hides it outside the viewer's units, and shows the district to analysts", async () => {
    const town = await district.staffedUnit("TOWN", "郑陆镇");
    const village = await district.unit("SUBORDINATE", "郑陆镇农业服务中心", town.unit.id);
    const a = await createResource(server.api, town.unit.id, { name: "镇资源", updateFrequency: "IRREGULAR" });
    const b = await createResource(server.api, village.id, { name: "村资源", updateFrequency: "IRREGULAR" });
    await record(server.api, [
      { resourceId: a.id, dimension: "AUTHENTICITY", score: 70, measuredAt: "2026-11-18T01:00:00Z", source: "MANUAL" },
      { resourceId: a.id, dimension: "AUTHENTICITY", score: 100, measuredAt: "2026-11-19T01:00:00Z", source: "MANUAL" },
      { resourceId: b.id, dimension: "AUTHENTICITY", score: 50.25, measuredAt: "2026-11-19T02:00:00Z", source: "EXTERNAL_PLATFORM" },
    ]);
    const { unit } = await server.api.request(UnitQualityDocument, { id: town.unit.id, ...week });
    const authenticity = unit!.quality!.dimensions.find((d) => d.dimension === "AUTHENTICITY")!;
    expect([authenticity.score, authenticity.resourceCount, authenticity.target, authenticity.belowTarget, authenticity.label]).toEqual([
      75.13,
      2,
      80,
      true,
      "真实性",
    ]);
    // Overall: the mean of the dimensions that have a score (authenticity, and the catalog's completeness of both resources).
    const completeness = score(unit!.quality!.dimensions, "COMPLETENESS")!;
    expect(unit!.quality!.overall.score).toBe(Math.round(((75.13 + completeness) / 2) * 100) / 100);

    const outsider = (await signedInAs(server.api, (await district.staffedUnit("STREET", "青龙街道")).specialist.id)).client;
    expect((await outsider.request(UnitQualityDocument, { id: town.unit.id, ...week })).unit!.quality).toBeNull();
    expect((await outsider.request(DistrictQualityDocument, {})).districtQuality).toBeNull();
    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
    const { districtQuality } = await analyst.request(DistrictQualityDocument, {});
    expect(districtQuality!.dimensions.find((d) => d.dimension === "AUTHENTICITY")!.resourceCount).toBeGreaterThanOrEqual(2);
  });
});

describe("the catalog's own checks (source CATALOG)", () => {
  it("measures metadata completeness and timeliness when a resource is created or changed", async () => {
    const unit = await district.department("区住房和城乡建设局");
    const resource = await createResource(server.api, unit.id, {
      summary: "全区在建工程项目清单",
      sourceSystem: "工程建设项目审批系统",
      recordCount: 1200,
      sharingMethod: "API",
      updateFrequency: "MONTHLY",
      items: [
        { code: "XM001", name: "项目名称", dataType: "STRING", description: "项目备案名称" },
        { code: "XM002", name: "开工日期", dataType: "DATE", description: "实际开工日期" },
      ],
    });
    const read = async () => (await server.api.request(ResourceQualityDocument, { id: resource.id, ...week })).dataResource!;
    const created = await read();
    expect([score(created.quality.dimensions, "COMPLETENESS"), score(created.quality.dimensions, "TIMELINESS")]).toEqual([100, 100]);
    const { qualityMeasurements } = await server.api.request(QualityMeasurementsDocument, { resourceId: resource.id, dimension: "COMPLETENESS" });
    expect(qualityMeasurements.nodes.map((m) => [m.source, m.recordedBy, m.passed, m.total])).toEqual([["CATALOG", "catalog", 8, 8]]);

    // Clearing the summary and the source system: 6 of 8 filled in.
    await server.api.request(UpdateDataResourceDocument, { input: { id: resource.id, version: resource.version, summary: null, sourceSystem: null } });
    expect(score((await read()).quality.dimensions, "COMPLETENESS")).toBe(75);
  });

  it("lets timeliness decay with time, refreshed by quality:refresh; an irregular resource gets none", async () => {
    const unit = await district.department("区文化广电和旅游局");
    const monthly = await createResource(server.api, unit.id, { name: "月度资源", updateFrequency: "MONTHLY" });
    const irregular = await createResource(server.api, unit.id, { name: "不定期资源", updateFrequency: "IRREGULAR" });
    const later = new Date(Date.now() + 62 * 86_400_000);
    const settings = { districtTimeZone: "Asia/Shanghai", auth: loadConfig({ NODE_ENV: "test", JWT_SECRET: "x".repeat(32) }).auth };
    const ctx = new RequestContext(server.catalog.dataSource, randomUUID(), settings, Viewer.system(), undefined, () => later);
    const refreshed = await refreshCatalogChecks(ctx);
    expect(refreshed.recorded).toBeGreaterThanOrEqual(1);
    const read = async (id: string) => (await server.api.request(ResourceQualityDocument, { id, ...week })).dataResource!.quality.dimensions;
    // 62 days since the last update of a monthly (31-day) resource: one period late, halfway to 0.
    expect(score(await read(monthly.id), "TIMELINESS")).toBe(50);
    expect(score(await read(irregular.id), "TIMELINESS")).toBeNull();
    // Run again at the same moment: nothing changed, nothing recorded.
    expect((await refreshCatalogChecks(ctx)).recorded).toBe(0);
  });
});

describe("scores on a page cost the same SQL whatever the page sizes", () => {
  it("units → resources → quality (latest and trend) and units → quality: 1×1 costs as much as 3×3", async () => {
    for (let u = 0; u < 3; u++) {
      const unit = await district.unit("DEVELOPMENT_ZONE", `开发区${u}`);
      for (let r = 0; r < 3; r++) {
        const resource = await createResource(server.api, unit.id, { name: `开发区资源${u}-${r}` });
        await record(server.api, [
          { resourceId: resource.id, dimension: "ACCURACY", score: 60 + u + r, measuredAt: "2026-11-20T01:00:00Z", source: "AUTOMATED" },
        ]);
      }
    }
    const query =
      "query($units: Int!, $resources: Int!) { units(first: $units, filter: { kinds: [DEVELOPMENT_ZONE] }) { edges { node { name " +
      'quality { overall { score } dimensions { score resourceCount } trend(from: "2026-11-01", to: "2026-11-30") { periodStart overall } } ' +
      'dataResources(first: $resources) { nodes { name quality { overall { score } dimensions { dimension score measuredAt } trend(from: "2026-11-01", to: "2026-11-30", granularity: WEEK) { periodStart overall } } } } } } } }';
    const run = async (units: number, resources: number) => {
      const result = await server.api.raw<{ units: { edges: { node: { dataResources: { nodes: unknown[] } } }[] } }>(query, { units, resources });
      expect(result.errors).toBeUndefined();
      return { statements: sqlStatementsOf(result), resources: result.data!.units.edges.flatMap((e) => e.node.dataResources.nodes).length };
    };
    const small = await run(1, 1);
    const large = await run(3, 3);
    expect([small.resources, large.resources]).toEqual([1, 9]);
    expect(large.statements).toBe(small.statements);
  });
});
