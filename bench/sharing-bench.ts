/**
 * W4, the analysts' sharing questions over a district-size year of sharing, against MariaDB:
 * 200 units, 3,000 shareable resources, 40,000 requests of 2026 (by default) with their
 * decisions, grants and some 400,000 days of usage, seeded with multi-row INSERTs; then the
 * real server (in this process, on a clock fixed to 30 November 2026) answers the sharing matrix,
 * turnaround per provider, the most-used and never-requested resources and the overdue list, each
 * as one query: sequential requests, median and worst latency, SQL statements per request (the
 * x-sql-statements header) and answer size.
 *
 * Run: `npm run bench:sharing [-- --requests 40000 --repeat 15 --keep]`. Needs MariaDB/MySQL at
 * BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306); creates and drops `cdo_bench_sharing`
 * (--keep leaves it for a look inside).
 */
import "reflect-metadata";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { createConnection, type Connection } from "mysql2/promise";
import { startCatalog } from "../src/app";
import { loadConfig } from "../src/config";
import { addWorkingDays, calendarOf, isWorkingDay, addDays, workingDaysBetween, WorkingDayExceptionKind } from "../src/modules/calendar";
import { demoWorkingDayExceptions } from "../src/demo/calendar.data";
import { SeededRandom } from "./harness/random";

const DATABASE = "cdo_bench_sharing";
const serverUrl = (process.env.BENCH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306").replace(/\/+$/, "");
const TODAY = "2026-11-30";
const YEAR = { from: "2026-01-01", to: "2026-12-31" };
const UNITS = 200;
const PROVIDERS = 60;
const RESOURCES = 3000;
const ADMIN = { username: "bench.admin", password: "bench-admin-password" };

const started = performance.now();
const log = (message: string) => process.stdout.write(`[sharing ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

type Value = string | number | null;

/** Rows sent as multi-row INSERTs of `perStatement` rows. */
async function insertRows(connection: Connection, table: string, columns: string[], rows: Value[][], perStatement = 2000): Promise<void> {
  for (let i = 0; i < rows.length; i += perStatement) {
    const slice = rows.slice(i, i + perStatement);
    const placeholders = slice.map(() => `(${columns.map(() => "?").join(",")})`).join(",");
    await connection.query(`INSERT INTO ${table} (${columns.join(",")}) VALUES ${placeholders}`, slice.flat());
  }
}

const stamp = "2026-01-01 00:00:00";

/** Units, resources, the 2026 calendar, requests, decisions, grants and usage. */
async function seed(connection: Connection, requestCount: number): Promise<Record<string, number>> {
  const random = new SeededRandom(20261130);
  const calendar = calendarOf(demoWorkingDayExceptions.map((e) => ({ date: e.date, kind: e.kind as WorkingDayExceptionKind })));
  await insertRows(
    connection,
    "working_day_exceptions",
    ["date", "kind", "name", "created_at", "updated_at"],
    demoWorkingDayExceptions.map((e) => [e.date, e.kind, e.name, stamp, stamp]),
  );

  const units: Value[][] = [[1, "DISTRICT", "B-320402", "天宁区（基准）", null, "/1/", 0, stamp, stamp]];
  for (let id = 2; id <= UNITS; id++) {
    const department = id <= PROVIDERS + 1;
    units.push([id, department ? "DEPARTMENT" : "STREET", `B-${id}`, `${department ? "部门" : "街道"}${id}`, 1, `/1/${id}/`, 1, stamp, stamp]);
  }
  await insertRows(connection, "units", ["id", "kind", "code", "name", "parent_id", "path", "depth", "created_at", "updated_at"], units);

  const resources: { id: number; provider: number; conditional: boolean }[] = [];
  const resourceRows: Value[][] = [];
  for (let id = 1; id <= RESOURCES; id++) {
    const provider = random.int(2, PROVIDERS + 1);
    const conditional = random.chance(0.65);
    resources.push({ id, provider, conditional });
    const code = `301002/${String(id).padStart(5, "0")}`;
    resourceRows.push([
      id,
      code,
      "301002",
      id,
      "DEPARTMENTAL",
      `资源${id}`,
      provider,
      "DATABASE",
      "DAILY",
      "EXPLOITATION",
      "PUBLISHED",
      conditional ? "CONDITIONAL" : "UNCONDITIONAL",
      conditional ? "限法定用途" : null,
      "NOT_OPEN",
      "GENERAL",
      "2026-01-01",
      stamp,
      stamp,
    ]);
  }
  await insertRows(
    connection,
    "data_resources",
    [
      "id",
      "code",
      "classification_code",
      "sequence",
      "catalog_category",
      "name",
      "provider_unit_id",
      "format",
      "update_frequency",
      "lifecycle_stage",
      "status",
      "sharing_type",
      "sharing_conditions",
      "open_type",
      "level",
      "published_date",
      "created_at",
      "updated_at",
    ],
    resourceRows,
  );

  const requestRows: Value[][] = [];
  const grantRows: Value[][] = [];
  const usageRows: Value[][] = [];
  // A tenth of the resources are never requested (the "unrequested" question has an answer).
  const requested = resources.slice(0, Math.floor(RESOURCES * 0.9));
  const firstDay = "2026-01-05";
  const span = workingDaysBetween(firstDay, "2026-11-27", calendar);
  for (let id = 1; id <= requestCount; id++) {
    const resource = random.pick(requested);
    let consumer = random.int(2, UNITS);
    if (consumer === resource.provider) consumer = consumer === UNITS ? 2 : consumer + 1;
    const requestedOn = addWorkingDays(firstDay, random.int(0, span), calendar);
    const dueOn = resource.conditional ? addWorkingDays(requestedOn, 10, calendar) : null;
    let status = "GRANTED";
    let decidedOn: string | null = requestedOn;
    let days: number | null = 0;
    if (resource.conditional) {
      const taken = random.weighted([
        [random.int(0, 10), 85],
        [random.int(11, 25), 15],
      ] as const);
      decidedOn = addWorkingDays(requestedOn, taken, calendar);
      if (decidedOn > TODAY) [status, decidedOn, days] = ["PENDING", null, null];
      else [status, days] = [random.chance(0.8) ? "GRANTED" : "REJECTED", taken];
    }
    const at = (date: string | null) => (date ? `${date} 02:00:00` : null);
    requestRows.push([
      id,
      resource.id,
      resource.provider,
      consumer,
      1,
      "核对业务数据",
      "《政务数据共享条例》",
      null,
      resource.conditional ? "CONDITIONAL" : "UNCONDITIONAL",
      status,
      at(requestedOn),
      requestedOn,
      dueOn,
      at(decidedOn),
      decidedOn,
      days,
      resource.conditional ? 0 : 1,
      status === "GRANTED" && resource.conditional ? "限法定用途" : null,
      status === "REJECTED" ? "用途不符" : null,
      at(requestedOn),
      at(decidedOn ?? requestedOn),
    ]);
    if (status !== "GRANTED") continue;
    const grantId = grantRows.length + 1;
    grantRows.push([grantId, id, resource.id, resource.provider, consumer, at(decidedOn), decidedOn, null, at(decidedOn), at(decidedOn)]);
    // Usage on a dozen or so working days after the grant.
    let date = decidedOn!;
    for (let d = random.int(0, 24); d > 0 && date < TODAY; d--) {
      date = addDays(date, random.int(1, 4));
      if (date >= TODAY) break;
      if (isWorkingDay(date, calendar))
        usageRows.push([grantId, resource.provider, consumer, resource.id, date, random.int(1, 500), random.int(1, 20_000), `${TODAY} 00:00:00`]);
    }
  }
  const requestColumns = [
    "id",
    "resource_id",
    "provider_unit_id",
    "consumer_unit_id",
    "whole_resource",
    "purpose",
    "legal_basis",
    "wanted_until",
    "effective_sharing_type",
    "status",
    "requested_at",
    "requested_on",
    "decision_due_on",
    "decided_at",
    "decided_on",
    "decision_working_days",
    "granted_at_once",
    "conditions",
    "rejection_reason",
    "created_at",
    "updated_at",
  ];
  await insertRows(connection, "sharing_requests", requestColumns, requestRows, 1000);
  log(`${requestRows.length.toLocaleString("en")} requests`);
  await insertRows(
    connection,
    "sharing_grants",
    ["id", "request_id", "resource_id", "provider_unit_id", "consumer_unit_id", "granted_at", "granted_on", "expires_on", "created_at", "updated_at"],
    grantRows,
  );
  log(`${grantRows.length.toLocaleString("en")} grants`);
  // A grant's days are distinct by construction (the date only moves forward).
  await insertRows(
    connection,
    "sharing_usage",
    ["grant_id", "provider_unit_id", "consumer_unit_id", "resource_id", "usage_date", "call_count", "record_count", "recorded_at"],
    usageRows,
    5000,
  );
  log(`${usageRows.length.toLocaleString("en")} days of usage`);
  return { units: UNITS, resources: RESOURCES, requests: requestRows.length, grants: grantRows.length, usage: usageRows.length };
}

const QUESTIONS: Record<string, string> = {
  "sharing matrix (year, all pairs)": `{ sharingMatrix(from: "${YEAR.from}", to: "${YEAR.to}") { totals { requestCount grantCount callCount recordCount } cells(first: 100) { totalCount nodes { provider { name } consumer { name } requestCount grantCount callCount recordCount } } } }`,
  "turnaround per provider (year)": `{ sharingTurnaround(from: "${YEAR.from}", to: "${YEAR.to}", first: 100) { totalCount nodes { provider { name } decidedCount medianWorkingDays p90WorkingDays decidedLateCount overdueCount } } }`,
  "most-used resources (year, top 20)": `{ mostUsedSharedResources(from: "${YEAR.from}", to: "${YEAR.to}", first: 20) { nodes { resource { name provider { name } } callCount recordCount consumerCount } } }`,
  "shareable resources never requested": `{ unrequestedShareableResources(first: 100) { totalCount nodes { code name provider { name } } } }`,
  "overdue requests (first 100)": `{ overdueSharingRequests(first: 100) { totalCount nodes { decisionDueOn resource { name } provider { name } consumer { name } } } }`,
};

async function measure(url: string, token: string, query: string, repeat: number) {
  const send = async () => {
    const t0 = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    const ms = performance.now() - t0;
    const body = JSON.parse(text) as { errors?: unknown[] };
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors).slice(0, 400)}`);
    return { ms, statements: Number(response.headers.get("x-sql-statements")), bytes: Buffer.byteLength(text) };
  };
  await send(); // warm-up
  const runs = [];
  for (let i = 0; i < repeat; i++) runs.push(await send());
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  const statements = [...new Set(runs.map((r) => r.statements))];
  return { p50: times[Math.floor((times.length - 1) / 2)], max: times[times.length - 1], statements: statements.join("/"), kb: runs[0].bytes / 1024 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { requests: { type: "string", default: "40000" }, repeat: { type: "string", default: "15" }, keep: { type: "boolean", default: false } },
  });
  const requestCount = Math.max(100, Math.min(500_000, Number(values.requests)));
  const repeat = Math.max(3, Math.min(100, Number(values.repeat)));
  const admin = await createConnection({ uri: serverUrl });
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
  await admin.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();

  const env = {
    NODE_ENV: "production",
    DATABASE_URL: `${serverUrl}/${DATABASE}`,
    HOST: "127.0.0.1",
    PORT: "0",
    DEMO_DATA: "never",
    LOG_LEVEL: "warn",
    JWT_SECRET: "bench-secret-bench-secret-bench-secret-0123",
    EXPOSE_SQL_STATEMENT_COUNT: "true",
    PASSWORD_HASH_COST: "10",
    BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
  };
  // The first start migrates the empty database; the rows are then seeded beside it.
  const catalog = await startCatalog(loadConfig(env), { clock: () => new Date(`${TODAY}T02:00:00Z`) });
  try {
    const connection = await createConnection({ uri: `${serverUrl}/${DATABASE}` });
    const seedStarted = performance.now();
    const counts = await seed(connection, requestCount);
    await connection.query("ANALYZE TABLE sharing_requests, sharing_grants, sharing_usage, data_resources, units");
    await connection.end();
    const seedSeconds = (performance.now() - seedStarted) / 1000;

    const login = await fetch(catalog.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(username: "${ADMIN.username}", password: "${ADMIN.password}") { accessToken } }` }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;

    const lines = [
      `District: ${counts.units} units, ${counts.resources.toLocaleString("en")} resources, ${counts.requests.toLocaleString("en")} requests of 2026, ${counts.grants.toLocaleString("en")} grants, ${counts.usage.toLocaleString("en")} days of usage (seeded in ${seedSeconds.toFixed(0)} s); today = ${TODAY}; ${repeat} sequential requests per question after one warm-up.`,
      "",
      "| question | p50 ms | max ms | SQL statements/request | answer KB |",
      "| --- | --- | --- | --- | --- |",
    ];
    for (const [name, query] of Object.entries(QUESTIONS)) {
      const m = await measure(catalog.url, token, query, repeat);
      log(`${name}: p50 ${m.p50.toFixed(1)} ms, max ${m.max.toFixed(1)} ms, ${m.statements} statements, ${m.kb.toFixed(1)} KB`);
      lines.push(`| ${name} | ${m.p50.toFixed(1)} | ${m.max.toFixed(1)} | ${m.statements} | ${m.kb.toFixed(1)} |`);
    }
    process.stdout.write(`\n${lines.join("\n")}\n`);
  } finally {
    await catalog.stop();
    if (!values.keep) {
      const cleanup = await createConnection({ uri: serverUrl });
      await cleanup.query(`DROP DATABASE IF EXISTS ${DATABASE}`);
      await cleanup.end();
    }
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`bench:sharing failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
