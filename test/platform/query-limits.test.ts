import { startTestCatalog, TestCatalog } from "../support/catalog";

let server: TestCatalog;
beforeAll(async () => (server = await startTestCatalog({ MAX_QUERY_DEPTH: "6", MAX_QUERY_COST: "2000", GRAPHQL_INTROSPECTION: "false" })));
afterAll(() => server.stop());

describe("query limits", () => {
  it("refuses a query nested deeper than the limit, saying the limit", async () => {
    const deep = "{ units { edges { node { parent { parent { parent { parent { name } } } } } } } }";
    const result = await server.api.raw(deep);
    expect(result.errors?.[0].extensions?.code).toBe("QUERY_TOO_DEEP");
    expect(result.errors?.[0].message).toContain("上限 6");
    expect(result.data ?? null).toBeNull();
  });

  it("refuses a query whose page sizes multiply past the cost limit, before running it", async () => {
    const costly = "{ units(first: 100) { edges { node { children(first: 100) { totalCount } } } } }";
    const result = await server.api.raw(costly);
    expect(result.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.errors?.[0].message).toContain("上限 2000");
    // Nothing ran beyond identifying the caller: as many statements as a trivial query.
    const trivial = await server.api.raw("{ __typename }");
    const refusedStatements = result.headers.get("x-sql-statements");
    const trivialStatements = trivial.headers.get("x-sql-statements");
    expect(refusedStatements).toMatch(/^\d+$/);
    expect(trivialStatements).toMatch(/^\d+$/);
    expect(refusedStatements).toBe(trivialStatements);
    const modest = await server.api.raw("{ units(first: 10) { edges { node { children(first: 10) { totalCount } } } } }");
    expect(modest.errors).toBeUndefined();
  });

  it("costs nodes(ids) by the number of IDs, and refuses what is too big to estimate instead of letting it through", async () => {
    const ids = Array.from({ length: 100 }, (_, i) => Buffer.from(`Unit:${i + 1}`).toString("base64url"));
    const many = await server.api.raw("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Unit { children(first: 50) { totalCount } } } }", { ids });
    expect(many.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const spread = Array.from({ length: 120 }, (_, i) => `t${i}: __typename`).join(" ");
    const fragments = Array.from({ length: 120 }, () => "...P").join(" ");
    const huge = await server.api.raw(`{ ${fragments} units(first: 1) { totalCount } } fragment P on Query { ${spread} }`);
    expect(huge.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
  });

  it("can switch introspection off", async () => {
    const result = await server.api.raw("{ __schema { queryType { name } } }");
    expect(result.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("gives no suggestions with introspection off: they would spell out the schema", async () => {
    const field = await server.api.raw("{ unitz { totalCount } }");
    expect(field.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(field.errors?.[0].message).toContain('Cannot query field "unitz"');
    expect(field.errors?.[0].message).not.toMatch(/Did you mean|"unit"/);
    const argument = await server.api.raw("{ units(frist: 1) { totalCount } }");
    expect(argument.errors?.[0].message).toContain('Unknown argument "frist"');
    expect(argument.errors?.[0].message).not.toMatch(/Did you mean|"first"/);
    const value = await server.api.raw("query Kinds($filter: UnitFilter) { units(filter: $filter) { totalCount } }", { filter: { kinds: ["STREETS"] } });
    expect(value.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.kinds[0]" });
    expect(value.errors?.[0].message).not.toMatch(/Did you mean|"STREET"/);
  });
});
