import { In } from "typeorm";
import { recordChange } from "../../common/audit";
import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode, notFound } from "../../common/errors";
import { text } from "../../common/i18n";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { CalendarLoaders } from "../calendar";
import { Appointment, AppointmentRole, isActiveOn, Person, Unit } from "../organisation";
import { MeetingActionItem } from "./action-item.entity";
import { JointMeeting, MeetingAgendaItem, MeetingInvitee, MeetingResolution } from "./joint-meeting.entity";
import { ActionItemStatus, MeetingAttendance, ResolutionKind } from "./meetings.enums";
import { MeetingError, MeetingErrorCode } from "./meetings.errors";
import { meetingMessages } from "./meetings.messages";
import {
  actionItemDueDate,
  atMost,
  checkDelegate,
  checkMeetingDay,
  MAX_ACTION_ITEMS,
  MAX_AGENDA_ITEMS,
  MAX_INVITEES,
  MAX_NOTE,
  MAX_TEXT,
  MAX_TITLE,
  optionalText,
  requireAssignedUnit,
  requireConvener,
  requireDistrictRecorder,
  requiredText,
  requireOpen,
} from "./meetings.policy";

export interface ConveneJointMeeting {
  title: string;
  heldOn: string;
  location?: string | null;
  invitedUnitIds: string[];
  agenda: string[];
}

export interface MeetingAttendanceRecord {
  meetingId: string;
  unitId: string;
  attendance: MeetingAttendance;
  delegatePersonId?: string | null;
}

interface ActionItemAssignment {
  unitId: string;
  task: string;
  dueDate?: string | null;
  dueInWorkingDays?: number | null;
}

export interface MeetingResolutionRecord {
  meetingId: string;
  kind: ResolutionKind;
  content: string;
  actionItems: ActionItemAssignment[];
}

const unitOf = (unit: Unit) => ({ id: unit.id, path: unit.path });

/**
 * A meeting is readable by district readers and by the people of any unit it invited (or of a
 * unit above one); to anyone else it does not exist.
 */
export async function mayReadMeeting(ctx: RequestContext, meetingId: number): Promise<boolean> {
  if (ctx.viewer.districtReader) return true;
  const query = ctx.manager.createQueryBuilder(MeetingInvitee, "i").innerJoin(Unit, "u", "u.id = i.unitId").where("i.meetingId = :meetingId", { meetingId });
  const scope = unitScopeCondition(ctx.viewer, "u.path")!;
  return (await query.andWhere(scope.where, scope.params).getCount()) > 0;
}

async function readableMeeting(ctx: RequestContext, id: string, field: string): Promise<JointMeeting> {
  const meeting = await ctx.manager.findOneBy(JointMeeting, { id: rowIdOf("JointMeeting", id, field) });
  if (!meeting || !(await mayReadMeeting(ctx, meeting.id))) throw notFound(text("联席会议", "Joint meeting"), field);
  return meeting;
}

async function unitById(ctx: RequestContext, id: string, field: string): Promise<Unit> {
  const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", id, field) });
  if (!unit) throw new CatalogError(CommonErrorCode.NOT_FOUND, meetingMessages.unitNotFound, { field });
  return unit;
}

/**
 * 召集联席会议: the caller must hold the district CDO appointment on the meeting's day; the invited
 * units must be of that district and have a CDO in office that day (recorded on the invitation).
 */
export async function conveneJointMeeting(ctx: RequestContext, input: ConveneJointMeeting): Promise<JointMeeting> {
  requireSignedIn(ctx);
  const title = requiredText(input.title, "title", MAX_TITLE);
  const location = optionalText(input.location, "location", MAX_TITLE);
  const agenda = atMost(input.agenda, MAX_AGENDA_ITEMS, "agenda", text("议程", "agenda items")).map((item, i) => requiredText(item, `agenda.${i}`, MAX_TITLE));
  atMost(input.invitedUnitIds, MAX_INVITEES, "invitedUnitIds", text("参会单位", "invited units"));
  const heldOn = checkMeetingDay(input.heldOn, ctx.today());
  return withTransaction(ctx, async (tx) => {
    const personId = tx.viewer.account?.personId ?? null;
    const terms = personId === null ? [] : await tx.manager.findBy(Appointment, { personId, role: AppointmentRole.DISTRICT_CDO });
    requireConvener(terms, heldOn);
    const term = terms.find((t) => isActiveOn(t, heldOn))!;
    const district = (await tx.manager.findOneBy(Unit, { id: term.unitId }))!;

    const unitRowIds = input.invitedUnitIds.map((id, i) => rowIdOf("Unit", id, `invitedUnitIds.${i}`));
    const units = new Map((unitRowIds.length ? await tx.manager.findBy(Unit, { id: In(unitRowIds) }) : []).map((u) => [u.id, u]));
    const cdoTerms = unitRowIds.length ? await tx.manager.findBy(Appointment, { unitId: In(unitRowIds), role: AppointmentRole.UNIT_CDO }) : [];
    const invitees: { unit: Unit; cdoPersonId: number }[] = [];
    for (const [i, rowId] of unitRowIds.entries()) {
      const field = `invitedUnitIds.${i}`;
      const unit = units.get(rowId);
      if (!unit) throw new CatalogError(CommonErrorCode.NOT_FOUND, meetingMessages.unitNotFound, { field });
      if (unit.id === district.id || !unit.path.startsWith(district.path))
        throw new MeetingError(MeetingErrorCode.MEETING_INVITEE_WITHOUT_CDO, meetingMessages.inviteeOutsideDistrict(unit.name), { field });
      if (invitees.some((inv) => inv.unit.id === unit.id))
        throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, meetingMessages.duplicateInvitee(unit.name), { field });
      const cdo = cdoTerms.find((t) => t.unitId === unit.id && isActiveOn(t, heldOn));
      if (!cdo) throw new MeetingError(MeetingErrorCode.MEETING_INVITEE_WITHOUT_CDO, meetingMessages.inviteeWithoutCdo(unit.name, heldOn), { field });
      invitees.push({ unit, cdoPersonId: cdo.personId });
    }

    const now = tx.now();
    const meeting = tx.manager.create(JointMeeting, {
      districtUnitId: district.id,
      convenerPersonId: personId!,
      title,
      heldOn,
      location,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(JointMeeting, meeting);
    if (invitees.length)
      await tx.manager.insert(
        MeetingInvitee,
        invitees.map(({ unit, cdoPersonId }) => ({ meetingId: meeting.id, unitId: unit.id, cdoPersonId, attendance: null, delegatePersonId: null })),
      );
    if (agenda.length)
      await tx.manager.insert(
        MeetingAgendaItem,
        agenda.map((title, i) => ({ meetingId: meeting.id, position: i + 1, title })),
      );
    await recordChange(tx, { type: "JointMeeting", id: meeting.id, unit: unitOf(district) }, null, {
      ...meeting,
      invitedUnitIds: invitees.map((inv) => inv.unit.id),
      agenda,
    });
    return meeting;
  });
}

/** 出席情况: the district records how each invited unit's CDO attended (a delegate is a person of that unit). */
export async function recordMeetingAttendance(ctx: RequestContext, input: MeetingAttendanceRecord): Promise<MeetingInvitee> {
  requireSignedIn(ctx);
  requireDistrictRecorder(ctx.viewer);
  return withTransaction(ctx, async (tx) => {
    const meeting = await readableMeeting(tx, input.meetingId, "meetingId");
    const unit = await unitById(tx, input.unitId, "unitId");
    const invitee = await tx.manager.findOneBy(MeetingInvitee, { meetingId: meeting.id, unitId: unit.id });
    if (!invitee) throw new MeetingError(MeetingErrorCode.MEETING_ATTENDANCE_INVALID, meetingMessages.notInvited(unit.name), { field: "unitId" });
    let delegate: { id: number; path: string } | null = null;
    if (input.delegatePersonId) {
      const person = await tx.manager.findOneBy(Person, { id: rowIdOf("Person", input.delegatePersonId, "delegatePersonId") });
      const home = person && (await tx.manager.findOneBy(Unit, { id: person.unitId }));
      if (!person || !home) throw new CatalogError(CommonErrorCode.NOT_FOUND, meetingMessages.personNotFound, { field: "delegatePersonId" });
      delegate = { id: person.id, path: home.path };
    }
    checkDelegate(input.attendance, unit, delegate?.path ?? null);
    const before = { ...invitee };
    invitee.attendance = input.attendance;
    invitee.delegatePersonId = delegate?.id ?? null;
    await tx.manager.update(
      MeetingInvitee,
      { meetingId: meeting.id, unitId: unit.id },
      { attendance: invitee.attendance, delegatePersonId: invitee.delegatePersonId },
    );
    await tx.manager.update(JointMeeting, { id: meeting.id }, { updatedAt: tx.now() });
    const district = (await tx.manager.findOneBy(Unit, { id: meeting.districtUnitId }))!;
    // attendanceUnitId names the invited unit the entry is about (null before, so the trail always shows it).
    await recordChange(
      tx,
      { type: "JointMeeting", id: meeting.id, unit: unitOf(district) },
      { attendanceUnitId: null, attendance: before.attendance, delegatePersonId: before.delegatePersonId },
      { attendanceUnitId: unit.id, attendance: invitee.attendance, delegatePersonId: invitee.delegatePersonId },
    );
    return invitee;
  });
}

/** 会议决议: the district records a resolution and the action items it assigns to units of the district, with due dates. */
export async function recordMeetingResolution(ctx: RequestContext, input: MeetingResolutionRecord): Promise<MeetingResolution> {
  requireSignedIn(ctx);
  requireDistrictRecorder(ctx.viewer);
  const content = requiredText(input.content, "content", MAX_TEXT);
  atMost(input.actionItems, MAX_ACTION_ITEMS, "actionItems", text("督办事项", "action items"));
  const tasks = input.actionItems.map((item, i) => requiredText(item.task, `actionItems.${i}.task`, MAX_NOTE));
  return withTransaction(ctx, async (tx) => {
    const meeting = await readableMeeting(tx, input.meetingId, "meetingId");
    const district = (await tx.manager.findOneBy(Unit, { id: meeting.districtUnitId }))!;
    const calendar = await tx.loaders(CalendarLoaders).calendar();
    const now = tx.now();
    const resolution = tx.manager.create(MeetingResolution, { meetingId: meeting.id, kind: input.kind, content, createdAt: now });
    await tx.manager.insert(MeetingResolution, resolution);
    await recordChange(tx, { type: "MeetingResolution", id: resolution.id, unit: unitOf(district) }, null, resolution);
    for (const [i, assignment] of input.actionItems.entries()) {
      const field = `actionItems.${i}`;
      const unit = await unitById(tx, assignment.unitId, `${field}.unitId`);
      if (!unit.path.startsWith(district.path))
        throw new MeetingError(MeetingErrorCode.ACTION_ITEM_INVALID, meetingMessages.inviteeOutsideDistrict(unit.name), { field: `${field}.unitId` });
      const item = tx.manager.create(MeetingActionItem, {
        resolutionId: resolution.id,
        meetingId: meeting.id,
        unitId: unit.id,
        task: tasks[i],
        dueDate: actionItemDueDate(assignment, meeting.heldOn, calendar, field),
        status: ActionItemStatus.OPEN,
        completedOn: null,
        completionNote: null,
        cancellationReason: null,
        createdAt: now,
        updatedAt: now,
      });
      await tx.manager.insert(MeetingActionItem, item);
      await recordChange(tx, { type: "MeetingActionItem", id: item.id, unit: unitOf(unit) }, null, item);
    }
    return resolution;
  });
}

async function moveActionItem(
  ctx: RequestContext,
  id: string,
  change: (item: MeetingActionItem, unit: Unit, tx: RequestContext) => void,
): Promise<MeetingActionItem> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const item = await tx.manager.findOneBy(MeetingActionItem, { id: rowIdOf("MeetingActionItem", id) });
    const unit = item && (await tx.manager.findOneBy(Unit, { id: item.unitId }));
    if (!item || !unit || !tx.viewer.canRead(unit.path)) throw new CatalogError(CommonErrorCode.NOT_FOUND, meetingMessages.actionItemNotFound, { field: "id" });
    const before = { ...item };
    change(item, unit, tx);
    item.updatedAt = tx.now();
    // The status in the WHERE: a concurrent step on the same item changes nothing here and answers CONFLICT.
    const result = await tx.manager.update(MeetingActionItem, { id: item.id, status: before.status }, { ...item });
    if (result.affected === 0) throw new CatalogError(CommonErrorCode.CONFLICT, meetingMessages.actionItemNotFound, { field: "id" });
    await recordChange(tx, { type: "MeetingActionItem", id: item.id, unit: unitOf(unit) }, before, item);
    return item;
  });
}

/** 办结: the assigned unit's CDO (or district administrators) reports an OPEN item done. */
export function completeActionItem(ctx: RequestContext, id: string, note: string | null | undefined): Promise<MeetingActionItem> {
  const completionNote = optionalText(note, "note", MAX_NOTE);
  return moveActionItem(ctx, id, (item, unit, tx) => {
    requireAssignedUnit(tx.viewer, unit);
    requireOpen(item);
    item.status = ActionItemStatus.DONE;
    item.completedOn = tx.today();
    item.completionNote = completionNote;
  });
}

/** 撤销: the district cancels an OPEN item, with a reason. */
export function cancelActionItem(ctx: RequestContext, id: string, reason: string | null | undefined): Promise<MeetingActionItem> {
  const cancellationReason = requiredText(reason, "reason", MAX_NOTE);
  return moveActionItem(ctx, id, (item, _unit, tx) => {
    requireDistrictRecorder(tx.viewer);
    requireOpen(item);
    item.status = ActionItemStatus.CANCELLED;
    item.cancellationReason = cancellationReason;
  });
}

/** Meetings you may read, the latest first. */
export function findJointMeetings(ctx: RequestContext, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(JointMeeting, "m");
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope)
    query.where(
      `EXISTS (SELECT 1 FROM joint_meeting_invitees i INNER JOIN units u ON u.id = i.unit_id WHERE i.meeting_id = m.id AND ${scope.where})`,
      scope.params,
    );
  query.orderBy("m.heldOn", "DESC").addOrderBy("m.id", "DESC");
  return paginateQuery(query, page);
}

/** 逾期督办事项: OPEN items past their due day, of a unit (with its descendants unless told otherwise), within your units; the longest overdue first. */
export async function findOverdueActionItems(ctx: RequestContext, unitId: string | null | undefined, includeDescendants: boolean, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager
    .createQueryBuilder(MeetingActionItem, "a")
    .innerJoin(Unit, "u", "u.id = a.unitId")
    .where("a.status = :open AND a.dueDate < :today", { open: ActionItemStatus.OPEN, today: ctx.today() });
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope) query.andWhere(scope.where, scope.params);
  if (unitId) {
    const unit = await unitById(ctx, unitId, "unitId");
    if (includeDescendants) query.andWhere("u.path LIKE :under", { under: `${unit.path}%` });
    else query.andWhere("a.unitId = :unitRowId", { unitRowId: unit.id });
  }
  query.orderBy("a.dueDate", "ASC").addOrderBy("a.id", "ASC");
  return paginateQuery(query, page);
}
