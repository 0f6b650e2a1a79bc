import type { Viewer } from "../../common/auth";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { TrainingError, TrainingErrorCode } from "./training.errors";
import { trainingMessages } from "./training.messages";

/** The training rules (培训, DOMAIN §5), written once and used by the API and the demo loader alike. */

const MAX_TITLE = 200;
export const MAX_PLANNED_SESSIONS = 100;
export const MAX_ATTENDEES = 500;
/** The longest session (or planned session) recorded: a week of full days. */
const MAX_SESSION_HOURS = 40;

const bad = (field: string, message: ReturnType<typeof trainingMessages.hours>) => new CatalogError(CommonErrorCode.BAD_USER_INPUT, message, { field });

export function requiredText(value: string | null | undefined, field: string, max = MAX_TITLE): string {
  const trimmed = value?.trim() ?? "";
  if (!trimmed || trimmed.length > max) throw bad(field, trainingMessages.textLength(max));
  return trimmed;
}

/** Hours are exact decimals ("1.5", "2", "0.75"), kept in hundredths so sums never drift. */
export function parseHours(value: string, field: string): number {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(value.trim());
  const centi = match ? Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0")) : NaN;
  if (!(centi > 0 && centi <= MAX_SESSION_HOURS * 100)) throw bad(field, trainingMessages.hours(MAX_SESSION_HOURS));
  return centi;
}

/** Hundredths of an hour as the exact decimal ("1.5", "12", "0.75"). */
export function formatHours(centi: number): string {
  const whole = Math.floor(centi / 100);
  const fraction = String(centi % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

export function checkYear(year: number, field = "year"): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw bad(field, trainingMessages.year);
  return year;
}

export function checkMonth(month: number, field: string): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw bad(field, trainingMessages.month);
  return month;
}

/** A session is recorded once held: from 2000 to today. */
export function checkHeldOn(day: string, today: string): string {
  if (day < "2000-01-01" || day > today) throw bad("heldOn", trainingMessages.heldOn);
  return day;
}

export function atMost<T>(list: readonly T[], max: number, field: string): readonly T[] {
  if (list.length > max) throw bad(field, trainingMessages.tooMany(max));
  return list;
}

/** The annual plan is the district's: its CDO, executive or administrators. */
export function requirePlanMaker(viewer: Viewer): void {
  if (!viewer.districtAdministrator) throw new CatalogError(CommonErrorCode.FORBIDDEN, trainingMessages.onlyDistrict);
}

/** A session's attendees are people of the unit that held it (or of units below it): the district's sessions take anyone. */
export function checkAttendee(person: { name: string; unitPath: string }, unit: { name: string; path: string }, field: string): void {
  if (!person.unitPath.startsWith(unit.path))
    throw new TrainingError(TrainingErrorCode.TRAINING_ATTENDEE_OUTSIDE_UNIT, trainingMessages.attendeeOutsideUnit(person.name, unit.name), { field });
}

/** The days of a year, for `heldOn BETWEEN`. */
export function yearRange(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
