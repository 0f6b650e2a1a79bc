import { DataSource } from "typeorm";
/** The appointment rules as pure functions (no server, no database). */
import { AppointmentRole, EducationDegree, UnitKind } from "../../src/modules/organisation/organisation.enums";
import {
  appointmentActiveOnCondition,
  isActiveOn,
  meetsCdoQualification,
  qualificationApplies,
  requiresCdoAndSpecialist,
  roleAllowedOn,
} from "../../src/modules/organisation/appointment.policy";

describe("who must have a CDO and a data specialist, and where each role sits", () => {
  it("the development zone, towns, streets and departments must; the district and subordinate units need not", () => {
    const must = Object.values(UnitKind).filter(requiresCdoAndSpecialist);
    expect(must.sort()).toEqual([UnitKind.DEPARTMENT, UnitKind.DEVELOPMENT_ZONE, UnitKind.STREET, UnitKind.TOWN].sort());
  });

  it("district roles sit on the district only; unit roles on units that must have them", () => {
    expect(roleAllowedOn(AppointmentRole.DISTRICT_CDO, UnitKind.DISTRICT)).toBe(true);
    expect(roleAllowedOn(AppointmentRole.DISTRICT_CDO, UnitKind.DEPARTMENT)).toBe(false);
    expect(roleAllowedOn(AppointmentRole.UNIT_CDO, UnitKind.STREET)).toBe(true);
    expect(roleAllowedOn(AppointmentRole.DATA_SPECIALIST, UnitKind.DISTRICT)).toBe(false);
  });
});

describe("the CDO qualification (选聘条件)", () => {
  const person = { educationDegree: null, majorComputerRelated: false, informatizationYears: 0 };
  it("a bachelor's degree or above in a computer-related major, or 3+ years in charge of informatization", () => {
    expect(meetsCdoQualification(person)).toBe(false);
    expect(meetsCdoQualification({ ...person, educationDegree: EducationDegree.BACHELOR, majorComputerRelated: true })).toBe(true);
    expect(meetsCdoQualification({ ...person, educationDegree: EducationDegree.BACHELOR })).toBe(false);
    expect(meetsCdoQualification({ ...person, informatizationYears: 3 })).toBe(true);
    expect(meetsCdoQualification({ ...person, informatizationYears: 2 })).toBe(false);
  });

  it("applies to unit CDOs only", () => {
    expect(Object.values(AppointmentRole).filter(qualificationApplies)).toEqual([AppointmentRole.UNIT_CDO]);
  });
});

describe("an appointment active on a day, in TypeScript and SQL alike", () => {
  const term = { startDate: "2025-01-01", endDate: "2025-07-01" };
  it.each([
    ["2024-12-31", false],
    ["2025-01-01", true],
    ["2025-06-30", true],
    ["2025-07-01", false],
  ])("on %s: %s (the end date is the first day without it)", (day, expected) => {
    expect(isActiveOn(term, day)).toBe(expected);
    expect(isActiveOn({ ...term, endDate: null }, day)).toBe(day >= term.startDate);
  });

  it("selects the same terms in SQL (evaluated by SQLite in memory)", async () => {
    const db = await new DataSource({ type: "better-sqlite3", database: ":memory:" }).initialize();
    await db.query("CREATE TABLE a (id INTEGER PRIMARY KEY, startDate TEXT, endDate TEXT)");
    const terms = [term, { ...term, endDate: null }, { startDate: "2025-03-01", endDate: "2025-03-02" }];
    for (const [id, t] of terms.entries()) await db.query("INSERT INTO a VALUES (?, ?, ?)", [id, t.startDate, t.endDate]);
    for (const day of ["2024-12-31", "2025-01-01", "2025-03-01", "2025-03-02", "2025-07-01"]) {
      const rows = await db
        .createQueryBuilder()
        .select("a.id", "id")
        .from("a", "a")
        .where(appointmentActiveOnCondition("a", "day"), { day })
        .orderBy("a.id")
        .getRawMany<{ id: number }>();
      expect([day, rows.map((row) => row.id)]).toEqual([day, terms.flatMap((t, id) => (isActiveOn(t, day) ? [id] : []))]);
    }
    await db.destroy();
  });
});
