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
import { CatalogCells, CatalogFileFormat } from "../src/modules/inventory/spreadsheet/catalog-template";
import { writeCatalogRows } from "../src/modules/inventory/spreadsheet/write-catalog";

const DATABASE = "cdo_bench_import";
const serverUrl = (process.env.BENCH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306").replace(/\/+$/, "");
const databaseUrl = `${serverUrl}/${DATABASE}`;
const ITEMS_PER_RESOURCE = 20;

const DISTRICT = { code: "320402", name: "天宁区" };
const UNITS = [
  ["320402100", "区发展和改革局"],
  ["320402101", "区教育局"],
  ["320402102", "区民政局"],
  ["320402103", "区司法局"],
  ["320402104", "区财政局"],
  ["320402105", "区人力资源和社会保障局"],
  ["320402106", "区住房和城乡建设局"],
  ["320402107", "区城市管理局"],
  ["320402108", "区农业农村局"],
  ["320402110", "区商务局"],
  ["320402001", "雕庄街道"],
  ["320402003", "茶山街道"],
] as const;
const SUBJECTS = ["最低生活保障对象", "特困人员供养", "企业登记", "建设工程施工许可", "城市道路占用", "农业补贴发放", "学校基本信息", "社会保险参保", "行政处罚决定", "住房公积金缴存"];
const ASPECTS = ["基本信息", "审批记录", "变更情况", "年度统计", "资金发放明细"];
const ITEMS = [
  ["姓名", "字符型", "50", true],
  ["公民身份号码", "字符型", "18", true],
  ["统一社会信用代码", "字符型", "18", false],
  ["联系电话", "字符型", "20", true],
  ["住址", "字符型", "200", true],
  ["所属街道", "字符型", "50", false],
  ["审批日期", "日期型", "", false],
  ["发放金额", "数值型", "12", false],
  ["办理状态", "字符型", "10", false],
  ["备注", "字符型", "500", false],
] as const;

// ── The generated district inventory (deterministic, every rule kept) ──

function* inventory(rows: number): Generator<CatalogCells> {
  const resources = Math.ceil(rows / ITEMS_PER_RESOURCE);
  let written = 0;
  for (let r = 0; r < resources; r++) {
    const [unitCode, unitName] = UNITS[r % UNITS.length];
    const subject = SUBJECTS[r % SUBJECTS.length];
    const aspect = ASPECTS[Math.floor(r / SUBJECTS.length) % ASPECTS.length];
    const category = r % 3;
    const classification = ["101001", "201003", "301002"][category];
    const sharing = r % 3; // 0 unconditional, 1 conditional, 2 not shared
    const personal = sharing !== 0; // only resources not shared unconditionally hold personal information
    const level = r % 50 === 0 ? "核心数据" : r % 5 === 0 ? "重要数据" : "一般数据";
    const open = sharing === 2 || level === "核心数据" || personal ? (sharing === 1 && level !== "核心数据" && r % 2 === 0 ? "有条件开放" : "不予开放") : level === "一般数据" ? "无条件开放" : "有条件开放";
    const resource: CatalogCells = {
      resourceCode: `${classification}/${String(r + 1).padStart(5, "0")}`,
      resourceName: `${unitName}${subject}${aspect}`,
      providerUnitCode: unitCode,
      catalogCategory: ["基础", "主题", "部门"][category],
      classificationCode: classification,
      summary: `记录${unitName}在履行职能过程中形成的${subject}${aspect}，包括办理对象、办理结果和办理时间等，供相关部门在"一网通办"中共享使用。`,
      format: ["数据库", "电子表格", "电子文件", "接口"][r % 4],
      sourceSystem: `${unitName}业务管理系统`,
      updateFrequency: ["实时", "每日", "每周", "每月", "每季度", "每半年", "每年", "不定期"][r % 8],
      recordCount: String(1000 + ((r * 7919) % 900000)),
      lifecycleStage: "共享开放",
      status: r % 10 === 0 ? "草稿" : "已发布",
      sharingType: ["无条件共享", "有条件共享", "不予共享"][sharing],
      sharingConditions: sharing === 1 ? "仅限于社会救助、就业服务等法定职责使用，不得转作他用" : "",
      notSharedBasis: sharing === 2 ? "《中华人民共和国个人信息保护法》第十三条" : "",
      sharingMethod: ["接口", "文件", "库表交换"][r % 3],
      openType: open,
      openConditions: open === "有条件开放" ? "经申请审核后开放，仅用于科学研究" : "",
      level,
      nationalInterest: "否",
      publicSafety: r % 7 === 0 && open !== "无条件开放" ? "是" : "否",
      tradeSecret: "否",
      personalPrivacy: personal ? "是" : "否",
      publishedDate: `2025-${String((r % 12) + 1).padStart(2, "0")}-${String((r % 28) + 1).padStart(2, "0")}`,
      functions: `${subject}审核；${subject}管理`,
    };
    const row: CatalogCells = { ...resource };
    for (let i = 0; i < ITEMS_PER_RESOURCE && written < rows; i++, written++) {
      const [name, dataType, length, isPersonal] = ITEMS[i % ITEMS.length];
      const pi = personal && isPersonal;
      row.itemCode = `XM${String(i + 1).padStart(3, "0")}`;
      row.itemName = i < ITEMS.length ? name : `${name}（${i - ITEMS.length + 2}）`;
      row.dataType = dataType;
      row.length = length;
      row.itemDescription = `${subject}的${name}`;
      row.personalInformation = pi ? "是" : "否";
      row.itemSharingType = pi ? (sharing === 2 ? "不予共享" : "有条件共享") : "";
      yield row;
    }
  }
}

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
    await dataSource.query(`INSERT INTO units (kind, code, name, parent_id, path, depth, created_at, updated_at) VALUES ('DISTRICT', ?, ?, NULL, '/1/', 0, ?, ?)`, [DISTRICT.code, DISTRICT.name, now, now]);
    for (const [index, [code, name]] of UNITS.entries()) {
      const id = index + 2;
      await dataSource.query(`INSERT INTO units (id, kind, code, name, parent_id, path, depth, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, 1, ?, ?)`, [
        id, name.endsWith("街道") ? "STREET" : "DEPARTMENT", code, name, `/1/${id}/`, now, now,
      ]);
    }
  } finally {
    await dataSource.destroy();
  }
}

/** Back to the state before the first import: no inventory, no trail. */
async function emptyInventory(): Promise<void> {
  await admin((c) =>
    c.query(`USE ${DATABASE}; SET FOREIGN_KEY_CHECKS = 0; TRUNCATE data_items; TRUNCATE data_resource_functions; TRUNCATE data_resources; TRUNCATE functions; TRUNCATE audit_entries; SET FOREIGN_KEY_CHECKS = 1`),
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
    if (!report.applied || report.itemsCreated !== report.rowsRead) throw new Error(`the import did not apply: ${JSON.stringify({ ...report, problems: report.problems.slice(0, 5) })}`);
    return { seconds, writeSeconds: timings.writeMs / 1000, rows: report.rowsRead, resources: report.resourcesCreated, baseRss, peakRss: process.resourceUsage().maxRSS * 1024 };
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
        c.resourceCode, c.classificationCode, Number(c.resourceCode!.slice(7)), labels.category.parse(c.catalogCategory!), c.resourceName, 2 + (UNITS.findIndex(([code]) => code === c.providerUnitCode)),
        c.summary || null, labels.format.parse(c.format!), c.sourceSystem || null, labels.frequency.parse(c.updateFrequency!), Number(c.recordCount), labels.stage.parse(c.lifecycleStage!),
        labels.status.parse(c.status!), labels.sharing.parse(c.sharingType!), c.sharingConditions || null, c.notSharedBasis || null, labels.method.parse(c.sharingMethod!),
        labels.open.parse(c.openType!), c.openConditions || null, labels.level.parse(c.level!), yes(c.nationalInterest), yes(c.publicSafety), yes(c.tradeSecret), yes(c.personalPrivacy),
        c.publishedDate, 1, now, now,
      ]);
      items.push([]);
    }
    items[items.length - 1].push([
      c.itemCode, c.itemName, labels.dataType.parse(c.dataType!), c.length ? Number(c.length) : null, c.itemDescription || null, +(c.personalInformation === "是"), c.itemSharingType ? labels.sharing.parse(c.itemSharingType) : null, now, now,
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
  const run = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", step, String(rows), file], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
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
  const option = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const rows = option("--rows", 50_000);
  const rounds = option("--rounds", 3);
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
    console.log(`${rows.toLocaleString("en")} items of ${Math.ceil(rows / ITEMS_PER_RESOURCE).toLocaleString("en")} resources; CSV ${mb(statSync(files.csv).size)}, XLSX ${mb(statSync(files.xlsx).size)}; ${rounds} rounds, each run a fresh state`);
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
          Math.round(rows / seconds).toLocaleString("en").padStart(9),
          `${write.toFixed(2)} s`.padStart(12),
          Math.round(rows / write).toLocaleString("en").padStart(13),
          (raw / write).toFixed(2).padStart(15),
          mb(peak).padStart(9),
        ].join("  "),
      );
    }
    const csv = median(results.csv.map((r) => r.seconds));
    const xlsx = median(results.xlsx.map((r) => r.seconds));
    const ratio = raw / Math.max(median(results.csv.map((r) => r.writeSeconds)), median(results.xlsx.map((r) => r.writeSeconds)));
    console.log(`\ntargets: CSV ≤ 5 s: ${csv <= 5 ? "met" : "MISSED"} (${csv.toFixed(2)} s); XLSX ≤ 10 s: ${xlsx <= 10 ? "met" : "MISSED"} (${xlsx.toFixed(2)} s); write rate ≥ 0.5 × raw: ${ratio >= 0.5 ? "met" : "MISSED"} (${ratio.toFixed(2)})`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
    if (!argv.includes("--keep")) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${DATABASE}`)).catch(() => undefined);
    await lock.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
