import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * What follows one HTTP request from its first middleware to its access-log line: its id (for logs
 * and masked errors), the number of SQL statements it ran, and what the access log and metrics
 * report once it is answered: the GraphQL operation and the caller's account.
 *
 * The trace is passed explicitly — on the request (`traceOf(req)`), on its `RequestContext`
 * (`ctx.trace`) and on the query runners of its entity managers — never through AsyncLocalStorage:
 * on Node 20 an enabled AsyncLocalStorage runs a hook on every promise, in every request, and a
 * small request creates about a hundred of them (bench/profiles/W2-*.txt: 10-15% of its CPU).
 */
export interface RequestTrace {
  requestId: string;
  sqlStatements: number;
  /** The named GraphQL operation, once Apollo resolved it. */
  operationName?: string;
  /** The signed-in caller's account id. */
  accountId?: number;
  /** The codes of the GraphQL errors answered. */
  errorCodes?: string[];
  /** The language the caller reads (Accept-Language; see common/i18n.ts). */
  locale?: "zh-CN" | "en";
}

/** A trace for work that is not an HTTP request (a command, the demo loader, a test's context). */
export function workTrace(requestId: string, locale?: RequestTrace["locale"]): RequestTrace {
  return locale ? { requestId, sqlStatements: 0, locale } : { requestId, sqlStatements: 0 };
}

const traces = new WeakMap<IncomingMessage, RequestTrace>();

/** Starts following a request: every later step finds its trace with `traceOf(req)`. */
export function followRequest(req: IncomingMessage, trace: RequestTrace): void {
  traces.set(req, trace);
}

/** The trace of a request the server follows (undefined for one it never started). */
export function traceOf(req: IncomingMessage): RequestTrace | undefined {
  return traces.get(req);
}

/** The trace of a request the server follows; one of its own for a request it did not (every route is behind the one that starts them). */
export function requestTrace(req: IncomingMessage): RequestTrace {
  let trace = traces.get(req);
  if (!trace) traces.set(req, (trace = workTrace(randomUUID())));
  return trace;
}

/** Records an error code the request answers with (for the error metrics), wherever it was refused. */
export function noteErrorCode(trace: RequestTrace | undefined, code: string): void {
  if (trace) (trace.errorCodes ??= []).push(code);
}
