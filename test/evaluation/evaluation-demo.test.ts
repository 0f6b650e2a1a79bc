import { EvaluationResultsDocument } from "../generated/graphql";
import { TestClock } from "../sharing/sharing-support";
import { startTestCatalog, TestCatalog } from "../support/catalog";

/** The README's evaluation examples on the Tianning demo data (seen on 30 November 2026). */
describe("the demo district's evaluation", () => {
  const clock = new TestClock("2026-11-30T02:00:00Z");
  let server: TestCatalog;
  beforeAll(async () => {
    server = await startTestCatalog({ DEMO_DATA: "always" }, { clock: clock.now });
  });
  afterAll(() => server.stop());

  it("loads a published run of the 2026 scheme through the services, every score explained", async () => {
    const districtCdo = await server.anonymous.signIn("district.cdo", "tianning-demo");
    const runs = await districtCdo.raw<{ evaluationRuns: { nodes: unknown[] } }>(
      "{ evaluationRuns(year: 2026) { nodes { status asOf scheme { version totalWeight indicators { method } } unitsWithoutCdo { name } } } }",
    );
    expect(runs.data!.evaluationRuns.nodes).toEqual([
      {
        status: "PUBLISHED",
        asOf: "2026-11-30",
        scheme: { version: 1, totalWeight: "100", indicators: [...Array(7).fill({ method: "COMPUTED" }), { method: "MANUAL" }] },
        unitsWithoutCdo: [{ name: "区退役军人事务局" }, { name: "郑陆镇" }],
      },
    ]);
    const { evaluationResults } = await districtCdo.request(EvaluationResultsDocument, { year: 2026, first: 3 });
    expect(evaluationResults.totalCount).toBe(25);
    expect(evaluationResults.nodes.map((r) => [r.rank, r.total, r.grade, r.unit.name, r.cdo?.name])).toEqual([
      [1, "75.77", "PASS", "区发展和改革局", "韩某宁"], // its report was returned, but first submitted before the deadline: on time
      [2, "69.31", "PASS", "区民政局", "萧某三"],
      [3, "69.15", "PASS", "区行政审批局", "姜某凯"],
    ]);
    const [first] = evaluationResults.nodes;
    // Every computed score with records behind it reaches them as nodes; the weighted scores add up to the total.
    const evidence = first.scores.flatMap((s) => s.evidence.nodes);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.record?.id === e.recordId)).toBe(true);
    const sum = first.scores.reduce((total, s) => total + Math.round(Number(s.weightedScore) * 100), 0);
    expect(sum / 100).toBe(75.77);

    const chashan = await server.anonymous.signIn("chashan.cdo", "tianning-demo");
    const own = await chashan.request(EvaluationResultsDocument, { year: 2026 });
    expect(own.evaluationResults.nodes.map((r) => [r.rank, r.total, r.unit.name])).toEqual([[5, "61.5", "茶山街道"]]);
  });
});
