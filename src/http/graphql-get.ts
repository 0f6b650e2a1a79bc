import type { RequestHandler } from "express";

/** The GraphQL-over-HTTP media type: only a GraphQL client asks for it (urql, Apollo Client, graphql-http). */
const GRAPHQL_RESPONSE = "application/graphql-response+json";

/** Whether an Accept header lists application/graphql-response+json with a q above 0. */
function acceptsGraphqlResponse(accept: string | undefined): boolean {
  if (!accept || accept.length > 1024) return false;
  return accept.split(",").some((range) => {
    const [type, ...params] = range.split(";").map((part) => part.trim().toLowerCase());
    const q = params.find((param) => param.startsWith("q="));
    return type === GRAPHQL_RESPONSE && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/**
 * Lets a GraphQL client's GET query through Apollo's CSRF prevention without a preflight header.
 *
 * Apollo refuses a GET that has neither a non-simple content type nor `apollo-require-preflight` /
 * `x-apollo-operation-name`, since an <img> or a form could have sent it with the victim's cookies.
 * urql's default GET (`preferGetMethod`) sends neither, only `Accept: application/graphql-response+json, …`.
 * Here that is safe: a GET never runs a mutation (Apollo refuses it), and the catalog authenticates
 * by the Authorization header only (no cookies), which a cross-site request cannot add; so a forged
 * GET runs as an anonymous caller and its answer stays unreadable to the other site (CORS).
 * If cookies ever authenticate, drop this and keep Apollo's rule.
 */
export function graphqlClientGets(): RequestHandler {
  return (req, _res, next) => {
    if (req.method === "GET" && acceptsGraphqlResponse(req.get("accept"))) req.headers["apollo-require-preflight"] = "true";
    next();
  };
}
