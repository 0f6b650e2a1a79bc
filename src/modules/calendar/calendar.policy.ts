import { WorkingDayExceptionKind } from "./calendar.enums";
import { CalendarErrorCode } from "./calendar.errors";
import { calendarMessages } from "./calendar.messages";
import type { Localised } from "../../common/i18n";

/**
 * The working-day rules, written once: Monday to Friday are working days, except the district's
 * dated exceptions — a HOLIDAY takes a weekday off, a MAKE_UP_WORKDAY makes a Saturday or Sunday
 * a working day (China's 调休). Dates are civil dates "YYYY-MM-DD" in the district's time zone.
 * Every deadline counted in working days (sharing decisions, quality issues) goes through here.
 */
export interface WorkingDayCalendar {
  /** Day numbers (days since 1970-01-01) of weekday holidays. */
  readonly holidays: ReadonlySet<number>;
  /** Day numbers of weekend days worked. */
  readonly makeUpWorkdays: ReadonlySet<number>;
}

/** Dates the calendar accepts (and the bound of every walk over it). */
const FIRST_CALENDAR_DATE = "2000-01-01";
const LAST_CALENDAR_DATE = "2099-12-31";

/** The most working days one deadline may count (a walk never runs unbounded). */
export const MAX_WORKING_DAYS = 366;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a "YYYY-MM-DD" date. */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function calendarOf(exceptions: readonly { date: string; kind: WorkingDayExceptionKind }[]): WorkingDayCalendar {
  const holidays = new Set<number>();
  const makeUpWorkdays = new Set<number>();
  for (const e of exceptions) (e.kind === WorkingDayExceptionKind.HOLIDAY ? holidays : makeUpWorkdays).add(dayNumber(e.date));
  return { holidays, makeUpWorkdays };
}

/** The date `days` calendar days after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 1970-01-01 was a Thursday: day numbers 2 and 3 (mod 7) are Saturday and Sunday. */
function weekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday … 6 = Saturday
  return weekday === 0 || weekday === 6;
}

function isWeekend(date: string): boolean {
  return weekendDay(dayNumber(date));
}

function workingDayNumber(day: number, calendar: WorkingDayCalendar): boolean {
  if (calendar.makeUpWorkdays.has(day)) return true;
  if (calendar.holidays.has(day)) return false;
  return !weekendDay(day);
}

export function isWorkingDay(date: string, calendar: WorkingDayCalendar): boolean {
  return workingDayNumber(dayNumber(date), calendar);
}

/** The n-th working day after `start` (`start` itself never counts): a request made on day D with 10 working days is due on addWorkingDays(D, 10). */
export function addWorkingDays(start: string, n: number, calendar: WorkingDayCalendar): string {
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new RangeError(`working days must be 0–${MAX_WORKING_DAYS}, got ${n}`);
  let day = dayNumber(start);
  for (let counted = 0; counted < n;) {
    day++;
    if (workingDayNumber(day, calendar)) counted++;
  }
  return dateOfDayNumber(day);
}

/**
 * Working days from `a` to `b`: those in (a, b], so workingDaysBetween(d, addWorkingDays(d, n)) = n and
 * a decision on the day of the request took 0. Negative when b is before a.
 */
export function workingDaysBetween(a: string, b: string, calendar: WorkingDayCalendar): number {
  const from = dayNumber(a);
  const to = dayNumber(b);
  if (to < from) return -workingDaysBetween(b, a, calendar);
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (workingDayNumber(day, calendar)) count++;
  return count;
}

/** Why an exception cannot be recorded on a day, or null: a holiday is a weekday, a make-up day a weekend day. */
export function exceptionViolation(date: string, kind: WorkingDayExceptionKind): { code: CalendarErrorCode; message: Localised } | null {
  if (kind === WorkingDayExceptionKind.HOLIDAY && isWeekend(date))
    return { code: CalendarErrorCode.HOLIDAY_ON_WEEKEND, message: calendarMessages.holidayOnWeekend(date) };
  if (kind === WorkingDayExceptionKind.MAKE_UP_WORKDAY && !isWeekend(date))
    return { code: CalendarErrorCode.MAKE_UP_WORKDAY_ON_WEEKDAY, message: calendarMessages.makeUpOnWeekday(date) };
  return null;
}

export function inCalendarRange(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && date >= FIRST_CALENDAR_DATE && date <= LAST_CALENDAR_DATE && addDays(date, 0) === date;
}
