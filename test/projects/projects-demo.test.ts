import { startTestCatalog, TestCatalog } from "../support/catalog";
import { gql, refusal, SUBMIT, TestClock } from "./projects-support";

/** The demo district's IT projects (seen on 30 November 2026), loaded through the services. */
describe("the demo district's IT projects", () => {
  const clock = new TestClock("2026-11-30T02:00:00Z");
  let server: TestCatalog;
  // Loading the whole demo district takes a while on a busy machine (MariaDB especially).
  beforeAll(async () => {
    server = await startTestCatalog({ DEMO_DATA: "always" }, { clock: clock.now });
  }, 240_000);
  afterAll(() => server?.stop());

  it("holds a vetoed-then-resubmitted project, the 500,000-yuan boundary, an approval, a withdrawal and a district-level review", async () => {
    const analyst = await server.anonymous.signIn("analyst", "tianning-demo");
    const { itProjects } = await gql(
      analyst,
      `{ itProjects(first: 20) { totalCount nodes { id name budget status unit { name } reviews { round status cdoActiveOnSubmission reviewer { name } } } } }`,
    );
    const byName = Object.fromEntries(itProjects.nodes.map((p: { name: string }) => [p.name, p]));
    expect(itProjects.totalCount).toBe(6);
    expect(byName["茶山街道智慧网格平台二期"]).toMatchObject({
      status: "APPROVED",
      budget: "980000.00",
      reviews: [
        { round: 1, status: "VETOED", reviewer: { name: "周某四" } },
        { round: 2, status: "APPROVED", reviewer: { name: "周某四" } },
      ],
    });
    expect(byName["郑陆镇农村人居环境监测系统"]).toMatchObject({ budget: "499999.99", status: "SUBMITTED", reviews: [{ cdoActiveOnSubmission: false }] });
    expect(byName["区卫生健康信息平台升级"].status).toBe("APPROVED");
    expect(byName["投资项目在线审批监管平台对接"].status).toBe("WITHDRAWN");
    expect(byName["天宁区一网统管城市运行平台"]).toMatchObject({ status: "UNDER_REVIEW", unit: { name: "天宁区" } });

    // 郑陆镇 has had no CDO since 31 March: its 500,000-yuan independent application cannot be submitted.
    const admin = await server.anonymous.signIn("admin", "tianning-demo");
    const error = await refusal(admin, SUBMIT, { input: { id: byName["郑陆镇数字乡村综合平台"].id } });
    expect(error.extensions).toMatchObject({ code: "CDO_REQUIRED_FOR_LARGE_PROJECT", submittedOn: "2026-11-30" });
  });
});
