import { startTestCatalog, TestCatalog } from "../support/catalog";
import { gql, TestClock } from "../sharing/sharing-support";

/** The README's governance examples on the Tianning demo data (seen on 30 November 2026). */
describe("the demo district's governance work", () => {
  const clock = new TestClock("2026-11-30T02:00:00Z");
  let server: TestCatalog;
  beforeAll(async () => {
    server = await startTestCatalog({ DEMO_DATA: "always" }, { clock: clock.now });
  });
  afterAll(() => server.stop());

  it("loads a meeting with an overdue action item, this year's training and innovation cases through the services", async () => {
    const districtCdo = await server.anonymous.signIn("district.cdo", "tianning-demo");
    const answer = await gql(
      districtCdo,
      `{
        jointMeetings { nodes { heldOn convener { name } invitees { unit { name } attendance delegate { name } } } }
        overdueActionItems { nodes { unit { name } dueDate } }
        trainingHours(year: 2026, first: 100) { nodes { person { name } hours sessionCount } }
        unitsWithoutDataSecurityTraining(first: 100) { nodes { name } }
        innovationCases { nodes { title resources { name } } }
      }`,
    );
    // Sixty days back is Thursday 1 October, National Day: the meeting moves back to Wednesday 30 September.
    expect(answer.jointMeetings.nodes[0]).toMatchObject({ heldOn: "2026-09-30", convener: { name: "王某一" } });
    expect(answer.jointMeetings.nodes[0].invitees.find((i: { unit: { name: string } }) => i.unit.name === "红梅街道")).toEqual({
      unit: { name: "红梅街道" },
      attendance: "DELEGATED",
      delegate: { name: "胡某敏" },
    });
    // 15 working days from 30 September on the district calendar (the National Day holiday skipped).
    expect(answer.overdueActionItems.nodes).toEqual([{ unit: { name: "茶山街道" }, dueDate: "2026-10-27" }]);
    const hours = Object.fromEntries(answer.trainingHours.nodes.map((h: { person: { name: string }; hours: string }) => [h.person.name, h.hours]));
    expect(hours).toMatchObject({ 周某四: "4", 徐某五: "4.5", 吴某丽: "1.5" });
    const untrained = answer.unitsWithoutDataSecurityTraining.nodes.map((u: { name: string }) => u.name);
    expect(untrained).toContain("红梅街道");
    expect(untrained).not.toContain("茶山街道");
    expect(untrained).not.toContain("区卫生健康局");
    expect(answer.innovationCases.nodes.map((c: { title: string }) => c.title)).toHaveLength(3);

    const analyst = await server.anonymous.signIn("analyst", "tianning-demo");
    const resource = await gql(analyst, `{ dataResources(first: 100, filter: { search: "养老服务机构名录" }) { nodes { name innovationCases { title } } } }`);
    expect(resource.dataResources.nodes[0].innovationCases).toEqual([{ title: "天宁智慧养老服务地图" }]);
  });
});
