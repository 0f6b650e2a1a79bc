import type { GraphQLObjectType } from "graphql";
import { catalogSchema } from "../../src/schema";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

/** A nested page and an abstract type: what a compiled document must answer as graphql-js did. */
const PAGE_AND_NODE =
  "query PageAndNode($first: Int!, $id: ID!) { units(first: $first) { totalCount nodes { name cdo { startDate person { name } } } } " +
  "node(id: $id) { __typename ... on Unit { name } } }";

describe("documents run compiled (graphql-jit) from their second request", () => {
  it("answers a document alike on its first (interpreted), second (compiled) and later requests, with the same statements", async () => {
    const { unit } = await district.staffedUnit("STREET", "青龙街道");
    const first = await server.api.raw<{ units: { totalCount: number; nodes: unknown[] }; node: { __typename: string; name: string } }>(PAGE_AND_NODE, {
      first: 5,
      id: unit.id,
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.node).toEqual({ __typename: "Unit", name: "青龙街道" });
    expect(first.data!.units.totalCount).toBeGreaterThan(0);
    expect(first.data!.units.nodes.length).toBeGreaterThan(0);

    for (let request = 2; request <= 3; request++) {
      const again = await server.api.raw(PAGE_AND_NODE, { first: 5, id: unit.id });
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual(first.data);
      expect(sqlStatementsOf(again)).toBe(sqlStatementsOf(first));
    }
  });

  it("answers a variable that does not coerce with BAD_USER_INPUT naming it (400), also once the document is compiled", async () => {
    const { unit } = await district.staffedUnit("STREET", "丽华街道");
    for (let request = 1; request <= 2; request++) expect((await server.api.raw(PAGE_AND_NODE, { first: 2, id: unit.id })).errors).toBeUndefined();

    const refused = await server.api.raw(PAGE_AND_NODE, { first: "two", id: unit.id });
    expect(refused.status).toBe(400);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });
});

describe("an entity's columns are read as properties, not through a resolver", () => {
  it("leaves a plain column without a resolver, and keeps those of masked columns (Person.phone), labels and connections", async () => {
    const schema = await catalogSchema();
    const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
    expect(["code", "name", "dataType", "createdAt"].filter((field) => fields("DataItem")[field].resolve)).toEqual([]);
    expect(["startDate", "role"].filter((field) => fields("Appointment")[field].resolve)).toEqual([]);
    expect(["phone", "email", "id"].map((field) => typeof fields("Person")[field].resolve)).toEqual(["function", "function", "function"]);
    expect(["dataTypeLabel", "resource", "id"].map((field) => typeof fields("DataItem")[field].resolve)).toEqual(["function", "function", "function"]);
    expect(["totalCount", "nodes", "edges"].map((field) => typeof fields("DataItemConnection")[field].resolve)).toEqual(["function", "function", "function"]);
  });
});
