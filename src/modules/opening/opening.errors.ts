import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/**
 * The opening rules' own codes. The classification rules keep the inventory's codes
 * (CORE_DATA_NEVER_OPENED, SENSITIVE_DATA_OPENED_UNCONDITIONALLY, PERSONAL_INFORMATION_UNCONDITIONAL,
 * OPEN_CONDITIONS_REQUIRED, OPENING_WIDER_THAN_SHARING): one rule, one code, wherever it is broken.
 */
export enum OpeningErrorCode {
  /** Only a resource published in the catalog (not a draft, not retired) is opened. */
  RESOURCE_NOT_PUBLISHED = "RESOURCE_NOT_PUBLISHED",
  /** The resource's open type is NOT_OPEN (不予开放). */
  RESOURCE_NOT_OPEN = "RESOURCE_NOT_OPEN",
  /** The dataset would be opened wider than its resource's open type allows. */
  OPENING_WIDER_THAN_RESOURCE = "OPENING_WIDER_THAN_RESOURCE",
  /** One open dataset per resource (a withdrawn one included). */
  OPEN_DATASET_EXISTS = "OPEN_DATASET_EXISTS",
  OPEN_DATASET_WITHDRAWN = "OPEN_DATASET_WITHDRAWN",
  /** A usage day before the dataset was published, or in the future. */
  USAGE_DATE_OUT_OF_RANGE = "USAGE_DATE_OUT_OF_RANGE",
}

export class OpeningError extends CatalogError {
  constructor(code: string, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
