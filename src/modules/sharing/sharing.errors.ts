import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The sharing rules (DOMAIN §4), each with its own stable code. */
export enum SharingErrorCode {
  /** The resource (or a requested item) is 不予共享: refused at request time, with the recorded basis in `extensions.basis`. */
  RESOURCE_NOT_SHARED = "RESOURCE_NOT_SHARED",
  /** Only published resources of the catalog can be requested (not drafts, not retired ones). */
  RESOURCE_NOT_REQUESTABLE = "RESOURCE_NOT_REQUESTABLE",
  /** A unit does not request its own resource. */
  OWN_RESOURCE = "OWN_RESOURCE",
  /** The consumer already has a request for this resource waiting for a decision. */
  REQUEST_ALREADY_PENDING = "REQUEST_ALREADY_PENDING",
  /** Only a pending request is approved or rejected. */
  REQUEST_ALREADY_DECIDED = "REQUEST_ALREADY_DECIDED",
  /** Only an active grant is revoked. */
  GRANT_NOT_ACTIVE = "GRANT_NOT_ACTIVE",
  /** Usage dated after the grant's revocation day. */
  GRANT_REVOKED = "GRANT_REVOKED",
  /** Usage dated after the grant's last day. */
  GRANT_EXPIRED = "GRANT_EXPIRED",
  /** Usage dated before the grant began, or in the future. */
  USAGE_OUTSIDE_GRANT = "USAGE_OUTSIDE_GRANT",
  /** The same grant and day twice in one batch. */
  USAGE_DUPLICATE_IN_BATCH = "USAGE_DUPLICATE_IN_BATCH",
}

export class SharingError extends CatalogError {
  constructor(code: SharingErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
