import { CatalogError } from "../../common/errors";
import type { Localised } from "../../common/i18n";

export enum AccessErrorCode {
  USERNAME_TAKEN = "USERNAME_TAKEN",
  /** Local passwords are switched off: sign in through the district's single sign-on. */
  LOCAL_LOGIN_DISABLED = "LOCAL_LOGIN_DISABLED",
  WRONG_PASSWORD = "WRONG_PASSWORD",
  TOKEN_ALREADY_REVOKED = "TOKEN_ALREADY_REVOKED",
}

export class AccessError extends CatalogError {
  constructor(code: AccessErrorCode, message: Localised, details: { field?: string } = {}) {
    super(code, message, details);
  }
}
