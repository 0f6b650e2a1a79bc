import { print } from "graphql";
import {
  CreateEvaluationSchemeDocument,
  EvaluationEvidencePageDocument,
  EvaluationEvidencePageQuery,
  EvaluationEvidenceWindowsDocument,
  EvaluationEvidenceWindowsQuery,
  EvaluationMetricsDocument,
  EvaluationResultFieldsFragment,
  EvaluationResultsDocument,
  EvaluationResultsQuery,
  EvaluationSchemesDocument,
  PublishEvaluationRunDocument,
  PublishEvaluationSchemeDocument,
  ReviseEvaluationSchemeDocument,
  RunEvaluationDocument,
  SetEvaluationManualScoreDocument,
  UnitEvaluationDocument,
  UpdateEvaluationSchemeDocument,
} from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { auditOperationsOf, rowId } from "../governance/governance-support";
import { toGlobalId } from "../../src/common/global-id";
import { annualReport, everyMetric, functions, publishedScheme, reportDeadline, streetWithCdo, thisYear, trained } from "./evaluation-support";

/** 履职评价 (DOMAIN §6): a versioned indicator system, every unit CDO scored, ranked and explained down to the records. */

// A database holds one district, and a run scores all of its units: each test has a catalog of its own.
let server: TestCatalog;
beforeEach(async () => {
  server = await startTestCatalog();
});
afterEach(() => server.stop());

/** The small district of the hand computation. */
const handScheme = [
  {
    category: "DATA_AGGREGATION" as const,
    name: "清单覆盖率",
    weight: "30",
    method: "COMPUTED" as const,
    metric: "INVENTORY_COVERAGE" as const,
    zeroPoint: "0",
    fullPoint: "100",
  },
  {
    category: "DUTY_ASSURANCE" as const,
    name: "培训学时",
    weight: "20",
    method: "COMPUTED" as const,
    metric: "TRAINING_HOURS" as const,
    zeroPoint: "0",
    fullPoint: "4",
  },
  {
    category: "DUTY_ASSURANCE" as const,
    name: "述职报告按时提交",
    weight: "20",
    method: "COMPUTED" as const,
    metric: "REPORT_ON_TIME" as const,
    zeroPoint: "0",
    fullPoint: "100",
  },
  { category: "APPLICATION_INNOVATION" as const, name: "区办综合评价", weight: "30", method: "MANUAL" as const },
];

async function smallDistrict() {
  const api = server.api;
  const district = await DistrictScenario.create(api);
  const streets = {
    a: await streetWithCdo(district, "青龙街道"),
    b: await streetWithCdo(district, "茶山街道"),
    c: await streetWithCdo(district, "红梅街道"),
    d: await streetWithCdo(district, "兰陵街道"),
    e: await streetWithCdo(district, "雕庄街道"),
    f: { unit: await district.unit("STREET", "天宁街道") }, // no CDO in office: listed, not scored
  };
  const fns = {
    a: await functions(api, streets.a.unit.id, 2, 2),
    b: await functions(api, streets.b.unit.id, 2, 2),
    c: await functions(api, streets.c.unit.id, 2, 1),
    d: await functions(api, streets.d.unit.id, 2, 1),
  };
  const sessions = {
    a: await trained(api, streets.a.unit.id, streets.a.cdo.id, "4"),
    b: await trained(api, streets.b.unit.id, streets.b.cdo.id, "4"),
    c: await trained(api, streets.c.unit.id, streets.c.cdo.id, "1.5"),
    d: await trained(api, streets.d.unit.id, streets.d.cdo.id, "1.5"),
  };
  // Due on 03-31 (district date). 15:00 UTC is 23:00 in Shanghai: on time; 16:30 UTC is 00:30 the next day: late. 雕庄 never reports.
  await reportDeadline(server, thisYear, `${thisYear}-03-31`);
  const onTime = new Date(`${thisYear}-03-31T15:00:00Z`);
  const reports = {
    a: await annualReport(server, streets.a.unit.id, streets.a.cdo.id, thisYear, onTime),
    b: await annualReport(server, streets.b.unit.id, streets.b.cdo.id, thisYear, new Date(`${thisYear}-03-31T16:30:00Z`)),
    c: await annualReport(server, streets.c.unit.id, streets.c.cdo.id, thisYear, onTime),
    d: await annualReport(server, streets.d.unit.id, streets.d.cdo.id, thisYear, onTime),
  };
  const scheme = await publishedScheme(api, district.rootId, thisYear, handScheme);
  const manualId = scheme.indicators[3].id;
  const manual = { a: "95", b: "100", c: "90", d: "90", e: "60" };
  for (const key of ["a", "b", "c", "d", "e"] as const)
    await api.request(SetEvaluationManualScoreDocument, {
      input: { indicatorId: manualId, unitId: streets[key].unit.id, score: manual[key], reason: "年度重点工作完成情况" },
    });
  return { district, streets, fns, sessions, reports, scheme };
}

async function allResults(client: ApiClient, runId: string): Promise<EvaluationResultsQuery["evaluationResults"]> {
  const { evaluationResults } = await client.request(EvaluationResultsDocument, { runId, first: 50 });
  return evaluationResults;
}

const byUnit = (results: readonly EvaluationResultFieldsFragment[], unitId: string) => results.find((r) => r.unit.id === unitId)!;

describe("a small district's evaluation, against a hand computation", () => {
  it("scores, totals, grades and ranks match, and each score explains itself down to its records", async () => {
    const { district, streets, fns, sessions, reports, scheme } = await smallDistrict();
    const { runEvaluation: run } = await server.api.request(RunEvaluationDocument, { input: { schemeId: scheme.id } });
    expect(run.unitsWithoutCdo.map((u) => u.id)).toEqual([streets.f.unit.id]);
    const results = await allResults(server.api, run.id);

    // Hand computation (weights 30/20/20/30; weighted = score × weight / 100):
    // 青龙 a: coverage 2/2 = 100 → 30; 4 h of 4 → 20; on time → 20; manual 95 → 28.5;  total 98.5 优秀, rank 1
    // 茶山 b: coverage 2/2 = 100 → 30; 4 h → 20;       late → 0;    manual 100 → 30;  total 80   良好 (on the line), rank 2
    // 红梅 c: coverage 1/2 = 50 → 15;  1.5 h → 37.5 → 7.5; on time → 20; manual 90 → 27; total 69.5 合格, rank 3
    // 兰陵 d: the same as 红梅: 69.5 合格, rank 3 (a tie shares the rank)
    // 雕庄 e: no function (nothing to measure → 0); 0 h → 0; no report → 0; manual 60 → 18; total 18 不合格, rank 5
    const expected = [
      { key: "a", total: "98.5", grade: "EXCELLENT", rank: 1, scores: ["30", "20", "20", "28.5"] },
      { key: "b", total: "80", grade: "GOOD", rank: 2, scores: ["30", "20", "0", "30"] },
      { key: "c", total: "69.5", grade: "PASS", rank: 3, scores: ["15", "7.5", "20", "27"] },
      { key: "d", total: "69.5", grade: "PASS", rank: 3, scores: ["15", "7.5", "20", "27"] },
      { key: "e", total: "18", grade: "FAIL", rank: 5, scores: ["0", "0", "0", "18"] },
    ] as const;
    expect(results.totalCount).toBe(5);
    for (const row of expected) {
      const result = byUnit(results.nodes, streets[row.key].unit.id);
      expect({ total: result.total, grade: result.grade, rank: result.rank, cdo: result.cdo?.id }).toEqual({
        total: row.total,
        grade: row.grade,
        rank: row.rank,
        cdo: streets[row.key].cdo.id,
      });
      expect(result.scores.map((s) => s.weightedScore)).toEqual(row.scores);
    }
    // Best first; the tie in its fixed order (unit code, then ID); the unit without a CDO is not in the ranking.
    const ranks = results.nodes.map((r) => r.rank);
    expect(ranks).toEqual([1, 2, 3, 3, 5]);

    const a = byUnit(results.nodes, streets.a.unit.id);
    const [coverage, hours, report, manual] = a.scores;
    expect({ value: coverage.value, numerator: coverage.numerator, denominator: coverage.denominator, score: coverage.score }).toEqual({
      value: "100",
      numerator: "2",
      denominator: "2",
      score: "100",
    });
    expect(coverage.evidence.nodes.map((e) => e.recordId).sort()).toEqual([...fns.a].sort());
    expect(coverage.evidence.nodes.every((e) => e.recordType === "Function" && e.record?.id === e.recordId)).toBe(true);
    expect({ value: hours.value, score: hours.score, evidence: hours.evidence.nodes.map((e) => e.record?.id) }).toEqual({
      value: "4",
      score: "100",
      evidence: [sessions.a],
    });
    expect(report.evidence.nodes.map((e) => [e.recordType, e.recordId])).toEqual([
      ["AnnualReport", Buffer.from(`AnnualReport:${reports.a}`).toString("base64url")],
    ]);
    expect({ value: manual.value, score: manual.score, explanation: manual.explanation, evidence: manual.evidence.totalCount }).toEqual({
      value: null,
      score: "95",
      explanation: "年度重点工作完成情况",
      evidence: 0,
    });

    const c = byUnit(results.nodes, streets.c.unit.id);
    expect([c.scores[0].value, c.scores[0].numerator, c.scores[0].denominator, c.scores[1].value, c.scores[1].score]).toEqual(["50", "1", "2", "1.5", "37.5"]);
    const b = byUnit(results.nodes, streets.b.unit.id);
    expect([b.scores[2].value, b.scores[2].score, b.scores[2].evidence.totalCount]).toEqual(["0", "0", 1]);
    const e = byUnit(results.nodes, streets.e.unit.id);
    expect([e.scores[0].value, e.scores[0].score, e.scores[0].explanation, e.scores[2].evidence.totalCount]).toEqual([null, "0", "本年度无可计算的数据", 0]);

    // The formula and unit come with the indicator, in Chinese by default.
    const { evaluationSchemes } = await server.api.request(EvaluationSchemesDocument, { year: thisYear, districtId: district.rootId });
    expect(evaluationSchemes.nodes[0].indicators[0]).toMatchObject({ unit: "%", formula: expect.stringContaining("清单覆盖率 = ") });
    expect(await auditOperationsOf(server, "EvaluationRun", run.id)).toEqual(["runEvaluation"]);
  });

  it("re-running with unchanged data gives identical results, field by field", async () => {
    const { scheme } = await smallDistrict();
    const first = await server.api.request(RunEvaluationDocument, { input: { schemeId: scheme.id } });
    const second = await server.api.request(RunEvaluationDocument, { input: { schemeId: scheme.id } });
    expect(second.runEvaluation.id).not.toBe(first.runEvaluation.id);
    const strip = (results: EvaluationResultsQuery["evaluationResults"]) => results.nodes.map(({ id: _id, ...rest }) => rest);
    const [one, two] = [await allResults(server.api, first.runEvaluation.id), await allResults(server.api, second.runEvaluation.id)];
    expect(one.nodes.length).toBe(5);
    expect(strip(two)).toEqual(strip(one));
  });
});

describe("versions", () => {
  it("a new version never rewrites a published version or its published run", async () => {
    const { district, streets, scheme } = await smallDistrict();
    const { runEvaluation: run } = await server.api.request(RunEvaluationDocument, { input: { schemeId: scheme.id } });
    await server.api.request(PublishEvaluationRunDocument, { id: run.id });
    const before = await allResults(server.api, run.id);

    const frozen = await server.api.error(UpdateEvaluationSchemeDocument, { input: { id: scheme.id, title: "改" } });
    expect(frozen.extensions?.code).toBe("EVALUATION_SCHEME_PUBLISHED");
    expect((await server.api.error(PublishEvaluationRunDocument, { id: run.id })).extensions?.code).toBe("EVALUATION_RUN_PUBLISHED");

    const { reviseEvaluationScheme: v2 } = await server.api.request(ReviseEvaluationSchemeDocument, { id: scheme.id });
    expect({ version: v2.version, status: v2.status, basedOn: v2.basedOn?.id, weights: v2.indicators.map((i) => i.weight) }).toEqual({
      version: scheme.version + 1,
      status: "DRAFT",
      basedOn: scheme.id,
      weights: ["30", "20", "20", "30"],
    });
    const changed = handScheme.map((i, n) => ({ ...i, weight: ["40", "10", "20", "30"][n] }));
    await server.api.request(UpdateEvaluationSchemeDocument, {
      input: { id: v2.id, indicators: changed, grades: { excellent: "95", good: "85", pass: "70" } },
    });
    const { publishEvaluationScheme: published } = await server.api.request(PublishEvaluationSchemeDocument, { id: v2.id });
    for (const key of ["a", "b", "c", "d", "e"] as const)
      await server.api.request(SetEvaluationManualScoreDocument, {
        input: { indicatorId: published.indicators[3].id, unitId: streets[key].unit.id, score: "50", reason: "修订后重评" },
      });
    const { runEvaluation: rerun } = await server.api.request(RunEvaluationDocument, { input: { schemeId: v2.id } });
    await server.api.request(PublishEvaluationRunDocument, { id: rerun.id });

    expect(await allResults(server.api, run.id)).toEqual(before);
    const { evaluationSchemes } = await server.api.request(EvaluationSchemesDocument, { year: thisYear, districtId: district.rootId });
    const v1 = evaluationSchemes.nodes.find((s) => s.id === scheme.id)!;
    expect(v1.indicators.map((i) => i.weight)).toEqual(["30", "20", "20", "30"]);
    // 青龙 under version 2: 40 + 10 + 20 + 50 × 0.3 = 85 → 良好 at the new 85 line; Unit.evaluation follows the latest published run.
    const { node } = await server.api.request(UnitEvaluationDocument, { unitId: streets.a.unit.id, year: thisYear });
    expect(node).toMatchObject({ evaluation: { total: "85", grade: "GOOD", rank: 1 } });
  });

  it("weights must sum to exactly 100 on publishing, and decimals are exact", async () => {
    const district = await DistrictScenario.create(server.api);
    const indicators = [
      {
        category: "DATA_AGGREGATION" as const,
        name: "清单覆盖率",
        weight: "33.33",
        method: "COMPUTED" as const,
        metric: "INVENTORY_COVERAGE" as const,
        zeroPoint: "0",
        fullPoint: "100",
      },
      {
        category: "DUTY_ASSURANCE" as const,
        name: "培训学时",
        weight: "33.33",
        method: "COMPUTED" as const,
        metric: "TRAINING_HOURS" as const,
        zeroPoint: "0",
        fullPoint: "8",
      },
      { category: "APPLICATION_INNOVATION" as const, name: "区办评价", weight: "33.33", method: "MANUAL" as const },
    ];
    const { createEvaluationScheme: draft } = await server.api.request(CreateEvaluationSchemeDocument, {
      input: { districtId: district.rootId, year: thisYear, title: "指标体系", indicators },
    });
    expect(draft.totalWeight).toBe("99.99");
    const refused = await server.api.error(PublishEvaluationSchemeDocument, { id: draft.id });
    expect(refused.extensions).toMatchObject({ code: "EVALUATION_WEIGHTS_NOT_100", field: "indicators" });
    expect(refused.message).toContain("99.99");

    const tooFine = await server.api.error(UpdateEvaluationSchemeDocument, { input: { id: draft.id, indicators: [{ ...indicators[0], weight: "33.333" }] } });
    expect(tooFine.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "indicators.0.weight" });
    const noMetric = await server.api.error(UpdateEvaluationSchemeDocument, { input: { id: draft.id, indicators: [{ ...indicators[0], metric: null }] } });
    expect(noMetric.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "indicators.0" });
    const manualWithPoints = await server.api.error(UpdateEvaluationSchemeDocument, {
      input: { id: draft.id, indicators: [{ ...indicators[2], zeroPoint: "0" }] },
    });
    expect(manualWithPoints.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "indicators.0" });

    const fixed = await server.api.request(UpdateEvaluationSchemeDocument, {
      input: { id: draft.id, indicators: indicators.map((i, n) => ({ ...i, weight: n === 2 ? "33.34" : i.weight })) },
    });
    expect(fixed.updateEvaluationScheme.totalWeight).toBe("100");
    const { publishEvaluationScheme } = await server.api.request(PublishEvaluationSchemeDocument, { id: draft.id });
    expect(publishEvaluationScheme).toMatchObject({ status: "PUBLISHED", grades: { excellent: "90", good: "80", pass: "60" } });
    expect(await auditOperationsOf(server, "EvaluationScheme", draft.id)).toEqual([
      "createEvaluationScheme",
      "updateEvaluationScheme",
      "publishEvaluationScheme",
    ]);
  });
});

describe("manual scores", () => {
  it("need a reason, a published scheme and every unit scored before a run", async () => {
    const district = await DistrictScenario.create(server.api);
    const qinglong = await streetWithCdo(district, "青龙街道");
    const chashan = await streetWithCdo(district, "茶山街道");
    const indicators = [
      {
        category: "DUTY_ASSURANCE" as const,
        name: "培训学时",
        weight: "50",
        method: "COMPUTED" as const,
        metric: "TRAINING_HOURS" as const,
        zeroPoint: "0",
        fullPoint: "8",
      },
      { category: "APPLICATION_INNOVATION" as const, name: "区办评价", weight: "50", method: "MANUAL" as const },
    ];
    const { createEvaluationScheme: draft } = await server.api.request(CreateEvaluationSchemeDocument, {
      input: { districtId: district.rootId, year: thisYear, title: "指标体系", indicators },
    });
    const manualId = draft.indicators[1].id;
    const onDraft = await server.api.error(SetEvaluationManualScoreDocument, {
      input: { indicatorId: manualId, unitId: qinglong.unit.id, score: "80", reason: "好" },
    });
    expect(onDraft.extensions?.code).toBe("EVALUATION_SCHEME_NOT_PUBLISHED");
    await server.api.request(PublishEvaluationSchemeDocument, { id: draft.id });

    const noReason = await server.api.error(SetEvaluationManualScoreDocument, {
      input: { indicatorId: manualId, unitId: qinglong.unit.id, score: "80", reason: "  " },
    });
    expect(noReason.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    const over = await server.api.error(SetEvaluationManualScoreDocument, {
      input: { indicatorId: manualId, unitId: qinglong.unit.id, score: "100.5", reason: "好" },
    });
    expect(over.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "score" });
    const computed = await server.api.error(SetEvaluationManualScoreDocument, {
      input: { indicatorId: draft.indicators[0].id, unitId: qinglong.unit.id, score: "80", reason: "好" },
    });
    expect(computed.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "indicatorId" });
    const root = await server.api.error(SetEvaluationManualScoreDocument, {
      input: { indicatorId: manualId, unitId: district.rootId, score: "80", reason: "好" },
    });
    expect(root.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });

    const { setEvaluationManualScore: first } = await server.api.request(SetEvaluationManualScoreDocument, {
      input: { indicatorId: manualId, unitId: qinglong.unit.id, score: "80", reason: "数据共享工作扎实" },
    });
    const missing = await server.api.error(RunEvaluationDocument, { input: { schemeId: draft.id } });
    expect(missing.extensions?.code).toBe("EVALUATION_MANUAL_SCORE_MISSING");
    expect(missing.message).toContain("茶山街道");

    const { setEvaluationManualScore: again } = await server.api.request(SetEvaluationManualScoreDocument, {
      input: { indicatorId: manualId, unitId: qinglong.unit.id, score: "85.5", reason: "复核后调整" },
    });
    expect([again.id, again.score, again.reason]).toEqual([first.id, "85.5", "复核后调整"]);
    await server.api.request(SetEvaluationManualScoreDocument, { input: { indicatorId: manualId, unitId: chashan.unit.id, score: "70", reason: "按期完成" } });
    const { runEvaluation } = await server.api.request(RunEvaluationDocument, { input: { schemeId: draft.id } });
    const results = await allResults(server.api, runEvaluation.id);
    expect(results.nodes.map((r) => [r.unit.id, r.total])).toEqual([
      [qinglong.unit.id, "42.75"],
      [chashan.unit.id, "35"],
    ]);
    expect(await auditOperationsOf(server, "EvaluationManualScore", first.id)).toEqual(["setEvaluationManualScore", "setEvaluationManualScore"]);
  });
});

describe("who sees what", () => {
  it("the district office runs; a unit CDO reads their own result; analysts read all; others see nothing", async () => {
    const { district, streets, scheme } = await smallDistrict();
    const { runEvaluation: run } = await server.api.request(RunEvaluationDocument, { input: { schemeId: scheme.id } });
    await server.api.request(PublishEvaluationRunDocument, { id: run.id });
    const cdo = (await signedInAs(server.api, streets.a.cdo.id)).client;
    const specialistPerson = await district.person(streets.a.unit.id, "青龙街道数据专员");
    await district.appoint({
      unitId: streets.a.unit.id,
      personId: specialistPerson.id,
      role: "DATA_SPECIALIST",
      startDate: "2024-01-01",
      specialistPosition: "RESPONSIBLE_SECTION_HEAD",
    });
    const specialist = (await signedInAs(server.api, specialistPerson.id)).client;
    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;

    expect((await cdo.error(RunEvaluationDocument, { input: { schemeId: scheme.id } })).extensions?.code).toBe("FORBIDDEN");
    const own = await allResults(cdo, run.id);
    expect(own.nodes.map((r) => r.unit.id)).toEqual([streets.a.unit.id]);
    expect((await cdo.request(UnitEvaluationDocument, { unitId: streets.a.unit.id, year: thisYear })).node).toMatchObject({ evaluation: { rank: 1 } });
    expect((await cdo.request(UnitEvaluationDocument, { unitId: streets.b.unit.id, year: thisYear })).node).toMatchObject({ evaluation: null }); // another unit's

    expect((await allResults(specialist, run.id)).totalCount).toBe(0);
    expect((await specialist.request(UnitEvaluationDocument, { unitId: streets.a.unit.id, year: thisYear })).node).toMatchObject({ evaluation: null });

    expect((await allResults(analyst, run.id)).totalCount).toBe(5);
    expect((await analyst.request(UnitEvaluationDocument, { unitId: streets.b.unit.id, year: thisYear })).node).toMatchObject({ evaluation: { rank: 2 } });
    // Which units had no CDO to score is the district's list: an analyst reads it, a unit CDO sees none.
    const unscored = async (client: ApiClient) => {
      const query = "query ($id: ID!) { node(id: $id) { ... on EvaluationRun { unitsWithoutCdo { id } } } }";
      const { data, errors } = await client.raw<{ node: { unitsWithoutCdo: { id: string }[] } }>(query, { id: run.id });
      expect(errors).toBeUndefined();
      return data!.node.unitsWithoutCdo.map((u) => u.id);
    };
    expect(await unscored(analyst)).toEqual([streets.f.unit.id]);
    expect(await unscored(cdo)).toEqual([]);
    const { evaluationMetrics } = await analyst.request(EvaluationMetricsDocument);
    expect(evaluationMetrics.find((m) => m.metric === "SHARING_TURNAROUND")).toMatchObject({ lowerIsBetter: true, unit: "个工作日", noDataScore: "100" });
  });
});

/** The answer before evidence was windowed: each score's whole evidence, every row by type then record, by "resultId:indicatorId". */
async function wholeEvidence(): Promise<Map<string, string[]>> {
  const rows: { result_id: number | string; indicator_id: number | string; record_type: string; record_id: number | string }[] =
    await server.catalog.dataSource.query(
      "SELECT result_id, indicator_id, record_type, record_id FROM evaluation_evidence ORDER BY result_id, indicator_id, record_type, record_id",
    );
  const lists = new Map<string, string[]>();
  for (const row of rows) {
    const key = `${Number(row.result_id)}:${Number(row.indicator_id)}`;
    lists.set(key, [...(lists.get(key) ?? []), toGlobalId(row.record_type, Number(row.record_id))]);
  }
  return lists;
}

const scoreKey = (resultId: string, indicatorId: string) => `${rowId(resultId)}:${rowId(indicatorId)}`;

describe("a score's evidence", () => {
  it("pages forward and backward through exactly the whole list, by type then record, with the total on every page", async () => {
    const district = await DistrictScenario.create(server.api);
    const a = await streetWithCdo(district, "青龙街道");
    const b = await streetWithCdo(district, "茶山街道");
    await functions(server.api, a.unit.id, 7, 3);
    await functions(server.api, b.unit.id, 4, 4);
    await trained(server.api, a.unit.id, a.cdo.id, "2");
    await trained(server.api, a.unit.id, a.cdo.id, "1");
    const scheme = await publishedScheme(server.api, district.rootId, thisYear, everyMetric);
    const { runEvaluation: run } = await server.api.request(RunEvaluationDocument, { input: { schemeId: scheme.id } });
    const results = await allResults(server.api, run.id);
    const whole = await wholeEvidence();
    expect(whole.get(scoreKey(byUnit(results.nodes, a.unit.id).id, scheme.indicators[0].id))).toHaveLength(7);

    /** One score's evidence, three records a page, from the start (or from the end, backward), checking each page's flags and total. */
    const pageThrough = async (resultId: string, position: number, expected: readonly string[], backward: boolean) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let turn = 0; turn <= expected.length / 3 + 1; turn++) {
        const page: EvaluationEvidencePageQuery = await server.api.request(
          EvaluationEvidencePageDocument,
          backward ? { resultId, last: 3, before: cursor } : { resultId, first: 3, after: cursor },
        );
        const node = page.node;
        if (!node || !("scores" in node)) throw new Error("not a result");
        const { totalCount, pageInfo, nodes } = node.scores[position].evidence;
        expect(totalCount).toBe(expected.length);
        expect(backward ? pageInfo.hasNextPage : pageInfo.hasPreviousPage).toBe(cursor !== null);
        if (backward) seen.unshift(...nodes.map((e) => e.recordId));
        else seen.push(...nodes.map((e) => e.recordId));
        if (!(backward ? pageInfo.hasPreviousPage : pageInfo.hasNextPage)) return seen;
        cursor = backward ? pageInfo.startCursor! : pageInfo.endCursor!;
      }
      throw new Error("the pages did not end");
    };
    let paged = 0;
    for (const result of results.nodes)
      for (const [position, score] of result.scores.entries()) {
        const expected = whole.get(scoreKey(result.id, score.indicator.id)) ?? [];
        const forward = await pageThrough(result.id, position, expected, false);
        const backward = await pageThrough(result.id, position, expected, true);
        expect({ score: score.indicator.name, forward, backward }).toEqual({ score: score.indicator.name, forward: expected, backward: expected });
        paged += expected.length;
      }
    expect(paged).toBe([...whole.values()].reduce((sum, list) => sum + list.length, 0));
  });
});

describe("statement counts", () => {
  it("a run takes the same number of statements for 3 units and for 30, and so do a page of explained results and its scores' evidence windows", async () => {
    const district = await DistrictScenario.create(server.api);
    const scheme = await publishedScheme(server.api, district.rootId, thisYear, everyMetric);
    const counts: number[] = [];
    const pages: number[] = [];
    const evidencePages: number[] = [];
    let streets = 0;
    for (const size of [3, 30]) {
      for (; streets < size; streets++) {
        const { unit, cdo } = await streetWithCdo(district, `街道${streets + 1}`);
        await functions(server.api, unit.id, 1 + (streets % 4), streets % 2);
        if (streets % 3 === 0) await trained(server.api, unit.id, cdo.id, "2");
      }
      const response = await server.api.raw<{ runEvaluation: { id: string } }>(print(RunEvaluationDocument), { input: { schemeId: scheme.id } });
      expect(response.errors).toBeUndefined();
      counts.push(sqlStatementsOf(response));
      const page = await server.api.raw<{ evaluationResults: { totalCount: number } }>(print(EvaluationResultsDocument), {
        runId: response.data!.runEvaluation.id,
        first: 50,
      });
      expect(page.errors).toBeUndefined();
      expect(page.data!.evaluationResults.totalCount).toBe(size);
      pages.push(sqlStatementsOf(page));

      // Every score's first and last two records: 21 scores (one branch a score) or 210 (ranked), the same statements, the whole list's ends.
      const windows = await server.api.raw<EvaluationEvidenceWindowsQuery>(print(EvaluationEvidenceWindowsDocument), {
        runId: response.data!.runEvaluation.id,
        size: 2,
      });
      expect(windows.errors).toBeUndefined();
      evidencePages.push(sqlStatementsOf(windows));
      const whole = await wholeEvidence();
      const scores = windows.data!.evaluationResults.nodes.flatMap((result) => result.scores.map((score) => ({ result, score })));
      expect(scores).toHaveLength(size * everyMetric.length);
      for (const { result, score } of scores) {
        const expected = whole.get(scoreKey(result.id, score.indicator.id)) ?? [];
        const ids = (page: { nodes: { recordId: string }[] }) => page.nodes.map((e) => e.recordId);
        expect({ head: ids(score.head), tail: ids(score.tail), total: score.head.totalCount }).toEqual({
          head: expected.slice(0, 2),
          tail: expected.slice(-2),
          total: expected.length,
        });
      }
    }
    expect(counts[1]).toBe(counts[0]);
    expect(pages[1]).toBe(pages[0]);
    expect(evidencePages[1]).toBe(evidencePages[0]);
  });
});
