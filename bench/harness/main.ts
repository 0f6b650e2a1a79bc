import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { createConnection, RowDataPacket } from "mysql2/promise";
import { DelayProxy, startDelayProxy, throughProxy } from "./delay-proxy";
import { databaseUrl, issueBenchToken, SeedSummary, seedDistrict, serverUrl } from "./district-seed";
import { runImportWorkload } from "./import-workload";
import { runSharingWorkload } from "./sharing-workload";
import { runQualityWorkload } from "./quality-workload";
import { LoadResult, Reply, replyProblem, requestOnce, runLoad, StatementCounter } from "./load";
import { BenchRun, MeasurementPlan, median, RatioSeries, ratioSummary, renderRun, StatementCount, TargetCheck, writeBenchmarksFile } from "./report";
import { CONNECTIONS, RunSettings, SIZES, SizeName } from "./sizes";
import { databaseServerPid, killAllVariants, SERVER_NODE_ARGS, VariantProcess, VariantSpec } from "./variant-process";
import { W1_PAGES, W1_SMALL_PAGES, w1Body, w2Body } from "./workloads";

/**
 * `npm run bench [-- --size s|l] [--rounds N] [--seconds N] [--no-write] [--request-path-only]`: seeds (or reuses) the
 * district, starts the three variants, checks they answer alike, counts SQL statements, runs the
 * workloads in interleaved rounds, runs W3, and prints (and keeps in BENCHMARKS.md) one report.
 */

const ROOT = process.cwd();
/** The highest MAX_QUERY_COST the server's configuration accepts. */
const RAISED_QUERY_COST = 10_000_000;
const started = Date.now();
const log = (message: string) => process.stdout.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

type Variants = Map<string, VariantProcess>;
type Results = Record<string, Record<string, LoadResult[]>>;

const REQUESTS = {
  "W1 20×10×10": { variants: ["server", "naive", "floor"], body: () => w1Body(W1_PAGES) },
  "W1 5×2×2": { variants: ["server", "naive", "floor"], body: () => w1Body(W1_SMALL_PAGES) },
  W2: { variants: ["server", "floor"], body: (seed: SeedSummary) => w2Body(seed.tinyQueryUnit.id) },
} as const;
type RequestName = keyof typeof REQUESTS;
type Bodies = Record<RequestName, string>;

const PLANS: MeasurementPlan[] = [
  { key: "w1-one", workload: "W1", connections: 1, variants: ["server", "naive", "floor"] },
  { key: "w1-load", workload: "W1", connections: CONNECTIONS.w1, variants: ["server", "naive", "floor"] },
  { key: "w2-load", workload: "W2", connections: CONNECTIONS.w2, variants: ["server", "floor"] },
  // The same three variants again, with MariaDB behind the delaying proxy (as on another host).
  { key: "w1-remote-one", workload: "W1", connections: 1, variants: ["server", "naive", "floor"], remote: true },
  { key: "w1-remote-load", workload: "W1", connections: CONNECTIONS.w1, variants: ["server", "naive", "floor"], remote: true },
];
/** Each way, between the variants and MariaDB in the remote plans. */
const PROXY_DELAY_MS = 0.5;
const bodyOf = (plan: MeasurementPlan, bodies: Bodies) => (plan.workload === "W1" ? bodies["W1 20×10×10"] : bodies.W2);

function options(): { size: SizeName; run: RunSettings; write: boolean; requestPathOnly: boolean } {
  const { values } = parseArgs({
    options: {
      size: { type: "string", default: "s" },
      rounds: { type: "string" },
      seconds: { type: "string" },
      "no-write": { type: "boolean", default: false },
      "request-path-only": { type: "boolean", default: false },
    },
    strict: true,
  });
  const size = values.size as SizeName;
  if (!(size in SIZES)) throw new Error(`--size must be s or l (got ${size})`);
  const run = { ...SIZES[size].run };
  if (values.rounds) run.rounds = Math.max(1, Math.min(20, Number(values.rounds)));
  if (values.seconds) run.seconds = Math.max(1, Math.min(60, Number(values.seconds)));
  // Only the W1 and W2 plans (the request path's targets): the report is printed, never written (the size's section keeps its W3–W5).
  const requestPathOnly = values["request-path-only"];
  return { size, run, write: !values["no-write"] && !requestPathOnly, requestPathOnly };
}

function variantSpecs(size: SizeName, url = databaseUrl(size)): VariantSpec[] {
  const benchVariant = (name: string): VariantSpec => ({
    name,
    script: `dist/bench/harness/${name}-server.js`,
    ready: /listening at (http:\/\/127\.0\.0\.1:\d+\/graphql)/,
    env: { NODE_ENV: "production", BENCH_DATABASE_URL: url, PORT: "0" },
  });
  return [
    {
      name: "server",
      script: "dist/src/main.js",
      nodeArgs: SERVER_NODE_ARGS,
      ready: /GraphQL:\s+(http:\/\/127\.0\.0\.1:\d+\/graphql)/,
      env: {
        NODE_ENV: "production",
        DATABASE_URL: url,
        HOST: "127.0.0.1",
        PORT: "0",
        DEMO_DATA: "never",
        LOG_LEVEL: "warn",
        JWT_SECRET: randomBytes(32).toString("hex"),
        EXPOSE_SQL_STATEMENT_COUNT: "true",
      },
    },
    benchVariant("naive"),
    benchVariant("floor"),
  ];
}

/** The three variants again, on the proxied database URL (the server with the cost limit the first set needed). */
async function startRemoteVariants(size: SizeName, proxy: DelayProxy, raisedCost: boolean): Promise<Variants> {
  const specs = variantSpecs(size, throughProxy(databaseUrl(size), proxy));
  if (raisedCost) specs[0] = { ...specs[0], env: { ...specs[0].env, MAX_QUERY_COST: String(RAISED_QUERY_COST) } };
  const variants: Variants = new Map();
  for (const variant of await Promise.all(specs.map((spec) => VariantProcess.start(spec, ROOT)))) variants.set(variant.name, variant);
  return variants;
}

/** Median round trip of `SELECT 1` on one connection, in ms. */
async function roundTripMs(url: string): Promise<number> {
  const connection = await createConnection({ uri: url, connectTimeout: 5000 });
  try {
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = process.hrtime.bigint();
      await connection.query("SELECT 1");
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(times);
  } finally {
    await connection.end();
  }
}

/** Starts the three variants. W1 must pass the server's default query-cost limit; if it does not, that is noted and the limit raised. */
async function startVariants(size: SizeName, token: string, notes: string[]): Promise<Variants> {
  const specs = variantSpecs(size);
  const variants: Variants = new Map();
  for (const variant of await Promise.all(specs.map((spec) => VariantProcess.start(spec, ROOT)))) variants.set(variant.name, variant);
  const probe = await requestOnce(variants.get("server")!.url, w1Body(W1_PAGES), token);
  const refusal = (probe.json?.errors as { message: string; extensions?: { code?: string } }[] | undefined)?.find(
    (e) => e.extensions?.code === "QUERY_TOO_COMPLEX",
  );
  if (!refusal) {
    notes.push("The server accepts W1 at its default MAX_QUERY_COST.");
    return variants;
  }
  log(`the server refuses W1 at its default MAX_QUERY_COST (${refusal.message}); restarting it with MAX_QUERY_COST=${RAISED_QUERY_COST}`);
  notes.push(
    `**The server refuses W1 at its default MAX_QUERY_COST**: "${refusal.message}" It was restarted with MAX_QUERY_COST=${RAISED_QUERY_COST} for this run.`,
  );
  await variants.get("server")!.stop();
  const server = specs[0];
  variants.set("server", await VariantProcess.start({ ...server, env: { ...server.env, MAX_QUERY_COST: String(RAISED_QUERY_COST) } }, ROOT));
  return variants;
}

function describeW1(data: unknown): string {
  type Page = { units: { edges: { node: { cdo: unknown; dataSpecialist: unknown; dataResources: { nodes: { items: { nodes: unknown[] } }[] } } }[] } };
  const edges = (data as Page).units.edges;
  const resources = edges.flatMap((e) => e.node.dataResources.nodes);
  const items = resources.reduce((sum, r) => sum + r.items.nodes.length, 0);
  return `${edges.length} units (${edges.filter((e) => e.node.cdo).length} with a CDO, ${edges.filter((e) => e.node.dataSpecialist).length} with a specialist), ${resources.length} resources, ${items} items`;
}

/** Every variant's answer, deep-equal to the server's, before any timing; any error stops the run. */
async function checkSameAnswers(variants: Variants, bodies: Bodies, token: string, notes: string[]): Promise<void> {
  for (const [request, { variants: names }] of Object.entries(REQUESTS) as [RequestName, (typeof REQUESTS)[RequestName]][]) {
    const replies = new Map<string, Reply>();
    for (const name of names) {
      const reply = await requestOnce(variants.get(name)!.url, bodies[request], token);
      const problem = replyProblem(reply);
      if (problem) throw new Error(`${request} on ${name}: ${problem}`);
      replies.set(name, reply);
    }
    const server = replies.get("server")!;
    for (const name of names.slice(1)) {
      const other = replies.get(name)!.json;
      if (!isDeepStrictEqual(other, server.json)) {
        throw new Error(
          `${request}: ${name}'s JSON differs from the server's.\nserver: ${JSON.stringify(server.json).slice(0, 600)}\n${name}: ${JSON.stringify(other).slice(0, 600)}`,
        );
      }
    }
    const detail = request.startsWith("W1") ? describeW1(server.json!.data) : JSON.stringify(server.json!.data);
    const size = `${(Buffer.byteLength(server.text) / 1024).toFixed(1)} KB`;
    log(`${request}: ${names.join(", ")} return the same JSON (${size}): ${detail}`);
    if (request === "W1 20×10×10") notes.push(`W1's page: ${detail}; ${size} of JSON.`);
  }
}

/** SQL statements per request, counted by MariaDB, with each variant sending requests alone. */
async function countStatements(variants: Variants, bodies: Bodies, token: string, run: RunSettings): Promise<StatementCount[]> {
  const connection = await createConnection({ uri: serverUrl(), connectTimeout: 5000 });
  const counts: StatementCount[] = [];
  try {
    const counter = new StatementCounter(connection);
    await counter.calibrate();
    for (const [request, { variants: names }] of Object.entries(REQUESTS) as [RequestName, (typeof REQUESTS)[RequestName]][]) {
      for (const name of names) {
        const requests = request === "W2" ? run.countedRequests * 4 : run.countedRequests;
        const counted = await counter.perRequest(variants.get(name)!.url, bodies[request], token, requests);
        counts.push({ variant: name, request, ...counted });
        const header = counted.header !== null ? `, header ${counted.header.toFixed(2)}` : "";
        log(
          `statements: ${name.padEnd(6)} ${request.padEnd(12)} ${counted.database.toFixed(2)} per request (MariaDB${counted.clean ? "" : ", other clients busy"})${header}`,
        );
      }
    }
  } finally {
    await connection.end();
  }
  return counts;
}

/** Warm-up, then `rounds` rounds in which every plan runs every variant, in an order rotated each round. */
async function runRounds(
  variantsOf: (plan: MeasurementPlan) => Variants,
  bodies: Bodies,
  token: string,
  run: RunSettings,
  databasePid: number | null,
): Promise<Results> {
  log("warm-up");
  for (const plan of PLANS.filter((p) => p.connections > 1)) {
    for (const name of plan.variants) await runLoad(variantsOf(plan).get(name)!, bodyOf(plan, bodies), token, plan.connections, run.warmupSeconds, null);
  }
  const results: Results = {};
  for (let round = 0; round < run.rounds; round++) {
    for (const plan of PLANS) {
      const order = plan.variants.map((_, i) => plan.variants[(i + round) % plan.variants.length]);
      for (const name of order) {
        const variant = variantsOf(plan).get(name)!;
        variant.resetPeakRss(); // each run's own peak: W1's is the issue's target, whatever W2 did before
        const result = await runLoad(variant, bodyOf(plan, bodies), token, plan.connections, run.seconds, databasePid);
        result.peakRssMb = variant.peakRssMb();
        ((results[plan.key] ??= {})[name] ??= [])[round] = result;
        log(
          `round ${round + 1}/${run.rounds} ${plan.workload}${plan.remote ? " (proxy)" : ""} c=${String(plan.connections).padEnd(2)} ${name.padEnd(6)} ${result.requestsPerSecond.toFixed(1).padStart(8)} req/s  ` +
            `p50 ${result.p50.toFixed(2)} ms  p99 ${result.p99.toFixed(2)} ms  cpu ${result.cpuMsPerRequest.toFixed(2)} ms/req  others ${(result.otherCpuMsPerSecond / 10).toFixed(0)}% of a core` +
            (result.voidReason ? `  VOID: ${result.voidReason}` : ""),
        );
      }
    }
  }
  return results;
}

/** Ratios per round (void runs excluded) and the issue's targets, each held or missed with its figure. */
function judge(
  results: Results,
  statements: StatementCount[],
  peakRssMb: Record<string, number>,
  rounds: number,
): { ratios: RatioSeries[]; targets: TargetCheck[] } {
  const at = (key: string, name: string, round: number) => {
    const r = results[key]?.[name]?.[round];
    return r && r.voidReason === null ? r : undefined;
  };
  const series = (name: string, key: string, a: string, b: string, metric: "requestsPerSecond" | "p50"): RatioSeries => ({
    name,
    perRound: Array.from({ length: rounds }, (_, round) => {
      const [x, y] = [at(key, a, round), at(key, b, round)];
      return x && y ? x[metric] / y[metric] : null;
    }),
  });
  const ratios = [
    series(`W1 throughput server / naive (${CONNECTIONS.w1} conns)`, "w1-load", "server", "naive", "requestsPerSecond"),
    series("W1 p50 server / floor (1 conn)", "w1-one", "server", "floor", "p50"),
    series(`W1 p50 server / floor (${CONNECTIONS.w1} conns)`, "w1-load", "server", "floor", "p50"),
    series(`W1 throughput server / floor (${CONNECTIONS.w1} conns)`, "w1-load", "server", "floor", "requestsPerSecond"),
    series(`W2 throughput server / floor (${CONNECTIONS.w2} conns)`, "w2-load", "server", "floor", "requestsPerSecond"),
    series("W1 p50 server / floor (1 conn, MariaDB behind the proxy)", "w1-remote-one", "server", "floor", "p50"),
    series("W1 p50 naive / floor (1 conn, MariaDB behind the proxy)", "w1-remote-one", "naive", "floor", "p50"),
    series(`W1 throughput server / floor (${CONNECTIONS.w1} conns, MariaDB behind the proxy)`, "w1-remote-load", "server", "floor", "requestsPerSecond"),
    series(`W1 throughput server / naive (${CONNECTIONS.w1} conns, MariaDB behind the proxy)`, "w1-remote-load", "server", "naive", "requestsPerSecond"),
  ];
  const [serverOverNaive, p50One, p50Loaded, , w2] = ratios.map(ratioSummary);
  const w1PeakRss = Math.max(
    ...PLANS.filter((plan) => plan.workload === "W1").flatMap((plan) => (results[plan.key]?.server ?? []).map((r) => r?.peakRssMb ?? 0)),
  );
  const spread = (s: ReturnType<typeof ratioSummary>) => `median ${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

  const count = (name: string, request: RequestName) => statements.find((s) => s.variant === name && s.request === request)!;
  const [big, small] = [count("server", "W1 20×10×10"), count("server", "W1 5×2×2")];
  // MariaDB's own count when no other client interfered; else the server's per-request header.
  const byDatabase = big.clean && small.clean;
  const serverFigure = byDatabase
    ? `server ${big.database.toFixed(2)} for 20×10×10 vs ${small.database.toFixed(2)} for 5×2×2 (MariaDB; header ${big.header} vs ${small.header})`
    : `server ${big.header} for 20×10×10 vs ${small.header} for 5×2×2 (x-sql-statements header; MariaDB's count, disturbed by other clients: ${big.database.toFixed(2)} vs ${small.database.toFixed(2)})`;
  const others = (name: string) => `${name} ${count(name, "W1 20×10×10").database.toFixed(0)} vs ${count(name, "W1 5×2×2").database.toFixed(0)}`;
  const targets: TargetCheck[] = [
    {
      target: "W1 SQL statements per request constant whatever the page sizes (at most one per level)",
      figure: `${serverFigure}; ${others("naive")}; ${others("floor")}`,
      held: byDatabase ? Math.abs(big.database - small.database) < 0.5 : big.header !== null && big.header === small.header,
    },
    { target: "W1 throughput ≥ 20× naive", figure: spread(serverOverNaive), held: serverOverNaive.median >= 20 },
    { target: "W1 p50 ≤ 1.5× floor, one connection", figure: spread(p50One), held: p50One.median <= 1.5 },
    { target: `W1 p50 ≤ 1.5× floor, ${CONNECTIONS.w1} connections`, figure: spread(p50Loaded), held: p50Loaded.median <= 1.5 },
    { target: "W2 throughput ≥ 0.5× floor", figure: spread(w2), held: w2.median >= 0.5 },
    {
      target: "server peak RSS under W1 ≤ 250 MB",
      figure: `${w1PeakRss.toFixed(0)} MB (the highest VmHWM of the server's W1 runs, each reset at its start); ${peakRssMb.server.toFixed(0)} MB over every run, W2 included`,
      held: w1PeakRss <= 250,
    },
  ];
  return { ratios, targets };
}

function packageVersion(name: string): string {
  try {
    return JSON.parse(readFileSync(join(ROOT, "node_modules", name, "package.json"), "utf8")).version;
  } catch {
    return "?";
  }
}

function codeVersion(): string {
  try {
    const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src", "migrations"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${commit} + uncommitted changes in src/ or migrations/` : commit;
  } catch {
    return "?";
  }
}

async function describeMachine(size: SizeName, run: RunSettings, seed: SeedSummary): Promise<[string, string][]> {
  const connection = await createConnection({ uri: serverUrl() });
  const [rows] = await connection.query<RowDataPacket[]>("SELECT VERSION() AS version");
  await connection.end();
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model ?? "?";
  const packages = ["@apollo/server", "express", "graphql", "type-graphql", "typeorm", "mysql2", "dataloader", "autocannon"].map(
    (name) => `${name} ${packageVersion(name)}`,
  );
  const c = seed.counts;
  return [
    ["date", new Date().toISOString()],
    ["machine", `${cpuModel}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ["versions", `Node ${process.version}, MariaDB ${rows[0].version}, ${packages.join(", ")}`],
    ["code", codeVersion()],
    [
      "district",
      `${c.units} units, ${c.persons} persons, ${c.appointments} appointments, ${c.data_resources.toLocaleString("en")} resources, ${c.data_items.toLocaleString("en")} items (${SIZES[size].district.itemsPerResource} per resource)`,
    ],
    [
      "run",
      `${run.rounds} rounds × ${run.seconds} s per variant (after ${run.warmupSeconds} s of warm-up each); W1 at 1 and ${CONNECTIONS.w1} connections, W2 at ${CONNECTIONS.w2}; whole run ${((Date.now() - started) / 60_000).toFixed(1)} min`,
    ],
  ];
}

const METHOD_NOTES = [
  "p50/p99 come from every response's own latency (autocannon's histogram rounds to whole ms). CPU ms/req is the variant process's utime+stime (/proc/<pid>/stat) from the start of the round until it is idle again, over the requests sent (autocannon abandons those in flight when the time is up; the variant still completes them); MariaDB CPU ms/req is mysqld's over the same span. Every round starts on an idle variant and an idle MariaDB.",
  "SQL statements: MariaDB's global `Questions` before/after sequential requests minus the two reads' own; tries repeat until the least count is seen twice (other clients of the same MariaDB can only add). The server's figure includes its one authentication statement (token, account and roles) and, at most once a minute, the API token's last_used_at update.",
  "'other processes (cores)': CPU time of everything else on the machine during the variant's runs (a test suite, say), in cores; above ~0.1 the figures are disturbed.",
  "The server runs with NODE_ENV=production, LOG_LEVEL=warn, EXPOSE_SQL_STATEMENT_COUNT=true; pool size 10 for all three variants.",
];

async function main(): Promise<number> {
  const { size, run, write, requestPathOnly } = options();
  log(`size ${size}: ${run.rounds} rounds of ${run.seconds} s per variant, warm-up ${run.warmupSeconds} s`);
  const seed = await seedDistrict(size, log);
  const token = await issueBenchToken(size);
  const bodies = Object.fromEntries(Object.entries(REQUESTS).map(([name, r]) => [name, r.body(seed)])) as Bodies;
  const notes: string[] = [];

  log("starting the variants (server, naive, floor)");
  let variants: Variants = new Map();
  let remote: Variants = new Map();
  const serverAddress = new URL(serverUrl());
  const proxy = await startDelayProxy({ host: serverAddress.hostname, port: Number(serverAddress.port || 3306) }, PROXY_DELAY_MS);
  try {
    variants = await startVariants(size, token, notes);
    remote = await startRemoteVariants(
      size,
      proxy,
      notes.some((note) => note.startsWith("**The server refuses")),
    );
    const [direct, proxied] = [await roundTripMs(databaseUrl(size)), await roundTripMs(throughProxy(databaseUrl(size), proxy))];
    log(`SELECT 1 round trip: ${direct.toFixed(2)} ms direct, ${proxied.toFixed(2)} ms through the proxy`);
    notes.push(
      `The "(proxy)" rows: the three variants again, with MariaDB behind the harness's delaying TCP proxy (bench/harness/delay-proxy.ts, ${PROXY_DELAY_MS} ms each way; Node's 1 ms timer resolution makes it more): a \`SELECT 1\` round trip took a median ${proxied.toFixed(2)} ms through it, ${direct.toFixed(2)} ms direct.`,
    );
    await checkSameAnswers(variants, bodies, token, notes);
    const statements = await countStatements(variants, bodies, token, run);
    const results = await runRounds((plan) => (plan.remote ? remote : variants), bodies, token, run, databaseServerPid());
    // Each variant's highest peak over its runs (direct and behind the proxy).
    const peakRssMb = Object.fromEntries(
      [...variants.keys()].map((name) => [
        name,
        Math.max(...Object.values(results).flatMap((byVariant) => (byVariant[name] ?? []).map((r) => r?.peakRssMb ?? 0))),
      ]),
    );
    const { ratios, targets } = judge(results, statements, peakRssMb, run.rounds);
    const othersCores = Object.values(results).flatMap((byVariant) =>
      Object.values(byVariant)
        .flat()
        .map((r) => r.otherCpuMsPerSecond / 1000),
    );
    const othersMedian = median(othersCores);
    if (othersMedian > 0.1) {
      notes.push(
        `**Disturbed run**: other processes on the machine used a median of ${othersMedian.toFixed(2)} cores (at most ${Math.max(...othersCores).toFixed(2)}) during the timed runs; the ratios are less reliable than on a quiet machine.`,
      );
    }

    // W3 measures on its own: the variants stop first.
    for (const variant of [...variants.values(), ...remote.values()]) await variant.stop();
    const importWorkload = requestPathOnly ? ["Not run (`--request-path-only`)."] : await runImportWorkload(ROOT, (size === "l" ? 12 : 3) * 60_000, log);
    const sharingWorkload = requestPathOnly ? undefined : await runSharingWorkload(ROOT, size === "l" ? 200_000 : 40_000, 10 * 60_000, log);
    const qualityWorkload = requestPathOnly
      ? undefined
      : await runQualityWorkload(ROOT, size === "l" ? 10_000_000 : 1_000_000, (size === "l" ? 60 : 15) * 60_000, log);

    notes.push(
      `Seed: ${seed.reused ? `reused ${seed.database} (row counts match)` : `${seed.database} seeded in ${seed.seconds.toFixed(0)} s`}.`,
      ...METHOD_NOTES,
    );
    const benchRun: BenchRun = {
      size,
      rounds: run.rounds,
      seconds: run.seconds,
      machine: await describeMachine(size, run, seed),
      plans: PLANS,
      results,
      peakRssMb,
      statements,
      ratios,
      targets,
      importWorkload,
      sharingWorkload,
      qualityWorkload,
      notes,
    };
    const report = renderRun(benchRun);
    process.stdout.write(`\n${report}\n`);
    if (write) {
      writeBenchmarksFile(join(ROOT, "BENCHMARKS.md"), size, report);
      log("wrote BENCHMARKS.md");
    }
    const voided = Object.values(results).some((byVariant) => Object.values(byVariant).some((runs) => runs.some((r) => r.voidReason)));
    return voided ? 1 : 0;
  } finally {
    await Promise.all([...variants.values(), ...remote.values()].map((variant) => variant.stop()));
    await proxy.close();
    killAllVariants();
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    killAllVariants();
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
    killAllVariants();
    process.exit(1);
  },
);
