import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { addWorkingDays, calendarOf, workingDaysBetween, WorkingDayExceptionKind } from "../../src/modules/calendar";
import { gql, NATIONAL_DAY_2026, refusal, SET_EXCEPTION } from "../sharing/sharing-support";

describe("counting working days (the one policy function)", () => {
  const nationalDay = calendarOf(NATIONAL_DAY_2026.map((e) => ({ date: e.date, kind: e.kind as WorkingDayExceptionKind })));
  const plain = calendarOf([]);

  it("skips weekends; a holiday on a weekday is off; a make-up Saturday is worked", () => {
    expect(addWorkingDays("2026-09-28", 10, plain)).toBe("2026-10-12");
    expect(addWorkingDays("2026-09-28", 10, nationalDay)).toBe("2026-10-16");
    expect(addWorkingDays("2026-09-30", 1, nationalDay)).toBe("2026-10-08");
    expect(addWorkingDays("2026-10-09", 1, nationalDay)).toBe("2026-10-10");
    expect(addWorkingDays("2026-09-28", 0, nationalDay)).toBe("2026-09-28");
  });

  it("counts the working days in (a, b], the inverse of addWorkingDays", () => {
    expect(workingDaysBetween("2026-09-28", "2026-10-16", nationalDay)).toBe(10);
    expect(workingDaysBetween("2026-09-28", "2026-09-28", nationalDay)).toBe(0);
    expect(workingDaysBetween("2026-10-02", "2026-10-07", nationalDay)).toBe(0);
    expect(workingDaysBetween("2026-10-16", "2026-09-28", nationalDay)).toBe(-10);
    for (let n = 0; n <= 30; n++) expect(workingDaysBetween("2026-09-25", addWorkingDays("2026-09-25", n, nationalDay), nationalDay)).toBe(n);
  });
});

describe("the district office keeps the calendar", () => {
  let server: TestCatalog;
  let admin: ApiClient;
  let unitCdo: ApiClient;

  beforeAll(async () => {
    server = await startTestCatalog();
    admin = server.api;
    const district = await DistrictScenario.create(admin);
    const staffed = await district.staffedUnit("STREET", "茶山街道");
    unitCdo = (await signedInAs(admin, staffed.cdo.id)).client;
  });
  afterAll(() => server.stop());

  const LIST = `query L($from: LocalDate!, $to: LocalDate!) { workingDayExceptions(from: $from, to: $to) { totalCount nodes { date kind name } } }`;
  const DEADLINE = `query D($start: LocalDate!, $n: Int!) { workingDayDeadline(start: $start, workingDays: $n) }`;

  it("records holidays on weekdays and make-up days on weekends, and deadlines follow", async () => {
    expect((await gql(admin, DEADLINE, { start: "2026-09-28", n: 10 })).workingDayDeadline).toBe("2026-10-12");
    for (const input of NATIONAL_DAY_2026) await gql(admin, SET_EXCEPTION, { input });
    const { workingDayExceptions } = await gql(unitCdo, LIST, { from: "2026-10-01", to: "2026-10-31" });
    expect(workingDayExceptions.totalCount).toBe(6);
    expect(workingDayExceptions.nodes[5]).toEqual({ date: "2026-10-10", kind: "MAKE_UP_WORKDAY", name: "国庆节调休上班" });
    expect((await gql(unitCdo, DEADLINE, { start: "2026-09-28", n: 10 })).workingDayDeadline).toBe("2026-10-16");

    const removed = await gql(admin, `mutation R($date: LocalDate!) { removeWorkingDayException(date: $date) { date } }`, { date: "2026-10-10" });
    expect(removed.removeWorkingDayException.date).toBe("2026-10-10");
    expect((await gql(admin, DEADLINE, { start: "2026-09-28", n: 10 })).workingDayDeadline).toBe("2026-10-19");
  });

  it("refuses a holiday on a weekend, a make-up day on a weekday, other roles, and dates out of range", async () => {
    const weekendHoliday = await refusal(admin, SET_EXCEPTION, { input: { date: "2026-10-03", kind: "HOLIDAY", name: "国庆节" } });
    expect(weekendHoliday.extensions).toMatchObject({ code: "HOLIDAY_ON_WEEKEND", field: "kind" });
    const weekdayMakeUp = await refusal(admin, SET_EXCEPTION, { input: { date: "2026-10-09", kind: "MAKE_UP_WORKDAY", name: "调休" } });
    expect(weekdayMakeUp.extensions).toMatchObject({ code: "MAKE_UP_WORKDAY_ON_WEEKDAY", field: "kind" });
    expect((await refusal(unitCdo, SET_EXCEPTION, { input: { date: "2026-12-31", kind: "HOLIDAY", name: "元旦" } })).extensions?.code).toBe("FORBIDDEN");
    expect((await refusal(admin, SET_EXCEPTION, { input: { date: "2199-01-01", kind: "HOLIDAY", name: "元旦" } })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "date",
    });
    expect((await refusal(admin, LIST, { from: "2026-01-01", to: "2046-01-01" })).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    expect((await refusal(admin, DEADLINE, { start: "2026-01-01", n: 400 })).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "workingDays" });
  });

  it("answers in Chinese by default and in English when asked", async () => {
    const input = { input: { date: "2026-10-04", kind: "HOLIDAY", name: "国庆节" } };
    const zh = await admin.raw(SET_EXCEPTION, input);
    expect(zh.errors?.[0].message).toContain("周末");
    const en = await admin.raw(SET_EXCEPTION, input, { "accept-language": "en" });
    expect(en.errors?.[0].message).toContain("Saturday or Sunday");
  });
});
