import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ArgumentValidationError } from "type-graphql";
import { getMetadataStorage, type ValidationError } from "class-validator";
import { isDatabaseUnavailable } from "../database/database-errors";
import { CatalogError, CommonErrorCode, serviceUnavailable } from "./errors";
import { DEFAULT_LOCALE, inLocale, type Locale, type Localised, validationText } from "./i18n";
import { CommonMessages } from "./messages";
import { logger } from "./logger";
import type { RequestTrace } from "./request-store";

/**
 * The request each error belongs to: Apollo's `formatError` is given the error alone, so the request
 * trace plugin (src/http/request-trace.ts, `didEncounterErrors`) and the context's own refusals note it
 * here first. An error of no request (a broken HTTP body) answers in Chinese, with no request id.
 */
const errorTraces = new WeakMap<object, RequestTrace>();

/** Notes which request an error is answered to: its language and its request id. */
export function errorOfRequest(error: unknown, trace: RequestTrace): void {
  if (typeof error === "object" && error !== null) errorTraces.set(error, trace);
}

interface FieldProblem {
  field: string;
  messages: string[];
}

/** The built-in checks' problems in the request's language, from the check's own arguments (e.g. the 200 of MaxLength(200)). */
const CONSTRAINT_TEXTS: Record<string, (field: string, args: unknown[]) => Localised> = {
  maxLength: (field, [max]) => CommonMessages.maxLength(field, max),
  isLength: (field, [min, max]) => CommonMessages.length(field, min, max),
  min: (field, [min]) => CommonMessages.min(field, min),
  max: (field, [max]) => CommonMessages.max(field, max),
  isInt: (field) => CommonMessages.isInt(field),
};

/**
 * One problem's message in the request's language. Checks with a message of their own (e.g. `Matches`
 * with `validationMessage(...)`) reported its Chinese form; built-in ones are rendered here.
 */
function problemMessage(error: ValidationError, constraint: string, given: string, locale: Locale): string {
  const own = validationText(given);
  if (own) return inLocale(own, locale);
  const render = CONSTRAINT_TEXTS[constraint];
  if (!render || !error.target) return given;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(error.target.constructor, "", true, false)
    .find((m) => m.propertyName === error.property && m.name === constraint && m.message === undefined);
  return metadata ? inLocale(render(error.property, metadata.constraints ?? []), locale) : given;
}

function flatten(errors: readonly ValidationError[], locale: Locale, prefix = ""): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints
      ? [{ field, messages: Object.entries(error.constraints).map(([constraint, given]) => problemMessage(error, constraint, given, locale)) }]
      : [];
    return [...own, ...flatten(error.children ?? [], locale, field)];
  });
}

/** graphql-js stops coercing variables after 50 errors with this error of its own (no code). */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/** Apollo's CSRF prevention (a BAD_REQUEST of its own, in English): the same refusal in the request's language. */
const CSRF_BLOCKED = /^This operation has been blocked as a potential Cross-Site Request Forgery/;

/** The error without graphql-js's "Did you mean …?" hints (they name fields, types and enum values). */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/ ?Did you mean [^?]*\?/g, "");
  return message === formatted.message ? formatted : { ...formatted, message };
}

/**
 * The error that was thrown: a resolver's (graphql-js wraps it with its path), or what a plugin, the
 * context or the executor threw — Apollo wraps that (a TypeError, say) in a GraphQLError of the same
 * message and no path, which is no error meant for the client.
 */
function thrownError(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  if (!(unwrapped instanceof GraphQLError) || unwrapped.path !== undefined) return unwrapped;
  const cause = unwrapped.originalError;
  return cause && !(cause instanceof GraphQLError) && cause.message === unwrapped.message ? cause : unwrapped;
}

/**
 * What a client sees of an error. Expected errors (bad input, broken rules, GraphQL validation)
 * keep their code, message and field. A database that did not answer is SERVICE_UNAVAILABLE (503,
 * see app.ts). Anything else is logged with the request id and masked: no SQL text, no stack trace, ever.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = thrownError(error);
  const trace = typeof error === "object" && error !== null ? errorTraces.get(error) : undefined;
  const requestId = trace?.requestId;
  const locale = trace?.locale ?? DEFAULT_LOCALE;
  const localise = (message: Localised) => inLocale(message, locale);

  if (original instanceof ArgumentValidationError) {
    const problems = flatten(original.extensions.validationErrors as ValidationError[], locale);
    const first = problems[0];
    return {
      message: localise(first ? CommonMessages.invalidField(first.field, first.messages.join("; ")) : CommonMessages.invalidInput),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: CommonErrorCode.BAD_USER_INPUT, field: first?.field, problems },
    };
  }

  if (original instanceof GraphQLError && TOO_MANY_VARIABLE_ERRORS.test(original.message)) {
    return { message: localise(CommonMessages.tooManyInvalidVariables), extensions: { code: CommonErrorCode.BAD_USER_INPUT } };
  }

  // Our own CatalogErrors, scalar parsing and GraphQL validation errors are meant for the client.
  const expected = original instanceof GraphQLError || (error instanceof GraphQLError && error.originalError === undefined);
  if (expected) {
    const { stacktrace: _stack, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    if (original instanceof CatalogError) {
      formatted = { ...formatted, message: localise(original.localised) };
      Object.assign(extensions, original.extensionsIn(locale));
    } else if (CSRF_BLOCKED.test(formatted.message)) formatted = { ...formatted, message: localise(CommonMessages.csrfBlocked) };
    if (extensions.code === CommonErrorCode.BAD_USER_INPUT && extensions.field === undefined) {
      // Variable coercion errors name the field in their message: 'Variable "$input" got invalid value … at "input.endDate"'.
      const field = /at "([^"]+)"/.exec(formatted.message)?.[1] ?? /Variable "\$(\w+)"/.exec(formatted.message)?.[1];
      if (field) extensions.field = field;
    }
    return { ...formatted, extensions };
  }

  if (isDatabaseUnavailable(original)) {
    logger.warn("database unavailable", { requestId, error: (original as Error).message, path: formatted.path });
    const unavailable = serviceUnavailable();
    return {
      message: localise(unavailable.localised),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: unavailable.code, requestId },
    };
  }

  const cause = original instanceof Error ? original : new Error(String(original));
  logger.error("internal error", { requestId, error: cause.message, stack: cause.stack, path: formatted.path });
  return {
    message: localise(CommonMessages.internalError(requestId)),
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: CommonErrorCode.INTERNAL_SERVER_ERROR, requestId },
  };
}
