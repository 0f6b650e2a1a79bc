// 天宁区工作日历（演示）: the 2026 PRC public holidays that fall on weekdays, and the weekend days
// worked in exchange (调休), as far as we know them from the State Council General Office's notice
// on the 2026 holiday arrangements. DEMO DATA: the district office checks them against the
// published notice (国务院办公厅关于2026年部分节假日安排的通知) before relying on them.
// Weekend days inside a holiday are off anyway and are not listed.

export interface DemoWorkingDayException { date: string; kind: "HOLIDAY" | "MAKE_UP_WORKDAY"; name: string }

export const demoWorkingDayExceptions: DemoWorkingDayException[] = [
  { date: "2026-01-01", kind: "HOLIDAY", name: "元旦" },
  { date: "2026-01-02", kind: "HOLIDAY", name: "元旦" },
  { date: "2026-01-04", kind: "MAKE_UP_WORKDAY", name: "元旦调休上班" },
  { date: "2026-02-14", kind: "MAKE_UP_WORKDAY", name: "春节调休上班" },
  { date: "2026-02-16", kind: "HOLIDAY", name: "春节" },
  { date: "2026-02-17", kind: "HOLIDAY", name: "春节" },
  { date: "2026-02-18", kind: "HOLIDAY", name: "春节" },
  { date: "2026-02-19", kind: "HOLIDAY", name: "春节" },
  { date: "2026-02-20", kind: "HOLIDAY", name: "春节" },
  { date: "2026-02-23", kind: "HOLIDAY", name: "春节" },
  { date: "2026-02-28", kind: "MAKE_UP_WORKDAY", name: "春节调休上班" },
  { date: "2026-04-06", kind: "HOLIDAY", name: "清明节" },
  { date: "2026-05-01", kind: "HOLIDAY", name: "劳动节" },
  { date: "2026-05-04", kind: "HOLIDAY", name: "劳动节" },
  { date: "2026-05-05", kind: "HOLIDAY", name: "劳动节" },
  { date: "2026-05-09", kind: "MAKE_UP_WORKDAY", name: "劳动节调休上班" },
  { date: "2026-06-19", kind: "HOLIDAY", name: "端午节" },
  { date: "2026-09-20", kind: "MAKE_UP_WORKDAY", name: "国庆节调休上班" },
  { date: "2026-09-25", kind: "HOLIDAY", name: "中秋节" },
  { date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" },
  { date: "2026-10-02", kind: "HOLIDAY", name: "国庆节" },
  { date: "2026-10-05", kind: "HOLIDAY", name: "国庆节" },
  { date: "2026-10-06", kind: "HOLIDAY", name: "国庆节" },
  { date: "2026-10-07", kind: "HOLIDAY", name: "国庆节" },
  { date: "2026-10-10", kind: "MAKE_UP_WORKDAY", name: "国庆节调休上班" },
];
