import { startTestCatalog, TestCatalog } from "../support/catalog";

/**
 * A plain JSON POST to /graphql is served without Express (src/http/graphql-path.ts); any other
 * request goes through Express. `Content-Encoding: identity`, which express.json reads as an
 * unencoded body, sends the same request through Express: both paths must answer alike, header for
 * header (but the request id, the date and Express's ETag) and byte for byte.
 */
let server: TestCatalog;

beforeAll(async () => {
  server = await startTestCatalog({ CORS_ORIGINS: "https://portal.example.cn", MAX_ANONYMOUS_QUERY_BYTES: "256" });
});
afterAll(() => server.stop());

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const UNCOMPARED = new Set(["date", "etag", "x-request-id", "connection", "keep-alive"]);

/** Whether each answer came with an ETag: Express adds one, the own path does not (so the test sees which path served it). */
const tagged: boolean[] = [];

async function post(body: string | Uint8Array, headers: Record<string, string>, viaExpress: boolean): Promise<Answer> {
  const response = await fetch(server.catalog.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers, ...(viaExpress ? { "content-encoding": "identity" } : {}) },
    body,
  });
  const answer: Answer = { status: response.status, headers: {}, body: await response.text() };
  tagged.push(response.headers.has("etag"));
  const requestId = response.headers.get("x-request-id");
  expect(requestId).toBeTruthy();
  response.headers.forEach((value, name) => {
    if (!UNCOMPARED.has(name)) answer.headers[name] = name === "vary" ? value.toLowerCase() : value;
  });
  answer.body = answer.body.replaceAll(requestId!, "<request id>");
  return answer;
}

async function bothPaths(body: string | Uint8Array, headers: Record<string, string> = {}): Promise<Answer> {
  tagged.length = 0;
  const own = await post(body, headers, false);
  const express = await post(body, headers, true);
  expect(tagged).toEqual([false, true]);
  expect(own).toEqual(express);
  return own;
}

const signedIn = () => ({ authorization: `Bearer ${server.api.token}` });

it("answers a signed-in query, in the caller's language, as Express does", async () => {
  const answer = await bothPaths(JSON.stringify({ query: "{ me { account { username } } }" }), { ...signedIn(), "accept-language": "en" });
  expect(answer.status).toBe(200);
  expect(answer.headers["content-language"]).toBe("en");
  expect(JSON.parse(answer.body).data.me.account.username).toBe("test.admin");
});

it("lets an allowed origin read the answer, and gives another origin no CORS header, as Express does", async () => {
  const allowed = await bothPaths(JSON.stringify({ query: "{ __typename }" }), { origin: "https://portal.example.cn" });
  expect(allowed.headers["access-control-allow-origin"]).toBe("https://portal.example.cn");
  expect(allowed.headers["access-control-expose-headers"]).toContain("x-request-id");
  const other = await bothPaths(JSON.stringify({ query: "{ __typename }" }), { origin: "https://elsewhere.example" });
  expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  expect(other.headers.vary).toBe("accept-language, origin");
});

it("refuses a body that is not a JSON object or list with BAD_REQUEST, and reads one after a byte-order mark, as Express does", async () => {
  for (const body of ["{not json", '"just a string"', "   ", "[1,"]) {
    const answer = await bothPaths(body);
    expect({ body, status: answer.status }).toEqual({ body, status: 400 });
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe("BAD_REQUEST");
  }
  const withMark = await bothPaths(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ query: "{ __typename }" }))]));
  expect(JSON.parse(withMark.body)).toEqual({ data: { __typename: "Query" } });
});

it("refuses an anonymous query over its size limit, a bad token and a bad argument with the same codes as Express", async () => {
  const large = await bothPaths(JSON.stringify({ query: `{ __typename ${"__typename ".repeat(40)}}` }));
  expect(large.status).toBe(400);
  expect(JSON.parse(large.body).errors[0].extensions.code).toBe("QUERY_TOO_LARGE");
  const badToken = await bothPaths(JSON.stringify({ query: "{ __typename }" }), { authorization: "Bearer cdo_not-a-token" });
  expect(badToken.status).toBe(401);
  expect(JSON.parse(badToken.body).errors[0].extensions.code).toBe("UNAUTHENTICATED");
  const badArgument = await bothPaths(
    JSON.stringify({ query: "query ($first: Int) { units(first: $first) { totalCount } }", variables: { first: "ten" } }),
    signedIn(),
  );
  expect(JSON.parse(badArgument.body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
});
