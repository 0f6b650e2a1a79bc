import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import {
  ALL_MET,
  AUDIT,
  districtCdo,
  draftProject,
  gql,
  ownResource,
  PROJECT,
  refusal,
  staffedUnit,
  START,
  SUBMIT,
  underReview,
  UPDATE,
  verdict,
  VERDICT,
  WITHDRAW,
} from "./projects-support";

let server: TestCatalog;
let admin: ApiClient;
let district: DistrictScenario;
let districtLeader: ApiClient;

beforeAll(async () => {
  server = await startTestCatalog();
  admin = server.api;
  district = await DistrictScenario.create(admin);
  districtLeader = await districtCdo(district, admin);
});
afterAll(() => server.stop());

describe("一票否决: a veto ends the round at once, and nothing approves it afterwards", () => {
  it("refuses every path to approving a vetoed round: a second verdict, another reviewer, an administrator, a withdraw-then-approve, a restart, a direct state change", async () => {
    const chashan = await staffedUnit(district, admin, "STREET", "茶山街道");
    const other = await staffedUnit(district, admin, "STREET", "兰陵街道");
    const project = await draftProject(chashan.specialistClient, chashan.unit.id, { name: "茶山街道人口信息采集系统" });
    const reviewId = await underReview(chashan.specialistClient, chashan.cdoClient, project.id);

    const { recordProjectVerdict: vetoed } = await gql(chashan.cdoClient, VERDICT, verdict(reviewId, "VETO"));
    expect(vetoed).toMatchObject({
      round: 1,
      status: "VETOED",
      reasons: "重复建设人口库，应使用区级共享数据",
      reviewer: { name: "茶山街道首席数据官" },
      project: { status: "VETOED" },
      checklist: { ...ALL_MET, noDuplicateCollection: false },
    });

    // The same reviewer, changing their mind.
    expect((await refusal(chashan.cdoClient, VERDICT, verdict(reviewId, "APPROVE"))).extensions).toMatchObject({
      code: "REVIEW_ROUND_VETOED",
      field: "reviewId",
    });
    // A second veto is no verdict either.
    expect((await refusal(chashan.cdoClient, VERDICT, verdict(reviewId, "VETO"))).extensions).toMatchObject({ code: "REVIEW_ROUND_VETOED" });
    // The district CDO, who may see every unit's projects.
    expect((await refusal(districtLeader, VERDICT, verdict(reviewId, "APPROVE"))).extensions).toMatchObject({ code: "REVIEW_ROUND_VETOED" });
    // A district administrator.
    expect((await refusal(admin, VERDICT, verdict(reviewId, "APPROVE"))).extensions).toMatchObject({ code: "REVIEW_ROUND_VETOED" });
    // Another unit's CDO does not even see the round.
    expect((await refusal(other.cdoClient, VERDICT, verdict(reviewId, "APPROVE"))).extensions).toMatchObject({ code: "NOT_FOUND" });
    // Withdrawing the vetoed round, or restarting its review.
    expect((await refusal(chashan.specialistClient, WITHDRAW, { input: { id: project.id } })).extensions).toMatchObject({ code: "REVIEW_ROUND_VETOED" });
    expect((await refusal(chashan.cdoClient, START, { input: { reviewId } })).extensions).toMatchObject({ code: "REVIEW_ROUND_VETOED" });
    // No input carries a status: a direct state change is not even a valid request.
    const direct = await server.api.raw(UPDATE, { input: { id: project.id, status: "APPROVED" } });
    expect(direct.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);

    // Resubmitted as round 2, withdrawn: round 1 still cannot be approved, round 2 is closed too.
    await gql(chashan.specialistClient, UPDATE, { input: { id: project.id, budget: "300000.00" } });
    const { submitItProject: again } = await gql(chashan.specialistClient, SUBMIT, { input: { id: project.id } });
    await gql(chashan.specialistClient, WITHDRAW, { input: { id: project.id } });
    expect((await refusal(chashan.cdoClient, VERDICT, verdict(reviewId, "APPROVE"))).extensions).toMatchObject({ code: "REVIEW_ROUND_VETOED" });
    expect((await refusal(chashan.cdoClient, START, { input: { reviewId: again.currentReview.id } })).extensions).toMatchObject({
      code: "REVIEW_ROUND_WITHDRAWN",
    });

    const { node } = await gql(admin, PROJECT, { id: project.id });
    expect(node.reviews.map((r: { round: number; status: string }) => [r.round, r.status])).toEqual([
      [1, "VETOED"],
      [2, "WITHDRAWN"],
    ]);
    expect(node.reviews[0]).toMatchObject({ budget: "380000.00", reasons: "重复建设人口库，应使用区级共享数据" });
    // Exactly one verdict in the round's trail: every refusal wrote nothing.
    const { auditEntries } = await gql(admin, AUDIT, { target: reviewId });
    expect(auditEntries.nodes.map((e: { operation: string }) => e.operation).sort()).toEqual(["recordProjectVerdict", "startProjectReview", "submitItProject"]);
  });
});

describe("review rounds: a vetoed project is revised and resubmitted as a new round, every round kept", () => {
  it("keeps round 1 vetoed and round 2 approved, each with its own budget; an approved project is closed", async () => {
    const unit = await staffedUnit(district, admin, "DEPARTMENT", "区民政局");
    const project = await draftProject(unit.specialistClient, unit.unit.id, { name: "养老服务信息平台", budget: "650000.00" });
    const first = await underReview(unit.specialistClient, unit.cdoClient, project.id);
    await gql(unit.cdoClient, VERDICT, verdict(first, "VETO", "未接入区共享交换平台"));

    const { updateItProject } = await gql(unit.specialistClient, UPDATE, { input: { id: project.id, budget: "520000.50", name: "养老服务信息平台（修订）" } });
    expect(updateItProject).toMatchObject({ status: "VETOED", budget: "520000.50", roundCount: 1 });
    const second = await underReview(unit.specialistClient, unit.cdoClient, project.id);
    const { recordProjectVerdict } = await gql(unit.cdoClient, VERDICT, verdict(second, "APPROVE"));
    expect(recordProjectVerdict).toMatchObject({ round: 2, status: "APPROVED", project: { status: "APPROVED" }, checklist: ALL_MET });

    const { node } = await gql(unit.cdoClient, PROJECT, { id: project.id });
    expect(node.reviews.map((r: { round: number; status: string; budget: string }) => [r.round, r.status, r.budget])).toEqual([
      [1, "VETOED", "650000.00"],
      [2, "APPROVED", "520000.50"],
    ]);
    expect(node.currentReview).toMatchObject({ round: 2, status: "APPROVED" });
    const rounds = await gql(unit.cdoClient, `query R($p: ID!) { projectReviews(filter: { projectId: $p }) { totalCount nodes { round } } }`, {
      p: project.id,
    });
    expect(rounds.projectReviews).toMatchObject({ totalCount: 2, nodes: [{ round: 2 }, { round: 1 }] });

    for (const [document, variables] of [
      [SUBMIT, { input: { id: project.id } }],
      [UPDATE, { input: { id: project.id, name: "再改" } }],
      [WITHDRAW, { input: { id: project.id } }],
    ] as const)
      expect((await refusal(unit.specialistClient, document, variables)).extensions).toMatchObject({ code: "PROJECT_ALREADY_APPROVED", field: "id" });
    expect((await refusal(unit.cdoClient, VERDICT, verdict(second, "VETO"))).extensions).toMatchObject({ code: "REVIEW_ALREADY_DECIDED" });
  });
});

describe("every illegal transition has its own code", () => {
  it("refuses withdrawing a draft, submitting twice, editing under review, a verdict before the review, starting twice, reviewing a withdrawn round", async () => {
    const unit = await staffedUnit(district, admin, "STREET", "天宁街道");
    const project = await draftProject(unit.specialistClient, unit.unit.id);
    const code = async (client: ApiClient, document: string, variables: Record<string, unknown>) =>
      (await refusal(client, document, variables)).extensions?.code;

    expect(await code(unit.specialistClient, WITHDRAW, { input: { id: project.id } })).toBe("PROJECT_NOT_SUBMITTED");
    const { submitItProject } = await gql(unit.specialistClient, SUBMIT, { input: { id: project.id } });
    const reviewId = submitItProject.currentReview.id;
    expect(submitItProject).toMatchObject({ status: "SUBMITTED", roundCount: 1, currentReview: { round: 1, status: "SUBMITTED" } });
    expect(await code(unit.specialistClient, SUBMIT, { input: { id: project.id } })).toBe("PROJECT_IN_REVIEW");
    expect(await code(unit.specialistClient, UPDATE, { input: { id: project.id, name: "改名" } })).toBe("PROJECT_IN_REVIEW");
    expect(await code(unit.cdoClient, VERDICT, verdict(reviewId, "APPROVE"))).toBe("REVIEW_NOT_STARTED");
    await gql(unit.cdoClient, START, { input: { reviewId } });
    expect(await code(unit.cdoClient, START, { input: { reviewId } })).toBe("REVIEW_ALREADY_STARTED");
    // Withdrawn at any point before a decision, under review included.
    const { withdrawItProject } = await gql(unit.specialistClient, WITHDRAW, { input: { id: project.id } });
    expect(withdrawItProject).toMatchObject({ status: "WITHDRAWN", currentReview: { status: "WITHDRAWN" } });
    expect(await code(unit.cdoClient, VERDICT, verdict(reviewId, "APPROVE"))).toBe("REVIEW_ROUND_WITHDRAWN");
    expect(await code(unit.specialistClient, WITHDRAW, { input: { id: project.id } })).toBe("PROJECT_NOT_SUBMITTED");
  });
});

describe("reading projects costs the same whatever the page holds", () => {
  const PAGE = `query Page($unit: ID!) { itProjects(filter: { unitId: $unit }, first: 50) { totalCount nodes { name unit { name }
    resources { usage resource { name provider { name } projects { totalCount nodes { usage project { name } } } } }
    reviews { round status reviewer { name } prefilledChecklist { registeredInInventory unregisteredResources { name } possibleDuplicates { name } } } } } }`;

  it("runs one statement per level (DataLoaders), not one per project, round or resource", async () => {
    const unit = await staffedUnit(district, admin, "DEPARTMENT", "区统计局");
    const count = async () => {
      const result = await admin.raw<{ itProjects: { totalCount: number } }>(PAGE, { unit: unit.unit.id });
      expect(result.errors).toBeUndefined();
      return { statements: sqlStatementsOf(result), projects: result.data!.itProjects.totalCount };
    };
    const withProject = async (i: number) => {
      const resource = await ownResource(admin, unit.unit.id, `统计调查数据${i}`);
      const project = await draftProject(unit.specialistClient, unit.unit.id, {
        name: `统计项目${i}`,
        resources: [{ resourceId: resource.id, usage: "CREATES" }],
      });
      await gql(unit.cdoClient, VERDICT, verdict(await underReview(unit.specialistClient, unit.cdoClient, project.id), "VETO"));
      await gql(unit.specialistClient, SUBMIT, { input: { id: project.id } });
    };
    await withProject(0);
    const one = await count();
    for (let i = 1; i <= 4; i++) await withProject(i);
    const five = await count();
    expect([one.projects, five.projects]).toEqual([1, 5]);
    expect(five.statements).toBe(one.statements);
  });
});
