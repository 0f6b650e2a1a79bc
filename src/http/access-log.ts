import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { logger } from "../common/logger";
import { traceOf } from "../common/request-store";

/** What is known of a request once it is answered (or its client went away). */
export interface FinishedRequest {
  method: string;
  /** The path, never the query string (an export's filters stay out of logs). */
  path: string;
  status: number;
  durationMs: number;
  requestId?: string;
  operationName?: string;
  accountId?: number;
  errorCodes: string[];
  /** The client went away before the answer was complete. */
  aborted: boolean;
}

/** Calls `finished` once per request, when its response is sent or its connection closes. Mount after the request id. */
export function onRequestFinished(finished: (request: FinishedRequest) => void): RequestHandler {
  return (req, res, next) => {
    watchRequest(req, res, req.originalUrl, finished);
    next();
  };
}

/** `onRequestFinished` for one request (`url`: as the client sent it), once its trace is followed; for /graphql's own path too (src/http/graphql-path.ts). */
export function watchRequest(req: IncomingMessage, res: ServerResponse, url: string, finished: (request: FinishedRequest) => void): void {
  const started = process.hrtime.bigint();
  const trace = traceOf(req);
  let done = false;
  const report = (aborted: boolean) => {
    if (done) return;
    done = true;
    finished({
      method: req.method ?? "",
      path: url.split("?")[0].slice(0, 200),
      status: res.statusCode,
      durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
      requestId: trace?.requestId,
      operationName: trace?.operationName,
      accountId: trace?.accountId,
      errorCodes: trace?.errorCodes ?? [],
      aborted,
    });
  };
  res.once("finish", () => report(false));
  res.once("close", () => report(!res.writableFinished));
}

/** One access-log line per request: id, method, path, operation, status, duration, account. */
export function accessLog(request: FinishedRequest): void {
  logger.info("request", {
    requestId: request.requestId,
    method: request.method,
    path: request.path,
    operationName: request.operationName,
    status: request.status,
    durationMs: request.durationMs,
    accountId: request.accountId,
    errorCodes: request.errorCodes.length ? [...new Set(request.errorCodes)] : undefined,
    aborted: request.aborted || undefined,
  });
}
