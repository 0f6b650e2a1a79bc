import { Writable } from "node:stream";
import { logger, setLogDestination } from "../../src/common/logger";
import { UserAccount } from "../../src/modules/access/user-account.entity";
import { ADMIN, startTestCatalog, testDatabase, TestCatalog } from "../support/catalog";
import { httpRequest } from "../support/http-request";

const base = (server: TestCatalog) => server.catalog.url.replace(/\/graphql$/, "");

/** The value of one sample in Prometheus text output (0 when absent). */
function sample(metrics: string, name: string, labels: Record<string, string>): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of metrics.split("\n")) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const given = match[2].split(",");
    if (wanted.every((label) => given.includes(label))) return Number(match[3]);
  }
  return 0;
}

describe("metrics at /metrics", () => {
  let server: TestCatalog;
  beforeAll(async () => (server = await startTestCatalog()));
  afterAll(() => server.stop());
  const metrics = async () => (await httpRequest(`${base(server)}/metrics`)).body;

  it("counts requests by route, operation and status, with their latency", async () => {
    const labels = { route: "/graphql", operation: "MetricsProbe", status: "200" };
    const before = sample(await metrics(), "http_requests_total", labels);
    expect((await server.api.raw("query MetricsProbe { units(first: 1) { totalCount } }")).status).toBe(200);
    expect((await server.api.raw("query MetricsProbe { units(first: 1) { totalCount } }")).status).toBe(200);
    const after = await metrics();
    expect(sample(after, "http_requests_total", labels)).toBe(before + 2);
    expect(sample(after, "http_request_duration_seconds_count", labels)).toBe(before + 2);
    expect(after).toMatch(/^process_resident_memory_bytes \d+/m);
    if (testDatabase === "mysql") expect(sample(after, "db_pool_connections", { state: "size" })).toBe(10);
    else expect(after).not.toContain("db_pool_connections");
  });

  it("counts errors by code, from Apollo and from the query-limits gate", async () => {
    const before = await metrics();
    const unauthenticated = await server.anonymous.raw("query Who { units(first: 1) { totalCount } }");
    const code = unauthenticated.errors?.[0].extensions?.code;
    expect(code).toBeDefined();
    const huge = await server.anonymous.raw(`{ __typename ${"a: __typename ".repeat(600)} }`);
    expect(huge.errors?.[0].extensions?.code).toBe("QUERY_TOO_LARGE");
    const after = await metrics();
    expect(sample(after, "graphql_errors_total", { code: code! })).toBe(sample(before, "graphql_errors_total", { code: code! }) + 1);
    expect(sample(after, "graphql_errors_total", { code: "QUERY_TOO_LARGE" })).toBe(sample(before, "graphql_errors_total", { code: "QUERY_TOO_LARGE" }) + 1);
  });

  it("keeps client-chosen operation names from growing the metrics without bound", async () => {
    const started = Date.now();
    for (let batch = 0; batch < 5; batch++) {
      await Promise.all(Array.from({ length: 50 }, (_, i) => server.api.raw(`query Probe${batch}x${i} { __typename }`)));
    }
    const text = await metrics();
    const operations = new Set([...text.matchAll(/^http_requests_total\{[^}]*operation="([^"]*)"/gm)].map((m) => m[1]));
    expect(operations.size).toBeLessThanOrEqual(201 + 1); // 200 names, "other", and "" (no operation)
    expect(sample(text, "http_requests_total", { route: "/graphql", operation: "other", status: "200" })).toBeGreaterThanOrEqual(50);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it("is protected by METRICS_TOKEN when one is set, and absent with METRICS=false", async () => {
    const token = "metrics-token-0123456789";
    const guarded = await startTestCatalog({ METRICS_TOKEN: token }, { signIn: false });
    const off = await startTestCatalog({ METRICS: "false" }, { signIn: false });
    try {
      expect((await httpRequest(`${base(guarded)}/metrics`)).status).toBe(401);
      expect((await httpRequest(`${base(guarded)}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
      const allowed = await httpRequest(`${base(guarded)}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(allowed.status).toBe(200);
      expect(allowed.body).toContain("http_requests_total");
      expect((await httpRequest(`${base(off)}/metrics`)).status).toBe(404);
    } finally {
      await guarded.stop();
      await off.stop();
    }
  });
});

describe("readiness at /readyz", () => {
  it("is ready once started, and answers 503 from the moment stop() begins while /healthz stays a liveness check", async () => {
    const server = await startTestCatalog({ SHUTDOWN_DELAY_MS: "400" }, { signIn: false });
    const ready = await httpRequest(`${base(server)}/readyz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: "ready" });
    const stopped = server.stop();
    const stopping = await httpRequest(`${base(server)}/readyz`);
    expect(stopping.status).toBe(503);
    expect(JSON.parse(stopping.body)).toEqual({ status: "unavailable", reason: "stopping" });
    expect(stopping.headers["retry-after"]).toMatch(/^\d+$/);
    expect((await httpRequest(`${base(server)}/healthz`)).status).toBe(200); // still alive: only no new traffic, please
    await stopped;
  });

  it("answers 503 once the database is closed", async () => {
    const server = await startTestCatalog({}, { signIn: false });
    try {
      await server.catalog.dataSource.destroy();
      const started = Date.now();
      const response = await httpRequest(`${base(server)}/readyz`);
      expect(response.status).toBe(503);
      expect(JSON.parse(response.body).reason).toBe("database");
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      await server.stop();
    }
  });
});

describe("the access log", () => {
  const lines: Record<string, unknown>[] = [];
  const capture = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  let server: TestCatalog;
  beforeAll(async () => {
    setLogDestination(capture);
    server = await startTestCatalog({ LOG_LEVEL: "info" });
  });
  afterAll(async () => {
    await server.stop();
    setLogDestination();
    logger.setLevel("silent");
  });
  const accessLines = () => lines.filter((line) => line.message === "request");

  it("writes one JSON line per request: request id, operation, status, duration and the caller's account", async () => {
    const account = await server.catalog.dataSource.manager.findOneByOrFail(UserAccount, { username: ADMIN.username });
    const reply = await server.api.raw("query AccessLogProbe { units(first: 1) { totalCount } }", undefined, { "x-request-id": "access-log-probe-1" });
    expect(reply.status).toBe(200);
    await new Promise((resolve) => setImmediate(resolve));
    const logged = accessLines().filter((line) => line.requestId === "access-log-probe-1");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: "info", method: "POST", path: "/graphql", operationName: "AccessLogProbe", status: 200, accountId: account.id });
    expect(logged[0].durationMs).toEqual(expect.any(Number));
    expect(logged[0].time).toMatch(/^\d{4}-\d\d-\d\dT/);

    await server.anonymous.raw("query Anonymous { __typename }", undefined, { "x-request-id": "access-log-probe-2" });
    await new Promise((resolve) => setImmediate(resolve));
    const anonymous = accessLines().find((line) => line.requestId === "access-log-probe-2");
    expect(anonymous).toMatchObject({ operationName: "Anonymous", status: 200 });
    expect(anonymous).not.toHaveProperty("accountId");
  });

  it("never carries an Authorization header, a token or a password", async () => {
    await server.anonymous.signIn(ADMIN.username, ADMIN.password);
    logger.info("probe with secrets", {
      headers: { authorization: `Bearer ${server.api.token}` },
      password: ADMIN.password,
      input: { password: ADMIN.password, accessToken: "abc-secret-token" },
    });
    await new Promise((resolve) => setImmediate(resolve));
    const text = JSON.stringify(lines);
    expect(lines.some((line) => line.message === "probe with secrets")).toBe(true);
    expect(accessLines().some((line) => line.operationName === "SignIn")).toBe(true);
    expect(text).not.toContain(server.api.token!);
    expect(text).not.toContain(ADMIN.password);
    expect(text).not.toContain("abc-secret-token");
    expect(text).toContain("[redacted]");
  });
});
