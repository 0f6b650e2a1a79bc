import { print } from "graphql";
import {
  AppointDocument,
  AppointmentCoverageDocument,
  CreatePersonDocument,
  NodeByIdDocument,
  PersonContactDocument,
  PersonsDocument,
  UnitAccountabilityDocument,
  UpdatePersonDocument,
} from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

/** Two staffed streets: "ours" and "theirs", with accounts for our CDO and specialist. */
async function twoStreets() {
  const ours = await district.staffedUnit("STREET", "茶山街道");
  const theirs = await district.staffedUnit("STREET", "兰陵街道");
  const cdo = await signedInAs(server.api, ours.cdo.id);
  const specialist = await signedInAs(server.api, ours.specialist.id);
  return { ours, theirs, cdo: cdo.client, specialist: specialist.client };
}

describe("anonymous callers", () => {
  it("see nothing of the organisation module", async () => {
    const { unit } = await district.staffedUnit("STREET", "雕庄街道");
    for (const query of [
      "{ units { totalCount } }",
      `{ unit(id: "${unit.id}") { name } }`,
      "{ persons { totalCount } }",
      "{ appointmentCoverage { fullyStaffedUnits } }",
    ]) {
      const result = await server.anonymous.raw(query);
      expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      // A nullable root (unit) answers null beside the error; the others null the whole response.
      expect(Object.values(result.data ?? {}).filter((value) => value !== null)).toEqual([]);
    }
  });
});

describe("an account holding no role", () => {
  it("sees nothing but itself: an ended appointment or no grant leaves nothing to act as", async () => {
    const { client } = await signedInAs(server.api, null);
    expect((await client.raw("{ units { totalCount } }")).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await client.raw("{ dataResources { totalCount } }")).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await client.raw("{ me { roles } }")).data).toEqual({ me: { roles: [] } });
  });
});

describe("a data specialist", () => {
  it("reads their own unit's accountability but not another unit's, however reached", async () => {
    const { ours, theirs, specialist } = await twoStreets();
    const own = await specialist.request(UnitAccountabilityDocument, { id: ours.unit.id });
    expect(own.unit!.cdo?.person.name).toBe("茶山街道首席数据官");

    // Another unit's accountability fields are null: the unit itself (the open directory) still comes through.
    const other = await specialist.raw(print(UnitAccountabilityDocument), { id: theirs.unit.id });
    expect(other.errors).toBeUndefined();
    expect(other.data).toMatchObject({ unit: { id: theirs.unit.id, cdo: null, dataSpecialist: null } });
    expect(JSON.stringify(other.data)).not.toContain("兰陵街道首席数据官");

    // Another unit's appointment answers as a missing record (no existence oracle).
    const viaNode = await specialist.request(NodeByIdDocument, { id: theirs.cdoTerm.id });
    expect(viaNode.node).toBeNull();

    // A list of every street: our unit's CDO comes through, others' are null, and nothing is an error.
    const list = await specialist.raw<{ units: { edges: { node: { name: string; cdo: { person: { name: string } } | null } }[] } }>(
      "{ units(first: 100, filter: { kinds: [STREET] }) { edges { node { name cdo { person { name } } } } } }",
    );
    const names = list.data!.units.edges.filter((e) => e.node?.cdo).map((e) => e.node.cdo!.person.name);
    expect(names).toEqual(["茶山街道首席数据官"]);
    expect(list.errors).toBeUndefined();
    expect(list.data!.units.edges.length).toBeGreaterThan(1);

    const coverage = await specialist.error(AppointmentCoverageDocument, {});
    expect(coverage.extensions?.code).toBe("FORBIDDEN");
    const ownCoverage = await specialist.request(AppointmentCoverageDocument, { underUnitId: ours.unit.id });
    expect(ownCoverage.appointmentCoverage.fullyStaffedUnits).toBe(1);
  });

  it("lists only their own unit's staff, and cannot record or correct persons", async () => {
    const { ours, theirs, specialist } = await twoStreets();
    const { persons } = await specialist.request(PersonsDocument, { first: 100 });
    expect(persons.totalCount).toBe(2);
    expect(persons.nodes.map((p) => p.id).sort()).toEqual([ours.cdo.id, ours.specialist.id].sort());
    expect((await specialist.error(PersonsDocument, { filter: { unitId: theirs.unit.id } })).extensions?.code).toBe("FORBIDDEN");
    expect((await specialist.error(CreatePersonDocument, { input: { unitId: ours.unit.id, name: "越权某" } })).extensions?.code).toBe("FORBIDDEN");
    expect((await specialist.error(UpdatePersonDocument, { input: { id: ours.cdo.id, position: "越权" } })).extensions?.code).toBe("FORBIDDEN");
  });
});

describe("a unit CDO", () => {
  it("manages their own unit's staff and specialist, and nothing of another unit", async () => {
    const { ours, theirs, cdo } = await twoStreets();
    const { createPerson } = await cdo.request(CreatePersonDocument, { input: { unitId: ours.unit.id, name: "新专员某" } });
    const { appoint } = await cdo.request(AppointDocument, {
      input: {
        unitId: ours.unit.id,
        personId: createPerson.id,
        role: "DATA_SPECIALIST",
        startDate: "2025-03-01",
        specialistPosition: "RESPONSIBLE_SECTION_HEAD",
      },
    });
    expect(appoint.endedPredecessor?.id).toBe(ours.specialistTerm.id);

    const elsewhere = await cdo.error(CreatePersonDocument, { input: { unitId: theirs.unit.id, name: "越界某" } });
    expect(elsewhere.extensions?.code).toBe("FORBIDDEN");
    const theirSpecialist = await cdo.error(AppointDocument, {
      input: { unitId: theirs.unit.id, personId: theirs.cdo.id, role: "DATA_SPECIALIST", startDate: "2025-03-01", specialistPosition: "OTHER" },
    });
    expect(theirSpecialist.extensions?.code).toBe("FORBIDDEN");
    const ownCdo = await cdo.error(AppointDocument, { input: { unitId: ours.unit.id, personId: createPerson.id, role: "UNIT_CDO", startDate: "2025-03-01" } });
    expect(ownCdo.extensions?.code).toBe("FORBIDDEN");
  });

  it("appoints only their own unit's staff, and does not see a person's appointments in other units", async () => {
    const { ours, theirs, cdo, specialist } = await twoStreets();
    const outsider = await district.person(theirs.unit.id, "外单位某");
    const refused = await cdo.error(AppointDocument, {
      input: { unitId: ours.unit.id, personId: outsider.id, role: "DATA_SPECIALIST", startDate: "2025-05-01", specialistPosition: "OTHER" },
    });
    // A person of a unit the CDO may not read answers as a missing person (no existence oracle).
    expect(refused.extensions).toMatchObject({ code: "NOT_FOUND", field: "personId" });

    // A district administrator appoints our CDO as data specialist of another street too.
    await server.api.request(AppointDocument, {
      input: { unitId: theirs.unit.id, personId: ours.cdo.id, role: "DATA_SPECIALIST", startDate: "2025-05-01", specialistPosition: "OTHER" },
    });
    const seen = await specialist.raw<{ person: { appointments: { nodes: { unit: { name: string } }[] } } }>(
      `{ person(id: "${ours.cdo.id}") { appointments { nodes { unit { name } } } } }`,
    );
    expect(seen.data!.person.appointments.nodes.map((a) => a.unit.name)).toEqual(["茶山街道"]);
  });

  it("covers the unit's subordinate units too", async () => {
    const department = await district.department("区卫生健康局");
    const cdoPerson = await district.person(department.id, "卫健首席某");
    await district.appoint({ unitId: department.id, personId: cdoPerson.id, role: "UNIT_CDO", startDate: "2024-01-01" });
    const centre = await district.unit("SUBORDINATE", "区卫生健康信息中心", department.id);
    const { client } = await signedInAs(server.api, cdoPerson.id);
    const { createPerson } = await client.request(CreatePersonDocument, { input: { unitId: centre.id, name: "中心人员某", phone: "+8619000009999" } });
    expect(createPerson.phone).toBe("+8619000009999");
  });
});

describe("personal information", () => {
  it("shows phone and email to the person, their unit's CDO and district administrators; never to analysts or specialists", async () => {
    const { ours, cdo, specialist } = await twoStreets();
    const { updatePerson } = await server.api.request(UpdatePersonDocument, { input: { id: ours.cdo.id, phone: "+8619000001111", email: "cdo@example.org" } });
    expect(updatePerson.phone).toBe("+8619000001111");
    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
    const self = cdo;

    const seen = async (client: typeof cdo) => (await client.request(PersonContactDocument, { id: ours.cdo.id })).person;
    expect(await seen(self)).toMatchObject({ phone: "+8619000001111", email: "cdo@example.org" });
    expect(await seen(server.api)).toMatchObject({ phone: "+8619000001111" });
    expect(await seen(specialist)).toMatchObject({ name: "茶山街道首席数据官", phone: null, email: null });
    expect(await seen(analyst)).toMatchObject({ phone: null, email: null });

    // The CDO sees their specialist's contact details.
    await server.api.request(UpdatePersonDocument, { input: { id: ours.specialist.id, phone: "+8619000002222" } });
    expect((await cdo.request(PersonContactDocument, { id: ours.specialist.id })).person!.phone).toBe("+8619000002222");
  });
});

describe("analysts", () => {
  it("read across all units but change nothing", async () => {
    const { ours, theirs } = await twoStreets();
    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
    expect((await analyst.request(UnitAccountabilityDocument, { id: theirs.unit.id })).unit!.cdo).not.toBeNull();
    expect((await analyst.request(AppointmentCoverageDocument, {})).appointmentCoverage.unitsRequiringAppointments).toBeGreaterThan(0);
    expect((await analyst.error(CreatePersonDocument, { input: { unitId: ours.unit.id, name: "分析员某" } })).extensions?.code).toBe("FORBIDDEN");
  });
});
