import { AppointmentCoverageDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

describe("appointment coverage findings", () => {
  it("lists every unit missing a CDO or a specialist, and the vacant district roles", async () => {
    const staffed = await district.staffedUnit("STREET", "雕庄街道");
    const noCdo = await district.unit("TOWN", "郑陆镇");
    const specialist = await district.person(noCdo.id, "专员某", "none");
    await district.appoint({
      unitId: noCdo.id,
      personId: specialist.id,
      role: "DATA_SPECIALIST",
      startDate: "2024-01-01",
      specialistPosition: "RESPONSIBLE_SECTION_HEAD",
    });
    const empty = await district.department("区退役军人事务局");
    const subordinate = await district.unit("SUBORDINATE", "区退役军人服务中心", empty.id);

    const { appointmentCoverage: c } = await server.api.request(AppointmentCoverageDocument, {});
    const ids = (units: { id: string }[]) => units.map((u) => u.id);
    expect(ids(c.unitsMissingCdo)).toEqual(expect.arrayContaining([noCdo.id, empty.id]));
    expect(ids(c.unitsMissingDataSpecialist)).toContain(empty.id);
    expect(ids(c.unitsMissingDataSpecialist)).not.toContain(noCdo.id);
    for (const finding of [ids(c.unitsMissingCdo), ids(c.unitsMissingDataSpecialist)]) {
      expect(finding).not.toContain(staffed.unit.id);
      expect(finding).not.toContain(subordinate.id); // subordinate units need neither role
    }
    for (const [unit, requiring, fully] of [
      [staffed.unit, 1, 1],
      [noCdo, 1, 0],
      [empty, 1, 0],
    ] as const) {
      const { appointmentCoverage: own } = await server.api.request(AppointmentCoverageDocument, { underUnitId: unit.id });
      expect([own.unitsRequiringAppointments, own.fullyStaffedUnits]).toEqual([requiring, fully]);
    }
    expect(c.vacantDistrictRoles).toContain("DISTRICT_CDO");

    const leader = await district.person(district.rootId, "区领导某", "experience");
    await district.appoint({ unitId: district.rootId, personId: leader.id, role: "DISTRICT_CDO", startDate: "2024-01-01" });
    const after = await server.api.request(AppointmentCoverageDocument, {});
    expect(after.appointmentCoverage.vacantDistrictRoles).not.toContain("DISTRICT_CDO");
  });

  it("reports CDOs appointed by exception and specialists outside the expected post", async () => {
    const unit = await district.department("区司法局");
    const cdo = await district.person(unit.id, "例外某", "none");
    const clerk = await district.person(unit.id, "科员某", "none");
    const cdoTerm = await district.appoint({
      unitId: unit.id,
      personId: cdo.id,
      role: "UNIT_CDO",
      startDate: "2024-01-01",
      qualificationExceptionReason: "经批准",
    });
    const clerkTerm = await district.appoint({
      unitId: unit.id,
      personId: clerk.id,
      role: "DATA_SPECIALIST",
      startDate: "2024-01-01",
      specialistPosition: "OTHER",
    });

    const { appointmentCoverage: c } = await server.api.request(AppointmentCoverageDocument, { underUnitId: unit.id });
    expect(c.exceptionQualifiedCdos.map((a) => [a.id, a.qualificationExceptionReason])).toEqual([[cdoTerm.appointment.id, "经批准"]]);
    expect(c.specialistsOutsidePosition.map((a) => a.id)).toEqual([clerkTerm.appointment.id]);
    expect(c.unitsRequiringAppointments).toBe(1);
    expect(c.fullyStaffedUnits).toBe(1);
  });

  it("answers as of a past date: a term that had not started yet does not count", async () => {
    const { unit } = await district.staffedUnit("STREET", "茶山街道");
    const before = await server.api.request(AppointmentCoverageDocument, { underUnitId: unit.id, asOf: "2023-12-31" });
    expect(before.appointmentCoverage.unitsMissingCdo.map((u) => u.id)).toEqual([unit.id]);
    expect(before.appointmentCoverage.asOf).toBe("2023-12-31");
    const during = await server.api.request(AppointmentCoverageDocument, { underUnitId: unit.id, asOf: "2024-01-01" });
    expect(during.appointmentCoverage.unitsMissingCdo).toEqual([]);
  });
});
