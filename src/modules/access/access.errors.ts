import { CatalogError, CommonErrorCode } from "../../common/errors";
import { SessionMessages, TokenRefusal } from "./access.messages";

export enum AccessErrorCode {
  USERNAME_TAKEN = "USERNAME_TAKEN",
  /** Local passwords are switched off: sign in through the district's single sign-on. */
  LOCAL_LOGIN_DISABLED = "LOCAL_LOGIN_DISABLED",
  WRONG_PASSWORD = "WRONG_PASSWORD",
  TOKEN_ALREADY_REVOKED = "TOKEN_ALREADY_REVOKED",
}

export class AccessError extends CatalogError {
  constructor(code: AccessErrorCode, message: string, details: { field?: string } = {}) {
    super(code, message, details);
  }
}

/** What a person reads when signing in goes wrong (one place, for the message catalog). */
export const SignInMessages = {
  /** The same reply for an unknown username, a wrong password and a locked one. */
  refused: "Invalid username or password, or too many failed attempts: try again later.",
  wrongCurrentPassword: "The current password is not right (or too many attempts: try again later).",
  tooManyAttempts: (seconds: number) => `Too many sign-in attempts from your address: try again in ${seconds} s.`,
  localLoginDisabled: "Password sign-in is switched off here: sign in through the district's single sign-on.",
};

/** A token refused: code UNAUTHENTICATED (HTTP 401) as ever, and `reason` telling expired from invalid or revoked. */
export function tokenRefused(reason: TokenRefusal, message = SessionMessages[reason]): CatalogError {
  return new CatalogError(CommonErrorCode.UNAUTHENTICATED, message, { reason, http: { status: 401 } });
}
