import { registerEnumType } from "type-graphql";

/** A dated exception to the Monday–Friday working week (China's 调休). */
export enum WorkingDayExceptionKind {
  /** 法定节假日: a weekday off. */
  HOLIDAY = "HOLIDAY",
  /** 调休上班: a Saturday or Sunday worked. */
  MAKE_UP_WORKDAY = "MAKE_UP_WORKDAY",
}

registerEnumType(WorkingDayExceptionKind, {
  name: "WorkingDayExceptionKind",
  description: "A dated exception to the Monday–Friday working week (调休安排).",
  valuesConfig: {
    HOLIDAY: { description: "法定节假日: a weekday off." },
    MAKE_UP_WORKDAY: { description: "调休上班: a Saturday or Sunday that is a working day." },
  },
});
