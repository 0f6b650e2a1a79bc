import { startTestCatalog, TestCatalog } from "../support/catalog";
import { httpRequest } from "../support/http-request";

const PORTAL = "https://portal.tianning.example.cn";
const VITE = "http://localhost:5173";
const STRANGER = "https://evil.example.com";

const preflight = (url: string, origin: string, method = "POST") =>
  httpRequest(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": method, "access-control-request-headers": "content-type,authorization,apollo-require-preflight" },
  });

describe("a browser app on another origin", () => {
  let server: TestCatalog;
  beforeAll(async () => (server = await startTestCatalog({ CORS_ORIGINS: `${PORTAL},${VITE}` })));
  afterAll(() => server.stop());

  it("gets its preflight answered (204) with the methods and headers a GraphQL client sends", async () => {
    const response = await preflight(server.catalog.url, PORTAL);
    expect(response.status).toBe(204);
    expect(response.headers["access-control-allow-origin"]).toBe(PORTAL);
    expect(response.headers["access-control-allow-methods"]).toMatch(/POST/);
    expect(response.headers["access-control-allow-methods"]).toMatch(/GET/);
    for (const header of ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"]) {
      expect(response.headers["access-control-allow-headers"]).toContain(header);
    }
    expect(response.headers.vary).toMatch(/Origin/i);
    expect(response.headers["access-control-allow-credentials"]).toBeUndefined();
  });

  it("answers a disallowed origin's preflight with no CORS header, so its browser refuses", async () => {
    const response = await preflight(server.catalog.url, STRANGER);
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    expect(response.headers["access-control-allow-methods"]).toBeUndefined();
    expect(response.headers["access-control-allow-headers"]).toBeUndefined();
    // Nor may a look-alike of an allowed origin pass (exact match only).
    const lookalike = await preflight(server.catalog.url, `${PORTAL}.evil.example.com`);
    expect(lookalike.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("lets an allowed origin read a POST's answer and its request id", async () => {
    const response = await httpRequest(server.catalog.url, {
      method: "POST",
      headers: { origin: VITE, "content-type": "application/json", authorization: `Bearer ${server.api.token}` },
      body: JSON.stringify({ query: "query PortalUnits { units(first: 1) { totalCount } }" }),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.units.totalCount).toEqual(expect.any(Number));
    expect(response.headers["access-control-allow-origin"]).toBe(VITE);
    expect(response.headers["access-control-expose-headers"]).toContain("x-request-id");

    const stranger = await httpRequest(server.catalog.url, {
      method: "POST",
      headers: { origin: STRANGER, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(stranger.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers an urql-style GET query with apollo-require-preflight cross-origin, after its preflight; without it CSRF prevention refuses", async () => {
    const query = encodeURIComponent("query PortalTypename { __typename }");
    const url = `${server.catalog.url}?query=${query}&operationName=PortalTypename`;
    const allowed = await httpRequest(url, {
      method: "OPTIONS",
      headers: { origin: PORTAL, "access-control-request-method": "GET", "access-control-request-headers": "apollo-require-preflight" },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers["access-control-allow-headers"]).toContain("apollo-require-preflight");

    const get = await httpRequest(url, { headers: { origin: PORTAL, "apollo-require-preflight": "true", accept: "application/graphql-response+json" } });
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body).data).toEqual({ __typename: "Query" });
    expect(get.headers["access-control-allow-origin"]).toBe(PORTAL);

    // No content type, no preflight header, and an Accept a form or an image could send: refused.
    const bare = await httpRequest(url, { headers: { origin: PORTAL, accept: "application/json" } });
    expect(bare.status).toBe(400);
    expect(bare.body).toMatch(/CSRF|preflight/i);
  });

  it("answers urql's default GET (no content type, no preflight header, Accept: application/graphql-response+json) but never a mutation over GET", async () => {
    const urqlAccept = "application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed";
    const query = encodeURIComponent("query PortalTypename { __typename }");
    const get = await httpRequest(`${server.catalog.url}?query=${query}&operationName=PortalTypename`, {
      headers: { origin: PORTAL, accept: urqlAccept, authorization: `Bearer ${server.api.token}` },
    });
    expect(get.status).toBe(200);
    expect(JSON.parse(get.body).data).toEqual({ __typename: "Query" });
    expect(get.headers["access-control-allow-origin"]).toBe(PORTAL);

    const refusedQ = await httpRequest(`${server.catalog.url}?query=${query}`, {
      headers: { origin: PORTAL, accept: "application/graphql-response+json;q=0, application/json" },
    });
    expect(refusedQ.status).toBe(400);

    const mutation = encodeURIComponent('mutation { login(username: "x", password: "y") { accessToken } }');
    const write = await httpRequest(`${server.catalog.url}?query=${mutation}`, { headers: { origin: PORTAL, accept: urqlAccept } });
    expect(write.status).toBe(405);
    expect(JSON.parse(write.body).data).toBeUndefined();
  });

  it("applies the same policy to the exports", async () => {
    const response = await preflight(`${server.catalog.url.replace(/\/graphql$/, "")}/exports/audit.csv`, PORTAL, "GET");
    expect(response.status).toBe(204);
    expect(response.headers["access-control-allow-origin"]).toBe(PORTAL);
    const download = await httpRequest(`${server.catalog.url.replace(/\/graphql$/, "")}/exports/audit.csv`, {
      headers: { origin: PORTAL, authorization: `Bearer ${server.api.token}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers["access-control-allow-origin"]).toBe(PORTAL);
  });
});

describe("CORS settings", () => {
  it("sends Access-Control-Allow-Credentials only when CORS_CREDENTIALS=true", async () => {
    const server = await startTestCatalog({ CORS_ORIGINS: PORTAL, CORS_CREDENTIALS: "true" }, { signIn: false });
    try {
      const response = await preflight(server.catalog.url, PORTAL);
      expect(response.headers["access-control-allow-origin"]).toBe(PORTAL);
      expect(response.headers["access-control-allow-credentials"]).toBe("true");
      const stranger = await preflight(server.catalog.url, STRANGER);
      expect(stranger.headers["access-control-allow-credentials"]).toBeUndefined();
    } finally {
      await server.stop();
    }
  });

  it("allows no other origin by default (outside development), not even localhost", async () => {
    const server = await startTestCatalog({}, { signIn: false });
    try {
      const response = await preflight(server.catalog.url, VITE);
      expect(response.headers["access-control-allow-origin"]).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});
