import { print } from "graphql";
import { CreateDataResourceDocument, InventoryPageDocument, InventoryPageQuery } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";

let server: TestCatalog;

/** 20 staffed streets, each with 10 published resources of 10 items. */
beforeAll(async () => {
  server = await startTestCatalog();
  const district = await DistrictScenario.create(server.api);
  for (let u = 0; u < 20; u++) {
    const { unit } = await district.staffedUnit("STREET", `街道${u}`);
    for (let r = 0; r < 10; r++) {
      await server.api.request(CreateDataResourceDocument, {
        input: {
          providerUnitId: unit.id,
          name: `资源${u}-${r}`,
          catalogCategory: "DEPARTMENTAL",
          classificationCode: "301002",
          format: "DATABASE",
          updateFrequency: "DAILY",
          sharingType: "UNCONDITIONAL",
          openType: "NOT_OPEN",
          level: "GENERAL",
          status: "PUBLISHED",
          items: Array.from({ length: 10 }, (_, i) => ({ code: `I${i}`, name: `信息项${i}`, dataType: "STRING" as const })),
        },
      });
    }
  }
});
afterAll(() => server.stop());

async function run(variables: Record<string, unknown>) {
  const result = await server.api.raw<InventoryPageQuery>(print(InventoryPageDocument), variables);
  expect(result.errors).toBeUndefined();
  return { statements: sqlStatementsOf(result), units: result.data!.units.edges.map((e) => e.node) };
}

describe("the front-end's nested inventory page costs the same SQL whatever the page sizes", () => {
  it("units → CDO and specialist → resources (with their CDO) → items: 5×2×2 costs as much as 20×10×10", async () => {
    const small = await run({ filter: { kinds: ["STREET"] }, first: 5, resources: 2, items: 2 });
    const large = await run({ filter: { kinds: ["STREET"] }, first: 20, resources: 10, items: 10 });
    expect(small.units).toHaveLength(5);
    expect(large.units).toHaveLength(20);
    expect(large.units.every((u) => u.dataResources.nodes.length === 10 && u.dataResources.nodes.every((r) => r.items.nodes.length === 10))).toBe(true);
    expect(large.units[0].dataResources.totalCount).toBe(10);
    expect(large.units[0].dataResources.nodes[0].cdo?.person.name).toBe(large.units[0].cdo?.person.name);
    expect(large.statements).toBe(small.statements);
  });

  it("pages nested lists correctly: the second window of items starts after the first", async () => {
    const firstPage = await server.api.raw<{
      units: { edges: { node: { dataResources: { nodes: { items: { nodes: { code: string }[]; pageInfo: { endCursor: string } } }[] } } }[] };
    }>(
      "{ units(first: 1, filter: { kinds: [STREET] }) { edges { node { dataResources(first: 1) { nodes { items(first: 3) { nodes { code } pageInfo { endCursor } } } } } } } }",
    );
    const items = firstPage.data!.units.edges[0].node.dataResources.nodes[0].items;
    expect(items.nodes.map((i) => i.code)).toEqual(["I0", "I1", "I2"]);
    const next = await server.api.raw<{ units: { edges: { node: { dataResources: { nodes: { items: { nodes: { code: string }[] } }[] } } }[] } }>(
      `{ units(first: 1, filter: { kinds: [STREET] }) { edges { node { dataResources(first: 1) { nodes { items(first: 3, after: "${items.pageInfo.endCursor}") { nodes { code } } } } } } } }`,
    );
    expect(next.data!.units.edges[0].node.dataResources.nodes[0].items.nodes.map((i) => i.code)).toEqual(["I3", "I4", "I5"]);
  });
});
