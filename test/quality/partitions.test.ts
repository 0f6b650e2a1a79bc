import { maintainQualityPartitions, qualityPartitions } from "../../src/modules/quality";
import { UnitQualityDocument } from "../generated/graphql";
import { loadConfig } from "../../src/config";
import { openCatalogDatabase } from "../../src/modules/inventory/import/import-command";
import { dropDatabase, freshDatabaseUrl, startTestCatalog, TestCatalog, testDatabase } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { createResource, record } from "./quality-support";

/**
 * Issue #16, "Big tables": the quality time series is partitioned by month on MySQL/MariaDB, made
 * ahead by the server and dropped by the retention settings; SQLite has the same tables without
 * partitions. The months are computed from the real date, as the server does.
 */

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const districtToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
function addMonths(month: string, n: number): string {
  const [year, m] = month.split("-").map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
const name = (month: string) => `p${month.replace("-", "")}`;
const months = (from: string, to: string) => {
  const all: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) all.push(m);
  return all;
};
const TABLES = ["quality_measurements", "quality_daily", "quality_unit_daily"];
const settings = (ahead: number, measurementRetentionMonths = 0, rollupRetentionMonths = 0) => ({
  partitionMonthsAhead: ahead,
  measurementRetentionMonths,
  rollupRetentionMonths,
});

async function recordToday() {
  const unit = await district.department("区统计局");
  const resource = await createResource(server.api, unit.id, { name: "分区测试数据" });
  await record(server.api, [{ resourceId: resource.id, dimension: "ACCURACY", score: 88, measuredAt: new Date().toISOString(), source: "AUTOMATED" }]);
  return unit;
}

(testDatabase === "mysql" ? describe : describe.skip)("quality partitions on MySQL/MariaDB", () => {
  const thisMonth = districtToday().slice(0, 7);
  // The migration makes the months up to the current UTC month: for the hours when Shanghai is already in the next
  // month, the partitions start a month earlier.
  const utcMonth = new Date().toISOString().slice(0, 7);
  const firstMonth = utcMonth < thisMonth ? utcMonth : thisMonth;
  const manager = () => server.catalog.dataSource.manager;
  let measured: { id: string };
  const count = async (table: string, partition: string) => Number((await manager().query(`SELECT COUNT(*) AS n FROM ${table} PARTITION (${partition})`))[0].n);

  it("has a month partition from this month to three ahead, made on start, and today's rows land in this month's", async () => {
    const partitions = await qualityPartitions(manager());
    for (const table of TABLES) expect(partitions.get(table as never)).toEqual(months(firstMonth, addMonths(thisMonth, 3)));
    measured = await recordToday();
    for (const table of TABLES) expect(await count(table, name(thisMonth))).toBeGreaterThan(0);
    expect(await count("quality_measurements", name(addMonths(thisMonth, 1)))).toBe(0);
  });

  it("adds the months ahead and drops old ones by the retention settings, once, and a trend's query prunes to its months", async () => {
    const later = `${addMonths(thisMonth, 2)}-15`;
    const changes = await maintainQualityPartitions(manager(), later, settings(4, 1, 0));
    const ahead = months(addMonths(thisMonth, 4), addMonths(thisMonth, 6));
    expect(changes.added.sort()).toEqual(TABLES.flatMap((t) => ahead.map((m) => `${t}.${name(m)}`)).sort());
    // Measurements keep one whole month before the current: this month's partition (with its rows) goes; roll-ups keep all.
    expect(changes.dropped).toEqual(months(firstMonth, thisMonth).map((m) => `quality_measurements.${name(m)}`));
    const partitions = await qualityPartitions(manager());
    expect(partitions.get("quality_measurements")).toEqual(months(addMonths(thisMonth, 1), addMonths(thisMonth, 6)));
    expect(partitions.get("quality_daily")).toEqual(months(firstMonth, addMonths(thisMonth, 6)));
    expect(Number((await manager().query("SELECT COUNT(*) AS n FROM quality_measurements"))[0].n)).toBe(0);
    expect(Number((await manager().query("SELECT COUNT(*) AS n FROM quality_daily"))[0].n)).toBeGreaterThan(0);

    expect(await maintainQualityPartitions(manager(), later, settings(4, 1, 0))).toEqual({ added: [], dropped: [] });

    // The trend reads name their days: the database reads only the months asked for.
    const [plan] = await manager().query(
      `EXPLAIN PARTITIONS SELECT unit_id, dimension, day, measurement_count, score_sum FROM quality_unit_daily WHERE unit_id IN (1) AND day >= '${addMonths(thisMonth, 1)}-03' AND day <= '${addMonths(thisMonth, 2)}-01'`,
    );
    expect(String(plan.partitions).split(",").sort()).toEqual([name(addMonths(thisMonth, 1)), name(addMonths(thisMonth, 2))]);
  });

  it("still answers scores and trends from the roll-ups after the raw months are gone", async () => {
    const today = districtToday();
    const { unit: answer } = await server.api.request(UnitQualityDocument, { id: measured.id, from: today, to: today, granularity: "DAY" });
    expect(answer?.quality?.trend.map((p) => p.periodStart)).toEqual([today]);
  });
});

(testDatabase === "mysql" ? describe : describe.skip)("a database the command-line tools open before any server has", () => {
  // `npm run import` and `npm run quality:load` may be the first to write into a new database: past midnight in
  // Shanghai on a month's last day, the catalog's own checks write the district's day, already in the next month,
  // while the migrations made the months up to UTC's. The tools make the months ahead as the server does.
  it("has the district's month and the months ahead once opened, as after a server's start", async () => {
    const url = await freshDatabaseUrl();
    const dataSource = await openCatalogDatabase(loadConfig({ DATABASE_URL: url, LOG_LEVEL: "warn", QUALITY_PARTITION_MONTHS_AHEAD: "2" }));
    try {
      const partitions = await qualityPartitions(dataSource.manager);
      const thisMonth = districtToday().slice(0, 7);
      for (const table of TABLES) expect(partitions.get(table as never)?.slice(-3)).toEqual(months(thisMonth, addMonths(thisMonth, 2)));
    } finally {
      await dataSource.destroy();
      await dropDatabase(url);
    }
  });
});

(testDatabase === "sqlite" ? describe : describe.skip)("quality tables on SQLite", () => {
  it("are the same tables without partitions: maintenance has nothing to do", async () => {
    await recordToday();
    const manager = server.catalog.dataSource.manager;
    expect([...(await qualityPartitions(manager)).values()]).toEqual([[], [], []]);
    expect(await maintainQualityPartitions(manager, districtToday(), settings(3, 1, 1))).toEqual({ added: [], dropped: [] });
    expect(Number((await manager.query("SELECT COUNT(*) AS n FROM quality_measurements"))[0].n)).toBeGreaterThan(0);
  });
});
