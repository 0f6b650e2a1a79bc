/**
 * The inventory import, end to end, against MariaDB: 50,000 items of 2,500 resources (by default)
 * imported from CSV and from XLSX into a fresh state each time, beside raw mysql2 multi-row
 * INSERTs of the same resource and item rows — the floor any importer is measured against.
 * Rounds are interleaved (csv, xlsx, raw, csv, …) and the median of each is reported. Each run
 * is a child process of its own, so its peak RSS is its own.
 *
 * Run: `npm run bench:import [-- --rows 50000 --rounds 3 --keep]`. Needs MariaDB/MySQL at
 * BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306); creates and drops `cdo_bench_import`
 * (--keep leaves it, with the last run's rows, for a look inside).
 *
 * Targets (issue 4): ≤ 5 s from CSV, ≤ 10 s from XLSX, write phase ≥ half the raw rate.
 */
import "reflect-metadata";
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { once } from "node:events";
import { createConnection } from "mysql2/promise";
import { Viewer } from "../src/common/auth";
import { RequestContext } from "../src/common/context";
import { toGlobalId } from "../src/common/global-id";
import { loadConfig } from "../src/config";
import { openCatalogDatabase } from "../src/modules/inventory/import/import-command";
import { importInventory, ImportTimings } from "../src/modules/inventory/import/inventory-import.service";
import {
  catalogCategoryLabels,
  dataLevelLabels,
  itemDataTypeLabels,
  lifecycleStageLabels,
  openTypeLabels,
  resourceFormatLabels,
  resourceStatusLabels,
  sharingMethodLabels,
  sharingTypeLabels,
  updateFrequencyLabels,
  yesNoLabels,
} from "../src/modules/inventory/import/inventory-labels";
import { CatalogFileFormat } from "../src/modules/inventory/spreadsheet/catalog-template";
import { writeCatalogRows } from "../src/modules/inventory/spreadsheet/write-catalog";
import { DISTRICT, inventory, ITEMS_PER_RESOURCE, UNITS } from "./catalog-inventory";

const DATABASE = "cdo_bench_import";
const serverUrl = (process.env.BENCH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306").replace(/\/+$/, "");
const databaseUrl = `${serverUrl}/${DATABASE}`;
async function writeFile(rows: number, format: CatalogFileFormat, path: string): Promise<void> {
  const output = createWriteStream(path);
  await writeCatalogRows(inventory(rows), format, output);
  if (!output.writableFinished) await once(output, "finish");
}

// ── The database ──

async function admin<T>(work: (connection: Awaited<ReturnType<typeof createConnection>>) => Promise<T>): Promise<T> {
  const connection = await createConnection({ uri: serverUrl, multipleStatements: true });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** A new database with the catalog's migrations and the district's units. */
async function createDatabase(): Promise<void> {
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DATABASE}; CREATE DATABASE ${DATABASE} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`));
  const dataSource = await openCatalogDatabase(loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" }));
  try {
    const now = "2025-01-01 00:00:00";
    await dataSource.query(
      `INSERT INTO units (kind, code, name, parent_id, path, depth, created_at, updated_at) VALUES ('DISTRICT', ?, ?, NULL, '/1/', 0, ?, ?)`,
      [DISTRICT.code, DISTRICT.name, now, now],
    );
    for (const [index, [code, name]] of UNITS.entries()) {
      const id = index + 2;
      await dataSource.query(`INSERT INTO units (id, kind, code, name, parent_id, path, depth, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, 1, ?, ?)`, [
        id,
        name.endsWith("街道") ? "STREET" : "DEPARTMENT",
        code,
        name,
        `/1/${id}/`,
        now,
        now,
      ]);
    }
  } finally {
    await dataSource.destroy();
  }
}

/** Back to the state before the first import: no inventory, no trail. */
async function emptyInventory(): Promise<void> {
  await admin((c) =>
    c.query(
      `USE ${DATABASE}; SET FOREIGN_KEY_CHECKS = 0; TRUNCATE data_items; TRUNCATE data_resource_functions; TRUNCATE data_resources; TRUNCATE functions; TRUNCATE audit_entries; SET FOREIGN_KEY_CHECKS = 1`,
    ),
  );
}

// ── One run (in a child process) ──

interface RunResult {
  seconds: number;
  writeSeconds: number;
  rows: number;
  peakRss: number;
  baseRss: number;
  resources: number;
}

async function runImport(format: CatalogFileFormat, file: string): Promise<RunResult> {
  const config = loadConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" });
  const dataSource = await openCatalogDatabase(config);
  try {
    const ctx = new RequestContext(dataSource, "bench-import", { districtTimeZone: config.districtTimeZone, auth: config.auth }, Viewer.system());
    ctx.operation = "importInventory";
    const baseRss = process.memoryUsage().rss;
    const timings: ImportTimings = { writeMs: 0 };
    const started = performance.now();
    const report = await importInventory(ctx, file, format, { unitId: toGlobalId("Unit", 1), dryRun: false, timings });
    const seconds = (performance.now() - started) / 1000;
    if (!report.applied || report.itemsCreated !== report.rowsRead)
      throw new Error(`the import did not apply: ${JSON.stringify({ ...report, problems: report.problems.slice(0, 5) })}`);
    return {
      seconds,
      writeSeconds: timings.writeMs / 1000,
      rows: report.rowsRead,
      resources: report.resourcesCreated,
      baseRss,
      peakRss: process.resourceUsage().maxRSS * 1024,
    };
  } finally {
    await dataSource.destroy();
  }
}

const labels = {
  category: catalogCategoryLabels,
  format: resourceFormatLabels,
  frequency: updateFrequencyLabels,
  stage: lifecycleStageLabels,
  status: resourceStatusLabels,
  sharing: sharingTypeLabels,
  method: sharingMethodLabels,
  open: openTypeLabels,
  level: dataLevelLabels,
  dataType: itemDataTypeLabels,
};

/**
 * The floor: the same resource and item rows as plain multi-row INSERTs through mysql2, in one
 * transaction, in statements of the importer's size (a resource batch; 2,000 items). Rows are
 * built before the clock starts: only the writing is timed.
 */
async function runRaw(rows: number): Promise<RunResult> {
  const now = new Date("2025-06-01T00:00:00Z");
  const resources: unknown[][] = [];
  const items: unknown[][][] = [];
  let lastCode = "";
  for (const c of inventory(rows)) {
    if (c.resourceCode !== lastCode) {
      lastCode = c.resourceCode!;
      const yes = (v: string | undefined) => +(yesNoLabels.parse(v ?? "") ?? false);
      resources.push([
        c.resourceCode,
        c.classificationCode,
        Number(c.resourceCode!.slice(7)),
        labels.category.parse(c.catalogCategory!),
        c.resourceName,
        2 + UNITS.findIndex(([code]) => code === c.providerUnitCode),
        c.summary || null,
        labels.format.parse(c.format!),
        c.sourceSystem || null,
        labels.frequency.parse(c.updateFrequency!),
        Number(c.recordCount),
        labels.stage.parse(c.lifecycleStage!),
        labels.status.parse(c.status!),
        labels.sharing.parse(c.sharingType!),
        c.sharingConditions || null,
        c.notSharedBasis || null,
        labels.method.parse(c.sharingMethod!),
        labels.open.parse(c.openType!),
        c.openConditions || null,
        labels.level.parse(c.level!),
        yes(c.nationalInterest),
        yes(c.publicSafety),
        yes(c.tradeSecret),
        yes(c.personalPrivacy),
        c.publishedDate,
        1,
        now,
        now,
      ]);
      items.push([]);
    }
    items[items.length - 1].push([
      c.itemCode,
      c.itemName,
      labels.dataType.parse(c.dataType!),
      c.length ? Number(c.length) : null,
      c.itemDescription || null,
      +(c.personalInformation === "是"),
      c.itemSharingType ? labels.sharing.parse(c.itemSharingType) : null,
      now,
      now,
    ]);
  }
  const resourceColumns =
    "code, classification_code, sequence, catalog_category, name, provider_unit_id, summary, format, source_system, update_frequency, record_count, lifecycle_stage, status, sharing_type, sharing_conditions, not_shared_basis, sharing_method, open_type, open_conditions, level, national_interest, public_safety, trade_secret, personal_privacy, published_date, version, created_at, updated_at";
  const itemColumns = "resource_id, code, name, data_type, length, description, personal_information, sharing_type, created_at, updated_at";
  const tuple = (n: number) => `(${"?,".repeat(n - 1)}?)`;
  const connection = await createConnection({ uri: databaseUrl, timezone: "Z", charset: "utf8mb4_unicode_ci" });
  try {
    const baseRss = process.memoryUsage().rss;
    const started = performance.now();
    await connection.query("START TRANSACTION");
    const BATCH = 250;
    for (let start = 0; start < resources.length; start += BATCH) {
      const batch = resources.slice(start, start + BATCH);
      const [result] = await connection.query(`INSERT INTO data_resources (${resourceColumns}) VALUES ${batch.map(() => tuple(28)).join(",")}`, batch.flat());
      // InnoDB gives one multi-row INSERT consecutive ids ("simple inserts").
      const firstId = (result as { insertId: number }).insertId;
      const itemRows = items.slice(start, start + BATCH).flatMap((list, i) => list.map((item) => [firstId + i, ...item]));
      for (let at = 0; at < itemRows.length; at += 2000) {
        const chunk = itemRows.slice(at, at + 2000);
        await connection.query(`INSERT INTO data_items (${itemColumns}) VALUES ${chunk.map(() => tuple(10)).join(",")}`, chunk.flat());
      }
    }
    await connection.query("COMMIT");
    const seconds = (performance.now() - started) / 1000;
    return { seconds, writeSeconds: seconds, rows, resources: resources.length, baseRss, peakRss: process.resourceUsage().maxRSS * 1024 };
  } finally {
    await connection.end();
  }
}

// ── The driver ──

type Step = "csv" | "xlsx" | "raw";

function child(step: Step, rows: number, file: string): RunResult {
  const run = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", step, String(rows), file], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`${step} failed:\n${run.stderr}${run.stdout}`);
  return JSON.parse(run.stdout.trim().split("\n").pop()!) as RunResult;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === "--child") {
    const [, step, rows, file] = argv;
    const result = step === "raw" ? await runRaw(Number(rows)) : await runImport(step as CatalogFileFormat, file);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const { values } = parseArgs({
    args: argv,
    options: { rows: { type: "string" }, rounds: { type: "string" }, keep: { type: "boolean", default: false } },
    strict: true,
  });
  const rows = Number(values.rows ?? 50_000);
  const rounds = Number(values.rounds ?? 3);
  // Another run of this benchmark (e.g. from the bench harness) would drop the database under this one: take turns.
  const lock = await createConnection({ uri: serverUrl });
  const [[{ locked }]] = (await lock.query("SELECT GET_LOCK('cdo_bench_import', 900) AS locked")) as unknown as [[{ locked: number }]];
  if (locked !== 1) throw new Error("another run of the import benchmark holds the database for more than 15 minutes");
  const folder = mkdtempSync(join(tmpdir(), "import-bench-"));
  try {
    const files = { csv: join(folder, "inventory.csv"), xlsx: join(folder, "inventory.xlsx") };
    await writeFile(rows, "csv", files.csv);
    await writeFile(rows, "xlsx", files.xlsx);
    await createDatabase();
    console.log(`inventory import into MariaDB (${serverUrl.replace(/\/\/[^@]*@/, "//")}/${DATABASE}), node ${process.version}`);
    console.log(
      `${rows.toLocaleString("en")} items of ${Math.ceil(rows / ITEMS_PER_RESOURCE).toLocaleString("en")} resources; CSV ${mb(statSync(files.csv).size)}, XLSX ${mb(statSync(files.xlsx).size)}; ${rounds} rounds, each run a fresh state`,
    );
    const results: Record<Step, RunResult[]> = { csv: [], xlsx: [], raw: [] };
    for (let round = 1; round <= rounds; round++) {
      for (const step of ["csv", "xlsx", "raw"] as const) {
        await emptyInventory();
        const result = child(step, rows, step === "raw" ? "" : files[step]);
        results[step].push(result);
        console.log(
          `  round ${round} ${step.padEnd(4)} ${result.seconds.toFixed(2)} s  write ${result.writeSeconds.toFixed(2)} s  peak RSS ${mb(result.peakRss)}`,
        );
      }
    }
    const raw = median(results.raw.map((r) => r.seconds));
    console.log("\nmedian     end to end   rows/s    write phase  write rows/s  write/raw rate  peak RSS");
    for (const step of ["csv", "xlsx", "raw"] as const) {
      const seconds = median(results[step].map((r) => r.seconds));
      const write = median(results[step].map((r) => r.writeSeconds));
      const peak = median(results[step].map((r) => r.peakRss));
      console.log(
        [
          step.padEnd(8),
          `${seconds.toFixed(2)} s`.padStart(12),
          Math.round(rows / seconds)
            .toLocaleString("en")
            .padStart(9),
          `${write.toFixed(2)} s`.padStart(12),
          Math.round(rows / write)
            .toLocaleString("en")
            .padStart(13),
          (raw / write).toFixed(2).padStart(15),
          mb(peak).padStart(9),
        ].join("  "),
      );
    }
    const csv = median(results.csv.map((r) => r.seconds));
    const xlsx = median(results.xlsx.map((r) => r.seconds));
    const ratio = raw / Math.max(median(results.csv.map((r) => r.writeSeconds)), median(results.xlsx.map((r) => r.writeSeconds)));
    console.log(
      `\ntargets: CSV ≤ 5 s: ${csv <= 5 ? "met" : "MISSED"} (${csv.toFixed(2)} s); XLSX ≤ 10 s: ${xlsx <= 10 ? "met" : "MISSED"} (${xlsx.toFixed(2)} s); write rate ≥ 0.5 × raw: ${ratio >= 0.5 ? "met" : "MISSED"} (${ratio.toFixed(2)})`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
    if (!values.keep) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DATABASE}`)).catch(() => undefined);
    await lock.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
