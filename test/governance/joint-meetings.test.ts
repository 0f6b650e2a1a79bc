import { print } from "graphql";
import {
  CancelActionItemDocument,
  CompleteActionItemDocument,
  ConveneJointMeetingDocument,
  ConveneJointMeetingInput,
  JointMeetingsDocument,
  OverdueActionItemsDocument,
  RecordMeetingAttendanceDocument,
  RecordMeetingResolutionDocument,
  UnitOverdueActionItemsDocument,
} from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { auditOperationsOf, districtWithCdo, staffedWithClients } from "./governance-support";

/** 联席会议 (DOMAIN §5): convened only by the district CDO in office on the day; attendance; resolutions; action items and overdue ones. */

let server: TestCatalog;
let district: DistrictScenario;
let districtCdo: ApiClient;
let chashan: Awaited<ReturnType<typeof staffedWithClients>>;
let hongmei: Awaited<ReturnType<typeof staffedWithClients>>;

beforeAll(async () => {
  server = await startTestCatalog();
  ({ district, districtCdo } = await districtWithCdo(server));
  chashan = await staffedWithClients(server, district, "STREET", "茶山街道");
  hongmei = await staffedWithClients(server, district, "STREET", "红梅街道");
});
afterAll(() => server.stop());

const meetingInput = (heldOn: string, overrides: Partial<ConveneJointMeetingInput> = {}): ConveneJointMeetingInput => ({
  title: "2024 年第一次首席数据官联席会议",
  heldOn,
  location: "区政府 3 号会议室",
  invitedUnitIds: [chashan.unit.id, hongmei.unit.id],
  agenda: ["通报数据共享进展", "部署数据质量整改"],
  ...overrides,
});

async function convene(client: ApiClient, input: ConveneJointMeetingInput) {
  const result = await client.raw<{ conveneJointMeeting: { id: string } }>(print(ConveneJointMeetingDocument), { input });
  return result.errors?.length ? { error: result.errors[0].extensions } : { id: result.data!.conveneJointMeeting.id };
}

describe("the convener rule", () => {
  it("lets only the district CDO in office on the meeting's day convene it, judged on that day", async () => {
    const meeting = await districtCdo.request(ConveneJointMeetingDocument, { input: meetingInput("2024-01-02") });
    expect(meeting.conveneJointMeeting.convener.name).toBe("区首席数据官乙");
    expect(meeting.conveneJointMeeting.agenda).toEqual([
      { position: 1, title: "通报数据共享进展" },
      { position: 2, title: "部署数据质量整改" },
    ]);
    expect(meeting.conveneJointMeeting.invitees.map((i) => [i.unit.name, i.cdo.name, i.attendance])).toEqual([
      ["茶山街道", "茶山街道首席数据官", null],
      ["红梅街道", "红梅街道首席数据官", null],
    ]);
    // Their first day in office counts; the day before, the predecessor was the district CDO.
    expect(await convene(districtCdo, meetingInput("2024-01-01"))).toEqual({ id: expect.any(String) });
    expect(await convene(districtCdo, meetingInput("2023-12-31"))).toEqual({
      error: expect.objectContaining({ code: "MEETING_CONVENER_NOT_DISTRICT_CDO", field: "heldOn" }),
    });
    // A district administrator is not the district CDO; a unit CDO may not even try.
    expect(await convene(server.api, meetingInput("2024-03-01"))).toEqual({ error: expect.objectContaining({ code: "MEETING_CONVENER_NOT_DISTRICT_CDO" }) });
    expect(await convene(chashan.cdoClient, meetingInput("2024-03-01"))).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
  });

  it("refuses the chief data executive too, and an invited unit without a CDO on the day", async () => {
    const executivePerson = await district.person(district.rootId, "区首席数据执行官");
    await district.appoint({ unitId: district.rootId, personId: executivePerson.id, role: "DISTRICT_CHIEF_DATA_EXECUTIVE", startDate: "2024-01-01" });
    const executive = (await signedInAs(server.api, executivePerson.id)).client;
    expect(await convene(executive, meetingInput("2024-03-01"))).toEqual({ error: expect.objectContaining({ code: "MEETING_CONVENER_NOT_DISTRICT_CDO" }) });

    const unstaffed = await district.street("雕庄街道");
    expect(await convene(districtCdo, meetingInput("2024-03-01", { invitedUnitIds: [chashan.unit.id, unstaffed.id] }))).toEqual({
      error: expect.objectContaining({ code: "MEETING_INVITEE_WITHOUT_CDO", field: "invitedUnitIds.1" }),
    });
    const twice = await convene(districtCdo, meetingInput("2024-03-01", { invitedUnitIds: [chashan.unit.id, chashan.unit.id] }));
    expect(twice).toEqual({ error: expect.objectContaining({ code: "BAD_USER_INPUT", field: "invitedUnitIds.1" }) });
  });
});

describe("attendance, resolutions and action items", () => {
  it("records attendance (a delegate is a person of the invited unit), and audits each step", async () => {
    const { conveneJointMeeting: meeting } = await districtCdo.request(ConveneJointMeetingDocument, { input: meetingInput("2024-02-01") });
    const deputy = await district.person(hongmei.unit.id, "红梅街道副主任");
    const outsider = await district.person(chashan.unit.id, "茶山街道某科员");
    const attend = (client: ApiClient, unitId: string, attendance: string, delegatePersonId?: string) =>
      client.raw(print(RecordMeetingAttendanceDocument), { input: { meetingId: meeting.id, unitId, attendance, delegatePersonId } });

    expect((await attend(districtCdo, chashan.unit.id, "PRESENT")).data).toEqual({
      recordMeetingAttendance: { attendance: "PRESENT", unit: { id: chashan.unit.id }, delegate: null },
    });
    expect((await attend(districtCdo, hongmei.unit.id, "DELEGATED")).errors![0].extensions).toMatchObject({ code: "MEETING_ATTENDANCE_INVALID" });
    expect((await attend(districtCdo, hongmei.unit.id, "DELEGATED", outsider.id)).errors![0].extensions).toMatchObject({
      code: "MEETING_ATTENDANCE_INVALID",
      field: "delegatePersonId",
    });
    expect((await attend(districtCdo, hongmei.unit.id, "ABSENT", deputy.id)).errors![0].extensions).toMatchObject({ code: "MEETING_ATTENDANCE_INVALID" });
    expect((await attend(hongmei.cdoClient, hongmei.unit.id, "PRESENT")).errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await attend(districtCdo, hongmei.unit.id, "DELEGATED", deputy.id)).data).toEqual({
      recordMeetingAttendance: { attendance: "DELEGATED", unit: { id: hongmei.unit.id }, delegate: { id: deputy.id, name: "红梅街道副主任" } },
    });
    const unstaffed = await district.street("青龙街道");
    expect((await attend(districtCdo, unstaffed.id, "PRESENT")).errors![0].extensions).toMatchObject({ code: "MEETING_ATTENDANCE_INVALID", field: "unitId" });

    expect(await auditOperationsOf(server, "JointMeeting", meeting.id)).toEqual(["conveneJointMeeting", "recordMeetingAttendance", "recordMeetingAttendance"]);
  });

  it("assigns action items with due dates (a date, or working days from the meeting's day), lists the overdue ones per unit, and closes them", async () => {
    const { conveneJointMeeting: meeting } = await districtCdo.request(ConveneJointMeetingDocument, { input: meetingInput("2024-01-02") });
    const subordinate = await district.unit("SUBORDINATE", "茶山街道网格中心", chashan.unit.id);
    const { recordMeetingResolution: resolution } = await districtCdo.request(RecordMeetingResolutionDocument, {
      input: {
        meetingId: meeting.id,
        kind: "MAJOR_MATTER_COORDINATION",
        content: "统筹推进街道人口数据归集",
        actionItems: [
          { unitId: chashan.unit.id, task: "完成人口数据归集", dueDate: "2024-02-01" },
          { unitId: subordinate.id, task: "网格事件数据编目", dueInWorkingDays: 10 },
          { unitId: hongmei.unit.id, task: "制定数据安全制度", dueDate: "2099-12-31" },
        ],
      },
    });
    expect(resolution.actionItems.map((a) => [a.unit.name, a.dueDate, a.status, a.overdue])).toEqual([
      ["茶山街道网格中心", "2024-01-16", "OPEN", true], // 10 working days from Tuesday 2024-01-02, weekends skipped
      ["茶山街道", "2024-02-01", "OPEN", true],
      ["红梅街道", "2099-12-31", "OPEN", false],
    ]);
    const refused = await districtCdo.raw(print(RecordMeetingResolutionDocument), {
      input: { meetingId: meeting.id, kind: "STRATEGIC_DECISION", content: "x", actionItems: [{ unitId: chashan.unit.id, task: "t", dueDate: "2023-12-01" }] },
    });
    expect(refused.errors![0].extensions).toMatchObject({ code: "ACTION_ITEM_INVALID", field: "actionItems.0.dueDate" });

    // Overdue per unit: with descendants by default, or the unit's own; the field on Unit agrees.
    const overdue = async (client: ApiClient, unitId: string | null, includeDescendants = true) =>
      (await client.request(OverdueActionItemsDocument, { unitId, includeDescendants, first: 50 })).overdueActionItems.nodes
        .filter((a) => resolution.actionItems.some((r) => r.id === a.id))
        .map((a) => a.task);
    expect(await overdue(districtCdo, chashan.unit.id)).toEqual(["网格事件数据编目", "完成人口数据归集"]);
    expect(await overdue(districtCdo, chashan.unit.id, false)).toEqual(["完成人口数据归集"]);
    expect(await overdue(districtCdo, hongmei.unit.id)).toEqual([]);
    const { unit } = await chashan.cdoClient.request(UnitOverdueActionItemsDocument, { id: chashan.unit.id });
    expect(unit!.overdueActionItems!.filter((a) => resolution.actionItems.some((r) => r.id === a.id)).map((a) => a.task)).toEqual([
      "网格事件数据编目",
      "完成人口数据归集",
    ]);
    // Another unit's CDO sees none of Chashan's.
    expect(await overdue(hongmei.cdoClient, null)).toEqual([]);

    const [gridItem, chashanItem] = resolution.actionItems;
    const step = (client: ApiClient, document: typeof CompleteActionItemDocument | typeof CancelActionItemDocument, input: Record<string, unknown>) =>
      client.raw<Record<string, { status: string }>>(print(document), { input });
    expect((await step(hongmei.cdoClient, CompleteActionItemDocument, { id: chashanItem.id })).errors![0].extensions).toMatchObject({ code: "NOT_FOUND" });
    expect((await step(chashan.specialistClient, CompleteActionItemDocument, { id: chashanItem.id })).errors![0].extensions).toMatchObject({
      code: "FORBIDDEN",
    });
    const done = await chashan.cdoClient.request(CompleteActionItemDocument, { input: { id: chashanItem.id, note: "已归集 12.3 万条" } });
    expect([done.completeActionItem.status, done.completeActionItem.overdue, done.completeActionItem.completionNote]).toEqual([
      "DONE",
      false,
      "已归集 12.3 万条",
    ]);
    expect((await step(chashan.cdoClient, CompleteActionItemDocument, { id: chashanItem.id })).errors![0].extensions).toMatchObject({
      code: "ACTION_ITEM_NOT_OPEN",
      status: "DONE",
    });
    // Cancelling is the district's, with a reason.
    expect((await step(chashan.cdoClient, CancelActionItemDocument, { id: gridItem.id, reason: "不再需要" })).errors![0].extensions).toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await step(districtCdo, CancelActionItemDocument, { id: gridItem.id, reason: " " })).errors![0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reason",
    });
    const cancelled = await districtCdo.request(CancelActionItemDocument, { input: { id: gridItem.id, reason: "并入全区网格数据治理专项" } });
    expect([cancelled.cancelActionItem.status, cancelled.cancelActionItem.cancellationReason]).toEqual(["CANCELLED", "并入全区网格数据治理专项"]);
    expect(await overdue(districtCdo, chashan.unit.id)).toEqual([]);

    expect(await auditOperationsOf(server, "MeetingActionItem", chashanItem.id)).toEqual(["recordMeetingResolution", "completeActionItem"]);
    expect(await auditOperationsOf(server, "MeetingActionItem", gridItem.id)).toEqual(["recordMeetingResolution", "cancelActionItem"]);
    expect(await auditOperationsOf(server, "MeetingResolution", resolution.id)).toEqual(["recordMeetingResolution"]);
  });

  it("shows a unit's people only the meetings that invited one of their units", async () => {
    const { conveneJointMeeting: onlyChashan } = await districtCdo.request(ConveneJointMeetingDocument, {
      input: meetingInput("2024-04-01", { title: "茶山专题会", invitedUnitIds: [chashan.unit.id] }),
    });
    const seen = async (client: ApiClient) => (await client.request(JointMeetingsDocument, { first: 100 })).jointMeetings.nodes.map((m) => m.id);
    expect(await seen(chashan.specialistClient)).toContain(onlyChashan.id);
    expect(await seen(hongmei.cdoClient)).not.toContain(onlyChashan.id);
    expect(await seen(districtCdo)).toContain(onlyChashan.id);
  });

  it("answers Unit.overdueActionItems for a page of units in a fixed number of statements", async () => {
    const streets = [chashan, hongmei];
    for (const name of ["雕庄街道", "青龙街道"]) streets.push(await staffedWithClients(server, district, "STREET", name));
    const { conveneJointMeeting: meeting } = await districtCdo.request(ConveneJointMeetingDocument, {
      input: meetingInput("2024-05-06", { invitedUnitIds: streets.map((s) => s.unit.id) }),
    });
    await districtCdo.request(RecordMeetingResolutionDocument, {
      input: {
        meetingId: meeting.id,
        kind: "STRATEGIC_DECISION",
        content: "各街道完成数据目录梳理",
        actionItems: streets.map((s) => ({ unitId: s.unit.id, task: "梳理数据目录", dueDate: "2024-06-01" })),
      },
    });
    const query = "query($first: Int) { units(first: $first, filter: { kinds: [STREET] }) { nodes { name overdueActionItems { task dueDate } } } }";
    const run = async (first: number) => {
      const result = await districtCdo.raw<{ units: { nodes: { overdueActionItems: unknown[] }[] } }>(query, { first });
      expect(result.errors).toBeUndefined();
      return { statements: sqlStatementsOf(result), items: result.data!.units.nodes.flatMap((n) => n.overdueActionItems).length };
    };
    const small = await run(1);
    const large = await run(4);
    expect(large.items).toBeGreaterThan(small.items);
    expect(large.statements).toBe(small.statements);
  });
});
