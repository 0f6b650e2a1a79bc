/** The working-day calendar's front door: the district's 调休 exceptions and the one way to count working days. */
export { WorkingDayException } from "./working-day-exception.entity";
export { WorkingDayExceptionKind } from "./calendar.enums";
export { addWorkingDays, workingDaysBetween, isWorkingDay, addDays, calendarOf, type WorkingDayCalendar } from "./calendar.policy";
export { CalendarLoaders } from "./calendar.loaders";
export { setWorkingDayException } from "./calendar.service";

import { WorkingDayException as Exception } from "./working-day-exception.entity";
import { calendarNodeTypes } from "./calendar.loaders";
import { CalendarResolver } from "./calendar.resolver";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [CalendarResolver];
export const entities = [Exception];
export const nodeTypes = calendarNodeTypes;
