import { print } from "graphql";
import {
  CreateTrainingPlanDocument,
  RecordTrainingSessionDocument,
  RecordTrainingSessionInput,
  TrainingHoursDocument,
  TrainingSessionsDocument,
  UnitsWithoutDataSecurityTrainingDocument,
} from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { auditOperationsOf, districtToday, districtWithCdo, staffedWithClients } from "./governance-support";

/** 培训 (DOMAIN §5): the district's annual plan, the units' own sessions, exact hours per person, units without data-security training. */

let server: TestCatalog;
let district: DistrictScenario;
let districtCdo: ApiClient;
let chashan: Awaited<ReturnType<typeof staffedWithClients>>;
let lanling: Awaited<ReturnType<typeof staffedWithClients>>;
const year = Number(districtToday().slice(0, 4));

beforeAll(async () => {
  server = await startTestCatalog();
  ({ district, districtCdo } = await districtWithCdo(server));
  chashan = await staffedWithClients(server, district, "STREET", "茶山街道");
  lanling = await staffedWithClients(server, district, "STREET", "兰陵街道");
});
afterAll(() => server.stop());

const session = (overrides: Partial<RecordTrainingSessionInput>): RecordTrainingSessionInput => ({
  unitId: chashan.unit.id,
  title: "数据安全法解读",
  topic: "DATA_SECURITY",
  heldOn: `${year}-01-05` <= districtToday() ? `${year}-01-05` : districtToday(),
  hours: "1.5",
  attendeePersonIds: [chashan.cdo.id, chashan.specialist.id],
  ...overrides,
});

async function record(client: ApiClient, input: RecordTrainingSessionInput) {
  const result = await client.raw<{ recordTrainingSession: { id: string; hours: string } }>(print(RecordTrainingSessionDocument), { input });
  return result.errors?.length ? { error: result.errors[0].extensions } : result.data!.recordTrainingSession;
}

describe("the annual plan", () => {
  it("is the district's, one per year, with exact planned hours", async () => {
    const input = {
      districtId: district.rootId,
      year: 2025,
      title: "2025 年度首席数据官培训计划",
      sessions: [
        { title: "数据治理技术交流", topic: "DIGITAL_SKILLS" as const, format: "TECHNICAL_EXCHANGE" as const, month: 9, hours: "3" },
        { title: "公共数据安全业务培训", topic: "DATA_SECURITY" as const, format: "BUSINESS_TRAINING" as const, month: 4, hours: "2.25" },
      ],
    };
    const { createTrainingPlan: plan } = await districtCdo.request(CreateTrainingPlanDocument, { input });
    expect(plan.sessions.map((s) => [s.month, s.title, s.hours])).toEqual([
      [4, "公共数据安全业务培训", "2.25"],
      [9, "数据治理技术交流", "3"],
    ]);
    expect((await districtCdo.raw(print(CreateTrainingPlanDocument), { input })).errors![0].extensions).toMatchObject({
      code: "TRAINING_PLAN_EXISTS",
      field: "year",
    });
    expect((await chashan.cdoClient.raw(print(CreateTrainingPlanDocument), { input: { ...input, year: 2026 } })).errors![0].extensions).toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await auditOperationsOf(server, "TrainingPlan", plan.id)).toEqual(["createTrainingPlan"]);
  });
});

describe("sessions and hours", () => {
  it("records a unit's session by its CDO, with people of the unit, and sums hours per person exactly", async () => {
    const first = await record(chashan.cdoClient, session({ hours: "1.5" }));
    const second = await record(
      chashan.cdoClient,
      session({ title: "数字素养讲座", topic: "DIGITAL_LITERACY", hours: "0.1", attendeePersonIds: [chashan.cdo.id] }),
    );
    const third = await record(
      chashan.cdoClient,
      session({ title: "数据分析技能", topic: "DIGITAL_SKILLS", hours: "0.2", attendeePersonIds: [chashan.cdo.id] }),
    );
    expect([first, second, third].map((s) => ("hours" in s ? s.hours : s))).toEqual(["1.5", "0.1", "0.2"]);

    const { trainingHours } = await chashan.cdoClient.request(TrainingHoursDocument, { year, unitId: chashan.unit.id });
    // 1.5 + 0.1 + 0.2 is exactly 1.8 (never 1.8000000000000003).
    expect(trainingHours.nodes.map((h) => [h.person.name, h.hours, h.sessionCount])).toEqual([
      ["茶山街道首席数据官", "1.8", 3],
      ["茶山街道数据专员", "1.5", 1],
    ]);
    // Another unit's CDO sees none of Chashan's people.
    expect((await lanling.cdoClient.request(TrainingHoursDocument, { year })).trainingHours.nodes.map((h) => h.person.name)).toEqual([]);
    expect(await auditOperationsOf(server, "TrainingSession", (first as { id: string }).id)).toEqual(["recordTrainingSession"]);
  });

  it("refuses a session outside the caller's units, attendees of another unit, and inexact or unbounded hours", async () => {
    expect(await record(lanling.cdoClient, session({}))).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await record(chashan.specialistClient, session({}))).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await record(chashan.cdoClient, session({ attendeePersonIds: [chashan.cdo.id, lanling.cdo.id] }))).toEqual({
      error: expect.objectContaining({ code: "TRAINING_ATTENDEE_OUTSIDE_UNIT", field: "attendeePersonIds.1" }),
    });
    for (const hours of ["1.505", "0", "-1", "41", "1,5", "abc"])
      expect([hours, await record(chashan.cdoClient, session({ hours }))]).toEqual([
        hours,
        { error: expect.objectContaining({ code: "BAD_USER_INPUT", field: "hours" }) },
      ]);
    expect(await record(chashan.cdoClient, session({ heldOn: "2999-01-01" }))).toEqual({
      error: expect.objectContaining({ code: "BAD_USER_INPUT", field: "heldOn" }),
    });
    // The district's own sessions take anyone of the district.
    const districtWide = await record(districtCdo, session({ unitId: district.rootId, attendeePersonIds: [chashan.cdo.id, lanling.cdo.id] }));
    expect(districtWide).toMatchObject({ hours: "1.5" });
    const { trainingSessions } = await districtCdo.request(TrainingSessionsDocument, {
      filter: { unitId: district.rootId, year, topic: "DATA_SECURITY" },
      first: 50,
    });
    expect(trainingSessions.nodes.find((s) => s.id === (districtWide as { id: string }).id)).toMatchObject({ attendeeCount: 2 });
  });
});

describe("units without a data-security session this year", () => {
  it("lists the units that must have a CDO and held none of their own this year, in a fixed number of statements", async () => {
    const trained = await district.staffedUnit("STREET", "天宁街道");
    const skilled = await district.staffedUnit("DEPARTMENT", "区统计局");
    await district.unit("SUBORDINATE", "区统计局下属中心", skilled.unit.id);
    await district.street("雕庄街道");
    await district.street("青龙街道");
    const admin = server.api;
    await admin.request(RecordTrainingSessionDocument, { input: session({ unitId: trained.unit.id, attendeePersonIds: [trained.cdo.id] }) });
    await admin.request(RecordTrainingSessionDocument, {
      input: session({ unitId: skilled.unit.id, topic: "DIGITAL_SKILLS", attendeePersonIds: [skilled.cdo.id] }),
    });
    // Last year's security session does not count this year.
    await admin.request(RecordTrainingSessionDocument, {
      input: session({ unitId: skilled.unit.id, heldOn: `${year - 1}-06-01`, attendeePersonIds: [skilled.cdo.id] }),
    });

    const { unitsWithoutDataSecurityTraining: missing } = await admin.request(UnitsWithoutDataSecurityTrainingDocument, { first: 100 });
    const names = missing.nodes.map((u) => u.name);
    expect(names).toContain("区统计局");
    expect(names).not.toContain("天宁街道");
    expect(names).not.toContain("区统计局下属中心"); // subordinate units need no CDO
    expect(names).not.toContain("天宁区"); // the district itself is not a unit with a CDO
    // A unit CDO sees only their own units.
    const mine = (await chashan.cdoClient.request(UnitsWithoutDataSecurityTrainingDocument, { year })).unitsWithoutDataSecurityTraining.nodes.map(
      (u) => u.name,
    );
    expect(mine).toEqual([]); // Chashan held one this year

    const query = "query($first: Int) { unitsWithoutDataSecurityTraining(first: $first) { totalCount nodes { id name } } }";
    const statements = async (first: number) => {
      const result = await admin.raw<{ unitsWithoutDataSecurityTraining: { nodes: unknown[] } }>(query, { first });
      expect(result.errors).toBeUndefined();
      return { statements: sqlStatementsOf(result), units: result.data!.unitsWithoutDataSecurityTraining.nodes.length };
    };
    const small = await statements(1);
    const large = await statements(3);
    expect([small.units, large.units]).toEqual([1, 3]);
    expect(large.statements).toBe(small.statements);
  });
});
