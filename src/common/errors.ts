import { GraphQLError } from "graphql";
import type { Locale, Localised } from "./i18n";
import { CommonMessages } from "./messages";

/** Codes every module shares. Modules add their own rule codes (see `*.errors.ts`). */
export enum CommonErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  CONFLICT = "CONFLICT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  /** Over a rate limit: HTTP 429 with Retry-After (seconds), also given as `retryAfter`. */
  TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  /** The database did not answer in time: try again later (HTTP 503 with Retry-After). */
  SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE",
}

/**
 * An expected failure: bad input or a broken policy rule. It reaches the client with its code,
 * its message in the request's language (see common/i18n.ts) and (where one field is at fault)
 * the field; anything else is masked.
 */
export class CatalogError extends GraphQLError {
  /** The message in both languages; `message` is its Chinese form, and the answer gives the request's (src/common/error-format.ts). */
  readonly localised: Localised;

  constructor(
    readonly code: string,
    message: Localised,
    details: { field?: string; [key: string]: unknown } = {},
  ) {
    super(message.zh, { extensions: { code, ...details } });
    this.localised = message;
    Object.setPrototypeOf(this, new.target.prototype);
  }

  /** Extensions people read (e.g. a spreadsheet's problems), in a language; they replace the given ones in the answer. None by default. */
  extensionsIn(_locale: Locale): Record<string, unknown> | undefined {
    return undefined;
  }
}

export function badUserInput(field: string, message: Localised): CatalogError {
  return new CatalogError(CommonErrorCode.BAD_USER_INPUT, message, { field });
}

/** `what`: the record's name (common/messages.ts, RecordNames). */
export function notFound(what: Localised, field = "id"): CatalogError {
  return new CatalogError(CommonErrorCode.NOT_FOUND, CommonMessages.notFound(what), { field });
}

export function tooManyRequests(message: Localised, retryAfterSeconds: number): CatalogError {
  const retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return new CatalogError(CommonErrorCode.TOO_MANY_REQUESTS, message, {
    retryAfter,
    http: { status: 429, headers: new Map([["retry-after", String(retryAfter)]]) },
  });
}

/** Seconds a client is asked to wait (Retry-After) when the database did not answer. */
export const RETRY_AFTER_SECONDS = 5;

export function serviceUnavailable(): CatalogError {
  return new CatalogError(CommonErrorCode.SERVICE_UNAVAILABLE, CommonMessages.serviceUnavailable, {
    http: { status: 503, headers: new Map([["retry-after", String(RETRY_AFTER_SECONDS)]]) },
  });
}

export function concurrentChange(): CatalogError {
  return new CatalogError(CommonErrorCode.CONFLICT, CommonMessages.concurrentChange);
}
