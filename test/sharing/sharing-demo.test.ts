import { startTestCatalog, TestCatalog } from "../support/catalog";
import { gql, TestClock } from "./sharing-support";

/** The README's example queries on the Tianning demo data (seen on 30 November 2026). */
describe("the demo district's sharing", () => {
  const clock = new TestClock("2026-11-30T02:00:00Z");
  let server: TestCatalog;
  beforeAll(async () => {
    server = await startTestCatalog({ DEMO_DATA: "always" }, { clock: clock.now });
  });
  afterAll(() => server.stop());

  it("loads requests, decisions and usage through the services, so the analysts' queries answer", async () => {
    const analyst = await server.anonymous.signIn("analyst", "tianning-demo");
    const answer = await gql(
      analyst,
      `{
        sharingMatrix(from: "2026-07-01", to: "2026-12-31") { totals { requestCount grantCount callCount recordCount } cells(first: 50) { totalCount } }
        sharingTurnaround(from: "2026-07-01", to: "2026-12-31") { nodes { provider { name } decidedCount medianWorkingDays p90WorkingDays decidedLateCount overdueCount } }
        overdueSharingRequests { nodes { provider { name } consumer { name } decisionDueOn } }
        mostUsedSharedResources(from: "2026-07-01", to: "2026-12-31", first: 1) { nodes { resource { name } } }
        unrequestedShareableResources { nodes { name } }
        sharingGrants(filter: { state: REVOKED }) { nodes { revocationReason consumer { name } } }
      }`,
    );
    expect(answer.sharingMatrix.totals).toMatchObject({ requestCount: 11, grantCount: 8 });
    expect(answer.sharingMatrix.totals.recordCount).toBeGreaterThan(0);
    expect(answer.overdueSharingRequests.nodes).toEqual([
      { provider: { name: "区卫生健康局" }, consumer: { name: "区人力资源和社会保障局" }, decisionDueOn: "2026-11-09" },
    ]);
    const health = answer.sharingTurnaround.nodes.find((n: { provider: { name: string } }) => n.provider.name === "区卫生健康局");
    // 14 September → 12 October: 16 working days (make-up Sunday 20 September and Saturday 10 October worked; 25 September and 1–7 October off), due 28 September: late.
    expect(health).toMatchObject({ decidedCount: 1, medianWorkingDays: 16, decidedLateCount: 1, overdueCount: 1 });
    expect(answer.mostUsedSharedResources.nodes).toEqual([{ resource: { name: "市场主体登记信息" } }]);
    expect(answer.unrequestedShareableResources.nodes.map((n: { name: string }) => n.name)).toEqual(["养老服务机构名录"]);
    expect(answer.sharingGrants.nodes).toEqual([{ revocationReason: "使用方将数据用于申请用途以外的统计报送", consumer: { name: "区商务局" } }]);

    // 区卫生健康局's data specialist can now decide the overdue request; the chashan specialist may not.
    const overdueId = (await gql(analyst, `{ overdueSharingRequests { nodes { id } } }`)).overdueSharingRequests.nodes[0].id;
    const approve = `mutation A($id: ID!) { approveSharingRequest(input: { requestId: $id, conditions: "限医保参保登记" }) { status decisionWorkingDays } }`;
    const chashan = await server.anonymous.signIn("chashan.specialist", "tianning-demo");
    expect((await chashan.raw(approve, { id: overdueId })).errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const weijian = await server.anonymous.signIn("weijian.specialist", "tianning-demo");
    // 26 October → 30 November: 25 working days.
    expect((await gql(weijian, approve, { id: overdueId })).approveSharingRequest).toEqual({ status: "GRANTED", decisionWorkingDays: 25 });
  });
});
