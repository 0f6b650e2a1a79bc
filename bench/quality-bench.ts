import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { isDeepStrictEqual } from "node:util";
import { Connection, createConnection, RowDataPacket } from "mysql2/promise";
import { addMonths, partitionByMonth, PARTITIONED_TABLES } from "../src/modules/quality/quality-partitions";
import { BulkInsert, buildOrganisation, issueTokenIn, literal, loadOrganisation, migrate, serverUrl } from "./harness/district-seed";
import { requestOnce } from "./harness/load";
import { SIZES } from "./harness/sizes";
import { cpuMillis, databaseServerPid, killAllVariants, SERVER_NODE_ARGS, VariantProcess } from "./harness/variant-process";
import { W1_PAGES, W1_SMALL_PAGES, W1_UNIT_KINDS } from "./harness/workloads";

/**
 * `npm run bench:quality [-- --measurements 10000000 --resources 50000 --requests 200 --no-write --profile DIR]`:
 * the data-quality workload (issue #8) on MariaDB. Seeds (or reuses) its own database — the
 * district's units, 50,000 resources, the measurements and their roll-ups, consistent with each
 * other — then measures through the real server:
 *   Q1 a unit's scores with a 90-day trend (p50/p99), against the same answer computed by GROUP BY
 *      over the raw measurements in the same run (both answers compared);
 *   Q2 batch ingest through the API, 10,000 measurements a request, roll-ups included;
 *   Q3 W1 with every resource's latest quality by dimension: SQL statements at 20×10×10 and 5×2×2.
 */

const ROOT = process.cwd();
const SEED_VERSION = 2;
const DIMENSIONS = ["AUTHENTICITY", "ACCURACY", "COMPLETENESS", "TIMELINESS", "AVAILABILITY"] as const;
const CREATED_AT = "2025-01-01 00:00:00";
/** The seeded measurements end yesterday (district time) and go back up to this many days. */
const HISTORY_DAYS = 120;
const started = Date.now();
const log = (message: string) => process.stdout.write(`[quality ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

const { values: args } = parseArgs({
  options: {
    measurements: { type: "string", default: "10000000" },
    resources: { type: "string", default: "50000" },
    requests: { type: "string", default: "200" },
    "raw-runs": { type: "string", default: "3" },
    batches: { type: "string", default: "10" },
    "no-write": { type: "boolean", default: false },
    /** A folder: the server runs with V8's sampling profiler (--cpu-prof), its profile written there when it stops. */
    profile: { type: "string" },
    /** Q2 alone (no Q1, Q3, Q4): to compare ingest before and after a change. */
    "ingest-only": { type: "boolean", default: false },
    /** Q2's requests in flight at once (a real ingest client overlaps its batches). */
    concurrency: { type: "string", default: "1" },
    /** Q2 sends its batches as recordQualityMeasurementColumns (lists of scalars) instead of a list of row objects. */
    columns: { type: "boolean", default: false },
    /** Extra flags for the server's node (repeatable), beside the ones `npm start` gives it. */
    "node-arg": { type: "string", multiple: true, default: [] },
  },
});
const MEASUREMENTS = Number(args.measurements);
const RESOURCES = Number(args.resources);
const REQUESTS = Number(args.requests);
/** Runs of the raw GROUP BY per unit (its median is the comparison): at 10 million rows one takes minutes. */
const RAW_RUNS = Number(args["raw-runs"]);
const BATCHES = Number(args.batches);
const CONCURRENCY = Math.max(1, Number(args.concurrency));
const INGEST_SHAPE = args.columns ? "as columns" : "a list of row objects";
const INGEST_FIELD = args.columns ? "recordQualityMeasurementColumns" : "recordQualityMeasurements";
const database = "cdo_bench_quality";
const url = () => `${serverUrl()}/${database}`;

const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const districtToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** Deterministic score in hundredths for resource r, dimension d, measurement k. */
const scoreOf = (r: number, d: number, k: number) => 6000 + ((r * 7919 + d * 104729 + k * 1299709) % 4001);

interface Seeded {
  reused: boolean;
  seconds: number;
  measurements: number;
  lastDay: string;
}

/**
 * Measurements of resource r in dimension d: `perSeries` of them, `spacing` days apart, ending
 * yesterday, at 02:00 district time (18:00 UTC the day before). Rows are generated in
 * (resource, dimension, time) order, so the daily and latest roll-ups stream alongside, and the unit
 * roll-ups (small) are folded in memory: seeded exactly as the server would have kept them.
 */
async function seed(connection: Connection): Promise<Seeded> {
  const marker = `cdo-bench quality v${SEED_VERSION} ${RESOURCES} resources ${MEASUREMENTS} measurements ending ${districtToday()}`;
  const [existing] = await connection.query<RowDataPacket[]>("SELECT SCHEMA_COMMENT AS c FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", [database]);
  const perSeries = Math.max(1, Math.round(MEASUREMENTS / (RESOURCES * DIMENSIONS.length)));
  const spacing = Math.max(1, Math.floor(HISTORY_DAYS / perSeries));
  const lastDay = dayString(Date.parse(`${districtToday()}T00:00:00Z`) - 86_400_000);
  if (existing[0]?.c === marker) {
    log(`reusing ${database} (${marker})`);
    return { reused: true, seconds: 0, measurements: perSeries * RESOURCES * DIMENSIONS.length, lastDay };
  }
  const t0 = Date.now();
  log(`seeding ${database}: ${RESOURCES.toLocaleString("en")} resources × 5 dimensions × ${perSeries} measurements (every ${spacing} days)`);
  await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await migrate(url());
  await connection.query(`USE \`${database}\``);
  // The migration partitioned the empty tables from this month on; the seeded history gets its own months, as a server running since then would have made.
  const firstMonth = dayString(Date.parse(`${lastDay}T00:00:00Z`) - (HISTORY_DAYS + 1) * 86_400_000).slice(0, 7);
  for (const table of PARTITIONED_TABLES)
    await connection.query(`ALTER TABLE ${table} ${partitionByMonth(firstMonth, addMonths(districtToday().slice(0, 7), 3))}`);
  await connection.query("SET SESSION foreign_key_checks = 0, unique_checks = 0");
  const organisation = buildOrganisation(SIZES.s.district);
  await connection.query("START TRANSACTION");
  await loadOrganisation(connection, organisation);
  await connection.query("UPDATE user_accounts SET district_administrator = 1 WHERE id = 1");
  const providers = organisation.units.filter((u) => u.kind !== "DISTRICT");
  const resources = new BulkInsert(connection, "data_resources", [
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
    "open_type",
    "level",
    "version",
    "created_at",
    "updated_at",
  ]);
  const unitOf: number[] = [];
  for (let r = 1; r <= RESOURCES; r++) {
    const unit = providers[(r * 31) % providers.length];
    unitOf[r] = unit.id;
    resources.add([
      r,
      `301002/${String(r).padStart(5, "0")}`,
      "301002",
      r,
      "DEPARTMENTAL",
      `质量基准资源${r}`,
      unit.id,
      "DATABASE",
      "DAILY",
      "COLLECTION",
      "PUBLISHED",
      "UNCONDITIONAL",
      "NOT_OPEN",
      "GENERAL",
      1,
      CREATED_AT,
      CREATED_AT,
    ]);
    await resources.sendIfFull();
  }
  await resources.finish();
  await connection.query("COMMIT");
  const pathOf = new Map(organisation.units.map((u) => [u.id, u.path.split("/").filter(Boolean).map(Number)]));

  const raw = new BulkInsert(
    connection,
    "quality_measurements",
    ["resource_id", "dimension", "score_centi", "source", "measured_at", "day", "recorded_by", "recorded_at"],
    5000,
  );
  const daily = new BulkInsert(
    connection,
    "quality_daily",
    ["resource_id", "dimension", "day", "measurement_count", "score_sum", "score_min", "score_max"],
    5000,
  );
  const latest = new BulkInsert(connection, "quality_latest", ["resource_id", "dimension", "unit_id", "score_centi", "measured_at", "target_centi"], 5000);
  const unitDaily = new Map<string, { count: number; sum: number; min: number; max: number }>();
  const unitCurrent = new Map<string, { count: number; sum: number }>();
  const lastMs = Date.parse(`${lastDay}T02:00:00+08:00`);
  let written = 0;
  await connection.query("START TRANSACTION");
  for (let r = 1; r <= RESOURCES; r++) {
    const path = pathOf.get(unitOf[r])!;
    for (let d = 0; d < DIMENSIONS.length; d++) {
      let last = 0;
      let lastAt = "";
      for (let k = 0; k < perSeries; k++) {
        const at = lastMs - (perSeries - 1 - k) * spacing * 86_400_000;
        const day = dayString(at + 8 * 3_600_000);
        const when = new Date(at).toISOString().slice(0, 19).replace("T", " ");
        const score = scoreOf(r, d, k);
        raw.add([r, DIMENSIONS[d], score, "AUTOMATED", when, day, "bench", when]);
        daily.add([r, DIMENSIONS[d], day, 1, score, score, score]);
        for (const unit of path) {
          const key = `${unit}|${DIMENSIONS[d]}|${day}`;
          const cell = unitDaily.get(key);
          if (cell) {
            cell.count++;
            cell.sum += score;
            cell.min = Math.min(cell.min, score);
            cell.max = Math.max(cell.max, score);
          } else unitDaily.set(key, { count: 1, sum: score, min: score, max: score });
        }
        last = score;
        lastAt = when;
        written++;
      }
      latest.add([r, DIMENSIONS[d], unitOf[r], last, lastAt, null]);
      for (const unit of path) {
        const c = unitCurrent.get(`${unit}|${DIMENSIONS[d]}`) ?? { count: 0, sum: 0 };
        c.count++;
        c.sum += last;
        unitCurrent.set(`${unit}|${DIMENSIONS[d]}`, c);
      }
      await raw.sendIfFull();
      await daily.sendIfFull();
      await latest.sendIfFull();
    }
    if (r % 5000 === 0) {
      await connection.query("COMMIT");
      await connection.query("START TRANSACTION");
      log(`  ${r.toLocaleString("en")} resources, ${written.toLocaleString("en")} measurements (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  }
  await raw.finish();
  await daily.finish();
  await latest.finish();
  const unitDailyRows = new BulkInsert(
    connection,
    "quality_unit_daily",
    ["unit_id", "dimension", "day", "measurement_count", "score_sum", "score_min", "score_max"],
    5000,
  );
  for (const [key, f] of unitDaily) {
    const [unit, dimension, day] = key.split("|");
    unitDailyRows.add([Number(unit), dimension, day, f.count, f.sum, f.min, f.max]);
    await unitDailyRows.sendIfFull();
  }
  await unitDailyRows.finish();
  const currentRows = new BulkInsert(connection, "quality_unit_current", ["unit_id", "dimension", "resource_count", "score_sum"]);
  for (const [key, c] of unitCurrent) {
    const [unit, dimension] = key.split("|");
    currentRows.add([Number(unit), dimension, c.count, c.sum]);
  }
  await currentRows.finish();
  await connection.query("COMMIT");
  await connection.query("SET SESSION foreign_key_checks = 1, unique_checks = 1");
  await connection.query("ANALYZE TABLE quality_measurements, quality_daily, quality_latest, quality_unit_daily, quality_unit_current, data_resources, units");
  await connection.query(`ALTER DATABASE \`${database}\` COMMENT = ${literal(marker)}`);
  const seconds = (Date.now() - t0) / 1000;
  log(`  seeded ${written.toLocaleString("en")} measurements in ${seconds.toFixed(0)} s (${Math.round(written / seconds).toLocaleString("en")}/s)`);
  return { reused: false, seconds, measurements: written, lastDay };
}

/** The machine's load when a figure was taken (it is shared). */
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")}`;

/** EXPLAIN PARTITIONS of a statement: the partitions each table reads. */
async function partitionsRead(connection: Connection, sql: string, params: unknown[]): Promise<string> {
  const [plan] = await connection.query<RowDataPacket[]>(`EXPLAIN PARTITIONS ${sql}`, params);
  return plan.map((row) => `${row.table}: ${row.partitions ?? "(not partitioned)"}`).join("; ");
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

interface TrendAnswer {
  dimensions: { dimension: string; score: number | null; resourceCount: number | null }[];
  trend: { periodStart: string; dimensions: { dimension: string; score: number; measurementCount: number }[] }[];
}

const Q1 =
  "query UnitQuality($id: ID!, $from: LocalDate!, $to: LocalDate!) { unit(id: $id) { name quality { overall { score } " +
  "dimensions { dimension score resourceCount } trend(from: $from, to: $to, granularity: DAY) { periodStart dimensions { dimension score measurementCount } } } } }";

/** The same answer from the raw measurements: GROUP BY for the trend, ROW_NUMBER() for each resource's latest. */
async function rawAnswer(connection: Connection, unitPath: string, from: string, to: string): Promise<TrendAnswer> {
  const [trendRows] = await connection.query<RowDataPacket[]>(
    "SELECT m.day, m.dimension, COUNT(*) AS n, SUM(m.score_centi) AS s FROM quality_measurements m JOIN data_resources r ON r.id = m.resource_id JOIN units u ON u.id = r.provider_unit_id " +
      "WHERE u.path LIKE ? AND m.day BETWEEN ? AND ? GROUP BY m.day, m.dimension ORDER BY m.day",
    [`${unitPath}%`, from, to],
  );
  const [latestRows] = await connection.query<RowDataPacket[]>(
    "SELECT x.dimension, COUNT(*) AS n, SUM(x.score_centi) AS s FROM (SELECT m.dimension, m.score_centi, ROW_NUMBER() OVER (PARTITION BY m.resource_id, m.dimension ORDER BY m.measured_at DESC, m.id DESC) AS rn " +
      "FROM quality_measurements m JOIN data_resources r ON r.id = m.resource_id JOIN units u ON u.id = r.provider_unit_id WHERE u.path LIKE ?) x WHERE x.rn = 1 GROUP BY x.dimension",
    [`${unitPath}%`],
  );
  const mean = (s: number, n: number) => Math.round(s / n) / 100;
  const latest = new Map(latestRows.map((r) => [r.dimension as string, r]));
  const days = new Map<string, { dimension: string; score: number; measurementCount: number }[]>();
  for (const r of trendRows) {
    const day = String(r.day).slice(0, 10);
    if (!days.has(day)) days.set(day, []);
    days.get(day)!.push({ dimension: r.dimension, score: mean(Number(r.s), Number(r.n)), measurementCount: Number(r.n) });
  }
  return {
    dimensions: DIMENSIONS.map((d) => {
      const r = latest.get(d);
      return { dimension: d, score: r ? mean(Number(r.s), Number(r.n)) : null, resourceCount: r ? Number(r.n) : 0 };
    }),
    trend: [...days].map(([periodStart, dims]) => ({ periodStart, dimensions: DIMENSIONS.flatMap((d) => dims.filter((x) => x.dimension === d)) })),
  };
}

const W1Q =
  "query InventoryQuality($units: Int!, $resources: Int!, $items: Int!) { " +
  `units(first: $units, filter: { kinds: [${W1_UNIT_KINDS.join(", ")}] }) { edges { node { name code ` +
  "cdo { startDate person { name } } dataSpecialist { startDate person { name } } " +
  "dataResources(first: $resources) { totalCount nodes { code name quality { dimensions { dimension score measuredAt } } items(first: $items) { nodes { code name dataType } } } } } } } }";

/** Q2's batch b: 10,000 measurements on resources spread over the whole range (batches overlap in resources), measured in the last day. */
function ingestBody(b: number, now: number): string {
  const input = Array.from({ length: 10_000 }, (_, i) => {
    const r = 1 + (((b * 10_000 + i) * 7919) % RESOURCES);
    return {
      resourceId: globalId("DataResource", r),
      dimension: DIMENSIONS[(b + i) % 5],
      score: (i % 10_001) / 100,
      measuredAt: new Date(now - ((i * 37) % 86_400) * 1000).toISOString(),
      source: "AUTOMATED",
    };
  });
  if (!args.columns)
    return JSON.stringify({
      query: "mutation($input: [QualityMeasurementInput!]!) { recordQualityMeasurements(input: $input) { recorded } }",
      variables: { input },
    });
  const columns = {
    resourceId: input.map((row) => row.resourceId),
    dimension: input.map((row) => row.dimension),
    score: input.map((row) => row.score),
    measuredAt: input.map((row) => row.measuredAt),
    source: "AUTOMATED",
  };
  return JSON.stringify({
    query: "mutation($input: QualityMeasurementColumnsInput!) { recordQualityMeasurementColumns(input: $input) { recorded } }",
    variables: { input: columns },
  });
}

async function main(): Promise<number> {
  const admin = await createConnection({ uri: serverUrl(), charset: "utf8mb4_unicode_ci", connectTimeout: 5000 });
  let seeded: Seeded;
  try {
    seeded = await seed(admin);
  } finally {
    await admin.end();
  }
  const token = await issueTokenIn(url());
  const server = await VariantProcess.start(
    {
      name: "server",
      script: "dist/src/main.js",
      nodeArgs: [...SERVER_NODE_ARGS, ...args["node-arg"], ...(args.profile ? ["--cpu-prof", "--cpu-prof-dir", args.profile] : [])],
      ready: /GraphQL:\s+(http:\/\/127\.0\.0\.1:\d+\/graphql)/,
      env: {
        NODE_ENV: "production",
        DATABASE_URL: url(),
        HOST: "127.0.0.1",
        PORT: "0",
        DEMO_DATA: "never",
        LOG_LEVEL: "warn",
        JWT_SECRET: randomBytes(32).toString("hex"),
        EXPOSE_SQL_STATEMENT_COUNT: "true",
        // A shared machine under load: a 10,000-row statement may take longer than the default 10 s.
        DATABASE_STATEMENT_TIMEOUT_MS: "120000",
        MAX_QUERY_COST: "10000000",
      },
    },
    ROOT,
  );
  const lines: string[] = [];
  const connection = await createConnection({ uri: url(), charset: "utf8mb4_unicode_ci", dateStrings: ["DATE"] });
  try {
    // Context: the same server's answer to a tiny query (W2) in the same run, sequentially.
    const tiny = JSON.stringify({ query: "{ me { roles } }" });
    const tinyTimes: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const t = performance.now();
      await requestOnce(server.url, tiny, token);
      tinyTimes.push(performance.now() - t);
    }
    tinyTimes.sort((a, b) => a - b);
    lines.push(
      `| context: \`{ me { roles } }\` on the same server | p50 ${percentile(tinyTimes, 50).toFixed(1)} ms, p99 ${percentile(tinyTimes, 99).toFixed(1)} ms | load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores at the start of Q1 | |`,
    );

    const to = seeded.lastDay;
    const from = dayString(Date.parse(`${to}T00:00:00Z`) - 89 * 86_400_000);
    // Q2: ingest through the API, 10,000 measurements a request, on random resources; CONCURRENCY requests in flight.
    const now = Date.now();
    const bodies = Array.from({ length: BATCHES }, (_, b) => ingestBody(b, now));
    let total = 0;
    const [[{ pidFile }]] = await connection.query<RowDataPacket[]>("SELECT @@pid_file AS pidFile");
    const databasePid = databaseServerPid(String(pidFile));
    const ingestLoad = load();
    const cpu = server.cpuMillis();
    const databaseCpuBefore = databasePid ? cpuMillis(databasePid) : 0;
    const t = performance.now();
    let next = 0;
    const client = async () => {
      while (next < bodies.length) {
        const reply = await requestOnce(server.url, bodies[next++], token);
        const recorded = (reply.json as { data?: Record<string, { recorded: number } | undefined> }).data?.[INGEST_FIELD]?.recorded;
        if (recorded !== 10_000) throw new Error(`ingest failed: ${reply.text.slice(0, 500)}`);
        total += recorded;
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, client));
    const spent = performance.now() - t;
    const serverCpu = server.cpuMillis() - cpu;
    const databaseCpu = databasePid ? cpuMillis(databasePid) - databaseCpuBefore : 0;
    const rate = total / (spent / 1000);
    // The floor: the same 10,000 raw rows as one client's multi-row INSERTs alone (no roll-ups, no API), rolled back.
    const floorRows = Array.from({ length: 10_000 }, (_, i) => [
      1 + ((i * 7919) % RESOURCES),
      DIMENSIONS[i % 5],
      i % 10_001,
      "AUTOMATED",
      "2026-01-01 00:00:00",
      "2026-01-01",
      "bench",
      "2026-01-01 00:00:00",
    ]);
    await connection.query("START TRANSACTION");
    const f0 = performance.now();
    for (let i = 0; i < floorRows.length; i += 2000)
      await connection.query(
        "INSERT INTO quality_measurements (resource_id, dimension, score_centi, source, measured_at, day, recorded_by, recorded_at) VALUES ?",
        [floorRows.slice(i, i + 2000)],
      );
    const floorRate = 10_000 / ((performance.now() - f0) / 1000);
    await connection.query("ROLLBACK");
    // The server's own CPU time per request (from /proc): far less disturbed by the machine's other work than wall-clock time.
    // The database's is the whole MariaDB server's, which other clients on a shared machine add to.
    const cpuPerRequest = `server CPU ${(serverCpu / BATCHES).toFixed(0)} ms a request, MariaDB ${databasePid ? (databaseCpu / BATCHES).toFixed(0) : "?"} ms`;
    log(
      `Q2 ingest (${INGEST_SHAPE}, ${CONCURRENCY} at a time): ${total.toLocaleString("en")} measurements in ${(spent / 1000).toFixed(1)} s: ${Math.round(rate).toLocaleString("en")}/s (${cpuPerRequest}); raw INSERT floor ${Math.round(floorRate).toLocaleString("en")}/s`,
    );
    lines.push(
      `| Q2 ingest through the API, ${BATCHES} requests of 10,000 (${INGEST_SHAPE}, ${CONCURRENCY} at a time; roll-ups included) | ${Math.round(rate).toLocaleString("en")} measurements/s (${(spent / BATCHES).toFixed(0)} ms of wall time a request, ${cpuPerRequest}; ${ingestLoad}) | the same rows as bare multi-row INSERTs, one client, no roll-ups: ${Math.round(floorRate).toLocaleString("en")}/s (ingest = ${(rate / floorRate).toFixed(2)}× that floor) | ≥ 20,000/s: ${rate >= 20_000 ? "held" : "**missed**"} |`,
    );

    if (args["ingest-only"]) return 0;
    // Q3: W1 with quality, statements per request at two page sizes.
    const statements: number[] = [];
    for (const pages of [W1_PAGES, W1_SMALL_PAGES]) {
      const reply = await requestOnce(server.url, JSON.stringify({ query: W1Q, variables: pages }), token);
      if ((reply.json as { errors?: unknown[] }).errors) throw new Error(`W1 with quality: ${reply.text.slice(0, 500)}`);
      statements.push(reply.sqlStatements ?? NaN);
    }
    log(`Q3 W1 with quality: ${statements[0]} statements at 20×10×10, ${statements[1]} at 5×2×2`);
    lines.push(
      `| Q3 W1 + every resource's latest quality by dimension | ${statements[0]} SQL statements at 20×10×10, ${statements[1]} at 5×2×2 (x-sql-statements) | | one statement per level: ${statements[0] === statements[1] ? "held" : "**missed**"} |`,
    );

    // Q4: the trend's reads name their days, so MariaDB reads only those months (EXPLAIN PARTITIONS).
    const [[root]] = await connection.query<RowDataPacket[]>("SELECT id, path FROM units WHERE depth = 0 ORDER BY id LIMIT 1");
    const rollup = await partitionsRead(
      connection,
      "SELECT unit_id, dimension, day, measurement_count, score_sum FROM quality_unit_daily WHERE unit_id IN (?) AND day >= ? AND day <= ?",
      [root.id, from, to],
    );
    const rawTrend = await partitionsRead(
      connection,
      "SELECT m.day, m.dimension, COUNT(*) AS n, SUM(m.score_centi) AS s FROM quality_measurements m JOIN data_resources r ON r.id = m.resource_id JOIN units u ON u.id = r.provider_unit_id WHERE u.path LIKE ? AND m.day BETWEEN ? AND ? GROUP BY m.day, m.dimension",
      [`${root.path}%`, from, to],
    );
    log(`Q4 partitions read for ${from}..${to}: roll-up ${rollup}; raw ${rawTrend}`);
    lines.push(
      `| Q4 EXPLAIN PARTITIONS, 90 days ${from}..${to} | the unit trend's roll-up read — ${rollup} | the raw GROUP BY — ${rawTrend} | only the months asked for |`,
    );
    // Q1: a department with its subordinate units, and the district, over the last 90 days.
    const [units] = await connection.query<RowDataPacket[]>(
      "SELECT u.id, u.name, u.path, (SELECT COUNT(*) FROM data_resources r JOIN units s ON s.id = r.provider_unit_id WHERE s.path LIKE CONCAT(u.path, '%')) AS resources FROM units u WHERE u.depth <= 1 ORDER BY resources DESC LIMIT 2",
    );
    for (const unit of units) {
      const body = JSON.stringify({ query: Q1, variables: { id: globalId("Unit", unit.id), from, to } });
      const first = await requestOnce(server.url, body, token);
      const api = (first.json as { data: { unit: { quality: TrendAnswer } } }).data.unit.quality;
      const timings: number[] = [];
      for (let i = 0; i < REQUESTS; i++) {
        const t = performance.now();
        await requestOnce(server.url, body, token);
        timings.push(performance.now() - t);
      }
      timings.sort((a, b) => a - b);
      const rawTimes: number[] = [];
      let raw: TrendAnswer | undefined;
      log(`Q1 ${unit.name}: API p50 ${percentile(timings, 50).toFixed(1)} ms, p99 ${percentile(timings, 99).toFixed(1)} ms (${load()}); raw GROUP BY next`);
      for (let i = 0; i < RAW_RUNS; i++) {
        const t = performance.now();
        raw = await rawAnswer(connection, unit.path, from, to);
        rawTimes.push(performance.now() - t);
      }
      rawTimes.sort((a, b) => a - b);
      const same = isDeepStrictEqual({ dimensions: api.dimensions, trend: api.trend }, { dimensions: raw!.dimensions, trend: raw!.trend });
      const [p50, p99] = [percentile(timings, 50), percentile(timings, 99)];
      const rawMedian = rawTimes[Math.floor(rawTimes.length / 2)];
      const ratio = rawMedian / p99;
      log(
        `Q1 ${unit.name} (${Number(unit.resources).toLocaleString("en")} resources): API p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; raw GROUP BY median ${rawMedian.toFixed(0)} ms; same answer: ${same}`,
      );
      lines.push(
        `| Q1 ${unit.name} with descendants (${Number(unit.resources).toLocaleString("en")} resources), 90-day daily trend | p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (${REQUESTS} sequential requests; ${load()}) | raw GROUP BY: median of ${RAW_RUNS} ${rawMedian.toFixed(0)} ms, ${ratio.toFixed(0)}× the API's p99; same answer: ${same ? "yes" : "**NO**"} | p99 ≤ 50 ms: ${p99 <= 50 ? "held" : "**missed**"}; ≥ 100×: ${ratio >= 100 ? "held" : "**missed**"} |`,
      );
    }
  } finally {
    await connection.end();
    await server.stop();
    killAllVariants();
  }
  const section = [
    `## Data quality (issue #8): ${seeded.measurements.toLocaleString("en")} measurements over ${RESOURCES.toLocaleString("en")} resources`,
    "",
    `Run ${new Date().toISOString()}; MariaDB; seed ${seeded.reused ? "reused" : `made in ${seeded.seconds.toFixed(0)} s`} (\`npm run bench:quality -- --measurements ${MEASUREMENTS} --resources ${RESOURCES}\`).`,
    "",
    "| workload | figure | comparison | target |",
    "|---|---|---|---|",
    ...lines,
    "",
    "Method: Q1 asks for the unit's five current scores and a 90-day daily trend (roll-ups: quality_unit_current, quality_unit_daily); the raw answer is a GROUP BY over",
    "quality_measurements joined to resources and units by materialised path, plus ROW_NUMBER() for each resource's latest, and both answers are compared number by number.",
    "Q2 sends 10,000 measurements a request on random resources (about 10,000 distinct), sequentially; the floor is the same rows as bare multi-row INSERTs into the raw table alone.",
    "The context row is the same server's answer to a trivial query in the same run: on a loaded machine, it shows how much of Q1's latency is the machine, not the query.",
    "",
  ].join("\n");
  process.stdout.write(`\n${section}\n`);
  if (!args["no-write"]) writeSection(join(ROOT, "BENCHMARKS.md"), section);
  return 0;
}

/** Replaces (or appends) the quality section of BENCHMARKS.md. */
function writeSection(path: string, section: string): void {
  const text = readFileSync(path, "utf8");
  const start = text.indexOf("## Data quality (issue #8)");
  const end = start < 0 ? -1 : text.indexOf("\n## ", start + 3);
  const next = start < 0 ? `${text.trimEnd()}\n\n${section}` : `${text.slice(0, start)}${section}${end < 0 ? "" : text.slice(end)}`;
  writeFileSync(path, next);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`bench:quality failed: ${error.stack ?? error.message}\n`);
    killAllVariants();
    process.exit(1);
  },
);
