import {
  CreateQualityRuleDocument,
  QualityMeasurementColumnsInput,
  QualityMeasurementInput,
  QualityMeasurementsDocument,
  RecordQualityMeasurementColumnsDocument,
  RecordQualityMeasurementsDocument,
  UpdateQualityRuleDocument,
} from "../generated/graphql";
import { print } from "graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { createResource, qualityRowCounts, record } from "./quality-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog(); // MAX_REQUEST_BYTES at its default, 1 MiB
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const at = (day: string, time = "10:00:00") => `${day}T${time}+08:00`;

describe("recording quality measurements (recordQualityMeasurements)", () => {
  it("records a batch of scores and rates, all at once, and reads them back newest first", async () => {
    const unit = await district.department("区统计局");
    const resource = await createResource(server.api, unit.id, { name: "统计年鉴数据" });
    const result = await record(server.api, [
      { resourceId: resource.id, dimension: "ACCURACY", score: 91.5, measuredAt: at("2026-11-01"), source: "AUTOMATED" },
      { resourceId: resource.id, dimension: "ACCURACY", passed: 3, total: 4, measuredAt: at("2026-11-02"), source: "MANUAL", note: "抽查 4 条" },
    ]);
    expect(result.recordQualityMeasurements).toEqual({ recorded: 2, resources: 1, latestChanged: 1 });
    const { qualityMeasurements } = await server.api.request(QualityMeasurementsDocument, {
      resourceId: resource.id,
      dimension: "ACCURACY",
    });
    expect(qualityMeasurements.totalCount).toBe(2);
    expect(qualityMeasurements.nodes.map((m) => [m.score, m.passed, m.total, m.source, m.day])).toEqual([
      [75, 3, 4, "MANUAL", "2026-11-02"],
      [91.5, null, null, "AUTOMATED", "2026-11-01"],
    ]);
  });

  it("refuses a whole batch for one bad row, naming its index and field, and writes nothing", async () => {
    const unit = await district.department("区民政局");
    const resource = await createResource(server.api, unit.id);
    const good = (score: number): QualityMeasurementInput => ({
      resourceId: resource.id,
      dimension: "COMPLETENESS",
      score,
      measuredAt: at("2026-11-03"),
      source: "AUTOMATED",
    });
    const before = await qualityRowCounts(server.catalog.dataSource);
    const cases: [QualityMeasurementInput, string][] = [
      [{ ...good(50), score: 100.5 }, "score"],
      [{ ...good(50), score: null, passed: 5, total: 4 }, "total"],
      [{ ...good(50), passed: 1, total: 2 }, "score"],
      [{ ...good(50), measuredAt: "2099-01-01T00:00:00Z" }, "measuredAt"],
      [{ ...good(50), dimension: null }, "dimension"],
      [{ ...good(50), resourceId: "bm90LWFuLWlk" }, "resourceId"],
      [{ ...good(50), note: "长".repeat(501) }, "note"],
    ];
    for (const [bad, field] of cases) {
      const error = await server.api.error(RecordQualityMeasurementsDocument, { input: [good(60), good(70), bad, good(80)] });
      expect([error.extensions?.code, error.extensions?.field, error.extensions?.index]).toEqual(["BAD_USER_INPUT", field, 2]);
    }
    expect(await qualityRowCounts(server.catalog.dataSource)).toEqual(before);
  });

  it("refuses the catalog's own source, and more than 10,000 rows before reading any", async () => {
    const unit = await district.department("区审计局");
    const resource = await createResource(server.api, unit.id);
    const row: QualityMeasurementInput = { resourceId: resource.id, dimension: "TIMELINESS", score: 100, measuredAt: at("2026-11-03"), source: "CATALOG" };
    const reserved = await server.api.error(RecordQualityMeasurementsDocument, { input: [row] });
    expect([reserved.extensions?.code, reserved.extensions?.field, reserved.extensions?.index]).toEqual(["QUALITY_SOURCE_RESERVED", "source", 0]);
    const tooMany = await server.api.error(RecordQualityMeasurementsDocument, {
      input: Array.from({ length: 10_001 }, (): QualityMeasurementInput => ({ ...row, source: "AUTOMATED" })),
    });
    expect([tooMany.extensions?.code, tooMany.extensions?.field]).toEqual(["BAD_USER_INPUT", "input"]);
  });

  it("takes 10,000 rows in one batch", async () => {
    const unit = await district.department("区农业农村局");
    const resource = await createResource(server.api, unit.id);
    const rows = Array.from({ length: 10_000 }, (_, i): QualityMeasurementInput => ({
      resourceId: resource.id,
      dimension: (["ACCURACY", "AVAILABILITY"] as const)[i % 2],
      score: i % 101,
      measuredAt: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
      source: "AUTOMATED",
    }));
    // About 1.2 MB of JSON: past MAX_REQUEST_BYTES (1 MiB), which this mutation alone may pass.
    expect(JSON.stringify({ query: print(RecordQualityMeasurementsDocument), variables: { input: rows } }).length).toBeGreaterThan(1024 * 1024);
    expect((await record(server.api, rows)).recordQualityMeasurements).toEqual({ recorded: 10_000, resources: 1, latestChanged: 2 });
  });

  it("records a batch sent as columns exactly as the same rows sent as objects", async () => {
    const unit = await district.department("区文化广电和旅游局");
    const [asRows, asColumns] = [
      await createResource(server.api, unit.id, { name: "文物保护单位名录" }),
      await createResource(server.api, unit.id, { name: "A级景区名录" }),
    ];
    const rows = (resourceId: string): QualityMeasurementInput[] => [
      { resourceId, dimension: "ACCURACY", score: 91.5, measuredAt: at("2026-11-01"), source: "AUTOMATED" },
      { resourceId, dimension: "ACCURACY", passed: 3, total: 4, measuredAt: at("2026-11-02"), source: "AUTOMATED", note: "抽查 4 条" },
      { resourceId, dimension: "TIMELINESS", score: 60, measuredAt: at("2026-11-02", "23:59:59"), source: "AUTOMATED" },
    ];
    const fromRows = await record(server.api, rows(asRows.id));
    const { recordQualityMeasurementColumns } = await server.api.request(RecordQualityMeasurementColumnsDocument, {
      input: {
        resourceId: [asColumns.id, asColumns.id, asColumns.id],
        dimension: ["ACCURACY", "ACCURACY", "TIMELINESS"],
        score: [91.5, null, 60],
        passed: [null, 3, null],
        total: [null, 4, null],
        note: [null, "抽查 4 条", null],
        measuredAt: rows(asColumns.id).map((r) => r.measuredAt),
        source: "AUTOMATED",
      },
    });
    expect(recordQualityMeasurementColumns).toEqual(fromRows.recordQualityMeasurements);
    const written = async (resourceId: string) =>
      (await server.api.request(QualityMeasurementsDocument, { resourceId })).qualityMeasurements.nodes
        .filter((m) => m.source === "AUTOMATED")
        .map((m) => [m.dimension, m.score, m.passed, m.total, m.measuredAt, m.day, m.note]);
    expect(await written(asColumns.id)).toEqual(await written(asRows.id));
    expect((await written(asColumns.id)).length).toBe(3);
  });

  it("refuses a columnar batch for one bad row by its index and list, a list of the wrong length, and more than 10,000 rows, writing nothing", async () => {
    const unit = await district.department("区体育局");
    const resource = await createResource(server.api, unit.id);
    const before = await qualityRowCounts(server.catalog.dataSource);
    const columns = (change: Partial<QualityMeasurementColumnsInput>): QualityMeasurementColumnsInput => ({
      resourceId: [resource.id, resource.id, resource.id],
      dimension: ["ACCURACY", "ACCURACY", "ACCURACY"],
      measuredAt: [at("2026-11-01"), at("2026-11-02"), at("2026-11-03")],
      score: [50, 60, 70],
      source: "MANUAL",
      ...change,
    });
    const refusals: [QualityMeasurementColumnsInput, unknown[]][] = [
      [columns({ score: [50, 100.5, 70] }), ["BAD_USER_INPUT", "score", 1]],
      [columns({ score: [50, 60, null] }), ["BAD_USER_INPUT", "score", 2]],
      [columns({ score: [50, 60] }), ["BAD_USER_INPUT", "score", undefined]],
      [columns({ dimension: ["ACCURACY", null, "ACCURACY"] }), ["BAD_USER_INPUT", "dimension", 1]],
      [columns({ source: "CATALOG" }), ["QUALITY_SOURCE_RESERVED", "source", 0]],
    ];
    for (const [input, expected] of refusals) {
      const error = await server.api.error(RecordQualityMeasurementColumnsDocument, { input });
      expect([error.extensions?.code, error.extensions?.field, error.extensions?.index]).toEqual(expected);
    }
    // The cost estimate leaves the lists uncoerced; execution still refuses what is not a DateTime.
    const notADate = await server.api.error(RecordQualityMeasurementColumnsDocument, {
      input: columns({ measuredAt: [at("2026-11-01"), "昨天", at("2026-11-03")] }),
    });
    expect(notADate.extensions?.code).toBe("BAD_USER_INPUT");
    const tooMany = await server.api.error(RecordQualityMeasurementColumnsDocument, {
      input: { source: "MANUAL", resourceId: [resource.id], measuredAt: Array.from({ length: 10_001 }, () => at("2026-11-01")) },
    });
    expect([tooMany.extensions?.code, tooMany.extensions?.field]).toEqual(["BAD_USER_INPUT", "measuredAt"]);
    expect(await qualityRowCounts(server.catalog.dataSource)).toEqual(before);
  });

  it("lets only a signed-in caller's recordQualityMeasurements pass MAX_REQUEST_BYTES, and only up to its own bound", async () => {
    const pad = "x".repeat(1_200_000);
    const post = (body: unknown, token?: string) =>
      fetch(server.catalog.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const token = server.api.token!;
    const batch = print(RecordQualityMeasurementsDocument);
    // Any other operation, a mutation mixing in another field, or no sign-in: the ordinary limit.
    expect((await post({ query: "{ __typename }", variables: { pad } }, token)).status).toBe(413);
    expect((await post({ query: "mutation { signOut recordQualityMeasurements(input: []) { recorded } }", variables: { pad } }, token)).status).toBe(413);
    expect((await post({ query: batch, variables: { input: [], pad } })).status).toBe(413);
    // A made-up token is not a sign-in: the body is not read past the ordinary limit.
    expect((await post({ query: batch, variables: { input: [], pad } }, "made-up-token")).status).toBe(413);
    // The batch itself, past its own bound (8 MiB): refused before any work.
    expect((await post({ query: batch, variables: { input: [], pad: "x".repeat(9 * 1024 * 1024) } }, token)).status).toBe(413);
    // Within it: read, and answered by the resolver (an empty batch records nothing).
    const accepted = await post({ query: batch, variables: { input: [], pad } }, token);
    expect(accepted.status).toBe(200);
  });

  it("measures a rule: its resource and dimension follow; a mismatch or an inactive rule is refused with its own code", async () => {
    const unit = await district.department("区商务局");
    const resource = await createResource(server.api, unit.id);
    const other = await createResource(server.api, unit.id, { name: "另一个资源" });
    const { createQualityRule: rule } = await server.api.request(CreateQualityRuleDocument, {
      input: { resourceId: resource.id, dimension: "ACCURACY", checkKind: "FORMAT", description: "身份证号格式校验", targetScore: 95 },
    });
    expect(
      (await record(server.api, [{ ruleId: rule.id, passed: 99, total: 100, measuredAt: at("2026-11-04"), source: "AUTOMATED" }])).recordQualityMeasurements
        .recorded,
    ).toBe(1);
    const mismatch = await server.api.error(RecordQualityMeasurementsDocument, {
      input: [{ ruleId: rule.id, resourceId: other.id, score: 90, measuredAt: at("2026-11-04"), source: "AUTOMATED" }],
    });
    expect([mismatch.extensions?.code, mismatch.extensions?.field, mismatch.extensions?.index]).toEqual(["QUALITY_RULE_MISMATCH", "resourceId", 0]);
    await server.api.request(UpdateQualityRuleDocument, { input: { id: rule.id, active: false } });
    const inactive = await server.api.error(RecordQualityMeasurementsDocument, {
      input: [{ ruleId: rule.id, score: 90, measuredAt: at("2026-11-04"), source: "AUTOMATED" }],
    });
    expect([inactive.extensions?.code, inactive.extensions?.field]).toEqual(["QUALITY_RULE_INACTIVE", "ruleId"]);
  });

  it("lets a unit's data specialist record its own unit's quality only; a draft of another unit answers as missing", async () => {
    const own = await district.staffedUnit("STREET", "茶山街道");
    const otherUnit = await district.department("区财政局");
    const ownResource = await createResource(server.api, own.unit.id);
    const published = await createResource(server.api, otherUnit.id);
    const draft = await createResource(server.api, otherUnit.id, { status: "DRAFT" });
    const { client: specialist } = await signedInAs(server.api, own.specialist.id);
    const row = (resourceId: string): QualityMeasurementInput => ({
      resourceId,
      dimension: "AVAILABILITY",
      score: 88,
      measuredAt: at("2026-11-05"),
      source: "MANUAL",
    });
    expect((await record(specialist, [row(ownResource.id)])).recordQualityMeasurements.recorded).toBe(1);
    const forbidden = await specialist.error(RecordQualityMeasurementsDocument, { input: [row(ownResource.id), row(published.id)] });
    expect([forbidden.extensions?.code, forbidden.extensions?.index]).toEqual(["FORBIDDEN", 1]);
    const hidden = await specialist.error(RecordQualityMeasurementsDocument, { input: [row(draft.id)] });
    expect([hidden.extensions?.code, hidden.extensions?.field, hidden.extensions?.index]).toEqual(["NOT_FOUND", "resourceId", 0]);
  });

  it("speaks Chinese by default and English when asked", async () => {
    const unit = await district.department("区司法局");
    const resource = await createResource(server.api, unit.id);
    const query = "mutation($input: [QualityMeasurementInput!]!) { recordQualityMeasurements(input: $input) { recorded } }";
    const input = [{ resourceId: resource.id, dimension: "ACCURACY", score: 101, measuredAt: at("2026-11-05"), source: "MANUAL" }];
    const zh = await server.api.raw(query, { input });
    const en = await server.api.raw(query, { input }, { "accept-language": "en" });
    expect(zh.errors?.[0].message).toBe("第 1 条(index 0):得分须在 0 到 100 之间。");
    expect(en.errors?.[0].message).toBe("Row 1 (index 0): The score must be from 0 to 100.");
  });
});
