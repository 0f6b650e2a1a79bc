import { GraphQLError } from "graphql";

/** Codes every module shares. Modules add their own rule codes (see `*.errors.ts`). */
export enum CommonErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  CONFLICT = "CONFLICT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/**
 * An expected failure: bad input or a broken policy rule. It reaches the client with its code,
 * its message and (where one field is at fault) the field; anything else is masked.
 */
export class CatalogError extends GraphQLError {
  constructor(
    readonly code: string,
    message: string,
    details: { field?: string; [key: string]: unknown } = {},
  ) {
    super(message, { extensions: { code, ...details } });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function badUserInput(field: string, message: string): CatalogError {
  return new CatalogError(CommonErrorCode.BAD_USER_INPUT, message, { field });
}

export function notFound(what: string, field = "id"): CatalogError {
  return new CatalogError(CommonErrorCode.NOT_FOUND, `${what} not found`, { field });
}
