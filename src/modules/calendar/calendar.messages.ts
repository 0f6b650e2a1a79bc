import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";

/** Everything the calendar module says to people, Chinese first. */
export const calendarMessages = {
  holidayOnWeekend: (date: string) =>
    text(`${date} 是周末，本就不上班：节假日只需登记工作日。`, `${date} is a Saturday or Sunday: only weekdays need recording as holidays.`),
  makeUpOnWeekday: (date: string) =>
    text(`${date} 是工作日，本就上班：调休上班日只能是周六或周日。`, `${date} is a weekday: a make-up working day is a Saturday or Sunday.`),
  dateOutOfRange: (field: string) => text(`${field} 须在 2000-01-01 至 2099-12-31 之间。`, `${field} must be between 2000-01-01 and 2099-12-31.`),
  periodReversed: text("结束日期不能早于开始日期。", "The end date cannot be before the start date."),
  periodTooLong: (days: number) => text(`查询区间最长 ${days} 天。`, `The period can be at most ${days} days long.`),
  nameRequired: text("请填写名称（如“国庆节”）。", "Give the exception a name (e.g. 国庆节)."),
  noException: (date: string) => text(`${date} 没有登记例外安排。`, `No exception is recorded on ${date}.`),
  workingDaysRange: (max: number) => text(`工作日数须为 0 至 ${max}。`, `workingDays must be 0 to ${max}.`),
  onlyDistrictOffice: text(
    "只有区数字政府建设工作领导小组办公室（区级管理员）可以维护工作日历。",
    "Only the district office (district administrators) maintains the working-day calendar.",
  ),
};

// The labels as data (enumLabels), under the GraphQL enum's name.
registerEnumLabels("WorkingDayExceptionKind", {
  HOLIDAY: text("法定节假日（工作日放假）", "Holiday (a weekday off)"),
  MAKE_UP_WORKDAY: text("调休上班日（周末上班）", "Make-up working day (a weekend day worked)"),
});
