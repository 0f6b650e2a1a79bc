import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The IT-project rules (DOMAIN §5), each broken rule and each illegal transition with its own stable code. */
export enum ProjectErrorCode {
  /** 50万元以上独立申报: a unit without an active CDO on the submission date cannot submit an independent application of 500,000 yuan or more. */
  CDO_REQUIRED_FOR_LARGE_PROJECT = "CDO_REQUIRED_FOR_LARGE_PROJECT",
  /** Editing or submitting a project whose round is submitted or under review. */
  PROJECT_IN_REVIEW = "PROJECT_IN_REVIEW",
  /** Editing, submitting or withdrawing an approved project. */
  PROJECT_ALREADY_APPROVED = "PROJECT_ALREADY_APPROVED",
  /** Withdrawing a project that has no round waiting (a draft, or a round already withdrawn). */
  PROJECT_NOT_SUBMITTED = "PROJECT_NOT_SUBMITTED",
  /** Starting the review of a round already under review. */
  REVIEW_ALREADY_STARTED = "REVIEW_ALREADY_STARTED",
  /** A verdict on a round whose review has not started. */
  REVIEW_NOT_STARTED = "REVIEW_NOT_STARTED",
  /** Anything on a vetoed round: the veto ended it (一票否决); only a new round (resubmission) goes on. */
  REVIEW_ROUND_VETOED = "REVIEW_ROUND_VETOED",
  /** A review step on a round the unit withdrew. */
  REVIEW_ROUND_WITHDRAWN = "REVIEW_ROUND_WITHDRAWN",
  /** A second verdict (or a review step) on an approved round. */
  REVIEW_ALREADY_DECIDED = "REVIEW_ALREADY_DECIDED",
}

export class ProjectError extends CatalogError {
  constructor(code: ProjectErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
