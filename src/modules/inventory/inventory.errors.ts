import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

/** The inventory rules (DOMAIN §2), each with its own stable code. */
export enum InventoryErrorCode {
  CLASSIFICATION_CODE_INVALID = "CLASSIFICATION_CODE_INVALID",
  CLASSIFICATION_CATEGORY_MISMATCH = "CLASSIFICATION_CATEGORY_MISMATCH",
  RESOURCE_CODE_INVALID = "RESOURCE_CODE_INVALID",
  RESOURCE_CODE_TAKEN = "RESOURCE_CODE_TAKEN",
  SHARING_CONDITIONS_REQUIRED = "SHARING_CONDITIONS_REQUIRED",
  NOT_SHARED_BASIS_REQUIRED = "NOT_SHARED_BASIS_REQUIRED",
  OPEN_CONDITIONS_REQUIRED = "OPEN_CONDITIONS_REQUIRED",
  /** CORE data is never opened. */
  CORE_DATA_NEVER_OPENED = "CORE_DATA_NEVER_OPENED",
  /** CORE or IMPORTANT data, or data with a sensitivity flag, is never opened unconditionally. */
  SENSITIVE_DATA_OPENED_UNCONDITIONALLY = "SENSITIVE_DATA_OPENED_UNCONDITIONALLY",
  /** A resource with a personal-information item is never shared or opened unconditionally as a whole. */
  PERSONAL_INFORMATION_UNCONDITIONAL = "PERSONAL_INFORMATION_UNCONDITIONAL",
  /** Opening to the public cannot be wider than sharing between government units. */
  OPENING_WIDER_THAN_SHARING = "OPENING_WIDER_THAN_SHARING",
  /** An item's own sharing type may only be stricter than its resource's. */
  ITEM_SHARING_LOOSER_THAN_RESOURCE = "ITEM_SHARING_LOOSER_THAN_RESOURCE",
  /** Two items of one resource whose codes compare equal (case and width ignored: see catalogKey). */
  ITEM_CODE_DUPLICATE = "ITEM_CODE_DUPLICATE",
  /** The unit already has a function of that name (case and width ignored: see catalogKey). */
  FUNCTION_NAME_TAKEN = "FUNCTION_NAME_TAKEN",
  FUNCTION_NOT_OF_PROVIDER = "FUNCTION_NOT_OF_PROVIDER",
  /** 信息项编码: 1–64 letters, digits, '_', '.' or '-' (ITEM_CODE_PATTERN). */
  ITEM_CODE_INVALID = "ITEM_CODE_INVALID",
  /** A new resource is DRAFT or PUBLISHED; a resource is retired with retireDataResource only (never by update or import). */
  STATUS_NOT_ALLOWED = "STATUS_NOT_ALLOWED",
  /** Retired resources stay readable with their history but are no longer edited. */
  RESOURCE_RETIRED = "RESOURCE_RETIRED",
}

export class InventoryError extends CatalogError {
  constructor(code: InventoryErrorCode, message: Localised, details: { field?: string; [key: string]: unknown } = {}) {
    super(code, message, details);
  }
}
