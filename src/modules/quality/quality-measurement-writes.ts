/** Writing measurements and their roll-ups (per resource × dimension × day, per unit × dimension × day, the latest scores) inside the caller's transaction: folded in memory, one statement per table. */
import { recordChanges } from "../../common/audit";
import type { RequestContext } from "../../common/context";
import { BulkStatements } from "../inventory";
import { QualityDimension, QualitySource } from "./quality.enums";
import { chunks } from "../../common/chunks";
import { dateOfRow, sqlDateTime } from "./quality-sql";

/** What the roll-ups need of a measured resource: its provider and the provider's materialised path. */
export interface MeasuredResource {
  id: number;
  providerUnitId: number;
  unitPath: string;
  unitName: string;
  status: string;
  publishedDate: string | null;
}

export interface RecordedMeasurements {
  recorded: number;
  resources: number;
  /** Resource × dimension pairs whose latest score this batch replaced. */
  latestChanged: number;
}

/** A measurement as written: checked, with its resource, dimension and district day resolved. */
export interface MeasurementRow {
  resourceId: number;
  ruleId: number | null;
  dimension: QualityDimension;
  scoreCenti: number;
  passed: number | null;
  total: number | null;
  source: QualitySource;
  measuredAt: Date;
  day: string;
  note: string | null;
}

const MEASUREMENT_COLUMNS = [
  "resource_id",
  "rule_id",
  "dimension",
  "score_centi",
  "passed",
  "total",
  "source",
  "measured_at",
  "day",
  "note",
  "recorded_by_account_id",
  "recorded_by",
  "recorded_at",
];
const DAILY_ACCUMULATE = [
  { column: "measurement_count", by: "add" },
  { column: "score_sum", by: "add" },
  { column: "score_min", by: "min" },
  { column: "score_max", by: "max" },
] as const;

/** Dimensions in the order their names sort, as the roll-ups' primary keys (…, dimension, day) are ordered. */
const DIMENSION_ORDER = Object.values(QualityDimension).sort();
const DIMENSION_INDEX = new Map(DIMENSION_ORDER.map((d, i) => [d, i]));
const DAY_MS = 86_400_000;
/**
 * Numeric roll-up keys, in primary-key order, so a batch folds into Maps without building and splitting
 * strings per row: (id, dimension) as id × 8 + dimension, and (id, dimension, day) as that × 2^16 + the day's
 * number since 1970 (below 2^16 until 2149): exact for resource and unit ids below 2^34.
 */
const seriesKey = (id: number, dimension: QualityDimension): number => id * 8 + DIMENSION_INDEX.get(dimension)!;
const DAY_KEYS = 65_536;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayOfNumber = (n: number, days: Map<number, string>): string => {
  let day = days.get(n);
  if (day === undefined) days.set(n, (day = new Date(n * DAY_MS).toISOString().slice(0, 10)));
  return day;
};

/** Row indexes ordered by series, and within a series by index (a stable sort), as one native sort of packed numbers. */
function inSeriesOrder(seriesOf: readonly number[]): number[] {
  const n = seriesOf.length;
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  let highest = 0;
  for (const series of seriesOf) if (series > highest) highest = series;
  if (highest * scale >= Number.MAX_SAFE_INTEGER) return Array.from(seriesOf.keys()).sort((a, b) => seriesOf[a] - seriesOf[b] || a - b);
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = seriesOf[i] * scale + i;
  packed.sort();
  return Array.from(packed, (key) => key % scale);
}

interface Fold {
  count: number;
  sum: number;
  min: number;
  max: number;
}
const fold = (into: Map<number, Fold>, key: number, count: number, sum: number, min: number, max: number) => {
  const cell = into.get(key);
  if (!cell) into.set(key, { count, sum, min, max });
  else {
    cell.count += count;
    cell.sum += sum;
    if (min < cell.min) cell.min = min;
    if (max > cell.max) cell.max = max;
  }
};
/** Numeric keys in ascending order: a Float64Array sorts numbers natively, without a comparator call per pair. */
const sortedKeys = (keys: Iterable<number>): Float64Array => Float64Array.from(keys).sort();
/** Day roll-up rows ([id, dimension, day, count, sum, min, max]) of folded cells, in key order. */
const dayRows = (folds: Map<number, Fold>): unknown[][] => {
  const days = new Map<number, string>();
  return Array.from(sortedKeys(folds.keys()), (key) => {
    const f = folds.get(key)!;
    const series = Math.floor(key / DAY_KEYS);
    return [Math.floor(series / 8), DIMENSION_ORDER[series % 8], dayOfNumber(key % DAY_KEYS, days), f.count, f.sum, f.min, f.max];
  });
};

/**
 * The transaction's statements, each sent as soon as the one before it has succeeded, while the caller
 * goes on building the next: the server's work overlaps the database's. A statement never runs after one
 * that failed — after a deadlock MySQL/MariaDB has already rolled the transaction back, and a statement
 * sent then would commit on its own — so `sent` raises the first failure and the transaction rolls back.
 */
class StatementChain {
  private last: Promise<unknown> = Promise.resolve();

  /** Queues a statement (run once the earlier ones succeeded) and lets the driver put it on the wire before the caller's next synchronous work. */
  async send<T>(statement: () => Promise<T>): Promise<{ answer: Promise<T> }> {
    const answer = this.last.then(statement);
    answer.catch(() => undefined); // raised by sent() (or by whoever awaits the answer), not as an unhandled rejection meanwhile
    this.last = answer;
    await new Promise<void>((resolve) => setImmediate(resolve));
    return { answer };
  }

  async sent(): Promise<void> {
    await this.last;
  }
}

/**
 * Writes checked measurements and keeps every roll-up in step, in the caller's transaction, in a
 * constant number of statements per batch on MySQL/MariaDB (SQLite: per 1,000–2,000 rows): the raw
 * rows in one multi-row INSERT; per resource × dimension × day, and per unit (and each ancestor) ×
 * dimension × day, counts and sums folded in memory and added by one multi-row upsert each; the latest
 * score per resource × dimension replaced only by a newer measurement (a late one still counts in its
 * day), read and locked for the pairs measured only, and the units' current sums moved by the difference.
 */
export async function writeMeasurements(
  tx: RequestContext,
  rows: readonly MeasurementRow[],
  resources: ReadonlyMap<number, MeasuredResource>,
  { byCatalog = false } = {},
): Promise<RecordedMeasurements> {
  if (rows.length === 0) return { recorded: 0, resources: 0, latestChanged: 0 };
  const sql = new BulkStatements(tx.manager);
  const at = sqlDateTime(tx.manager);
  const account = byCatalog ? null : tx.viewer.account;
  const recordedBy = byCatalog ? "catalog" : (account?.username ?? "system");
  const recordedById = account && account.id > 0 ? account.id : null;
  const recordedAt = at(tx.now());

  // One pass: each row's series, the daily folds, and the newest of the batch per series (of equal times, the later row).
  const seriesOf = new Array<number>(rows.length);
  const daily = new Map<number, Fold>();
  const newest = new Map<number, MeasurementRow>();
  const dayNumbers = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const series = (seriesOf[i] = seriesKey(row.resourceId, row.dimension));
    let day = dayNumbers.get(row.day);
    if (day === undefined) dayNumbers.set(row.day, (day = dayNumber(row.day)));
    fold(daily, series * DAY_KEYS + day, 1, row.scoreCenti, row.scoreCenti, row.scoreCenti);
    const current = newest.get(series);
    if (!current || row.measuredAt.getTime() >= current.measuredAt.getTime()) newest.set(series, row);
  }

  const chain = new StatementChain();
  // Latest: read (and lock) the stored scores of the measured pairs first; the answer is needed last.
  const pairs = Array.from(sortedKeys(newest.keys()));
  const storedRead = await chain.send(() => storedLatest(sql, pairs));

  // In index order (resource, dimension; stable, so a series keeps the batch's order and its ids): every
  // B-tree page the batch touches is visited once and in order, not at random, once the tables outgrow the cache.
  const rawRows = inSeriesOrder(seriesOf).map((i) => {
    const r = rows[i];
    return [
      r.resourceId,
      r.ruleId,
      r.dimension,
      r.scoreCenti,
      r.passed,
      r.total,
      r.source,
      at(r.measuredAt),
      r.day,
      r.note,
      recordedById,
      recordedBy,
      recordedAt,
    ];
  });
  await chain.send(() => sql.insert("quality_measurements", MEASUREMENT_COLUMNS, rawRows));
  const dailyColumns = ["measurement_count", "score_sum", "score_min", "score_max"];
  const dailyRows = dayRows(daily);
  await chain.send(() =>
    sql.insert("quality_daily", ["resource_id", "dimension", "day", ...dailyColumns], dailyRows, {
      key: ["resource_id", "dimension", "day"],
      update: [],
      accumulate: DAILY_ACCUMULATE,
    }),
  );

  const unitsOf = new Map<string, number[]>();
  /** The ids in a unit's materialised path ("/1/7/12/"): the unit and each ancestor, parsed once per path. */
  const unitAndAncestors = (path: string): number[] => {
    let units = unitsOf.get(path);
    if (!units) unitsOf.set(path, (units = path.split("/").filter(Boolean).map(Number)));
    return units;
  };
  // The batch's newest replaces a stored latest score that is older; the units' current sums move by the difference.
  const stored = await storedRead.answer;
  const latestRows: unknown[][] = [];
  const current = new Map<number, Fold>();
  for (const series of pairs) {
    const row = newest.get(series)!;
    const old = stored.get(series);
    const replaces = !old || old.score === null || old.measuredAt === null || row.measuredAt.getTime() >= old.measuredAt;
    if (!replaces) continue;
    const resource = resources.get(row.resourceId)!;
    latestRows.push([row.resourceId, row.dimension, resource.providerUnitId, row.scoreCenti, at(row.measuredAt), null]);
    const [countDelta, sumDelta] = old?.score == null ? [1, row.scoreCenti] : [0, row.scoreCenti - old.score];
    if (countDelta === 0 && sumDelta === 0) continue;
    for (const unitId of unitAndAncestors(resource.unitPath)) fold(current, seriesKey(unitId, row.dimension), countDelta, sumDelta, 0, 0);
  }
  await chain.send(() =>
    sql.insert("quality_latest", ["resource_id", "dimension", "unit_id", "score_centi", "measured_at", "target_centi"], latestRows, {
      key: ["resource_id", "dimension"],
      update: ["score_centi", "measured_at"],
    }),
  );
  // The rows every batch shares (each unit and its ancestors) last, so a concurrent batch waits for them the shortest time.
  // Per unit and each ancestor: the day's measurements.
  const unitDaily = new Map<number, Fold>();
  for (const [key, f] of daily) {
    const series = Math.floor(key / DAY_KEYS);
    const dimension = series % 8;
    const day = key % DAY_KEYS;
    for (const unitId of unitAndAncestors(resources.get(Math.floor(series / 8))!.unitPath))
      fold(unitDaily, (unitId * 8 + dimension) * DAY_KEYS + day, f.count, f.sum, f.min, f.max);
  }
  const unitDailyRows = dayRows(unitDaily);
  await chain.send(() =>
    sql.insert("quality_unit_daily", ["unit_id", "dimension", "day", ...dailyColumns], unitDailyRows, {
      key: ["unit_id", "dimension", "day"],
      update: [],
      accumulate: DAILY_ACCUMULATE,
    }),
  );
  const currentRows = Array.from(sortedKeys(current.keys()), (key) => [
    Math.floor(key / 8),
    DIMENSION_ORDER[key % 8],
    current.get(key)!.count,
    current.get(key)!.sum,
  ]);
  await chain.send(() =>
    sql.insert("quality_unit_current", ["unit_id", "dimension", "resource_count", "score_sum"], currentRows, {
      key: ["unit_id", "dimension"],
      update: [],
      accumulate: [
        { column: "resource_count", by: "add" },
        { column: "score_sum", by: "add" },
      ],
    }),
  );

  const resourceCount = new Set(rows.map((r) => r.resourceId)).size;
  // The catalog's own checks follow a change that is audited itself; a person's batch gets one
  // audit entry per provider unit: how many measurements of how many resources, and their time span.
  if (byCatalog) {
    await chain.sent();
    return { recorded: rows.length, resources: resourceCount, latestChanged: latestRows.length };
  }
  const sources = [...new Set(rows.map((r) => r.source))];
  const byUnit = new Map<number, { resource: MeasuredResource; count: number; resources: Set<number>; from: Date; to: Date }>();
  for (const row of rows) {
    const resource = resources.get(row.resourceId)!;
    const entry = byUnit.get(resource.providerUnitId);
    if (!entry) byUnit.set(resource.providerUnitId, { resource, count: 1, resources: new Set([row.resourceId]), from: row.measuredAt, to: row.measuredAt });
    else {
      entry.count++;
      entry.resources.add(row.resourceId);
      if (row.measuredAt < entry.from) entry.from = row.measuredAt;
      if (row.measuredAt > entry.to) entry.to = row.measuredAt;
    }
  }
  const changes: Parameters<typeof recordChanges>[1] = [...byUnit].map(([unitId, e]) => [
    // The target is the measured resources' provider unit: a record type (AuditTargetType), its global ID a unit's.
    { type: "Unit", id: unitId, unit: { id: unitId, path: e.resource.unitPath } },
    null,
    { measurements: e.count, resources: e.resources.size, sources, measuredFrom: e.from, measuredTo: e.to },
  ]);
  await chain.send(() => recordChanges(tx, changes));
  await chain.sent();
  return { recorded: rows.length, resources: resourceCount, latestChanged: latestRows.length };
}

/**
 * The stored latest scores of the measured series (keys as seriesKey, in key order), locked until the
 * transaction ends: only the pairs the batch measured, not every dimension of every measured resource.
 */
async function storedLatest(sql: BulkStatements, series: readonly number[]): Promise<Map<number, { score: number | null; measuredAt: number | null }>> {
  const stored = new Map<number, { score: number | null; measuredAt: number | null }>();
  // SQLite takes a row value IN (…) against a subquery only: VALUES is one.
  const list = (n: number) => (sql.dialect === "mysql" ? "(?,?),".repeat(n - 1) + "(?,?)" : `VALUES ${"(?,?),".repeat(n - 1)}(?,?)`);
  for (const part of chunks(series, sql.keysPerStatement)) {
    const parameters: unknown[] = [];
    for (const key of part) parameters.push(Math.floor(key / 8), DIMENSION_ORDER[key % 8]);
    const found = await sql.query<{ resource_id: number; dimension: QualityDimension; score_centi: number | null; measured_at: unknown }>(
      sql.lockingRead(`SELECT resource_id, dimension, score_centi, measured_at FROM quality_latest WHERE (resource_id, dimension) IN (${list(part.length)})`),
      parameters,
    );
    for (const r of found)
      stored.set(seriesKey(Number(r.resource_id), r.dimension), {
        score: r.score_centi === null ? null : Number(r.score_centi),
        measuredAt: r.measured_at === null ? null : dateOfRow(r.measured_at).getTime(),
      });
  }
  return stored;
}
