import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The joint-meeting rules (DOMAIN §5), each with its own stable code. */
export enum MeetingErrorCode {
  /** Only the person holding the district CDO appointment on the meeting's day convenes it. */
  MEETING_CONVENER_NOT_DISTRICT_CDO = "MEETING_CONVENER_NOT_DISTRICT_CDO",
  /** An invited unit had no active CDO on the meeting's day (invitees are unit CDOs). */
  MEETING_INVITEE_WITHOUT_CDO = "MEETING_INVITEE_WITHOUT_CDO",
  /** Attendance is recorded only for invited units; a delegate is a person of the invited unit, named only when DELEGATED. */
  MEETING_ATTENDANCE_INVALID = "MEETING_ATTENDANCE_INVALID",
  /** An action item's unit was not invited, or it is due before the meeting. */
  ACTION_ITEM_INVALID = "ACTION_ITEM_INVALID",
  /** Only an OPEN action item is completed or cancelled. */
  ACTION_ITEM_NOT_OPEN = "ACTION_ITEM_NOT_OPEN",
}

export class MeetingError extends CatalogError {
  constructor(code: MeetingErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
