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

describe("a nested page reads the columns its client selects, and answers every field as a full read does", () => {
  type Page = { units: { edges: { node: { dataResources: { nodes: Record<string, unknown>[] } } }[] } };
  const ITEM_FIELDS = "id code name dataType length description personalInformation sharingType createdAt updatedAt dataTypeLabel sharingTypeLabel";
  const RESOURCE_FIELDS =
    "id code classificationCode sequence catalogCategory name summary format sourceSystem updateFrequency recordCount lifecycleStage status sharingType " +
    "sharingConditions notSharedBasis sharingMethod openType openConditions level nationalInterest publicSafety tradeSecret personalPrivacy publishedDate " +
    "version createdAt updatedAt statusLabel sharingTypeLabel levelLabel provider { code }";
  const page = async (resourceFields: string, itemFields: string) => {
    const result = await server.api.raw<Page>(
      `{ units(first: 2, filter: { kinds: [STREET] }) { edges { node { dataResources(first: 3) { nodes { ${resourceFields} items(first: 3) { edges { cursor node { ${itemFields} } } } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.units.edges.flatMap((edge) => edge.node.dataResources.nodes);
  };
  const only = (row: Record<string, unknown>, fields: string[]) => Object.fromEntries(fields.map((field) => [field, row[field]]));

  it("a page of codes and names holds the same codes, names and cursors as a page of every field", async () => {
    const lean = await page("code name", "code name dataType");
    const full = await page(RESOURCE_FIELDS, ITEM_FIELDS);
    expect(lean).toHaveLength(6);
    expect(full[0].items).toEqual(expect.objectContaining({ edges: expect.any(Array) }));
    expect(lean).toEqual(
      full.map((resource) => ({
        ...only(resource, ["code", "name"]),
        items: {
          edges: (resource.items as { edges: { cursor: string; node: Record<string, unknown> }[] }).edges.map((edge) => ({
            cursor: edge.cursor,
            node: only(edge.node, ["code", "name", "dataType"]),
          })),
        },
      })),
    );
  });

  it("a lean page with the resolvers that read only keys (provider, cdo, dataSpecialist, functions) answers them as a full page does", async () => {
    const keyResolvers = "provider { code } cdo { startDate } dataSpecialist { startDate } functions { name }";
    const lean = await page(`code ${keyResolvers}`, "code");
    const full = await page(`${RESOURCE_FIELDS} ${keyResolvers}`, "code");
    expect(lean).toHaveLength(6);
    expect(lean.map(({ items: _items, ...fields }) => fields)).toEqual(
      full.map((resource) => only(resource, ["code", "provider", "cdo", "dataSpecialist", "functions"])),
    );
    expect(lean.some((resource) => resource.cdo !== null || resource.dataSpecialist !== null)).toBe(true);
  });

  it("every field of a page is what node(id) answers for the same record, labels and timestamps included", async () => {
    const full = await page(RESOURCE_FIELDS, ITEM_FIELDS);
    const resource = full[4];
    const item = (resource.items as { edges: { node: Record<string, unknown> }[] }).edges[2].node;
    const byId = await server.api.raw<{ r: Record<string, unknown>; i: Record<string, unknown> }>(
      `{ r: node(id: "${String(resource.id)}") { ... on DataResource { ${RESOURCE_FIELDS} } } i: node(id: "${String(item.id)}") { ... on DataItem { ${ITEM_FIELDS} } } }`,
    );
    expect(byId.errors).toBeUndefined();
    const { items: _items, ...resourceFields } = resource;
    expect(resourceFields).toEqual(byId.data!.r);
    expect(item).toEqual(byId.data!.i);
    expect(byId.data!.r.sharingTypeLabel).toEqual(expect.any(String));
  });

  it("a page whose field merges a fragment's selection with its own reads the fields of both", async () => {
    const result = await server.api.raw<{ a: Page["units"]; b: Page["units"] }>(
      "fragment Codes on Unit { dataResources(first: 3) { nodes { code } } } " +
        "{ a: units(first: 1, filter: { kinds: [STREET] }) { edges { node { ...Codes } } } " +
        "b: units(first: 1, filter: { kinds: [STREET] }) { edges { node { ...Codes dataResources(first: 3) { nodes { name } } } } } }",
    );
    expect(result.errors).toBeUndefined();
    const full = await page("code name", "code");
    const b = result.data!.b.edges[0].node.dataResources.nodes;
    expect(b).toEqual(full.slice(0, 3).map((r) => ({ code: r.code, name: r.name })));
    expect(b[0].name).toEqual(expect.any(String));
  });

  it("a label beside a code (a resolver reading another column) is answered from the whole row", async () => {
    const labelled = await page("code sharingTypeLabel levelLabel", "code dataTypeLabel");
    const full = await page(RESOURCE_FIELDS, ITEM_FIELDS);
    expect(labelled.map((r) => [r.sharingTypeLabel, r.levelLabel])).toEqual(full.map((r) => [r.sharingTypeLabel, r.levelLabel]));
    expect(labelled[0].sharingTypeLabel).toEqual(expect.any(String));
    const labels = (rows: Record<string, unknown>[]) =>
      rows.flatMap((r) => (r.items as { edges: { node: { dataTypeLabel: string } }[] }).edges.map((e) => e.node.dataTypeLabel));
    expect(labels(labelled)).toEqual(labels(full));
    expect(labels(labelled)[0]).toEqual(expect.any(String));
  });
});
