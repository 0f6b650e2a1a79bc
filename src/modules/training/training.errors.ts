import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The training rules (DOMAIN §5), each with its own stable code. */
export enum TrainingErrorCode {
  /** A district has one training plan per year. */
  TRAINING_PLAN_EXISTS = "TRAINING_PLAN_EXISTS",
  /** A session's attendees are people of the unit that held it (or of units below it). */
  TRAINING_ATTENDEE_OUTSIDE_UNIT = "TRAINING_ATTENDEE_OUTSIDE_UNIT",
}

export class TrainingError extends CatalogError {
  constructor(code: TrainingErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
