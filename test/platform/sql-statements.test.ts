import { print } from "graphql";
import { AppointDocument, CreatePersonDocument, CreateUnitDocument, UnitsWithAccountabilityDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, uniqueCode } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";

let server: TestCatalog;
let district: DistrictScenario;
let parentId: string;

/** 60 streets-worth of units under one parent, each with a CDO, a specialist and a child. */
beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
  parentId = (await district.department("区政府办公室")).id;
  for (let i = 0; i < 60; i++) {
    const { createUnit: unit } = await server.api.request(CreateUnitDocument, {
      input: { kind: "SUBORDINATE", code: uniqueCode(), name: `下属单位${i}`, parentId },
    });
    await server.api.request(CreateUnitDocument, { input: { kind: "SUBORDINATE", code: uniqueCode(), name: `下属科室${i}`, parentId: unit.id } });
    if (i % 2 === 0) {
      // Only departments-type units may have a CDO; put staffed departments under the district too.
      const { createUnit: dept } = await server.api.request(CreateUnitDocument, {
        input: { kind: "DEPARTMENT", code: uniqueCode(), name: `部门${i}`, parentId: district.rootId },
      });
      const { createPerson: cdo } = await server.api.request(CreatePersonDocument, { input: { unitId: dept.id, name: `首席${i}`, informatizationYears: 5 } });
      const { createPerson: specialist } = await server.api.request(CreatePersonDocument, { input: { unitId: dept.id, name: `专员${i}` } });
      await server.api.request(AppointDocument, { input: { unitId: dept.id, personId: cdo.id, role: "UNIT_CDO", startDate: "2024-01-01" } });
      await server.api.request(AppointDocument, {
        input: { unitId: dept.id, personId: specialist.id, role: "DATA_SPECIALIST", startDate: "2024-01-01", specialistPosition: "RESPONSIBLE_SECTION_HEAD" },
      });
    }
  }
});
afterAll(() => server.stop());

async function statementsFor(variables: Record<string, unknown>) {
  const result = await server.api.raw<{ units: { edges: { node: { cdo: { person: { name: string } } | null } }[] } }>(
    print(UnitsWithAccountabilityDocument),
    variables,
  );
  expect(result.errors).toBeUndefined();
  return { statements: sqlStatementsOf(result), rows: result.data!.units.edges };
}

describe("DataLoaders keep SQL statements per request constant", () => {
  it("costs the same for 5 units as for 50, with CDO, specialist, persons and child counts", async () => {
    const five = await statementsFor({ first: 5, filter: { kinds: ["DEPARTMENT"] } });
    const fifty = await statementsFor({ first: 50, filter: { kinds: ["DEPARTMENT"] } });
    expect(five.rows).toHaveLength(5);
    expect(fifty.rows.length).toBeGreaterThanOrEqual(30);
    expect(fifty.rows.filter((r) => r.node.cdo !== null).length).toBeGreaterThanOrEqual(30);
    expect(five.statements).toBeGreaterThan(0);
    expect(fifty.statements).toBe(five.statements);
  });

  it("also for nested children of subordinate units", async () => {
    const five = await statementsFor({ first: 5, filter: { parentId } });
    const fifty = await statementsFor({ first: 50, filter: { parentId } });
    expect(fifty.rows).toHaveLength(50);
    expect(fifty.statements).toBe(five.statements);
  });
});
