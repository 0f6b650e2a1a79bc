import { QualityMeasurementInput, TrendGranularity, UnitQualityDocument, ResourceQualityDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { createResource, record, rowId } from "./quality-support";

/**
 * The roll-ups agree exactly with a direct computation over the raw measurements, whatever the
 * order measurements arrive in: a property test over seeded random batches with late, out-of-order
 * and same-second measurements.
 */

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIMENSIONS = ["AUTHENTICITY", "ACCURACY", "COMPLETENESS", "TIMELINESS", "AVAILABILITY"] as const;
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
const districtDay = (at: Date) => dayFormat.format(at);
const asDate = (value: unknown) => (value instanceof Date ? value : new Date(`${String(value).replace(" ", "T")}Z`));

interface Raw {
  id: number;
  resourceId: number;
  dimension: string;
  score: number;
  measuredAt: Date;
  day: string;
}

interface Fold {
  count: number;
  sum: number;
  min: number;
  max: number;
}
const add = (map: Map<string, Fold>, key: string, score: number) => {
  const f = map.get(key) ?? { count: 0, sum: 0, min: Infinity, max: -Infinity };
  f.count++;
  f.sum += score;
  f.min = Math.min(f.min, score);
  f.max = Math.max(f.max, score);
  map.set(key, f);
};

async function rawMeasurements(): Promise<Raw[]> {
  const rows = await server.catalog.dataSource.query("SELECT id, resource_id, dimension, score_centi, measured_at, day FROM quality_measurements");
  return rows.map((r: Record<string, unknown>) => ({
    id: Number(r.id),
    resourceId: Number(r.resource_id),
    dimension: String(r.dimension),
    score: Number(r.score_centi),
    measuredAt: asDate(r.measured_at),
    day: String(r.day).slice(0, 10),
  }));
}

async function table(sql: string, key: (r: Record<string, unknown>) => string, value: (r: Record<string, unknown>) => unknown) {
  const rows: Record<string, unknown>[] = await server.catalog.dataSource.query(sql);
  return new Map(rows.map((r) => [key(r), value(r)]));
}

const sortedEntries = <V>(map: Map<string, V>) => [...map].sort(([a], [b]) => a.localeCompare(b));

/**
 * Every roll-up table against a direct computation over all the raw measurements: per resource × dimension ×
 * day; the latest by (measuredAt, id); per unit and each ancestor. Returns that computation.
 */
async function expectRollupsAgreeWithRawRows() {
  const unitPath = new Map<number, number[]>();
  const pathRows = await server.catalog.dataSource.query("SELECT r.id, u.path FROM data_resources r JOIN units u ON u.id = r.provider_unit_id");
  for (const r of pathRows) unitPath.set(Number(r.id), String(r.path).split("/").filter(Boolean).map(Number));
  const raw = await rawMeasurements();
  // Direct computation: per resource × dimension × day; the latest by (measuredAt, id); per unit and each ancestor.
  const daily = new Map<string, Fold>();
  const unitDaily = new Map<string, Fold>();
  const latest = new Map<string, Raw>();
  for (const m of raw) {
    expect(m.day).toBe(districtDay(m.measuredAt));
    add(daily, `${m.resourceId}|${m.dimension}|${m.day}`, m.score);
    for (const unit of unitPath.get(m.resourceId)!) add(unitDaily, `${unit}|${m.dimension}|${m.day}`, m.score);
    const key = `${m.resourceId}|${m.dimension}`;
    const held = latest.get(key);
    if (!held || m.measuredAt.getTime() > held.measuredAt.getTime() || (m.measuredAt.getTime() === held.measuredAt.getTime() && m.id > held.id))
      latest.set(key, m);
  }
  const unitCurrent = new Map<string, { count: number; sum: number }>();
  for (const m of latest.values()) {
    for (const unit of unitPath.get(m.resourceId)!) {
      const c = unitCurrent.get(`${unit}|${m.dimension}`) ?? { count: 0, sum: 0 };
      c.count++;
      c.sum += m.score;
      unitCurrent.set(`${unit}|${m.dimension}`, c);
    }
  }

  const fold = (r: Record<string, unknown>) => ({
    count: Number(r.measurement_count),
    sum: Number(r.score_sum),
    min: Number(r.score_min),
    max: Number(r.score_max),
  });
  const dayOf = (r: Record<string, unknown>) => String(r.day).slice(0, 10);
  expect(sortedEntries(await table("SELECT * FROM quality_daily", (r) => `${r.resource_id}|${r.dimension}|${dayOf(r)}`, fold))).toEqual(sortedEntries(daily));
  expect(sortedEntries(await table("SELECT * FROM quality_unit_daily", (r) => `${r.unit_id}|${r.dimension}|${dayOf(r)}`, fold))).toEqual(
    sortedEntries(unitDaily),
  );
  expect(
    sortedEntries(
      await table(
        "SELECT * FROM quality_latest WHERE score_centi IS NOT NULL",
        (r) => `${r.resource_id}|${r.dimension}`,
        (r) => [Number(r.score_centi), asDate(r.measured_at).toISOString()],
      ),
    ),
  ).toEqual(sortedEntries(new Map([...latest].map(([k, m]) => [k, [m.score, m.measuredAt.toISOString()]]))));
  expect(
    sortedEntries(
      await table(
        "SELECT * FROM quality_unit_current WHERE resource_count > 0",
        (r) => `${r.unit_id}|${r.dimension}`,
        (r) => ({ count: Number(r.resource_count), sum: Number(r.score_sum) }),
      ),
    ),
  ).toEqual(sortedEntries(unitCurrent));
  return { raw, latest, unitCurrent, unitPath };
}

describe("roll-ups agree with the raw measurements (property test)", () => {
  it("holds for seeded random batches with late, out-of-order and same-second measurements", async () => {
    const next = random(20261130);
    const department = await district.department("区卫生健康局");
    const subordinate = await district.unit("SUBORDINATE", "区疾病预防控制中心", department.id);
    const street = await district.street("兰陵街道");
    const units = [department, subordinate, street];
    const resources = [];
    for (const [i, unit] of units.entries()) for (const n of [1, 2]) resources.push(await createResource(server.api, unit.id, { name: `资源${i}-${n}` }));

    // Ten batches; times anywhere in 20 days (so later batches bring older ones), some on the very same second.
    const base = Date.UTC(2026, 9, 1, 15, 30);
    // Some rows repeat the newest second yet seen of their resource × dimension (a tie, in this batch or a later one).
    const newestAt = new Map<string, number>();
    for (let batch = 0; batch < 10; batch++) {
      const rows: QualityMeasurementInput[] = [];
      for (let i = 0; i < 30; i++) {
        const resourceId = resources[Math.floor(next() * resources.length)].id;
        const dimension = DIMENSIONS[Math.floor(next() * DIMENSIONS.length)];
        const key = `${resourceId}|${dimension}`;
        const at = newestAt.has(key) && next() < 0.25 ? newestAt.get(key)! : base + Math.floor(next() * 20 * 86_400) * 1000;
        newestAt.set(key, Math.max(at, newestAt.get(key) ?? 0));
        const rate = next() < 0.3;
        const total = 1 + Math.floor(next() * 999);
        rows.push({
          resourceId,
          dimension,
          ...(rate ? { passed: Math.floor(next() * (total + 1)), total } : { score: Math.floor(next() * 10_001) / 100 }),
          measuredAt: new Date(at).toISOString(),
          source: "AUTOMATED",
        });
      }
      await record(server.api, rows);
    }

    const { raw, latest, unitCurrent, unitPath } = await expectRollupsAgreeWithRawRows();

    // The API's scores and trends are those numbers: the department with its subordinate unit, at each granularity.
    const departmentRow = rowId(department.id);
    const mean = (sum: number, count: number) => Math.round(sum / count) / 100;
    for (const granularity of ["DAY", "WEEK", "MONTH"] as TrendGranularity[]) {
      const { unit } = await server.api.request(UnitQualityDocument, { id: department.id, from: "2026-10-01", to: "2026-10-31", granularity });
      const expected = new Map<string, Map<string, { count: number; sum: number }>>();
      for (const m of raw) {
        if (!unitPath.get(m.resourceId)!.includes(departmentRow) || m.day < "2026-10-01" || m.day > "2026-10-31") continue;
        const start = granularity === "DAY" ? m.day : granularity === "MONTH" ? `${m.day.slice(0, 7)}-01` : mondayOf(m.day);
        const bucket = expected.get(start) ?? new Map();
        const cell = bucket.get(m.dimension) ?? { count: 0, sum: 0 };
        cell.count++;
        cell.sum += m.score;
        bucket.set(m.dimension, cell);
        expected.set(start, bucket);
      }
      const points = unit!.quality!.trend;
      expect(points.map((p) => p.periodStart)).toEqual([...expected.keys()].sort());
      for (const point of points) {
        const bucket = expected.get(point.periodStart)!;
        expect(point.dimensions.map((d) => [d.dimension, d.score, d.measurementCount])).toEqual(
          DIMENSIONS.filter((d) => bucket.has(d)).map((d) => [d, mean(bucket.get(d)!.sum, bucket.get(d)!.count), bucket.get(d)!.count]),
        );
      }
      if (granularity === "MONTH") expect(points).toHaveLength(1);
      const current = unit!.quality!.dimensions;
      expect(current.map((d) => [d.dimension, d.score, d.resourceCount])).toEqual(
        DIMENSIONS.map((d) => {
          const c = unitCurrent.get(`${departmentRow}|${d}`);
          return [d, c ? mean(c.sum, c.count) : null, c?.count ?? 0];
        }),
      );
    }

    // A resource's scores are its latest measurements.
    const first = resources[0];
    const { dataResource } = await server.api.request(ResourceQualityDocument, { id: first.id, from: "2026-10-01", to: "2026-10-31", granularity: "WEEK" });
    expect(dataResource!.quality.dimensions.map((d) => [d.dimension, d.score])).toEqual(
      DIMENSIONS.map((d) => {
        const m = latest.get(`${rowId(first.id)}|${d}`);
        return [d, m ? m.score / 100 : null];
      }),
    );
  });

  it("holds when two batches over the same resources are recorded at the same time: both commit, and no roll-up loses or doubles a measurement", async () => {
    const next = random(20261201);
    const department = await district.department("区市场监督管理局");
    const subordinate = await district.unit("SUBORDINATE", "区市场监管综合执法大队", department.id);
    const resources: { id: string }[] = [];
    for (const unit of [department, subordinate])
      for (const n of [1, 2, 3, 4]) resources.push(await createResource(server.api, unit.id, { name: `并发资源${n}` }));
    const base = Date.UTC(2026, 10, 1, 12);
    const batch = (): QualityMeasurementInput[] =>
      Array.from({ length: 1500 }, () => ({
        resourceId: resources[Math.floor(next() * resources.length)].id,
        dimension: DIMENSIONS[Math.floor(next() * DIMENSIONS.length)],
        score: Math.floor(next() * 10_001) / 100,
        measuredAt: new Date(base + Math.floor(next() * 15 * 86_400) * 1000).toISOString(),
        source: "AUTOMATED",
      }));
    // On MariaDB both transactions lock the same latest scores, daily and unit rows; a lost deadlock runs its batch again.
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all([record(server.api, batch()), record(server.api, batch())]);
      expect(answers.map((a) => a.recordQualityMeasurements.recorded)).toEqual([1500, 1500]);
    }
    await expectRollupsAgreeWithRawRows();
    const [written] = await server.catalog.dataSource.query(
      `SELECT COUNT(*) AS n FROM quality_measurements WHERE source = 'AUTOMATED' AND resource_id IN (${resources.map((r) => rowId(r.id)).join(", ")})`,
    );
    expect(Number(written.n)).toBe(9000);
  });

  it("keeps the latest score against a late measurement, which still counts in its day", async () => {
    const unit = await district.department("区退役军人事务局");
    const resource = await createResource(server.api, unit.id, { updateFrequency: "IRREGULAR" });
    const row = (score: number, measuredAt: string): QualityMeasurementInput => ({
      resourceId: resource.id,
      dimension: "ACCURACY",
      score,
      measuredAt,
      source: "MANUAL",
    });
    expect((await record(server.api, [row(90, "2026-11-10T02:00:00Z")])).recordQualityMeasurements.latestChanged).toBe(1);
    expect((await record(server.api, [row(40, "2026-11-09T02:00:00Z")])).recordQualityMeasurements.latestChanged).toBe(0);
    const { dataResource } = await server.api.request(ResourceQualityDocument, { id: resource.id, from: "2026-11-09", to: "2026-11-10", granularity: "DAY" });
    const accuracy = dataResource!.quality.dimensions.find((d) => d.dimension === "ACCURACY")!;
    expect([accuracy.score, accuracy.measuredAt]).toEqual([90, "2026-11-10T02:00:00.000Z"]);
    expect(dataResource!.quality.trend.map((p) => [p.periodStart, p.overall])).toEqual([
      ["2026-11-09", 40],
      ["2026-11-10", 90],
    ]);
  });

  it("refuses a trend longer than 366 days or running backwards", async () => {
    const unit = await district.department("区应急管理局");
    const resource = await createResource(server.api, unit.id);
    for (const [from, to] of [
      ["2025-01-01", "2026-01-02"],
      ["2026-02-01", "2026-01-31"],
    ]) {
      const error = await server.api.error(ResourceQualityDocument, { id: resource.id, from, to, granularity: "MONTH" });
      expect([error.extensions?.code, error.extensions?.field]).toEqual(["BAD_USER_INPUT", "to"]);
    }
  });
});

function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}
