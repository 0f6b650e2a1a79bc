import { startTestCatalog, TestCatalog } from "../support/catalog";
import type { ApiClient, GraphQLResponse } from "../support/api-client";
import { DistrictScenario } from "../support/scenario";

// The attacker's documents (issue #14), built here: each fragment spreads the next one twice.
function exponentialFragments(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return [`query Attack { ...F0 }`, ...fragments, `fragment F${levels} on Query { __typename }`].join("\n");
}

/** The same attack grown to about `bytes` with more levels. */
function exponentialFragmentsOfSize(bytes: number): string {
  let levels = 22;
  while (exponentialFragments(levels).length < bytes) levels += 10;
  return exponentialFragments(levels);
}

const LIMIT_REPLY_MS = 2000;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

let server: TestCatalog;
beforeAll(async () => {
  server = await startTestCatalog();
  const district = await DistrictScenario.create(server.api);
  await district.unit("STREET", "茶山街道");
  await district.unit("TOWN", "郑陆镇");
});
afterAll(() => server.stop());

const healthz = () => fetch(server.catalog.url.replace(/\/graphql$/, "/healthz"));

describe("documents built to exhaust the server are refused in linear time", () => {
  it.each([22, 100])("answers %i levels of doubling fragments with QUERY_TOO_COMPLEX within 2 s, signed in", async (levels) => {
    const { result, ms } = await timed(() => server.api.raw(exponentialFragments(levels)));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(result.data ?? null).toBeNull();
    expect(ms).toBeLessThan(LIMIT_REPLY_MS);
  });

  it("refuses the same attack from a caller without credentials, and an 11 KB one from anybody", async () => {
    const anonymous22 = await timed(() => server.anonymous.raw(exponentialFragments(22)));
    expect(anonymous22.result.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const anonymous100 = await timed(() => server.anonymous.raw(exponentialFragments(100)));
    expect(anonymous100.result.errors?.[0].extensions?.code).toBe("QUERY_TOO_LARGE");

    const eleven = exponentialFragmentsOfSize(11 * 1024);
    expect(eleven.length).toBeGreaterThanOrEqual(11 * 1024);
    const signedIn = await timed(() => server.api.raw(eleven));
    expect(signedIn.result.errors?.[0].extensions?.code).toMatch(/^QUERY_TOO_(LARGE|COMPLEX)$/);
    const anonymous = await timed(() => server.anonymous.raw(eleven));
    expect(anonymous.result.errors?.[0].extensions?.code).toBe("QUERY_TOO_LARGE");
    for (const { ms } of [anonymous22, anonymous100, signedIn, anonymous]) expect(ms).toBeLessThan(LIMIT_REPLY_MS);
  });

  it("keeps /healthz answering while attacks arrive, without the memory growing", async () => {
    const rssBefore = process.memoryUsage().rss;
    const attacks: Promise<GraphQLResponse<unknown>>[] = [];
    for (let i = 0; i < 10; i += 1) {
      const client: ApiClient = i % 2 ? server.api : server.anonymous;
      attacks.push(client.raw(i % 3 ? exponentialFragments(40) : exponentialFragmentsOfSize(11 * 1024)));
    }
    const health = await timed(() => healthz());
    const answered = await timed(() => Promise.all(attacks));
    expect(health.result.status).toBe(200);
    expect(health.ms).toBeLessThan(LIMIT_REPLY_MS);
    expect(answered.ms).toBeLessThan(LIMIT_REPLY_MS);
    for (const reply of answered.result) expect(reply.errors?.[0].extensions?.code).toMatch(/^QUERY_TOO_(LARGE|COMPLEX)$/);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it("refuses deep nesting, nearly a megabyte of aliases and fragment cycles quickly, each with its code", async () => {
    const deep = "{ " + "units { edges { node { ".repeat(100) + "name" + " } } }".repeat(100) + " }";
    const aliases = `{ ${Array.from({ length: 40_000 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    const cycle = "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }";
    const cases: [string, string, string][] = [
      [deep, "QUERY_TOO_DEEP", "上限 15"],
      [aliases, "QUERY_TOO_LARGE", "3000 个词法单元"],
      [cycle, "GRAPHQL_VALIDATION_FAILED", "Cannot spread fragment"],
    ];
    for (const [query, code, message] of cases) {
      const { result, ms } = await timed(() => server.api.raw(query));
      expect(result.errors?.[0].extensions?.code).toBe(code);
      expect(result.errors?.[0].message).toContain(message);
      expect(ms).toBeLessThan(LIMIT_REPLY_MS);
    }
  });
});

describe("callers without credentials get a much smaller document", () => {
  // 600 list items: about 600 tokens in 3 KB, fine signed in, too big anonymously.
  const manyKinds = `{ units(filter: { kinds: [${Array(600).fill("TOWN").join(" ")}] }) { totalCount } }`;

  it("refuses a big anonymous document before anything runs, naming the limit", async () => {
    const { result, ms } = await timed(() => server.anonymous.raw(manyKinds));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: 500 });
    expect(result.errors?.[0].message).toContain("500 个词法单元");
    expect(ms).toBeLessThan(LIMIT_REPLY_MS);
    const bytes = await server.anonymous.raw(`{ ${" ".repeat(5000)}me { username } }`);
    expect(bytes.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: 4096 });
  });

  it("applies the same caps to GET requests", async () => {
    const url = `${server.catalog.url}?query=${encodeURIComponent(manyKinds)}`;
    const response = await fetch(url, { headers: { "apollo-require-preflight": "true" } });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: 500 });
  });

  it("runs the same document signed in, up to the signed-in cap", async () => {
    const result = await server.api.raw<{ units: { totalCount: number } }>(manyKinds);
    expect(result.errors).toBeUndefined();
    expect(result.data?.units.totalCount).toBe(1);
    const tooMany = await server.api.raw(`{ units(filter: { kinds: [${Array(3100).fill("TOWN").join(" ")}] }) { totalCount } }`);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: 3000 });
  });

  it("answers a forged token with UNAUTHENTICATED before validating its document (it gets no more than the signed-in cap)", async () => {
    const big = `{ units(filter: { kinds: [${Array(2500).fill("TOWN").join(" ")}] }) { totalCount } }`;
    const { result, ms } = await timed(() => server.anonymous.as("forged-token").raw(big));
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(ms).toBeLessThan(LIMIT_REPLY_MS);
  });

  it("still lets an anonymous caller sign in and ask who it is", async () => {
    const me = await server.anonymous.raw<{ me: null }>("{ me { roles } }");
    expect(me.errors).toBeUndefined();
    expect(me.data).toEqual({ me: null });
    const login = await server.anonymous.raw(
      "mutation SignIn($username: String!, $password: String!) { login(username: $username, password: $password) { accessToken } }",
      {
        username: "test.admin",
        password: "test-admin-password",
      },
    );
    expect(login.errors).toBeUndefined();
  });
});

describe("suggestions while introspection is on", () => {
  it("suggests field and enum value names (the schema is public anyway)", async () => {
    const field = await server.api.raw("{ unitz { totalCount } }");
    expect(field.errors?.[0].message).toContain('Did you mean "unit"');
    const value = await server.api.raw("query Kinds($filter: UnitFilter) { units(filter: $filter) { totalCount } }", { filter: { kinds: ["STREETS"] } });
    expect(value.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(value.errors?.[0].message).toContain("Did you mean");
  });
});

describe("invalid variables", () => {
  it("answers 60 invalid variables with BAD_USER_INPUT, never an internal error", async () => {
    const names = Array.from({ length: 60 }, (_, i) => `v${i}`);
    const query = `query Many(${names.map((name) => `$${name}: Int`).join(", ")}) { ${names.map((name) => `${name}: units(first: $${name}) { totalCount }`).join(" ")} }`;
    const result = await server.api.raw(query, Object.fromEntries(names.map((name) => [name, "not a number"])));
    expect(result.status).toBe(400);
    expect(result.errors?.length).toBeGreaterThan(50);
    for (const error of result.errors!) expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0].extensions?.field).toBe("v0");
    expect(result.errors?.at(-1)?.message).toContain("无效的变量过多");
  });
});

describe("long lists in the variables", () => {
  const columns = `mutation Columns($input: QualityMeasurementColumnsInput!) {
    recordQualityMeasurementColumns(input: $input) { __typename }
  }`;

  it("refuses a list of more than 20,000 items before anything coerces it, naming the field", async () => {
    const measuredAt = new Array(20_001).fill("2026-11-01T00:00:00Z");
    const result = await server.api.raw(columns, { input: { measuredAt, source: "AUTOMATED" } });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.measuredAt", limit: 20_000 });
    expect(result.errors?.[0].message).toContain("input.measuredAt 有 20001 项");
  });

  it("leaves a list at the limit to the mutation's own checks", async () => {
    const measuredAt = new Array(20_000).fill("2026-11-01T00:00:00Z");
    const result = await server.api.raw(columns, { input: { measuredAt, source: "AUTOMATED" } });
    expect(result.errors?.[0].extensions?.limit).not.toBe(20_000);
    expect(result.errors?.[0].message).not.toContain("一个列表最多");
  });
});

describe("U+0000 in a string input", () => {
  const search = "query Search($filter: UnitFilter) { units(filter: $filter) { totalCount } }";

  it("is refused in a variable, naming the field, the same on every database", async () => {
    const result = await server.api.raw(search, { filter: { search: "街道\u0000" } });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    expect(result.data ?? null).toBeNull();
  });

  it("is refused in a literal, naming the argument", async () => {
    const result = await server.api.raw('{ units(filter: { search: "\\u0000" }) { totalCount } }');
    expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    const nested = await server.api.raw('{ units(filter: { search: "ok", kinds: [TOWN] }) { totalCount } unit(code: "32\\u00000") { name } }');
    expect(nested.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
  });

  it("leaves ordinary searches alone", async () => {
    const result = await server.api.raw<{ units: { totalCount: number } }>(search, { filter: { search: "街道" } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.units.totalCount).toBe(1);
  });
});
