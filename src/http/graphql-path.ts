import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import type express from "express";
import type { RequestContext } from "../common/context";
import { followRequest, noteErrorCode, requestTrace, type RequestTrace } from "../common/request-store";
import { type QueryLimits, queryLimitRefusal, queryOfBody } from "../common/query-limits";
import { logger } from "../common/logger";
import { DEFAULT_LOCALE, inLocale } from "../common/i18n";
import { CommonMessages } from "../common/messages";
import type { CorsSettings } from "../config";
import { type FinishedRequest, watchRequest } from "./access-log";
import { corsAnswerHeaders } from "./cors";
import type { HotQueryLane } from "./hot-queries";

/** What the Express path and this one share: the request's trace and headers, the answer to a broken body. */
export interface GraphqlPathSettings {
  maxRequestBytes: number;
  cors: CorsSettings;
  limits: QueryLimits;
  apollo: ApolloServer<RequestContext>;
  /** Queries already hot, answered without Apollo's pipeline (src/http/hot-queries.ts); none with replicas. */
  lane?: HotQueryLane;
  /** The request's trace and the headers every answer carries (request id, content language), as the Express path starts it. */
  startTrace(headers: IncomingMessage["headers"]): { trace: RequestTrace; headers: Record<string, string> };
  finished(request: FinishedRequest): void;
  /** The client's address, as Express's `req.ip` says it (TRUST_PROXY). */
  clientAddress(req: IncomingMessage): string | undefined;
  context(trace: RequestTrace, authorization: string | undefined, clientAddress: string | undefined): Promise<RequestContext>;
  /** The answer to a body that is not JSON (400) or to a failure of this path itself (500), as the Express path's body error handler gives it. */
  bodyError(status: 400 | 500, trace: RequestTrace): { status: number; body: object };
}

/** Headers the two paths both vary on: the answer's language, and CORS. */
const VARY = "accept-language, Origin";
const JSON_TYPE = "application/json; charset=utf-8";

/**
 * `/graphql` without Express for the usual request: a JSON POST of a declared length within
 * MAX_REQUEST_BYTES, uncompressed, to exactly `/graphql`. It gives what the Express path gives
 * (request id and language, the access log and metrics, CORS, the query limits gate, Apollo with its
 * CSRF prevention, plugins and masking, the body errors), with a parsed body, one answer write and no
 * ETag (a POST's answer is never revalidated). Everything else — GET, preflights, multipart uploads,
 * larger bodies (the large-bodies rule), chunked or compressed ones, other charsets — goes through
 * Express as before: `takes` says which.
 */
export function graphqlPath(settings: GraphqlPathSettings): { takes(req: IncomingMessage): boolean; serve(req: IncomingMessage, res: ServerResponse): void } {
  const corsHeaders = corsAnswerHeaders(settings.cors);

  const takes = (req: IncomingMessage): boolean => {
    if (req.method !== "POST" || req.url !== "/graphql") return false;
    const headers = req.headers;
    const length = headers["content-length"];
    if (length === undefined || headers["transfer-encoding"] !== undefined || headers["content-encoding"] !== undefined) return false;
    const declared = Number(length);
    return declared > 0 && declared <= settings.maxRequestBytes && isPlainJson(headers["content-type"]);
  };

  const answer = (res: ServerResponse, status: number, headers: Record<string, string>, body: string) => {
    headers["content-length"] = String(Buffer.byteLength(body));
    res.writeHead(status, headers);
    res.end(body);
  };

  const respond = async (req: IncomingMessage, res: ServerResponse, trace: RequestTrace, common: Record<string, string>) => {
    const text = await bodyText(req);
    if (text === null) return; // the client went away: the access log reports it aborted
    const headers = { ...common, ...corsHeaders(req.headers.origin) };
    const body = parsedBody(text);
    if (body === undefined) {
      noteErrorCode(trace, "BAD_REQUEST");
      const refused = settings.bodyError(400, trace);
      return answer(res, refused.status, { ...headers, "content-type": JSON_TYPE }, JSON.stringify(refused.body));
    }
    const query = queryOfBody(body);
    if (typeof query === "string") {
      const refusal = queryLimitRefusal(settings.limits, query, !req.headers.authorization);
      if (refusal) {
        noteErrorCode(trace, refusal.error.code);
        return answer(
          res,
          refusal.status,
          { ...headers, "content-type": JSON_TYPE },
          JSON.stringify(refusal.body(trace.requestId, trace.locale ?? DEFAULT_LOCALE)),
        );
      }
    }
    let context = () => settings.context(trace, req.headers.authorization, settings.clientAddress(req));
    const lane = settings.lane;
    const hot = lane?.take(body, req.headers.accept);
    if (lane && hot) {
      const made = context();
      const outcome = await lane.run(hot, trace, made);
      if (outcome.kind === "answered") return answer(res, 200, Object.assign(headers, outcome.headers), outcome.body);
      context = () => made; // Apollo answers with the same context (and the result the lane settled, if it ran)
    }
    const response = await executeGraphql(settings.apollo, trace, { method: "POST", headers: req.headers, search: "", body }, context);
    for (const [name, value] of response.headers) headers[name] = value;
    const status = response.status ?? 200;
    if (response.body.kind === "complete") return answer(res, status, headers, response.body.string);
    res.writeHead(status, headers);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const serve = (req: IncomingMessage, res: ServerResponse): void => {
    const { trace, headers } = settings.startTrace(req.headers);
    headers.vary = VARY;
    followRequest(req, trace);
    watchRequest(req, res, "/graphql", settings.finished);
    respond(req, res, trace, headers).catch((error: Error) => {
      logger.error("request failed", { requestId: trace.requestId, error: error.message });
      if (res.headersSent) return void res.destroy();
      noteErrorCode(trace, "INTERNAL_SERVER_ERROR");
      const failed = settings.bodyError(500, trace);
      answer(res, failed.status, { ...headers, "content-type": JSON_TYPE }, JSON.stringify(failed.body));
    });
  };

  return { takes, serve };
}

/**
 * Apollo's answer to one /graphql request, for both paths. Apollo refuses a request that could be a
 * cross-site forgery (CSRF) before any of our code sees it, so its error carries no request: the
 * error formatting writes that refusal in Chinese, and an English request's answer is rewritten here
 * (only such a 400 is read again).
 */
async function executeGraphql(
  apollo: ApolloServer<RequestContext>,
  trace: RequestTrace,
  request: { method: string; headers: IncomingHttpHeaders; search: string; body: unknown },
  context: () => Promise<RequestContext>,
): Promise<HTTPGraphQLResponse> {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { ...request, headers }, context });
  const locale = trace.locale ?? DEFAULT_LOCALE;
  if (response.status !== 400 || locale === DEFAULT_LOCALE || response.body.kind !== "complete") return response;
  const csrf = inLocale(CommonMessages.csrfBlocked, DEFAULT_LOCALE);
  if (!response.body.string.includes(csrf)) return response;
  const answer = JSON.parse(response.body.string) as { errors?: { message: string }[] };
  for (const error of answer.errors ?? []) if (error.message === csrf) error.message = inLocale(CommonMessages.csrfBlocked, locale);
  return { ...response, body: { kind: "complete", string: JSON.stringify(answer) } };
}

/** /graphql through Express (GET, multipart uploads, large or unusual bodies), as Apollo's Express integration does, through `executeGraphql`. */
export function graphqlExpressHandler(
  apollo: ApolloServer<RequestContext>,
  context: (req: express.Request, trace: RequestTrace) => Promise<RequestContext>,
): express.RequestHandler {
  return async (req, res) => {
    const trace = requestTrace(req);
    const search = req.originalUrl.includes("?") ? req.originalUrl.slice(req.originalUrl.indexOf("?")) : "";
    const response = await executeGraphql(apollo, trace, { method: req.method.toUpperCase(), headers: req.headers, search, body: req.body }, () =>
      context(req, trace),
    );
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") return void res.send(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
}

/** `application/json`, with no parameter but `charset=utf-8` (what express.json reads as is; anything else is Express's to judge). */
function isPlainJson(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [type, ...parameters] = contentType.split(";");
  if (type.trim().toLowerCase() !== "application/json") return false;
  return parameters.every((parameter) => parameter.trim().toLowerCase() === "charset=utf-8");
}

/** The body as UTF-8 text (a byte-order mark dropped, as express.json does), or null if the client went away before its end. */
function bodyText(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.once("end", () => {
      const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      resolve(bytes.toString("utf8", bom ? 3 : 0));
    });
    req.once("close", () => resolve(null)); // after "end" this changes nothing
    req.once("error", () => resolve(null));
  });
}

/** JSON's first significant character must open an object or an array (express.json's strict mode); undefined when the body is not such JSON. */
function parsedBody(text: string): unknown {
  const first = /^[\x20\x09\x0a\x0d]*(.)/.exec(text)?.[1];
  if (first !== "{" && first !== "[") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
