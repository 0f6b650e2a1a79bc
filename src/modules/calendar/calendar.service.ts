import { recordChange } from "../../common/audit";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import type { WorkingDayExceptionKind } from "./calendar.enums";
import { CalendarError } from "./calendar.errors";
import { CalendarLoaders } from "./calendar.loaders";
import { calendarMessages } from "./calendar.messages";
import { addWorkingDays, dayNumber, exceptionViolation, inCalendarRange, MAX_WORKING_DAYS } from "./calendar.policy";
import { WorkingDayException } from "./working-day-exception.entity";

/** The longest period one listing covers (about ten years). */
const MAX_PERIOD_DAYS = 3660;

function requireDistrictOffice(ctx: RequestContext): void {
  requireSignedIn(ctx);
  if (!ctx.viewer.districtAdministrator) throw new CatalogError(CommonErrorCode.FORBIDDEN, calendarMessages.onlyDistrictOffice);
}

function checkedDate(date: string, field: string): string {
  if (!inCalendarRange(date)) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, calendarMessages.dateOutOfRange(field), { field });
  return date;
}

const audited = (e: WorkingDayException) => ({ date: e.date, kind: e.kind, name: e.name });

/** Records a day's exception, replacing one already recorded on that day. The district office only. */
export async function setWorkingDayException(
  ctx: RequestContext,
  input: { date: string; kind: WorkingDayExceptionKind; name: string },
): Promise<WorkingDayException> {
  requireDistrictOffice(ctx);
  const date = checkedDate(input.date, "date");
  const name = input.name.trim();
  if (!name) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, calendarMessages.nameRequired, { field: "name" });
  const violation = exceptionViolation(date, input.kind);
  if (violation) throw new CalendarError(violation.code, violation.message, { field: "kind" });
  return withTransaction(ctx, async (tx) => {
    const existing = await tx.manager.findOneBy(WorkingDayException, { date });
    const now = tx.now();
    if (existing) {
      const before = audited(existing);
      existing.kind = input.kind;
      existing.name = name;
      if (before.kind === existing.kind && before.name === existing.name) return existing;
      existing.updatedAt = now;
      await tx.manager.save(WorkingDayException, existing);
      await recordChange(tx, { type: "WorkingDayException", id: existing.id, unit: null }, before, audited(existing));
      return existing;
    }
    const created = tx.manager.create(WorkingDayException, { date, kind: input.kind, name, createdAt: now, updatedAt: now });
    await tx.manager.insert(WorkingDayException, created);
    await recordChange(tx, { type: "WorkingDayException", id: created.id, unit: null }, null, audited(created));
    return created;
  });
}

/** Removes a day's exception: the day follows the ordinary week again. The district office only. */
export async function removeWorkingDayException(ctx: RequestContext, date: string): Promise<WorkingDayException> {
  requireDistrictOffice(ctx);
  checkedDate(date, "date");
  return withTransaction(ctx, async (tx) => {
    const existing = await tx.manager.findOneBy(WorkingDayException, { date });
    if (!existing) throw new CatalogError(CommonErrorCode.NOT_FOUND, calendarMessages.noException(date), { field: "date" });
    await tx.manager.delete(WorkingDayException, { id: existing.id });
    await recordChange(tx, { type: "WorkingDayException", id: existing.id, unit: null }, audited(existing), null);
    return existing;
  });
}

function checkedPeriod(from: string, to: string): void {
  checkedDate(from, "from");
  checkedDate(to, "to");
  if (to < from) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, calendarMessages.periodReversed, { field: "to" });
  if (dayNumber(to) - dayNumber(from) > MAX_PERIOD_DAYS)
    throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, calendarMessages.periodTooLong(MAX_PERIOD_DAYS), { field: "to" });
}

/** The exceptions recorded in a period, by date. Every signed-in role may read the calendar. */
export function findWorkingDayExceptions(ctx: RequestContext, from: string, to: string, page: ConnectionArgs) {
  requireSignedIn(ctx);
  checkedPeriod(from, to);
  const query = ctx.manager.createQueryBuilder(WorkingDayException, "e").where("e.date >= :from AND e.date <= :to", { from, to }).orderBy("e.date", "ASC");
  return paginateQuery(query, page);
}

/** The n-th working day after `start` under the district's calendar. */
export async function workingDayDeadline(ctx: RequestContext, start: string, workingDays: number): Promise<string> {
  requireSignedIn(ctx);
  checkedDate(start, "start");
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > MAX_WORKING_DAYS)
    throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, calendarMessages.workingDaysRange(MAX_WORKING_DAYS), { field: "workingDays" });
  return addWorkingDays(start, workingDays, await ctx.loaders(CalendarLoaders).calendar());
}
