import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { calendarOf, WorkingDayCalendar } from "./calendar.policy";
import { WorkingDayException } from "./working-day-exception.entity";

/** The calendar's per-request loaders: the whole calendar in one statement (a few dozen rows a year), read once per request. */
export class CalendarLoaders {
  private loaded?: Promise<WorkingDayCalendar>;

  constructor(private readonly ctx: RequestContext) {}

  /** Every recorded exception, as a calendar for addWorkingDays / workingDaysBetween. */
  calendar(): Promise<WorkingDayCalendar> {
    this.loaded ??= this.ctx.manager.find(WorkingDayException, { select: { date: true, kind: true } }).then(calendarOf);
    return this.loaded;
  }

  readonly exceptionById = new DataLoader<number, WorkingDayException | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(WorkingDayException, { id: In([...ids]) }), (e) => e.id),
  );
}

/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const calendarNodeTypes = [
  nodeType(WorkingDayException, "WorkingDayException", async (ctx, ids) => {
    requireSignedIn(ctx);
    return ctx.loaders(CalendarLoaders).exceptionById.loadMany(ids) as Promise<(WorkingDayException | null)[]>;
  }),
];
