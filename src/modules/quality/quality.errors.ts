import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The quality rules' own codes (DOMAIN §3); bad input is BAD_USER_INPUT, scope NOT_FOUND or FORBIDDEN. */
export enum QualityErrorCode {
  /** A measurement names a rule that is switched off. */
  QUALITY_RULE_INACTIVE = "QUALITY_RULE_INACTIVE",
  /** A measurement of a rule gives another resource or dimension than the rule's. */
  QUALITY_RULE_MISMATCH = "QUALITY_RULE_MISMATCH",
  /** Source CATALOG is the catalog's own checks: clients cannot record it. */
  QUALITY_SOURCE_RESERVED = "QUALITY_SOURCE_RESERVED",
  /** The item named is not an item of the resource. */
  QUALITY_ITEM_NOT_OF_RESOURCE = "QUALITY_ITEM_NOT_OF_RESOURCE",
  /** Accept: only a REPORTED issue. */
  QUALITY_ISSUE_CANNOT_ACCEPT = "QUALITY_ISSUE_CANNOT_ACCEPT",
  /** Reject: only a REPORTED issue. */
  QUALITY_ISSUE_CANNOT_REJECT = "QUALITY_ISSUE_CANNOT_REJECT",
  /** Rectify: only an ACCEPTED or REOPENED issue. */
  QUALITY_ISSUE_CANNOT_RECTIFY = "QUALITY_ISSUE_CANNOT_RECTIFY",
  /** Verify: only a RECTIFIED issue. */
  QUALITY_ISSUE_CANNOT_VERIFY = "QUALITY_ISSUE_CANNOT_VERIFY",
  /** Reopen: only a RECTIFIED issue (its verification failed). */
  QUALITY_ISSUE_CANNOT_REOPEN = "QUALITY_ISSUE_CANNOT_REOPEN",
}

export class QualityError extends CatalogError {
  constructor(code: QualityErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
