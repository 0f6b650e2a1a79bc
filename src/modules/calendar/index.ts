/** The working-day calendar's front door: the district's 调休 exceptions and the one way to count working days. */
export { WorkingDayException } from "./working-day-exception.entity";
export { WorkingDayExceptionKind } from "./calendar.enums";
export { addWorkingDays, workingDaysBetween, isWorkingDay, addDays, calendarOf, type WorkingDayCalendar } from "./calendar.policy";
export { CalendarLoaders } from "./calendar.loaders";
export { setWorkingDayException } from "./calendar.service";
