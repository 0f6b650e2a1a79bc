import type { DataSource } from "typeorm";
import { QualityMeasurementInput, QualityMeasurementsDocument, RecordQualityMeasurementsDocument } from "../generated/graphql";
import { print } from "graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { createResource, qualityRowCounts, record, rowId } from "./quality-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const DIMENSIONS = ["AUTHENTICITY", "ACCURACY", "COMPLETENESS", "TIMELINESS", "AVAILABILITY"] as const;
const PAST_32_BITS = 2 ** 32 + 100;

/** The next measurement id the database hands out (MySQL/MariaDB: AUTO_INCREMENT; SQLite: the AUTOINCREMENT sequence). */
async function nextMeasurementIdFrom(dataSource: DataSource, id: number): Promise<void> {
  if (dataSource.options.type === "better-sqlite3") {
    await dataSource.query("DELETE FROM sqlite_sequence WHERE name = 'quality_measurements'");
    await dataSource.query("INSERT INTO sqlite_sequence (name, seq) VALUES ('quality_measurements', ?)", [id - 1]);
  } else await dataSource.query(`ALTER TABLE quality_measurements AUTO_INCREMENT = ${id}`);
}

describe("ingest at province scale", () => {
  it("keeps a measurement id past 2^32: stored as such, read back under a global ID that names it, and found again by node(id)", async () => {
    const unit = await district.department("区数据局");
    const resource = await createResource(server.api, unit.id, { name: "人口基础信息库" });
    await nextMeasurementIdFrom(server.catalog.dataSource, PAST_32_BITS);
    await record(server.api, [{ resourceId: resource.id, dimension: "ACCURACY", score: 97.25, measuredAt: "2026-11-20T09:30:00+08:00", source: "AUTOMATED" }]);

    // The resource's own catalog checks (completeness, timeliness) were recorded before, with small ids.
    const [stored] = await server.catalog.dataSource.query("SELECT id FROM quality_measurements WHERE resource_id = ? AND dimension = 'ACCURACY'", [
      rowId(resource.id),
    ]);
    expect(String(stored.id)).toBe(String(PAST_32_BITS));
    const { qualityMeasurements } = await server.api.request(QualityMeasurementsDocument, { resourceId: resource.id, dimension: "ACCURACY" });
    const [measurement] = qualityMeasurements.nodes;
    expect(Buffer.from(measurement.id, "base64url").toString("utf8")).toBe(`QualityMeasurement:${PAST_32_BITS}`);
    const found = await server.api.raw<{ node: { id: string; score: number; day: string } | null }>(
      "query($id: ID!) { node(id: $id) { id ... on QualityMeasurement { score day } } }",
      { id: measurement.id },
    );
    expect(found.data?.node).toEqual({ id: measurement.id, score: 97.25, day: "2026-11-20" });
  });

  it("runs as many SQL statements for 1,500 measurements of 30 resources as for one", async () => {
    const unit = await district.department("区市场监督管理局");
    const resources = [];
    for (let i = 1; i <= 30; i++) resources.push(await createResource(server.api, unit.id, { name: `市场主体登记信息${i}` }));
    const row = (resourceId: string, dimension: (typeof DIMENSIONS)[number], day: number): QualityMeasurementInput => ({
      resourceId,
      dimension,
      score: 60 + ((day * 7) % 40),
      measuredAt: new Date(Date.UTC(2026, 10, 1 + day, 2)).toISOString(),
      source: "AUTOMATED",
    });
    const batch = resources.flatMap((r) => DIMENSIONS.flatMap((d) => Array.from({ length: 10 }, (_, day) => row(r.id, d, day))));
    expect(batch).toHaveLength(1500);
    const send = async (input: QualityMeasurementInput[]) => {
      const result = await server.api.raw<{ recordQualityMeasurements: { recorded: number } }>(print(RecordQualityMeasurementsDocument), { input });
      expect(result.errors).toBeUndefined();
      return { recorded: result.data!.recordQualityMeasurements.recorded, statements: sqlStatementsOf(result) };
    };
    const one = await send([row(resources[0].id, "ACCURACY", 20)]);
    const many = await send(batch);
    expect([one.recorded, many.recorded]).toEqual([1, 1500]);
    expect(many.statements).toBe(one.statements);
  });

  it("writes nothing when a statement in the middle of the batch fails: the ones before it roll back, the ones after it never run", async () => {
    const unit = await district.department("区住房城乡建设局");
    const resource = await createResource(server.api, unit.id, { name: "房屋建筑工程竣工验收备案" });
    const { dataSource } = server.catalog;
    const sqlite = dataSource.options.type === "better-sqlite3";
    // The unit roll-up is the fifth statement of the batch's writes (after the latest scores' read, the raw rows, the daily roll-up and the latest scores), two follow it.
    await dataSource.query(
      sqlite
        ? "CREATE TRIGGER refuse_unit_daily BEFORE INSERT ON quality_unit_daily BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        : "CREATE TRIGGER refuse_unit_daily BEFORE INSERT ON quality_unit_daily FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'",
    );
    try {
      const before = await qualityRowCounts(dataSource);
      const failed = await server.api.raw(print(RecordQualityMeasurementsDocument), {
        input: [{ resourceId: resource.id, dimension: "AVAILABILITY", score: 99, measuredAt: "2026-11-21T08:00:00+08:00", source: "AUTOMATED" }],
      });
      expect(failed.errors?.[0].extensions?.code).toBe("INTERNAL_SERVER_ERROR");
      expect(await qualityRowCounts(dataSource)).toEqual(before);
    } finally {
      await dataSource.query("DROP TRIGGER refuse_unit_daily");
    }
  });
});
