import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createConnection, RowDataPacket } from "mysql2/promise";
import { BENCH_USERNAME, databaseUrl, seedDistrict } from "./district-seed";
import { replyProblem, requestOnce, runLoad } from "./load";
import { SERVER_NODE_ARGS, VariantProcess } from "./variant-process";
import { W1_PAGES, w1Body, w2Body } from "./workloads";

/**
 * `npm run bench:profile -- --workload W1|W2 [--size s|l] [--requests N of warm-up] [--seconds N of load] [--connections N] [--label before]
 * [--script dist-before/src/main.js] [--node-arg --max-semi-space-size=16 …] [--no-profile] [--floor] [--keep file.cpuprofile]`:
 * the server alone under one workload, with V8's sampling profiler on. It prints (and writes to
 * bench/profiles/<workload>-<label>.txt) the server's CPU time per request, read from /proc, which
 * other processes on the machine disturb far less than wall-clock figures, and where that time goes:
 * self time per package and the hottest functions, counting only the samples of the measured requests.
 * `--script` runs another build (a copy of dist/ made before a change) so that before and after can
 * alternate on the same busy machine; `--node-arg` passes flags to its Node; the server's peak RSS is
 * reported too. `--no-profile` leaves the profiler off and reports only the CPU per request and the
 * peak RSS (the profiler itself costs the server about twice its CPU); `--floor` measures the floor
 * (bare node:http + mysql2, bench/harness/floor-server.ts) the same way, without a profile.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const ROOT = process.cwd();

/** Where a sample's function lives: a package, the server's own code, Node's internals, or V8's pseudo-frames. */
function categoryOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)";
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1];
  if (url.startsWith("node:")) return "node (internals)";
  const own = /\/dist\/(src\/[^/]+(?:\/[^/]+)?)/.exec(url);
  return own ? own[1] : url;
}

function summarise(profile: CpuProfile, fromUs: number, toUs: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  let time = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i];
    if (time < fromUs || time > toUs) continue;
    const { functionName, url, lineNumber } = byId.get(profile.samples[i])!.callFrame;
    const category = categoryOf(url, functionName);
    categories.set(category, (categories.get(category) ?? 0) + 1);
    const name = `${functionName || "(anonymous)"}  ${category}${url && !url.startsWith("node:") ? `:${lineNumber + 1}` : ""}`;
    functions.set(name, (functions.get(name) ?? 0) + 1);
    total += 1;
  }
  const table = (counts: Map<string, number>, limit: number) =>
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, n]) => `${((100 * n) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join("\n");
  return `${total} samples in the measured span\n\nself time by package / own module\n${table(categories, 25)}\n\nhottest functions (self time)\n${table(functions, 30)}\n`;
}

async function issueToken(url: string): Promise<string> {
  const token = "cdo_" + randomBytes(32).toString("base64url");
  const connection = await createConnection({ uri: url, charset: "utf8mb4_unicode_ci" });
  try {
    const [accounts] = await connection.query<RowDataPacket[]>("SELECT id FROM user_accounts WHERE username = ?", [BENCH_USERNAME]);
    await connection.query(
      "INSERT INTO api_tokens (account_id, name, prefix, secret_hash, expires_at, last_used_at, revoked_at, created_at, updated_at) VALUES (?, 'npm run bench:profile', ?, ?, NULL, NULL, NULL, UTC_TIMESTAMP(), UTC_TIMESTAMP())",
      [accounts[0].id, token.slice(0, 12), createHash("sha256").update(token).digest("hex")],
    );
  } finally {
    await connection.end();
  }
  return token;
}

/** `requests` requests, `connections` at a time; every reply must be a valid answer. */
async function drive(url: string, body: string, token: string, requests: number, connections: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const problem = replyProblem(await requestOnce(url, body, token));
      if (problem) throw new Error(problem);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      workload: { type: "string", default: "W1" },
      requests: { type: "string" },
      seconds: { type: "string" },
      connections: { type: "string", default: "1" },
      label: { type: "string", default: "now" },
      script: { type: "string", default: "dist/src/main.js" },
      "node-arg": { type: "string", multiple: true, default: [] },
      size: { type: "string", default: "s" },
      "no-profile": { type: "boolean", default: false },
      keep: { type: "string" },
      floor: { type: "boolean", default: false },
    },
    strict: true,
  });
  const workload = values.workload === "W2" ? "W2" : "W1";
  const warmUp = Number(values.requests ?? (workload === "W1" ? 200 : 3000));
  const seconds = Math.max(1, Math.min(120, Number(values.seconds ?? 10)));
  const connections = Math.max(1, Math.min(32, Number(values.connections)));
  const size = values.size === "l" ? "l" : "s";
  const profiled = !values["no-profile"] && !values.floor;
  const seed = await seedDistrict(size, (message) => process.stdout.write(`${message}\n`));
  const url = databaseUrl(size);
  const token = await issueToken(url);
  const body = workload === "W1" ? w1Body(W1_PAGES) : w2Body(seed.tinyQueryUnit.id);
  const profileDir = mkdtempSync(join(os.tmpdir(), "cdo-profile-"));
  const script = values.floor ? "dist/bench/harness/floor-server.js" : values.script;
  const nodeArgs = [...(values.floor ? [] : SERVER_NODE_ARGS), ...values["node-arg"]];
  const server = await VariantProcess.start(
    {
      name: values.floor ? "floor" : "server",
      script,
      nodeArgs: profiled ? [...nodeArgs, "--cpu-prof", `--cpu-prof-dir=${profileDir}`] : nodeArgs,
      ready: values.floor ? /listening at (http:\/\/127\.0\.0\.1:\d+\/graphql)/ : /GraphQL:\s+(http:\/\/127\.0\.0\.1:\d+\/graphql)/,
      env: {
        BENCH_DATABASE_URL: url,
        NODE_ENV: "production",
        DATABASE_URL: url,
        HOST: "127.0.0.1",
        PORT: "0",
        DEMO_DATA: "never",
        LOG_LEVEL: "warn",
        JWT_SECRET: randomBytes(32).toString("hex"),
      },
    },
    ROOT,
    180_000, // a busy machine starts it slowly
  );
  let report: string;
  try {
    await drive(server.url, body, token, warmUp, connections); // warm-up
    const from = Number(process.hrtime.bigint() / 1000n);
    const load = await runLoad(server, body, token, connections, seconds, null);
    const to = Number(process.hrtime.bigint() / 1000n);
    if (load.voidReason) throw new Error(`the run is void: ${load.voidReason}`);
    const peakRssMb = server.peakRssMb();
    await server.stop(15_000);
    const loadAverage = os.loadavg().map((n) => n.toFixed(2));
    report =
      `${workload}, ${seconds} s of autocannon at ${connections} connection(s) after ${warmUp} requests of warm-up; size ${size} on MariaDB\n` +
      `${server.name} ${script} with ${nodeArgs.join(" ") || "no flags"}${profiled ? "" : ", no profiler"}; peak RSS ${peakRssMb.toFixed(0)} MB\n` +
      `date ${new Date().toISOString()}, load average ${loadAverage.join(" ")} (${os.cpus().length} cores)\n` +
      `${load.requests} requests, ${load.requestsPerSecond.toFixed(0)}/s; p50 ${load.p50.toFixed(2)} ms, p99 ${load.p99.toFixed(2)} ms\n` +
      `CPU per request (utime+stime from /proc): ${load.cpuMsPerRequest.toFixed(3)} ms; other processes ${(load.otherCpuMsPerSecond / 1000).toFixed(2)} core\n`;
    if (profiled) {
      const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
      if (!file) throw new Error("the server wrote no profile");
      const text = readFileSync(join(profileDir, file), "utf8");
      if (values.keep) writeFileSync(values.keep, text);
      const profile = JSON.parse(text) as CpuProfile;
      report += "\n" + summarise(profile, from, to);
    }
  } finally {
    await server.stop();
    rmSync(profileDir, { recursive: true, force: true });
  }
  process.stdout.write(report);
  if (!profiled) return;
  mkdirSync(join(ROOT, "bench", "profiles"), { recursive: true });
  writeFileSync(join(ROOT, "bench", "profiles", `${workload}-${values.label}.txt`), report);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`profile failed: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);
