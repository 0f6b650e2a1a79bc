import { EvaluationResultsDocument, RunEvaluationDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { FindingKind, FindingOccurrence, FindingSeverity } from "../../src/modules/findings";
import { rowId } from "../governance/governance-support";
import { toGlobalId } from "../../src/common/global-id";
import { publishedScheme, streetWithCdo, thisYear } from "./evaluation-support";

/** 问题整改率: the evaluation reads the findings ledger (问题台账) kept by the findings sweep. */

let server: TestCatalog;
beforeEach(async () => {
  server = await startTestCatalog();
});
afterEach(() => server.stop());

/** A ledger row as the sweep writes it: opened on `firstSeenOn`, resolved on `resolvedOn` (or still open). */
async function occurrence(unitId: string, key: string, firstSeenOn: string, resolvedOn: string | null): Promise<number> {
  const manager = server.catalog.dataSource.manager;
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const findingKey = `UNIT_MISSING_SPECIALIST:${rowId(unitId)}:${key}`;
  const row = manager.create(FindingOccurrence, {
    findingKey,
    kind: FindingKind.UNIT_MISSING_SPECIALIST,
    severity: FindingSeverity.HIGH,
    unitId: rowId(unitId),
    subjectRef: `Unit:${rowId(unitId)}`,
    since: firstSeenOn,
    firstSeenOn,
    lastSeenOn: resolvedOn ?? firstSeenOn,
    resolvedOn,
    openKey: resolvedOn === null ? findingKey : null,
    createdAt: now,
    updatedAt: now,
  });
  await manager.insert(FindingOccurrence, row);
  return row.id;
}

it("scores the share of the year's findings resolved by the run's day, each finding reachable as a node; a unit with none scores full marks", async () => {
  const district = await DistrictScenario.create(server.api);
  const a = await streetWithCdo(district, "青龙街道");
  const b = await streetWithCdo(district, "茶山街道"); // no finding all year
  const last = thisYear - 1;
  const resolvedThisYear = await occurrence(a.unit.id, "1", `${thisYear}-01-10`, `${thisYear}-02-01`);
  const stillOpen = await occurrence(a.unit.id, "2", `${thisYear}-01-10`, null);
  await occurrence(a.unit.id, "3", `${last}-06-01`, `${last}-12-01`); // closed before the year: not counted
  const carriedOver = await occurrence(a.unit.id, "4", `${last}-11-01`, `${thisYear}-01-03`); // open on 1 January, resolved in the year

  const scheme = await publishedScheme(server.api, district.rootId, thisYear, [
    { category: "DUTY_ASSURANCE", name: "问题整改率", weight: "100", method: "COMPUTED", metric: "FINDINGS_RESOLVED", zeroPoint: "0", fullPoint: "100" },
  ]);
  const { runEvaluation: run } = await server.api.request(RunEvaluationDocument, { input: { schemeId: scheme.id } });
  const { evaluationResults } = await server.api.request(EvaluationResultsDocument, { runId: run.id, first: 10 });

  // By hand: 青龙 had 3 findings open in the year (1, 2 and 4), 2 of them resolved: 2 ÷ 3 = 66.67 %; 茶山 none: full marks.
  const of = (unitId: string) => evaluationResults.nodes.find((r) => r.unit.id === unitId)!;
  const [score] = of(a.unit.id).scores;
  expect({ value: score.value, numerator: score.numerator, denominator: score.denominator, score: score.score, total: of(a.unit.id).total }).toEqual({
    value: "66.67",
    numerator: "2",
    denominator: "3",
    score: "66.67",
    total: "66.67",
  });
  expect(score.evidence.nodes.map((e) => e.recordId)).toEqual([resolvedThisYear, stillOpen, carriedOver].map((id) => toGlobalId("FindingOccurrence", id)));
  expect(score.evidence.nodes.every((e) => e.recordType === "FindingOccurrence" && e.record?.id === e.recordId)).toBe(true);
  expect({ value: of(b.unit.id).scores[0].value, score: of(b.unit.id).scores[0].score, rank: of(b.unit.id).rank, grade: of(b.unit.id).grade }).toEqual({
    value: null,
    score: "100",
    rank: 1,
    grade: "EXCELLENT",
  });
  expect([of(a.unit.id).rank, of(a.unit.id).grade]).toEqual([2, "PASS"]);
});
