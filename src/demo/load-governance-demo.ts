import { IsNull } from "typeorm";
import { AccessRole, Viewer } from "../common/auth";
import type { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import { addDays, CalendarLoaders, isWorkingDay } from "../modules/calendar";
import { createInnovationCase, InnovationCaseKind } from "../modules/innovation";
import { DataResource } from "../modules/inventory";
import {
  cancelActionItem,
  completeActionItem,
  conveneJointMeeting,
  MeetingActionItem,
  MeetingAttendance,
  recordMeetingAttendance,
  recordMeetingResolution,
  ResolutionKind,
} from "../modules/meetings";
import { Appointment, AppointmentRole, Person, Unit } from "../modules/organisation";
import { createTrainingPlan, recordTrainingSession, TrainingFormat, TrainingTopic } from "../modules/training";
import { demoInnovationCases, demoMeeting, demoTrainingPlan, demoTrainingSessions } from "./governance.data";
import { demoPersons } from "./tianning.data";

/** The same transaction, acting as a person in a role (no account: demo only). */
export function actingAs(tx: RequestContext, personId: number, districtRoles: AccessRole[], unit?: Unit): RequestContext {
  const unitRoles = unit ? [{ role: AccessRole.UNIT_CDO as const, unitId: unit.id, unitPath: unit.path }] : [];
  return tx.as(Viewer.of({ id: 0, username: `demo:person:${personId}`, personId }, districtRoles, unitRoles));
}

/**
 * Joint meetings, training and innovation cases (DOMAIN §5) through their services and policies:
 * the meeting is convened by the district CDO in office, the action item is completed by the
 * unit's CDO, the rest by the district office.
 */
export async function loadGovernanceDemo(tx: RequestContext): Promise<{ meetings: number; trainingSessions: number; innovationCases: number }> {
  const units = new Map((await tx.manager.find(Unit)).map((u) => [u.code, u]));
  const unitId = (code: string) => toGlobalId("Unit", units.get(code)!.id);
  const personsByName = new Map((await tx.manager.find(Person)).map((p) => [p.name, p]));
  const person = (key: string) => personsByName.get(demoPersons.find((p) => p.key === key)!.name)!;
  const today = tx.today();

  // 联席会议, convened by the district CDO in office.
  const districtCdo = (await tx.manager.findOneBy(Appointment, { role: AppointmentRole.DISTRICT_CDO, endDate: IsNull() }))!;
  const asDistrictCdo = actingAs(tx, districtCdo.personId, [AccessRole.DISTRICT_CDO]);
  // On a working day of the district calendar (not, say, National Day).
  const calendar = await tx.loaders(CalendarLoaders).calendar();
  let heldOn = addDays(today, -demoMeeting.daysAgo);
  while (!isWorkingDay(heldOn, calendar)) heldOn = addDays(heldOn, -1);
  const meeting = await conveneJointMeeting(asDistrictCdo, {
    title: demoMeeting.title,
    heldOn,
    location: demoMeeting.location,
    invitedUnitIds: demoMeeting.invitedUnitCodes.map(unitId),
    agenda: demoMeeting.agenda,
  });
  const meetingId = toGlobalId("JointMeeting", meeting.id);
  for (const a of demoMeeting.attendance) {
    await recordMeetingAttendance(asDistrictCdo, {
      meetingId,
      unitId: unitId(a.unitCode),
      attendance: a.attendance as MeetingAttendance,
      delegatePersonId: a.delegateKey ? toGlobalId("Person", person(a.delegateKey).id) : null,
    });
  }
  for (const r of demoMeeting.resolutions) {
    const resolution = await recordMeetingResolution(asDistrictCdo, {
      meetingId,
      kind: r.kind as ResolutionKind,
      content: r.content,
      actionItems: r.actionItems.map((a) => ({
        unitId: unitId(a.unitCode),
        task: a.task,
        dueInWorkingDays: "dueInWorkingDays" in a ? a.dueInWorkingDays : null,
        dueDate: "dueInDays" in a ? addDays(today, a.dueInDays) : null,
      })),
    });
    const items = await tx.manager.find(MeetingActionItem, { where: { resolutionId: resolution.id }, order: { id: "ASC" } });
    for (const [i, a] of r.actionItems.entries()) {
      const id = toGlobalId("MeetingActionItem", items[i].id);
      if ("doneNote" in a) {
        const unit = units.get(a.unitCode)!;
        const cdo = (await tx.manager.findOneBy(Appointment, { unitId: unit.id, role: AppointmentRole.UNIT_CDO, endDate: IsNull() }))!;
        await completeActionItem(actingAs(tx, cdo.personId, [], unit), id, a.doneNote);
      }
      if ("cancelReason" in a) await cancelActionItem(asDistrictCdo, id, a.cancelReason);
    }
  }

  // 培训: the district's plan for this year, and sessions held this year (红梅街道 holds none on data security).
  const year = Number(today.slice(0, 4));
  await createTrainingPlan(asDistrictCdo, {
    districtId: unitId("320402"),
    year,
    title: `${year} 年${demoTrainingPlan.title}`,
    sessions: demoTrainingPlan.sessions.map((s) => ({ ...s, topic: s.topic as TrainingTopic, format: s.format as TrainingFormat })),
  });
  for (const s of demoTrainingSessions) {
    const day = `${year}-${s.day}`;
    await recordTrainingSession(asDistrictCdo, {
      unitId: unitId(s.unitCode),
      title: s.title,
      topic: s.topic as TrainingTopic,
      heldOn: day < today ? day : today,
      hours: s.hours,
      attendeePersonIds: s.attendeeKeys.map((key) => toGlobalId("Person", person(key).id)),
    });
  }

  // 融合创新: cases using real demo resources.
  const resources = new Map((await tx.manager.find(DataResource)).map((r) => [r.name, r]));
  for (const c of demoInnovationCases) {
    await createInnovationCase(tx, {
      leadUnitId: unitId(c.leadUnitCode),
      kind: c.kind as InnovationCaseKind,
      title: c.title,
      summary: c.summary,
      year: c.year,
      resourceIds: c.resources.map((name) => toGlobalId("DataResource", resources.get(name)!.id)),
      unitIds: c.unitCodes.map(unitId),
    });
  }
  return { meetings: 1, trainingSessions: demoTrainingSessions.length, innovationCases: demoInnovationCases.length };
}
