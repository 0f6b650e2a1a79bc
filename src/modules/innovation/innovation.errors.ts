import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The innovation-case rules (DOMAIN §5), each with its own stable code. */
export enum InnovationErrorCode {
  /** A retired resource is no longer in the catalog: a case cannot newly use it. */
  INNOVATION_RESOURCE_RETIRED = "INNOVATION_RESOURCE_RETIRED",
}

export class InnovationError extends CatalogError {
  constructor(code: InnovationErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
