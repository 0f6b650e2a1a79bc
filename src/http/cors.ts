import type { RequestHandler } from "express";
import type { CorsSettings } from "../config";

const ALLOWED_METHODS = "GET, POST, OPTIONS";
/** What a browser GraphQL client sends: JSON, the bearer token, Apollo's CSRF-preflight headers, our request id. */
const ALLOWED_HEADERS = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id";
/** What the browser app may read from a response. */
const EXPOSED_HEADERS = "x-request-id, retry-after";
const PREFLIGHT_MAX_AGE_SECONDS = 600;
const LOCALHOST = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/**
 * CORS for the routes a browser app calls: an allow-list of exact origins. A disallowed origin gets
 * no CORS header at all (the browser then refuses to show it the answer); same-origin requests and
 * clients that send no Origin (curl, servers) are untouched.
 */
export function corsPolicy(settings: CorsSettings): RequestHandler {
  const headersFor = corsHeaders(settings);
  return (req, res, next) => {
    res.vary("Origin");
    const preflight = req.method === "OPTIONS" && req.get("access-control-request-method") !== undefined;
    for (const [name, value] of Object.entries(headersFor(req.get("origin"), preflight))) res.setHeader(name, value);
    // A preflight is answered here, allowed or not: it never reaches Apollo or an export.
    if (preflight) return void res.status(204).end();
    next();
  };
}

/** Whether the policy allows an origin. */
function allowedOrigins(settings: CorsSettings): (origin: string) => boolean {
  const origins = new Set(settings.origins);
  return (origin) => origins.has(origin) || (settings.localhost && LOCALHOST.test(origin));
}

/**
 * The policy's headers for a request's answer (besides `Vary: Origin`), written once for both paths:
 * none for a disallowed or absent origin; the origin (and credentials) for an allowed one, with the
 * methods, headers and max age for a preflight, the readable headers otherwise.
 */
function corsHeaders(settings: CorsSettings): (origin: string | undefined, preflight: boolean) => Record<string, string> {
  const allowed = allowedOrigins(settings);
  const none = {};
  return (origin, preflight) => {
    if (!origin || !allowed(origin)) return none;
    const headers: Record<string, string> = { "access-control-allow-origin": origin };
    if (settings.credentials) headers["access-control-allow-credentials"] = "true";
    if (preflight) {
      headers["access-control-allow-methods"] = ALLOWED_METHODS;
      headers["access-control-allow-headers"] = ALLOWED_HEADERS;
      headers["access-control-max-age"] = String(PREFLIGHT_MAX_AGE_SECONDS);
    } else headers["access-control-expose-headers"] = EXPOSED_HEADERS;
    return headers;
  };
}

/** The policy for a request that is not a preflight: for /graphql's own path (src/http/graphql-path.ts), which does not go through Express. */
export function corsAnswerHeaders(settings: CorsSettings): (origin: string | undefined) => Record<string, string> {
  const headersFor = corsHeaders(settings);
  return (origin) => headersFor(origin, false);
}
