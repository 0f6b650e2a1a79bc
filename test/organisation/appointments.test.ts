import { AppointDocument, AppointmentHistoryDocument, EndAppointmentDocument, PersonByIdDocument, UnitByIdDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

describe("appointing a unit's CDO and data specialist", () => {
  it("makes the appointees the unit's current CDO and data specialist", async () => {
    const { unit, cdo, specialist } = await district.staffedUnit("STREET", "雕庄街道");
    const { unit: read } = await server.api.request(UnitByIdDocument, { id: unit.id });
    expect(read!.cdo?.person.id).toBe(cdo.id);
    expect(read!.cdo?.isCurrent).toBe(true);
    expect(read!.dataSpecialist?.person.id).toBe(specialist.id);
    expect(read!.dataSpecialist?.specialistPosition).toBe("RESPONSIBLE_SECTION_HEAD");
    expect(read!.currentAppointments.map((a) => a.role).sort()).toEqual(["DATA_SPECIALIST", "UNIT_CDO"]);
  });

  it("ends the predecessor's term on the successor's start date and keeps the history", async () => {
    const { unit, cdo, cdoTerm } = await district.staffedUnit("DEPARTMENT", "区发展和改革局");
    const successor = await district.person(unit.id, "继任某", "experience");

    const { appointment, endedPredecessor } = await district.appoint({
      unitId: unit.id,
      personId: successor.id,
      role: "UNIT_CDO",
      startDate: "2025-07-01",
      documentNumber: "天数办〔2025〕7号",
    });
    expect(endedPredecessor).toMatchObject({ id: cdoTerm.id, endDate: "2025-07-01", isCurrent: false });
    expect(appointment).toMatchObject({ startDate: "2025-07-01", endDate: null, isCurrent: true, documentNumber: "天数办〔2025〕7号" });

    const { unit: history } = await server.api.request(AppointmentHistoryDocument, { unitId: unit.id, role: "UNIT_CDO" });
    expect(history!.appointments.totalCount).toBe(2);
    expect(history!.appointments.nodes.map((a) => [a.person.id, a.startDate, a.endDate])).toEqual([
      [successor.id, "2025-07-01", null],
      [cdo.id, "2024-01-01", "2025-07-01"],
    ]);
    const { person } = await server.api.request(PersonByIdDocument, { id: cdo.id });
    expect(person!.currentAppointments).toEqual([]);
    expect(person!.appointments.totalCount).toBe(1);
  });

  it("refuses re-appointing the person who already holds the role", async () => {
    const { unit, cdo } = await district.staffedUnit("STREET", "兰陵街道");
    const error = await server.api.error(AppointDocument, { input: { unitId: unit.id, personId: cdo.id, role: "UNIT_CDO", startDate: "2025-01-01" } });
    expect(error.extensions).toMatchObject({ code: "ROLE_ALREADY_FILLED", field: "personId" });
  });

  it("refuses a term that would start before the current or an earlier term", async () => {
    const { unit } = await district.staffedUnit("STREET", "天宁街道");
    const other = await district.person(unit.id, "早到某", "degree");
    const error = await server.api.error(AppointDocument, { input: { unitId: unit.id, personId: other.id, role: "UNIT_CDO", startDate: "2023-06-01" } });
    expect(error.extensions).toMatchObject({ code: "APPOINTMENT_PERIOD_OVERLAPS", field: "startDate" });

    const { unit: read } = await server.api.request(AppointmentHistoryDocument, { unitId: unit.id, role: "UNIT_CDO" });
    expect(read!.appointments.totalCount).toBe(1);
    expect(read!.appointments.nodes[0].endDate).toBeNull();
  });

  it("allows at most one active appointment per unit and role, even after many successions", async () => {
    const unit = await district.department("区商务局");
    for (const [i, start] of ["2023-01-01", "2024-01-01", "2025-01-01"].entries()) {
      const person = await district.person(unit.id, `商务专员${i}`, "none");
      await district.appoint({
        unitId: unit.id,
        personId: person.id,
        role: "DATA_SPECIALIST",
        startDate: start,
        specialistPosition: "RESPONSIBLE_SECTION_HEAD",
      });
    }
    const { unit: read } = await server.api.request(AppointmentHistoryDocument, { unitId: unit.id, role: "DATA_SPECIALIST" });
    expect(read!.appointments.totalCount).toBe(3);
    expect(read!.appointments.nodes.filter((a) => a.endDate === null)).toHaveLength(1);
    expect(read!.appointments.nodes.filter((a) => a.isCurrent)).toHaveLength(1);
  });
});

describe("where each role may be appointed", () => {
  it("puts the district CDO and chief data executive on the district only", async () => {
    const street = await district.street("青龙街道");
    const leader = await district.person(district.rootId, "区领导某", "experience");
    const wrong = await server.api.error(AppointDocument, { input: { unitId: street.id, personId: leader.id, role: "DISTRICT_CDO", startDate: "2024-01-01" } });
    expect(wrong.extensions).toMatchObject({ code: "ROLE_NOT_ALLOWED_FOR_UNIT", field: "role" });

    const right = await district.appoint({ unitId: district.rootId, personId: leader.id, role: "DISTRICT_CHIEF_DATA_EXECUTIVE", startDate: "2024-01-01" });
    expect(right.appointment.role).toBe("DISTRICT_CHIEF_DATA_EXECUTIVE");
  });

  it("puts unit CDOs and specialists only on units that must have them (not the district, not subordinate units)", async () => {
    const department = await district.department("区卫生健康局");
    const centre = await district.unit("SUBORDINATE", "区卫生健康信息中心", department.id);
    const person = await district.person(centre.id, "中心主任某", "degree");
    const onSubordinate = await server.api.error(AppointDocument, {
      input: { unitId: centre.id, personId: person.id, role: "UNIT_CDO", startDate: "2024-01-01" },
    });
    expect(onSubordinate.extensions).toMatchObject({ code: "ROLE_NOT_ALLOWED_FOR_UNIT" });
    const onRoot = await server.api.error(AppointDocument, {
      input: { unitId: district.rootId, personId: person.id, role: "DATA_SPECIALIST", startDate: "2024-01-01", specialistPosition: "OTHER" },
    });
    expect(onRoot.extensions).toMatchObject({ code: "ROLE_NOT_ALLOWED_FOR_UNIT" });
  });
});

describe("the CDO qualification rule (选聘条件)", () => {
  it("accepts a bachelor in a computer-related major, or three years in charge of informatization", async () => {
    const unit = await district.department("区教育局");
    const graduate = await district.person(unit.id, "计算机某", "degree");
    const veteran = await district.person(unit.id, "老信息化某", "experience", { informatizationYears: 3 });
    expect(
      (await district.appoint({ unitId: unit.id, personId: graduate.id, role: "UNIT_CDO", startDate: "2024-01-01" })).appointment.qualificationExceptionReason,
    ).toBeNull();
    expect(
      (await district.appoint({ unitId: unit.id, personId: veteran.id, role: "UNIT_CDO", startDate: "2025-01-01" })).appointment.qualificationExceptionReason,
    ).toBeNull();
  });

  it("refuses an unqualified CDO with CDO_NOT_QUALIFIED and writes nothing", async () => {
    const unit = await district.department("区司法局");
    const person = await district.person(unit.id, "文学某", "none");
    const error = await server.api.error(AppointDocument, { input: { unitId: unit.id, personId: person.id, role: "UNIT_CDO", startDate: "2024-01-01" } });
    expect(error.extensions).toMatchObject({ code: "CDO_NOT_QUALIFIED", field: "personId" });
    expect(error.message).toContain("文学某");
    const { unit: read } = await server.api.request(UnitByIdDocument, { id: unit.id });
    expect(read!.cdo).toBeNull();
  });

  it("appoints an unqualified CDO when an exception reason is given, and records the reason", async () => {
    const unit = await district.department("区审计局");
    const person = await district.person(unit.id, "例外某", "none");
    const reason = "已参加市级首席数据官培训，经领导小组办公室同意";
    const { appointment } = await district.appoint({
      unitId: unit.id,
      personId: person.id,
      role: "UNIT_CDO",
      startDate: "2024-01-01",
      qualificationExceptionReason: reason,
    });
    expect(appointment.qualificationExceptionReason).toBe(reason);
    const blank = await district.person(unit.id, "空白理由某", "none");
    const error = await server.api.error(AppointDocument, {
      input: { unitId: unit.id, personId: blank.id, role: "UNIT_CDO", startDate: "2025-01-01", qualificationExceptionReason: "   " },
    });
    expect(error.extensions?.code).toBe("CDO_NOT_QUALIFIED");
  });

  it("does not apply to data specialists, who record the post they hold instead", async () => {
    const unit = await district.department("区统计局");
    const person = await district.person(unit.id, "科员某", "none");
    const missing = await server.api.error(AppointDocument, {
      input: { unitId: unit.id, personId: person.id, role: "DATA_SPECIALIST", startDate: "2024-01-01" },
    });
    expect(missing.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "specialistPosition" });
    const { appointment } = await district.appoint({
      unitId: unit.id,
      personId: person.id,
      role: "DATA_SPECIALIST",
      startDate: "2024-01-01",
      specialistPosition: "OTHER",
    });
    expect(appointment.specialistPosition).toBe("OTHER");
  });
});

describe("ending an appointment", () => {
  it("vacates the role from the end date, keeps the term in history, and cannot end it twice", async () => {
    const { unit, cdoTerm } = await district.staffedUnit("TOWN", "郑陆镇");
    const { endAppointment } = await server.api.request(EndAppointmentDocument, {
      input: { appointmentId: cdoTerm.id, endDate: "2026-03-31", reason: "岗位调整" },
    });
    expect(endAppointment).toMatchObject({ endDate: "2026-03-31", endReason: "岗位调整", isCurrent: false });

    const { unit: read } = await server.api.request(UnitByIdDocument, { id: unit.id });
    expect(read!.cdo).toBeNull();
    const again = await server.api.error(EndAppointmentDocument, { input: { appointmentId: cdoTerm.id, endDate: "2026-04-30" } });
    expect(again.extensions).toMatchObject({ code: "APPOINTMENT_ALREADY_ENDED" });
  });

  it("refuses an end date on or before the start date", async () => {
    const { specialistTerm } = await district.staffedUnit("STREET", "红梅街道");
    const error = await server.api.error(EndAppointmentDocument, { input: { appointmentId: specialistTerm.id, endDate: "2024-01-01" } });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "endDate" });
  });

  it("refuses an ID that is not an appointment's", async () => {
    const unit = await district.street("茶山街道");
    const error = await server.api.error(EndAppointmentDocument, { input: { appointmentId: unit.id, endDate: "2026-01-01" } });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "appointmentId" });
    const bad = await server.api.error(EndAppointmentDocument, { input: { appointmentId: "2026-01-01", endDate: "not-a-date" } });
    expect(bad.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
