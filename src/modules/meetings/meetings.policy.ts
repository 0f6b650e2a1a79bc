import type { Viewer } from "../../common/auth";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import type { Localised } from "../../common/i18n";
import { addDays, addWorkingDays, type WorkingDayCalendar } from "../calendar";
import { isActiveOn } from "../organisation";
import type { MeetingActionItem } from "./action-item.entity";
import { ActionItemStatus, MeetingAttendance } from "./meetings.enums";
import { MeetingError, MeetingErrorCode } from "./meetings.errors";
import { meetingMessages } from "./meetings.messages";

/**
 * The joint-meeting rules (联席会议, DOMAIN §5), written once and used by the API and the demo
 * loader alike.
 */

export const MAX_TITLE = 200;
export const MAX_TEXT = 2000;
export const MAX_NOTE = 1000;
export const MAX_INVITEES = 100;
export const MAX_AGENDA_ITEMS = 30;
export const MAX_ACTION_ITEMS = 50;
const MAX_DUE_WORKING_DAYS = 250;

export function requiredText(value: string | null | undefined, field: string, max: number): string {
  const trimmed = value?.trim() ?? "";
  if (!trimmed || trimmed.length > max) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, meetingMessages.textLength(max), { field });
  return trimmed;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  return value?.trim() ? requiredText(value, field, max) : null;
}

export function atMost<T>(list: readonly T[], max: number, field: string, what: Localised): readonly T[] {
  if (list.length > max) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, meetingMessages.tooMany(what.zh, max), { field });
  return list;
}

/** A meeting's day: from 2000 to a year from today (a meeting is recorded after it, or planned ahead). */
export function checkMeetingDay(day: string, today: string): string {
  if (day < "2000-01-01" || day > addDays(today, 366)) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, meetingMessages.dayRange, { field: "heldOn" });
  return day;
}

/**
 * 召集人: only the person whose district CDO appointment is active on the meeting's day convenes it —
 * not a district administrator, not the executive, not a CDO whose term ended before that day.
 */
export function requireConvener(terms: readonly { startDate: string; endDate: string | null }[], heldOn: string): void {
  if (!terms.some((term) => isActiveOn(term, heldOn)))
    throw new MeetingError(MeetingErrorCode.MEETING_CONVENER_NOT_DISTRICT_CDO, meetingMessages.notDistrictCdo(heldOn), { field: "heldOn", heldOn });
}

/** Attendance, the meeting's record, and the action items' cancellation are the district's (its CDO, executive, administrators). */
export function requireDistrictRecorder(viewer: Viewer): void {
  if (!viewer.districtAdministrator) throw new CatalogError(CommonErrorCode.FORBIDDEN, meetingMessages.onlyDistrict);
}

/** The invited unit's CDO (or those above it) report its action items done. */
export function requireAssignedUnit(viewer: Viewer, unit: { path: string; name: string }): void {
  if (!viewer.canManage(unit.path)) throw new CatalogError(CommonErrorCode.FORBIDDEN, meetingMessages.onlyAssignedUnit(unit.name));
}

/** A delegate is named exactly when the attendance is DELEGATED, and is a person of the invited unit (or below it). */
export function checkDelegate(attendance: MeetingAttendance, unit: { name: string; path: string }, delegateUnitPath: string | null): void {
  if (attendance === MeetingAttendance.DELEGATED && delegateUnitPath === null)
    throw new MeetingError(MeetingErrorCode.MEETING_ATTENDANCE_INVALID, meetingMessages.delegateRequired, { field: "delegatePersonId" });
  if (attendance !== MeetingAttendance.DELEGATED && delegateUnitPath !== null)
    throw new MeetingError(MeetingErrorCode.MEETING_ATTENDANCE_INVALID, meetingMessages.delegateOnlyWhenDelegated, { field: "delegatePersonId" });
  if (delegateUnitPath !== null && !delegateUnitPath.startsWith(unit.path))
    throw new MeetingError(MeetingErrorCode.MEETING_ATTENDANCE_INVALID, meetingMessages.delegateNotOfUnit(unit.name), { field: "delegatePersonId" });
}

/**
 * 办结期限: a date on or after the meeting's day, or a number of working days counted from that day
 * on the district calendar (holidays and 调休 included).
 */
export function actionItemDueDate(
  due: { dueDate?: string | null; dueInWorkingDays?: number | null },
  heldOn: string,
  calendar: WorkingDayCalendar,
  field: string,
): string {
  const hasDate = Boolean(due.dueDate);
  const hasDays = due.dueInWorkingDays !== null && due.dueInWorkingDays !== undefined;
  if (hasDate === hasDays) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, meetingMessages.dueDateOrWorkingDays, { field });
  if (hasDays) {
    const days = due.dueInWorkingDays!;
    if (!Number.isInteger(days) || days < 1 || days > MAX_DUE_WORKING_DAYS)
      throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, meetingMessages.workingDaysRange(MAX_DUE_WORKING_DAYS), { field: `${field}.dueInWorkingDays` });
    return addWorkingDays(heldOn, days, calendar);
  }
  if (due.dueDate! < heldOn)
    throw new MeetingError(MeetingErrorCode.ACTION_ITEM_INVALID, meetingMessages.dueBeforeMeeting(heldOn), { field: `${field}.dueDate` });
  return due.dueDate!;
}

/** 逾期: still OPEN after its due day. */
export function isOverdue(item: Pick<MeetingActionItem, "status" | "dueDate">, today: string): boolean {
  return item.status === ActionItemStatus.OPEN && item.dueDate < today;
}

/** OPEN → DONE (by the unit) or OPEN → CANCELLED (by the district, with a reason); nothing leaves DONE or CANCELLED. */
export function requireOpen(item: Pick<MeetingActionItem, "status">): void {
  if (item.status !== ActionItemStatus.OPEN)
    throw new MeetingError(MeetingErrorCode.ACTION_ITEM_NOT_OPEN, meetingMessages.notOpen(item.status), { field: "id", status: item.status });
}
