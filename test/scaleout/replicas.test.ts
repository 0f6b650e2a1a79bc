import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createConnection } from "mysql2/promise";
import { loadConfig } from "../../src/config";
import { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog, testDatabase } from "../support/catalog";
import { DistrictScenario, signedInAs, uniqueCode } from "../support/scenario";

// A real MariaDB primary and replica with GTID replication (scripts/replication.sh), on free ports
// under a temporary folder: the shared server on 3306 is not involved. Runs in the MySQL pass of
// `npm test` (and so in .ci/run); CI=true makes a machine without mariadbd a failure, not a skip.
const script = join(__dirname, "../../scripts/replication.sh");
const mariadbd = ["/usr/sbin/mariadbd", "/usr/bin/mariadbd"].some((path) => existsSync(path));
if (testDatabase === "mysql" && !mariadbd && process.env.CI === "true") throw new Error("CI runs the replica tests: mariadbd is needed");
const onReplicatedMariaDb = testDatabase === "mysql" && mariadbd ? describe : describe.skip;

const run = promisify(execFile);
const replication = (...args: string[]) => run("bash", [script, ...args], { timeout: 120_000 });

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const UNIT = "query ($id: ID!) { unit(id: $id) { name } }";
const CREATE_UNIT = "mutation ($input: CreateUnitInput!) { createUnit(input: $input) { id } }";
const DATABASE = "cdo_catalog";

onReplicatedMariaDb("reads on a MariaDB replica (DATABASE_REPLICA_URLS)", () => {
  let dir: string;
  let primaryPort: number;
  let replicaPort: number;
  let server: TestCatalog;
  let admin: ApiClient;
  let analyst: ApiClient;
  let district: DistrictScenario;

  const sql = async (port: number, statement: string, values: unknown[] = []) => {
    const connection = await createConnection({ host: "127.0.0.1", port, user: "root", database: DATABASE });
    try {
      const [rows] = await connection.query(statement, values);
      return rows as Record<string, unknown>[];
    } finally {
      await connection.end();
    }
  };
  const onReplica = async (code: string) => (await sql(replicaPort, "SELECT name FROM units WHERE code = ?", [code]))[0]?.name as string | undefined;
  /** A sample of /metrics, e.g. metric('db_replica_usable{replica="replica-1"}'); undefined if absent. */
  const metric = async (series: string) => {
    const text = await (await fetch(server.catalog.url.replace("/graphql", "/metrics"))).text();
    const line = text.split("\n").find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };
  const USABLE = 'db_replica_usable{replica="replica-1"}';
  const usable = async () => (await metric(USABLE)) === 1;

  async function newUnit(name: string) {
    const code = uniqueCode("R");
    const created = await admin.raw<{ createUnit: { id: string } }>(CREATE_UNIT, { input: { kind: "STREET", code, name, parentId: district.rootId } });
    expect(created.errors).toBeUndefined();
    return { id: created.data!.createUnit.id, code };
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "cdo-replication-"));
    [primaryPort, replicaPort] = [await freePort(), await freePort()];
    await replication("start", dir, String(primaryPort), String(replicaPort));
    const root = await createConnection({ host: "127.0.0.1", port: primaryPort, user: "root" });
    await root.query(`CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await root.query("CREATE DATABASE test"); // where the test catalog's stop() connects to drop its database
    await root.end();
    server = await startTestCatalog({
      DATABASE_URL: `mysql://root@127.0.0.1:${primaryPort}/${DATABASE}`,
      DATABASE_REPLICA_URLS: `mysql://root@127.0.0.1:${replicaPort}/${DATABASE}`,
      REPLICA_CHECK_INTERVAL_MS: "200",
      REPLICA_MAX_LAG_SECONDS: "5",
      READ_YOUR_WRITES_SECONDS: "5",
    });
    ({ api: admin } = server);
    ({ client: analyst } = await signedInAs(server.api, null, { analyst: true }));
    district = await DistrictScenario.create(admin);
  }, 180_000);

  afterAll(async () => {
    try {
      await server?.stop();
    } finally {
      // Whatever happened above: the two servers of this test never outlive it.
      await replication("stop", dir).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("serves a reader's queries from the replica", async () => {
    const unit = await newUnit("红梅街道");
    await eventually("the unit reaches the replica", () => onReplica(unit.code));
    // Changed on the replica alone (not logged for replication): only a read there can see it.
    const local = await createConnection({ host: "127.0.0.1", port: replicaPort, user: "root", database: DATABASE });
    await local.query("SET SESSION sql_log_bin = 0");
    await local.query("UPDATE units SET name = '红梅街道（副本）' WHERE code = ?", [unit.code]);
    await local.end();

    const read = await analyst.raw<{ unit: { name: string } }>(UNIT, { id: unit.id });
    expect(read.errors).toBeUndefined();
    expect(read.data?.unit.name).toBe("红梅街道（副本）");
    expect(read.headers.get("x-read-from")).toBe("replica-1");
    expect(await metric(USABLE)).toBe(1);
    expect(await metric('db_reads_total{target="replica-1",reason=""}')).toBeGreaterThan(0);
  });

  it("sends a mutation to the primary, and its caller's next reads too while the replica is behind", async () => {
    // The replica applies what it receives only after 3 s from now on (MariaDB's delayed replication): behind, within the lag limit.
    await sql(replicaPort, "STOP SLAVE");
    await sql(replicaPort, "CHANGE MASTER TO MASTER_DELAY = 3");
    await sql(replicaPort, "START SLAVE");
    await eventually("the replica replicates again", usable);
    try {
      const unit = await newUnit("青龙街道");
      const own = await admin.raw<{ unit: { name: string } | null }>(UNIT, { id: unit.id });
      expect(own.headers.get("x-read-from")).toBe("primary; read-your-writes");
      expect(own.data?.unit?.name).toBe("青龙街道");

      // Another caller reads the replica, which has not applied the write yet.
      const other = await analyst.raw<{ unit: { name: string } | null }>(UNIT, { id: unit.id });
      expect(other.headers.get("x-read-from")).toBe("replica-1");
      expect(other.data?.unit ?? null).toBeNull();
    } finally {
      await sql(replicaPort, "STOP SLAVE");
      await sql(replicaPort, "CHANGE MASTER TO MASTER_DELAY = 0");
      await sql(replicaPort, "START SLAVE");
      await eventually("the replica replicates again", usable);
    }
  });

  it("falls back to the primary when the replica stops, and uses it again once it has caught up", async () => {
    const before = await newUnit("兰陵街道");
    await eventually("the unit reaches the replica", () => onReplica(before.code));
    await replication("stop-replica", dir);

    // At once: the next read is answered (by the primary, the replica's pool handing over), not an error.
    const read = await analyst.raw<{ unit: { name: string } }>(UNIT, { id: before.id });
    expect(read.errors).toBeUndefined();
    expect(read.data?.unit.name).toBe("兰陵街道");
    // Skipped from then on, counted and logged.
    await eventually("the replica is skipped", async () => (await metric(USABLE)) === 0);
    expect(await metric('db_replica_skipped_total{replica="replica-1",reason="unreachable"}')).toBeGreaterThan(0);
    const next = await analyst.raw<{ unit: { name: string } }>(UNIT, { id: before.id });
    expect(next.data?.unit.name).toBe("兰陵街道");
    expect(next.headers.get("x-read-from")).toBe("primary; no-usable-replica");

    // Written while the replica is down; it catches up from its GTID position when it is back.
    const during = await newUnit("天宁街道");
    await replication("start-replica", dir);
    await eventually("the replica is in use again", usable);
    expect(await eventually("the replica has caught up", () => onReplica(during.code))).toBe("天宁街道");
    const again = await analyst.raw<{ unit: { name: string } }>(UNIT, { id: during.id });
    expect(again.headers.get("x-read-from")).toBe("replica-1");
    expect(again.data?.unit.name).toBe("天宁街道");
  });
});

describe("DATABASE_REPLICA_URLS", () => {
  const primary = { DATABASE_URL: "mysql://root@127.0.0.1:3306/catalog", JWT_SECRET: "x".repeat(40) };

  it("takes one or more MySQL/MariaDB URLs, and a read-your-writes window no shorter than the lag limit", () => {
    const { databaseReplicas } = loadConfig({ ...primary, DATABASE_REPLICA_URLS: "mysql://r@db-2:3306/catalog, mariadb://r@db-3/catalog" });
    expect(databaseReplicas.replicas.map((r) => `${r.host}:${r.port}`)).toEqual(["db-2:3306", "db-3:3306"]);
    expect(databaseReplicas).toMatchObject({ maxLagSeconds: 5, readYourWritesSeconds: 15, checkIntervalMs: 1000 });
    expect(() => loadConfig({ ...primary, DATABASE_REPLICA_URLS: "sqlite:./replica.sqlite" })).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => loadConfig({ ...primary, REPLICA_MAX_LAG_SECONDS: "30", READ_YOUR_WRITES_SECONDS: "10" })).toThrow(/READ_YOUR_WRITES_SECONDS/);
  });

  it("is refused unless the primary is MySQL/MariaDB", async () => {
    await expect(startTestCatalog({ DATABASE_URL: "sqlite::memory:", DATABASE_REPLICA_URLS: "mysql://root@127.0.0.1:3308/x" })).rejects.toThrow(
      /DATABASE_REPLICA_URLS/,
    );
  });
});
