import type { DataSource, EntityManager } from "typeorm";
import { logger } from "../../common/logger";
import { districtDay } from "./quality.policy";

/**
 * The quality time series (issue #16, "Big tables"): on MySQL/MariaDB (and TiDB) the raw
 * measurements and the two daily roll-ups are partitioned by month, RANGE COLUMNS(day), one
 * partition a district month named pYYYYMM; every unique key includes `day`. SQLite has the same
 * tables without partitions. Every read of these tables names a day range, so it prunes to the
 * months asked for. The server adds the months ahead (on start and daily) with ADD PARTITION and,
 * with a retention setting, drops whole months with DROP PARTITION: both are metadata operations,
 * not row-by-row work, and both are statements TiDB runs.
 */
export const PARTITIONED_TABLES = ["quality_measurements", "quality_daily", "quality_unit_daily"] as const;
type PartitionedTable = (typeof PARTITIONED_TABLES)[number];

/** What the server keeps: months created ahead, and how many whole months before the current one are kept (0: all). */
export interface PartitionSettings {
  partitionMonthsAhead: number;
  measurementRetentionMonths: number;
  rollupRetentionMonths: number;
}

/** "2026-11" plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [year, m] = month.split("-").map(Number);
  const index = year * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const partitionName = (month: string) => `p${month.replace("-", "")}`;
const monthOfPartition = (name: string) => `${name.slice(1, 5)}-${name.slice(5, 7)}`;
/** A month's partition: the days before the next month's first (the first partition also holds everything older). */
const partitionDefinition = (month: string) => `PARTITION ${partitionName(month)} VALUES LESS THAN ('${addMonths(month, 1)}-01')`;

function monthsFrom(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = from; month <= to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** `PARTITION BY RANGE COLUMNS(day) (…)`, a partition for each month from..to ("YYYY-MM", inclusive). */
export function partitionByMonth(from: string, to: string): string {
  return `PARTITION BY RANGE COLUMNS(day) (${monthsFrom(from, to).map(partitionDefinition).join(", ")})`;
}

const isMysql = (manager: EntityManager) => manager.connection.options.type !== "better-sqlite3";

/** The month partitions of each partitioned table, oldest first (none on SQLite, or for a table not partitioned). */
export async function qualityPartitions(manager: EntityManager): Promise<Map<PartitionedTable, string[]>> {
  const found = new Map<PartitionedTable, string[]>(PARTITIONED_TABLES.map((t) => [t, []]));
  if (!isMysql(manager)) return found;
  const rows: { t: PartitionedTable; p: string }[] = await manager.query(
    `SELECT TABLE_NAME AS t, PARTITION_NAME AS p FROM information_schema.PARTITIONS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (${PARTITIONED_TABLES.map((t) => `'${t}'`).join(", ")}) AND PARTITION_NAME IS NOT NULL ORDER BY TABLE_NAME, PARTITION_ORDINAL_POSITION`,
  );
  for (const row of rows) found.get(row.t)?.push(monthOfPartition(row.p));
  return found;
}

export interface PartitionChanges {
  added: string[];
  dropped: string[];
}

/**
 * Brings the partitions in line with `today` (a district date): every month up to the current one
 * plus `partitionMonthsAhead` exists; with a retention, months wholly before it are dropped (the
 * measurements by `measurementRetentionMonths`, the daily roll-ups by `rollupRetentionMonths`;
 * latest scores and units' current sums are not time series and stay). Idempotent; several
 * servers may run it at once (a statement another server got in first is logged and skipped).
 */
export async function maintainQualityPartitions(manager: EntityManager, today: string, settings: PartitionSettings): Promise<PartitionChanges> {
  const changes: PartitionChanges = { added: [], dropped: [] };
  const thisMonth = today.slice(0, 7);
  for (const [table, months] of await qualityPartitions(manager)) {
    if (months.length === 0) continue;
    const ahead = monthsFrom(addMonths(months[months.length - 1], 1), addMonths(thisMonth, settings.partitionMonthsAhead));
    const retention = table === "quality_measurements" ? settings.measurementRetentionMonths : settings.rollupRetentionMonths;
    const keepFrom = retention > 0 ? addMonths(thisMonth, -retention) : "";
    // Never the last partition: a table keeps at least the current month's.
    const old = months.filter((m) => m < keepFrom && m < thisMonth);
    const statements: [string, string[], string[]][] = [];
    if (ahead.length) statements.push([`ALTER TABLE ${table} ADD PARTITION (${ahead.map(partitionDefinition).join(", ")})`, changes.added, ahead]);
    if (old.length) statements.push([`ALTER TABLE ${table} DROP PARTITION ${old.map(partitionName).join(", ")}`, changes.dropped, old]);
    for (const [statement, into, which] of statements) {
      try {
        await manager.query(statement);
        into.push(...which.map((m) => `${table}.${partitionName(m)}`));
      } catch (error) {
        logger.warn("quality partition maintenance skipped a statement (another server may have run it)", { statement, error: (error as Error).message });
      }
    }
  }
  if (changes.added.length || changes.dropped.length) logger.info("quality partitions maintained", { ...changes });
  return changes;
}

const DAY_MS = 86_400_000;

/**
 * Once, before anything writes measurements: the partitions ahead of the district's today, and the
 * retention. The server runs it on start (and daily, scheduleQualityPartitions); the command-line
 * import and quality load run it after the migrations, since they may write into a database no server
 * has opened yet (the migrations make the months up to UTC's current one, and past midnight in the
 * district the district's day is already in the next month on the last day of a month).
 */
export async function prepareQualityPartitions(
  dataSource: DataSource,
  timeZone: string,
  settings: PartitionSettings,
  now: Date = new Date(),
): Promise<PartitionChanges | null> {
  if (!isMysql(dataSource.manager)) return null;
  return maintainQualityPartitions(dataSource.manager, districtDay(timeZone, now), settings);
}

/** On start and then daily: the partitions ahead, and the retention. Returns the stop. */
export async function scheduleQualityPartitions(
  dataSource: DataSource,
  timeZone: string,
  settings: PartitionSettings,
  clock: () => Date = () => new Date(),
): Promise<() => void> {
  if (!isMysql(dataSource.manager)) return () => undefined;
  const run = () => prepareQualityPartitions(dataSource, timeZone, settings, clock());
  await run();
  const timer = setInterval(() => {
    run().catch((error: Error) => logger.error("quality partition maintenance failed", { error: error.message }));
  }, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
