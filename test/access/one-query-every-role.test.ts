import { print } from "graphql";
import { CatalogWithAccountabilityDocument, CreateDataResourceDocument } from "../generated/graphql";
import { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";

/**
 * One document serves every role (#12, point 7): accountability fields outside the viewer's units
 * answer null (lists empty) instead of FORBIDDEN, and single-record lookups answer null for a
 * missing or unreadable record, so one failing field never breaks a page.
 */
let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

function published(providerUnitId: string, name: string) {
  return {
    providerUnitId,
    name,
    summary: `${name}的摘要`,
    catalogCategory: "DEPARTMENTAL" as const,
    classificationCode: "301002",
    format: "DATABASE" as const,
    updateFrequency: "DAILY" as const,
    sharingType: "UNCONDITIONAL" as const,
    openType: "NOT_OPEN" as const,
    level: "GENERAL" as const,
    status: "PUBLISHED" as const,
    items: [{ code: "001", name: "名称", dataType: "STRING" as const }],
  };
}

/** Three staffed streets, each with two published resources: 6 rows of the district catalog, 2 of them ours. */
async function threeStreetsCatalog() {
  const streets = [
    await district.staffedUnit("STREET", "茶山街道"),
    await district.staffedUnit("STREET", "兰陵街道"),
    await district.staffedUnit("STREET", "雕庄街道"),
  ];
  for (const street of streets) {
    for (const name of ["人口数据", "法人数据"])
      await server.api.request(CreateDataResourceDocument, { input: published(street.unit.id, `${street.unit.name}${name}`) });
  }
  return streets;
}

async function catalogRows(client: ApiClient, unitIds: string[]) {
  const result = await client.raw<{
    dataResources: {
      nodes: { name: string; provider: { id: string }; cdo: { person: { name: string } } | null; dataSpecialist: { person: { name: string } } | null }[];
    };
  }>(print(CatalogWithAccountabilityDocument), { first: 100 });
  const rows = result.data?.dataResources.nodes.filter((r) => unitIds.includes(r.provider.id)) ?? [];
  return { errors: result.errors, rows: rows.map((r) => [r.name, r.cdo?.person.name ?? null, r.dataSpecialist?.person.name ?? null]).sort() };
}

describe("a specialist lists the district catalog with its accountability", () => {
  it("gets every row and no error: CDO and specialist filled for their own unit, null for the others", async () => {
    const [ours, lanling, diaozhuang] = await threeStreetsCatalog();
    const unitIds = [ours.unit.id, lanling.unit.id, diaozhuang.unit.id];
    const specialist = (await signedInAs(server.api, ours.specialist.id)).client;

    const { errors, rows } = await catalogRows(specialist, unitIds);
    expect(errors).toBeUndefined();
    expect(rows).toEqual(
      [
        ["茶山街道人口数据", "茶山街道首席数据官", "茶山街道数据专员"],
        ["茶山街道法人数据", "茶山街道首席数据官", "茶山街道数据专员"],
        ["兰陵街道人口数据", null, null],
        ["兰陵街道法人数据", null, null],
        ["雕庄街道人口数据", null, null],
        ["雕庄街道法人数据", null, null],
      ].sort(),
    );
  });

  it("the same document gives an analyst and a district administrator every unit's accountability", async () => {
    const streets = await threeStreetsCatalog();
    const unitIds = streets.map((s) => s.unit.id);
    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
    for (const client of [analyst, server.api]) {
      const { errors, rows } = await catalogRows(client, unitIds);
      expect(errors).toBeUndefined();
      expect(rows).toHaveLength(6);
      expect(rows.filter(([, cdo, specialist]) => cdo === null || specialist === null)).toEqual([]);
    }
  });

  it("another unit's appointments, current staff and history are empty, not refused; its unit record stays readable", async () => {
    const [ours, theirs] = [await district.staffedUnit("STREET", "红梅街道"), await district.staffedUnit("STREET", "青龙街道")];
    const specialist = (await signedInAs(server.api, ours.specialist.id)).client;
    const document = `query($id: ID!) { unit(id: $id) { name currentAppointments { id } appointments { totalCount nodes { id } } history { totalCount } } me { account { apiTokens { totalCount } } } }`;
    const other = await specialist.raw<{
      unit: { name: string; currentAppointments: unknown[]; appointments: { totalCount: number }; history: { totalCount: number } };
    }>(document, { id: theirs.unit.id });
    expect(other.errors).toBeUndefined();
    expect(other.data).toEqual({
      unit: { name: "青龙街道", currentAppointments: [], appointments: { totalCount: 0, nodes: [] }, history: { totalCount: 0 } },
      me: { account: { apiTokens: { totalCount: 0 } } },
    });
    // The same fields on their own unit are filled: the empties above are the scope.
    const own = await specialist.raw<{ unit: { currentAppointments: unknown[]; appointments: { totalCount: number }; history: { totalCount: number } } }>(
      document,
      { id: ours.unit.id },
    );
    expect(own.errors).toBeUndefined();
    expect([own.data!.unit.currentAppointments.length, own.data!.unit.appointments.totalCount, own.data!.unit.history.totalCount > 0]).toEqual([2, 2, true]);
  });
});

describe("single-record lookups answer null for a missing record", () => {
  it('unit(code: "NOPE") is null with no error, and the document\'s other root fields are still answered', async () => {
    const { specialist: person, unit } = await district.staffedUnit("STREET", "郑陆镇街道");
    const specialist = (await signedInAs(server.api, person.id)).client;
    const result = await specialist.raw<{ unit: null; units: { totalCount: number }; person: null; dataResource: null; me: { roles: string[] } }>(
      `{ unit(code: "NOPE") { id name } own: unit(id: "${unit.id}") { name } units { totalCount } person(id: "${Buffer.from("Person:999999").toString("base64url")}") { name } dataResource(code: "301002/99999") { name } me { roles } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ unit: null, own: { name: "郑陆镇街道" }, person: null, dataResource: null, me: { roles: ["DATA_SPECIALIST"] } });
    expect(result.data!.units.totalCount).toBeGreaterThan(0);
  });

  it("a malformed ID, or neither id nor code, is still BAD_USER_INPUT", async () => {
    const refusals = [
      ['{ unit(id: "not-an-id") { id } }', "id"],
      ['{ person(id: "not-an-id") { id } }', "id"],
      ['{ dataResource(id: "not-an-id") { id } }', "id"],
      ["{ unit { id } }", "id"],
      ["{ dataResource { id } }", "id"],
    ];
    for (const [document, field] of refusals) {
      const result = await server.api.raw(document);
      expect([document, result.errors?.[0].extensions?.code, result.errors?.[0].extensions?.field]).toEqual([document, "BAD_USER_INPUT", field]);
    }
  });
});
