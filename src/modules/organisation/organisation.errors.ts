import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The organisation module's broken-rule codes. Stable: clients switch on them. */
export enum OrganisationErrorCode {
  /** A unit CDO who does not meet 选聘条件, appointed without an exception reason. */
  CDO_NOT_QUALIFIED = "CDO_NOT_QUALIFIED",
  /** The person already holds this role on this unit. */
  ROLE_ALREADY_FILLED = "ROLE_ALREADY_FILLED",
  /** District roles only on the root; unit CDO and specialist only on units that must have them. */
  ROLE_NOT_ALLOWED_FOR_UNIT = "ROLE_NOT_ALLOWED_FOR_UNIT",
  /** A term would overlap an earlier term of the same role on the same unit. */
  APPOINTMENT_PERIOD_OVERLAPS = "APPOINTMENT_PERIOD_OVERLAPS",
  APPOINTMENT_ALREADY_ENDED = "APPOINTMENT_ALREADY_ENDED",
  UNIT_CODE_TAKEN = "UNIT_CODE_TAKEN",
  /** The parent's kind cannot hold a unit of this kind (e.g. a street under a department). */
  INVALID_UNIT_PARENT = "INVALID_UNIT_PARENT",
  /** The unit tree is at most MAX_UNIT_LEVELS deep (its materialised path must fit its column on every database). */
  UNIT_TREE_TOO_DEEP = "UNIT_TREE_TOO_DEEP",
  /** There is exactly one district (root) unit. */
  DISTRICT_ALREADY_EXISTS = "DISTRICT_ALREADY_EXISTS",
}

export class OrganisationError extends CatalogError {
  constructor(code: OrganisationErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
