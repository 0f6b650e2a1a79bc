import { ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiClient } from "../support/api-client";
import { dropDatabase, freshDatabaseUrl, testDatabase } from "../support/catalog";

// These start the compiled server exactly as `npm start` does (scripts/test.mjs builds it first).
const main = join(__dirname, "../../dist/src/main.js");

interface Exited {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(env: Record<string, string>): { child: ChildProcess; exited: Promise<Exited>; output: () => string } {
  const child = spawn(process.execPath, [main], { env: { PATH: process.env.PATH!, LOG_LEVEL: "warn", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<Exited>((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
  return { child, exited, output: () => stdout };
}

async function waitForReady(output: () => string, exited: Promise<Exited>): Promise<number> {
  const deadline = Date.now() + 30_000;
  let done = false;
  void exited.then(() => (done = true));
  while (Date.now() < deadline && !done) {
    const match = /GraphQL:\s+http:\/\/localhost:(\d+)\/graphql/.exec(output());
    if (match) return Number(match[1]);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`server did not start: ${output()} ${JSON.stringify(await Promise.race([exited, Promise.resolve(null)]))}`);
}

describe("starting the server as `npm start` does", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "cdo-catalog-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("stops with one line naming the variable when a setting is invalid", async () => {
    for (const [env, variable] of [
      [{ PORT: "forty" }, "PORT"],
      [{ DATABASE_URL: "postgres://db/x" }, "DATABASE_URL"],
      [{ DEMO_DATA: "sometimes" }, "DEMO_DATA"],
      [{ DISTRICT_TIME_ZONE: "Mars/Olympus" }, "DISTRICT_TIME_ZONE"],
      [{ CORS_ORIGINS: "https://portal.example.cn/app" }, "CORS_ORIGINS"],
      [{ METRICS_TOKEN: "short" }, "METRICS_TOKEN"],
    ] as const) {
      const { code, stderr } = await run(env).exited;
      expect(code).toBe(1);
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).toContain(variable);
    }
  });

  it("stops with one line when the database cannot be reached, without a stack trace or password", async () => {
    const { code, stderr } = await run({ DATABASE_URL: "mysql://root:secret@127.0.0.1:1/catalog" }).exited;
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^Cannot open the database at mysql:\/\/root:\*\*\*@127\.0\.0\.1:1\/catalog: .*ECONNREFUSED/);
    expect(stderr).not.toContain("secret");
  });

  it("migrates an empty database, loads the Tianning demo data once, serves it, and exits cleanly on SIGTERM", async () => {
    const databaseUrl = testDatabase === "sqlite" ? `sqlite:${join(dir, "catalog.sqlite")}` : await freshDatabaseUrl();
    const env = { DATABASE_URL: databaseUrl, PORT: "0", DEMO_DATA: "auto", PASSWORD_HASH_COST: "10" };
    try {
      await startTwiceAndStop(env);
    } finally {
      await dropDatabase(databaseUrl); // the MariaDB schema made for this test, even when it fails
    }
  });
});

/** Starts the compiled server twice on one database: the first loads the demo data, the second finds it. */
async function startTwiceAndStop(env: Record<string, string>): Promise<void> {
  const first = run(env);
  const port = await waitForReady(first.output, first.exited);
  expect(first.output()).toMatch(/Demo data loaded: 32 units of 天宁区/);
  expect(first.output()).toMatch(/admin\s+tianning-demo/);
  const api = await new ApiClient(`http://127.0.0.1:${port}/graphql`).signIn("admin", "tianning-demo");
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);
  const { data } = await api.raw<{
    appointmentCoverage: { unitsMissingCdo: { name: string }[]; unitsMissingDataSpecialist: { name: string }[] };
    unit: { name: string; cdo: { person: { name: string } } };
  }>(`{ appointmentCoverage { unitsMissingCdo { name } unitsMissingDataSpecialist { name } } unit(code: "320402") { name cdo { person { name } } } }`);
  expect(data!.unit.name).toBe("天宁区");
  expect(data!.unit.cdo.person.name).toMatch(/某/);
  expect(data!.appointmentCoverage.unitsMissingCdo.map((u) => u.name).sort()).toEqual(["区退役军人事务局", "郑陆镇"].sort());
  expect(data!.appointmentCoverage.unitsMissingDataSpecialist.map((u) => u.name).sort()).toEqual(["区审计局", "区退役军人事务局"].sort());
  first.child.kill("SIGTERM");
  expect((await first.exited).code).toBe(0);

  const second = run(env);
  const port2 = await waitForReady(second.output, second.exited);
  expect(second.output()).not.toMatch(/Demo data loaded/);
  const again = await (
    await new ApiClient(`http://127.0.0.1:${port2}/graphql`).signIn("analyst", "tianning-demo")
  ).raw<{ units: { totalCount: number } }>("{ units { totalCount } }");
  expect(again.data!.units.totalCount).toBe(32);
  second.child.kill("SIGTERM");
  expect((await second.exited).code).toBe(0);
}
