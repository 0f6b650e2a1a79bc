import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The calendar's broken-rule codes. Stable: clients switch on them. */
export enum CalendarErrorCode {
  /** A HOLIDAY is a weekday off: weekends are off anyway. */
  HOLIDAY_ON_WEEKEND = "HOLIDAY_ON_WEEKEND",
  /** A MAKE_UP_WORKDAY is a Saturday or Sunday worked. */
  MAKE_UP_WORKDAY_ON_WEEKDAY = "MAKE_UP_WORKDAY_ON_WEEKDAY",
}

export class CalendarError extends CatalogError {
  constructor(code: CalendarErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
