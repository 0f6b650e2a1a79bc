import { createHash, randomBytes } from "node:crypto";
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { createConnection, type RowDataPacket } from "mysql2/promise";
import { createDataSource } from "../../src/database/data-source";
import { BulkStatements } from "../../src/modules/inventory";
import { backfillResourceSearchGrams } from "../../src/modules/inventory/resource-search-grams";
import { BENCH_USERNAME, databaseUrl, issueBenchToken, seedDistrict } from "./district-seed";
import { replyProblem, requestOnce } from "./load";
import type { SizeName } from "./sizes";
import { cpuMillis, databaseServerPid, killAllVariants, VariantProcess } from "./variant-process";

/**
 * W5, the analysts' search and cross-tab (issue 13): `npm run bench:search [-- --size s|l] [--requests N]`.
 * Seeds (or reuses) the synthetic district, starts the server on it and sends each operation N times
 * one after another (a lone user's latency, after 5 unrecorded requests), as the bench analyst;
 * `--only cross,6` runs the operations whose names start so; `--database sqlite` runs the server on a
 * SQLite copy of the seeded district (bench/.data/, made once: the product's migrations, the rows
 * copied from MariaDB, the search grams written by the product's back-fill).
 * Prints one markdown table with p50/p99/max per operation, the server's CPU per request and
 * MariaDB's (mysqld's utime+stime from /proc over the recorded requests: on a shared MariaDB, others'
 * statements count too) and the machine's load (kept in BENCHMARKS.md by hand).
 */

const ROOT = process.cwd();
const started = Date.now();
const log = (message: string) => process.stderr.write(`[search ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
};
const SIZE = argument("--size", "l") as SizeName;
const REQUESTS = Number(argument("--requests", "50"));
/** `--only cross,facets`: operations whose name starts with one of these words. */
const ONLY = argument("--only", "").split(",").filter(Boolean);
const DATABASE = argument("--database", "mariadb") as "mariadb" | "sqlite";

const SEARCH =
  "query Search($text: String!) { searchDataResources(text: $text, first: 20) { totalCount totalCountIsExact hits { score matchedIn resource { code name } } } }";
const CROSS_TAB =
  "query CrossTab { resourceAnalysis { resourceCount recordCount crossTab(rows: UNIT, columns: SHARING_TYPE) { cells { row { label } column { value } resourceCount recordCount } } } }";
const FACETS =
  "query Facets { resourceAnalysis(filter: { sharingTypes: [CONDITIONAL], formats: [DATABASE] }) { resourceCount facets(dimensions: [UNIT, SHARING_TYPE, OPEN_TYPE, LEVEL, FORMAT, STATUS]) { dimension values { resourceCount } } } }";

const OPERATIONS: [string, string, Record<string, unknown>][] = [
  ["context: { me { roles } }", "query Me { me { roles } }", {}],
  ["search 网格 事件 (two name words)", SEARCH, { text: "网格 事件" }],
  ["search 卫健 许可 (unit abbreviation + word)", SEARCH, { text: "卫健 许可" }],
  ["search 河道巡查 (one name word)", SEARCH, { text: "河道巡查" }],
  ["search 车牌号 (an item name only)", SEARCH, { text: "车牌号" }],
  ["search 养老 机构 名录 (three words)", SEARCH, { text: "养老 机构 名录" }],
  ["search 301002/00015 (a code)", SEARCH, { text: "301002/00015" }],
  ["cross-tab unit × sharing type", CROSS_TAB, {}],
  ["6 disjunctive facets", FACETS, {}],
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main(): Promise<void> {
  const seed = await seedDistrict(SIZE, log);
  const sqlite = DATABASE === "sqlite" ? await sqliteCopy(SIZE) : null;
  const token = sqlite ? await issueSqliteToken(sqlite) : await issueBenchToken(SIZE);
  const server = await VariantProcess.start(
    {
      name: "server",
      script: "dist/src/main.js",
      ready: /GraphQL:\s+(http:\/\/127\.0\.0\.1:\d+\/graphql)/,
      env: {
        NODE_ENV: "production",
        DATABASE_URL: sqlite ? `sqlite:${sqlite}` : databaseUrl(SIZE),
        HOST: "127.0.0.1",
        PORT: "0",
        DEMO_DATA: "never",
        LOG_LEVEL: "warn",
        JWT_SECRET: randomBytes(32).toString("hex"),
        EXPOSE_SQL_STATEMENT_COUNT: "true",
        // LIKE scans on L take seconds under load: let them finish rather than answer 503.
        DATABASE_STATEMENT_TIMEOUT_MS: "120000",
      },
    },
    ROOT,
  );
  const rows: string[] = [];
  const mariadb = databaseServerPid();
  try {
    for (const [name, query, variables] of OPERATIONS.filter(([name]) => !ONLY.length || ONLY.some((word) => name.startsWith(word)))) {
      const body = JSON.stringify({ query, variables });
      const times: number[] = [];
      let answer = "";
      let statements: number | null = null;
      let cpu = { server: 0, database: 0 };
      for (let i = 0; i < REQUESTS + 5; i++) {
        if (i === 5) cpu = { server: cpuMillis(server.pid), database: mariadb ? cpuMillis(mariadb) : 0 };
        const at = performance.now();
        const reply = await requestOnce(server.url, body, token);
        const ms = performance.now() - at;
        const problem = replyProblem(reply);
        if (problem) throw new Error(`${name}: ${problem}`);
        if (i >= 5) times.push(ms);
        statements = reply.sqlStatements;
        const data = reply.json!.data as {
          searchDataResources?: { totalCount: number; totalCountIsExact: boolean };
          resourceAnalysis?: { resourceCount: number };
        };
        const search = data.searchDataResources;
        // "1000+": the search's count stopped at its bound (SEARCH_COUNT_BOUND).
        answer = search ? `${search.totalCount}${search.totalCountIsExact === false ? "+" : ""}` : String(data.resourceAnalysis?.resourceCount ?? "–");
      }
      times.sort((a, b) => a - b);
      const load = execSync("cat /proc/loadavg").toString().split(" ").slice(0, 3).join(" ");
      const serverCpu = (cpuMillis(server.pid) - cpu.server) / REQUESTS;
      const databaseCpu = mariadb && !sqlite ? ((cpuMillis(mariadb) - cpu.database) / REQUESTS).toFixed(1) : "–";
      const row = `| ${name} | ${answer} | ${statements} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 99).toFixed(0)} | ${times[times.length - 1].toFixed(0)} | ${serverCpu.toFixed(1)} | ${databaseCpu} | ${load} |`;
      log(row);
      rows.push(row);
    }
  } finally {
    await server.stop();
  }
  const counts = seed.counts;
  process.stdout.write(
    `\nSize ${SIZE}: ${counts.data_resources.toLocaleString("en")} resources, ${counts.data_items.toLocaleString("en")} items, ${sqlite ? "SQLite" : "MariaDB"}; ${REQUESTS} sequential requests per operation.\n\n` +
      "| operation | matches | SQL statements | p50 ms | p99 ms | max ms | server CPU ms/req | MariaDB CPU ms/req | load (1/5/15 min) |\n|---|---|---|---|---|---|---|---|---|\n" +
      rows.join("\n") +
      "\n",
  );
}

/** The seeded district as a SQLite file (made once per size, reused while its row counts match). */
async function sqliteCopy(size: SizeName): Promise<string> {
  const folder = `${ROOT}/bench/.data`;
  const path = `${folder}/cdo_bench_${size}.sqlite`;
  const source = await createConnection({ uri: databaseUrl(size), charset: "utf8mb4_unicode_ci", dateStrings: true });
  try {
    const [tables] = await source.query<RowDataPacket[]>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name NOT IN ('schema_migrations', 'resource_search_grams', 'api_tokens') ORDER BY table_name",
    );
    const counts = new Map<string, number>();
    for (const { name } of tables) counts.set(name, Number((await source.query<RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${name}\``))[0][0].n));
    if (existsSync(path)) {
      const copy = createDataSource({ database: { type: "sqlite", path }, poolSize: 1, mariadb: false });
      await copy.initialize();
      const same = await Promise.all([...counts].map(async ([name, n]) => Number((await copy.query(`SELECT COUNT(*) AS n FROM "${name}"`))[0].n) === n));
      await copy.destroy();
      if (same.every(Boolean)) {
        log(`Reusing ${path}: row counts match`);
        return path;
      }
      rmSync(path);
    }
    mkdirSync(folder, { recursive: true });
    log(`Copying cdo_bench_${size} into ${path}`);
    const copy = createDataSource({ database: { type: "sqlite", path }, poolSize: 1, mariadb: false });
    await copy.initialize();
    try {
      await copy.runMigrations({ transaction: "each" });
      await copy.query("PRAGMA foreign_keys = OFF");
      const sql = new BulkStatements(copy.manager);
      for (const [name, n] of counts) {
        if (n === 0) continue;
        const [columns] = await source.query<RowDataPacket[]>(
          "SELECT column_name AS name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position",
          [name],
        );
        const names = columns.map((c) => String(c.name));
        const keyed = names.includes("id");
        await copy.query("BEGIN");
        for (let after = 0, offset = 0; ;) {
          const [rows] = await source.query<RowDataPacket[]>(
            keyed ? `SELECT * FROM \`${name}\` WHERE id > ? ORDER BY id LIMIT 20000` : `SELECT * FROM \`${name}\` LIMIT 20000 OFFSET ${offset}`,
            [after],
          );
          if (!rows.length) break;
          await sql.insert(
            name,
            names,
            rows.map((row) => names.map((column) => (Buffer.isBuffer(row[column]) ? row[column][0] : row[column]))),
          );
          after = keyed ? Number(rows[rows.length - 1].id) : 0;
          offset += rows.length;
        }
        await copy.query("COMMIT");
        log(`  ${name}: ${n.toLocaleString("en")} rows`);
      }
      await copy.query("PRAGMA foreign_keys = ON");
      log(`  search grams: ${(await backfillResourceSearchGrams(copy.manager)).toLocaleString("en")} resources indexed`);
      await copy.query("ANALYZE");
    } finally {
      await copy.destroy();
    }
    return path;
  } finally {
    await source.end();
  }
}

/** The bench analyst's API token in the SQLite copy (as issueBenchToken does in MariaDB). */
async function issueSqliteToken(path: string): Promise<string> {
  const token = "cdo_" + randomBytes(32).toString("base64url");
  const copy = createDataSource({ database: { type: "sqlite", path }, poolSize: 1, mariadb: false });
  await copy.initialize();
  try {
    const [{ id }] = await copy.query("SELECT id FROM user_accounts WHERE username = ?", [BENCH_USERNAME]);
    await copy.query("DELETE FROM api_tokens WHERE account_id = ?", [id]);
    const now = new Date().toISOString().slice(0, 19).replace("T", " ");
    await copy.query(
      "INSERT INTO api_tokens (account_id, name, prefix, secret_hash, expires_at, last_used_at, revoked_at, created_at, updated_at) VALUES (?, 'npm run bench', ?, ?, NULL, NULL, NULL, ?, ?)",
      [id, token.slice(0, 12), createHash("sha256").update(token).digest("hex"), now, now],
    );
  } finally {
    await copy.destroy();
  }
  return token;
}

main()
  .catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => killAllVariants());
