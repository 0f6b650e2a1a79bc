import { CatalogError, CommonErrorCode } from "../../common/errors";
import type { Localised } from "../../common/i18n";
import { SessionMessages, TokenRefusal } from "./access.messages";

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

/** A token refused: code UNAUTHENTICATED (HTTP 401) as ever, and `reason` telling expired from invalid or revoked. */
export function tokenRefused(reason: TokenRefusal, message: Localised = SessionMessages[reason]): CatalogError {
  return new CatalogError(CommonErrorCode.UNAUTHENTICATED, message, { reason, http: { status: 401 } });
}
