import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The evaluation rules (DOMAIN §6), each with its own stable code. */
export enum EvaluationErrorCode {
  /** A published scheme is frozen: revise it (a new version) instead. */
  EVALUATION_SCHEME_PUBLISHED = "EVALUATION_SCHEME_PUBLISHED",
  /** Only a published scheme is run or scored by hand. */
  EVALUATION_SCHEME_NOT_PUBLISHED = "EVALUATION_SCHEME_NOT_PUBLISHED",
  /** A scheme is published only with weights summing to exactly 100. */
  EVALUATION_WEIGHTS_NOT_100 = "EVALUATION_WEIGHTS_NOT_100",
  /** A run needs every manual indicator scored for every unit CDO. */
  EVALUATION_MANUAL_SCORE_MISSING = "EVALUATION_MANUAL_SCORE_MISSING",
  /** A published run is final. */
  EVALUATION_RUN_PUBLISHED = "EVALUATION_RUN_PUBLISHED",
}

export class EvaluationError extends CatalogError {
  constructor(code: EvaluationErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
