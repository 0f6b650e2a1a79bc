import type { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import autocannon from "autocannon";
import type { Connection, RowDataPacket } from "mysql2/promise";
import { clockTicks, cpuMillis } from "./variant-process";
import type { VariantProcess } from "./variant-process";

/**
 * Load and counting against one variant: autocannon for throughput and latency (loopback only),
 * /proc for the variant's CPU time, and MariaDB's own `Questions` counter for SQL statements.
 */

export interface Reply {
  status: number;
  text: string;
  json: { data?: unknown; errors?: unknown[] } | null;
  /** The server's x-sql-statements header, when it sends one. */
  sqlStatements: number | null;
}

const headers = (token: string) => ({ "content-type": "application/json", authorization: `Bearer ${token}` });

/** One request, read to the end. Only loopback URLs are ever requested. */
export async function requestOnce(url: string, body: string, token: string): Promise<Reply> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing to load a non-loopback URL: ${url}`);
  const response = await fetch(url, { method: "POST", headers: headers(token), body, signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  let json: Reply["json"] = null;
  try {
    json = JSON.parse(text);
  } catch {
    // reported by the caller as not JSON
  }
  const header = response.headers.get("x-sql-statements");
  return { status: response.status, text, json, sqlStatements: header === null ? null : Number(header) };
}

/** Why a reply is not a valid answer (non-2xx, not JSON, GraphQL errors, no data), or null. */
export function replyProblem(reply: Reply): string | null {
  if (reply.status < 200 || reply.status > 299) return `HTTP ${reply.status}: ${reply.text.slice(0, 300)}`;
  if (!reply.json) return `not JSON: ${reply.text.slice(0, 300)}`;
  if (reply.json.errors) return `GraphQL errors: ${JSON.stringify(reply.json.errors).slice(0, 300)}`;
  if (!reply.json.data) return "no data";
  return null;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** The variant's own CPU time (user + system) per request sent, until it is idle again. */
  cpuMsPerRequest: number;
  /** MariaDB's CPU time per request, while this variant ran alone. */
  databaseCpuMsPerRequest: number | null;
  /** CPU time of every other process on the machine (a test suite, say) per second of the run, in ms: 1000 is one core. */
  otherCpuMsPerSecond: number;
  /** Why the run is void (non-2xx, errors, GraphQL errors, timeouts), or null. */
  voidReason: string | null;
  /** The variant's peak resident set during this run (VmHWM reset at its start), in MB; set by the rounds. */
  peakRssMb?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until none of the processes used more than 10 ms of CPU in the last 250 ms (at most
 * `maxMs`), so that one run's leftovers never load the next.
 */
export async function waitUntilIdle(pids: number[], maxMs = 15_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = pids.map(cpuMillis);
  while (Date.now() < deadline) {
    await sleep(250);
    const now = pids.map(cpuMillis);
    const busy = now.some((value, i) => value - last[i] > 10);
    last = now;
    if (!busy) return;
  }
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * `connections` keep-alive connections send the body for `seconds`. Latencies are kept per response
 * (autocannon's own histogram rounds to whole milliseconds). A body that is not `{"data":…}` or
 * that holds "errors" counts as a mismatch and voids the run.
 */
export async function runLoad(
  variant: VariantProcess,
  body: string,
  token: string,
  connections: number,
  seconds: number,
  databasePid: number | null,
): Promise<LoadResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(variant.url)) throw new Error(`refusing to load a non-loopback URL: ${variant.url}`);
  const latencies: number[] = [];
  const watched = databasePid ? [variant.pid, databasePid] : [variant.pid];
  await waitUntilIdle(watched);
  const cpuBefore = variant.cpuMillis();
  const databaseBefore = databasePid ? cpuMillis(databasePid) : null;
  const machineBefore = machineCpuMillis();
  const harnessBefore = process.cpuUsage();
  const startedAt = Date.now();
  const run = autocannon({
    url: variant.url,
    method: "POST",
    headers: headers(token),
    body,
    connections,
    pipelining: 1,
    duration: seconds,
    timeout: 30,
    verifyBody: (text) => typeof text === "string" && text.startsWith('{"data":') && !text.includes('"errors"'),
  }) as unknown as EventEmitter & PromiseLike<autocannon.Result>;
  // autocannon emits (client, statusCode, bytes, responseTime in ms with sub-millisecond precision).
  run.on("response", (...args: unknown[]) => {
    const status = args[1] as number;
    if (status >= 200 && status < 300) latencies.push(args[3] as number);
  });
  const result = await run;
  // Requests still in flight when the time is up are abandoned by autocannon but finished by the
  // variant: wait for it (and MariaDB) to go idle, and charge the CPU time to every request sent.
  await waitUntilIdle(watched);
  const sent = (result.requests as unknown as { sent: number }).sent;
  const cpu = variant.cpuMillis() - cpuBefore;
  const database = databasePid && databaseBefore !== null ? cpuMillis(databasePid) - databaseBefore : null;
  const harness = process.cpuUsage(harnessBefore);
  const other = machineCpuMillis() - machineBefore - cpu - (database ?? 0) - (harness.user + harness.system) / 1000;
  const otherCpuMsPerSecond = Math.max(0, other) / ((Date.now() - startedAt) / 1000);
  const sorted = Float64Array.from(latencies).sort();
  const requests = result["2xx"];
  const problems: string[] = [];
  if (result.non2xx) problems.push(`${result.non2xx} non-2xx`);
  if (result.errors) problems.push(`${result.errors} errors`);
  if (result.timeouts) problems.push(`${result.timeouts} timeouts`);
  if (result.mismatches) problems.push(`${result.mismatches} bodies with GraphQL errors`);
  if (requests === 0) problems.push("no requests completed");
  return {
    requests,
    seconds: result.duration,
    requestsPerSecond: requests / result.duration,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    cpuMsPerRequest: cpu / Math.max(sent, 1),
    databaseCpuMsPerRequest: database === null ? null : database / Math.max(sent, 1),
    otherCpuMsPerSecond,
    voidReason: problems.length ? problems.join(", ") : null,
  };
}

/**
 * Counts SQL statements per request with MariaDB's global `Questions` status: read before and after
 * `requests` sequential requests of one variant (the others idle), minus what the two reads add
 * themselves. Other clients of the same MariaDB can only add to the count, so tries repeat until
 * the least count has been seen twice (at most six tries); `clean` says whether it was.
 */
export class StatementCounter {
  private ownStatements = 0;

  constructor(private readonly connection: Connection) {}

  private async questions(): Promise<number> {
    const [rows] = await this.connection.query<RowDataPacket[]>("SHOW GLOBAL STATUS LIKE 'Questions'");
    return Number(rows[0].Value);
  }

  /** How many Questions one read-before/read-after pair adds with nothing in between. */
  async calibrate(): Promise<void> {
    let least = Infinity;
    for (let i = 0; i < 5; i++) {
      const before = await this.questions();
      least = Math.min(least, (await this.questions()) - before);
    }
    this.ownStatements = least;
  }

  async perRequest(url: string, body: string, token: string, requests: number): Promise<{ database: number; header: number | null; clean: boolean }> {
    const counts: number[] = [];
    let header: number | null = null;
    for (let attempt = 0; attempt < 6; attempt++) {
      let headerTotal: number | null = 0;
      const before = await this.questions();
      for (let i = 0; i < requests; i++) {
        const reply = await requestOnce(url, body, token);
        const problem = replyProblem(reply);
        if (problem) throw new Error(`statement count of ${url}: ${problem}`);
        headerTotal = reply.sqlStatements === null || headerTotal === null ? null : headerTotal + reply.sqlStatements;
      }
      const counted = (await this.questions()) - before - this.ownStatements;
      if (counts.length === 0 || counted < Math.min(...counts)) header = headerTotal === null ? null : headerTotal / requests;
      counts.push(counted);
      const least = Math.min(...counts);
      if (counts.filter((c) => c === least).length >= 2) return { database: least / requests, header, clean: true };
    }
    return { database: Math.min(...counts) / requests, header, clean: false };
  }
}

/** CPU time of the whole machine so far, in ms (/proc/stat: every state but idle and iowait). */
export function machineCpuMillis(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = fields;
  return ((user + nice + system + irq + softirq + (steal ?? 0)) * 1000) / clockTicks();
}
