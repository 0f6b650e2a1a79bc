import { EndAppointmentDocument } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import {
  AUDIT,
  CREATE,
  districtCdo,
  draftProject,
  gql,
  ownResource,
  PROJECT,
  projectInput,
  refusal,
  staffedUnit,
  START,
  SUBMIT,
  TestClock,
  underReview,
  unitWithoutCdo,
  verdict,
  VERDICT,
} from "./projects-support";

const clock = new TestClock("2026-03-30T02:00:00Z");
let server: TestCatalog;
let admin: ApiClient;
let district: DistrictScenario;
let districtLeader: ApiClient;

beforeAll(async () => {
  server = await startTestCatalog({}, { clock: clock.now });
  admin = server.api;
  district = await DistrictScenario.create(admin);
  districtLeader = await districtCdo(district, admin);
});
afterAll(() => server.stop());

const PROJECTS_OF = `query Of($unit: ID!) { itProjects(filter: { unitId: $unit }) { totalCount nodes { id status roundCount } } }`;

describe("50万元以上独立申报: a unit without an active CDO cannot apply alone for 500,000 yuan or more", () => {
  it("refuses 500,000.00 with the rule's own code, writing nothing, and lets 499,999.99 through", async () => {
    clock.setDay("2026-03-30");
    const { unit, specialistClient } = await unitWithoutCdo(district, admin, "郑陆镇");
    const large = await draftProject(specialistClient, unit.id, { budget: "500000.00", name: "镇级数据中台" });
    const error = await refusal(specialistClient, SUBMIT, { input: { id: large.id } });
    expect(error.extensions).toMatchObject({ code: "CDO_REQUIRED_FOR_LARGE_PROJECT", field: "budget", threshold: "500000.00", submittedOn: "2026-03-30" });
    expect(error.message).toContain("50 万元");
    const { node } = await gql(admin, PROJECT, { id: large.id });
    expect(node).toMatchObject({ status: "DRAFT", roundCount: 0, reviews: [] });
    const { auditEntries } = await gql(admin, AUDIT, { target: large.id });
    expect(auditEntries.nodes.map((e: { operation: string }) => e.operation)).toEqual(["createItProject"]);

    const boundary = await draftProject(specialistClient, unit.id, { budget: "499999.99", name: "镇级网格平台" });
    const { submitItProject } = await gql(specialistClient, SUBMIT, { input: { id: boundary.id } });
    expect(submitItProject).toMatchObject({ status: "SUBMITTED", budget: "499999.99", currentReview: { budget: "499999.99", cdoActiveOnSubmission: false } });
  });

  it("applies only to independent applications, and not to a unit with its CDO", async () => {
    clock.setDay("2026-03-30");
    const { unit, specialistClient } = await unitWithoutCdo(district, admin, "雕庄街道");
    const joint = await draftProject(specialistClient, unit.id, { budget: "2000000.00", independentApplication: false });
    expect((await gql(specialistClient, SUBMIT, { input: { id: joint.id } })).submitItProject.status).toBe("SUBMITTED");

    const staffed = await staffedUnit(district, admin, "DEPARTMENT", "区卫生健康局");
    const alone = await draftProject(staffed.specialistClient, staffed.unit.id, { budget: "1200000.00" });
    const { submitItProject } = await gql(staffed.specialistClient, SUBMIT, { input: { id: alone.id } });
    expect(submitItProject.currentReview).toMatchObject({ cdoActiveOnSubmission: true, budget: "1200000.00" });
  });

  it("judges the CDO on the submission date: the last day of a term counts, the day it ends does not", async () => {
    clock.setDay("2026-03-30");
    const staffed = await staffedUnit(district, admin, "STREET", "青龙街道");
    await admin.request(EndAppointmentDocument, { input: { appointmentId: staffed.cdoTerm.id, endDate: "2026-03-31", reason: "工作调动" } });
    const before = await draftProject(staffed.specialistClient, staffed.unit.id, { budget: "600000.00", name: "三月申报" });
    const after = await draftProject(staffed.specialistClient, staffed.unit.id, { budget: "600000.00", name: "四月申报" });

    expect((await gql(staffed.specialistClient, SUBMIT, { input: { id: before.id } })).submitItProject.currentReview).toMatchObject({
      submittedOn: "2026-03-30",
      cdoActiveOnSubmission: true,
    });
    clock.setDay("2026-03-31");
    const specialist = (await signedInAs(admin, staffed.specialist.id)).client;
    expect((await refusal(specialist, SUBMIT, { input: { id: after.id } })).extensions).toMatchObject({
      code: "CDO_REQUIRED_FOR_LARGE_PROJECT",
      submittedOn: "2026-03-31",
    });
  });

  it("takes budgets only as exact decimal strings", async () => {
    clock.setDay("2026-03-30");
    const staffed = await staffedUnit(district, admin, "STREET", "红梅街道");
    for (const budget of [499999.99, "499999.999", "-1.00", "1e6"]) {
      const result = await staffed.specialistClient.raw(CREATE, projectInput(staffed.unit.id, { budget: budget as string }));
      expect([budget, result.errors?.[0]?.extensions?.code]).toEqual([budget, expect.stringMatching(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/)]);
    }
    expect((await draftProject(staffed.specialistClient, staffed.unit.id, { budget: "1200" })).budget).toBe("1200.00");
  });
});

describe("unit scope and the reviewing CDO", () => {
  it("keeps a unit's projects to its own people, and only its CDO reviews them", async () => {
    clock.setDay("2026-03-30");
    const ours = await staffedUnit(district, admin, "STREET", "兰陵街道");
    const theirs = await staffedUnit(district, admin, "DEPARTMENT", "区教育局");
    const analyst = (await signedInAs(admin, null, { analyst: true })).client;
    const project = await draftProject(ours.specialistClient, ours.unit.id);

    expect((await refusal(theirs.cdoClient, CREATE, projectInput(ours.unit.id))).extensions).toMatchObject({ code: "FORBIDDEN", field: "unitId" });
    expect((await refusal(theirs.cdoClient, SUBMIT, { input: { id: project.id } })).extensions).toMatchObject({ code: "NOT_FOUND" });
    expect((await refusal(analyst, SUBMIT, { input: { id: project.id } })).extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await gql(theirs.cdoClient, PROJECT, { id: project.id })).node).toBeNull();
    expect((await gql(theirs.cdoClient, PROJECTS_OF, { unit: ours.unit.id })).itProjects.totalCount).toBe(0);
    expect((await gql(analyst, PROJECTS_OF, { unit: ours.unit.id })).itProjects.totalCount).toBe(1);

    const { submitItProject } = await gql(ours.specialistClient, SUBMIT, { input: { id: project.id } });
    const reviewId = submitItProject.currentReview.id;
    // Neither the unit's data specialist, nor the district CDO while the unit has its own, nor an administrator reviews it.
    for (const client of [ours.specialistClient, districtLeader, admin])
      expect((await refusal(client, START, { input: { reviewId } })).extensions).toMatchObject({ code: "FORBIDDEN", field: "reviewId" });
    await gql(ours.cdoClient, START, { input: { reviewId } });
    expect((await gql(ours.cdoClient, VERDICT, verdict(reviewId, "APPROVE"))).recordProjectVerdict.status).toBe("APPROVED");
  });

  it("sends district-level projects, and those of a unit without a CDO, to the district CDO", async () => {
    clock.setDay("2026-03-30");
    const districtProject = await draftProject(admin, district.rootId, { name: "区一网统管平台", budget: "8800000.00" });
    const reviewId = await underReview(admin, districtLeader, districtProject.id);
    expect((await gql(districtLeader, VERDICT, verdict(reviewId, "VETO"))).recordProjectVerdict.status).toBe("VETOED");

    const { unit, specialistClient } = await unitWithoutCdo(district, admin, "天宁经济开发区");
    const small = await draftProject(specialistClient, unit.id, { budget: "120000.00" });
    const smallReview = await underReview(specialistClient, districtLeader, small.id);
    expect((await gql(districtLeader, VERDICT, verdict(smallReview, "APPROVE"))).recordProjectVerdict.status).toBe("APPROVED");
  });
});

const REVIEW = `query Review($id: ID!) { node(id: $id) { ... on ProjectReview { prefilledChecklist {
  registeredInInventory sharedThroughPlatform noDuplicateCollection standardsFollowed
  unregisteredResources { id name } possibleDuplicates { id name } } } } }`;

describe("the checklist, pre-filled from the catalog", () => {
  it("finds a linked resource missing from the inventory and another unit's resource with the same name or the same items", async () => {
    clock.setDay("2026-03-30");
    const unit = await staffedUnit(district, admin, "STREET", "天宁街道");
    const elsewhere = await district.department("区民政局");
    const sameName = await ownResource(admin, elsewhere.id, "城乡低保对象信息");
    const sameItems = await ownResource(admin, elsewhere.id, "困难群众救助台账", { itemCodes: ["DBHZXM7", "DBSFZH7"] });
    const mineByName = await ownResource(admin, unit.unit.id, "城乡低保对象信息");
    const mineByItems = await ownResource(admin, unit.unit.id, "街道救助对象名册", { itemCodes: ["DBHZXM7", "DBSFZH7"] });
    const draft = await ownResource(admin, unit.unit.id, "网格走访记录", { status: "DRAFT" });
    const used = await ownResource(admin, elsewhere.id, "养老服务机构名录");

    const project = await draftProject(unit.specialistClient, unit.unit.id, {
      resources: [
        { resourceId: mineByName.id, usage: "CREATES" },
        { resourceId: mineByItems.id, usage: "CREATES" },
        { resourceId: draft.id, usage: "CREATES" },
        { resourceId: used.id, usage: "USES" },
      ],
    });
    const { submitItProject } = await gql(unit.specialistClient, SUBMIT, { input: { id: project.id } });
    const { node } = await gql(unit.cdoClient, REVIEW, { id: submitItProject.currentReview.id });
    expect(node.prefilledChecklist).toMatchObject({
      registeredInInventory: false,
      noDuplicateCollection: false,
      sharedThroughPlatform: null,
      standardsFollowed: null,
      unregisteredResources: [{ id: draft.id }],
    });
    expect(node.prefilledChecklist.possibleDuplicates.map((r: { id: string }) => r.id).sort()).toEqual([sameName.id, sameItems.id].sort());

    const clean = await draftProject(unit.specialistClient, unit.unit.id, {
      resources: [{ resourceId: (await ownResource(admin, unit.unit.id, "街道独有数据")).id, usage: "CREATES" }],
    });
    const cleanRound = (await gql(unit.specialistClient, SUBMIT, { input: { id: clean.id } })).submitItProject.currentReview.id;
    expect((await gql(unit.cdoClient, REVIEW, { id: cleanRound })).node.prefilledChecklist).toMatchObject({
      registeredInInventory: true,
      noDuplicateCollection: true,
      possibleDuplicates: [],
    });
  });

  it("refuses a project that would create another unit's resource", async () => {
    clock.setDay("2026-03-30");
    const unit = await staffedUnit(district, admin, "STREET", "茶山街道");
    const theirs = await ownResource(admin, (await district.department("区城市管理局")).id, "城管执法案件信息");
    const error = await refusal(unit.specialistClient, CREATE, projectInput(unit.unit.id, { resources: [{ resourceId: theirs.id, usage: "CREATES" }] }));
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "resources.0.resourceId" });
  });
});

describe("DataResource.projects", () => {
  it("lists the projects that create or use a resource, of the units the viewer may read", async () => {
    clock.setDay("2026-03-30");
    const provider = await staffedUnit(district, admin, "DEPARTMENT", "区行政审批局");
    const user = await staffedUnit(district, admin, "STREET", "雕庄街道");
    const resource = await ownResource(admin, provider.unit.id, "市场主体登记信息");
    const builds = await draftProject(provider.specialistClient, provider.unit.id, {
      name: "登记系统升级",
      resources: [{ resourceId: resource.id, usage: "CREATES" }],
    });
    const uses = await draftProject(user.specialistClient, user.unit.id, { name: "商户走访应用", resources: [{ resourceId: resource.id, usage: "USES" }] });
    const query = `query R($id: ID!) { node(id: $id) { ... on DataResource { projects { totalCount nodes { usage project { id name unit { name } } } } } } }`;

    const everyone = (await gql(admin, query, { id: resource.id })).node.projects;
    expect(everyone.totalCount).toBe(2);
    expect(everyone.nodes.map((n: { usage: string; project: { id: string } }) => [n.usage, n.project.id])).toEqual([
      ["USES", uses.id],
      ["CREATES", builds.id],
    ]);
    const providerSees = (await gql(provider.cdoClient, query, { id: resource.id })).node.projects;
    expect(providerSees.nodes.map((n: { project: { id: string } }) => n.project.id)).toEqual([builds.id]);
  });
});

describe("the audit trail", () => {
  it("records each step with its operation, before and after, in API terms", async () => {
    clock.setDay("2026-03-30");
    const unit = await staffedUnit(district, admin, "STREET", "青龙街道");
    const resource = await ownResource(admin, unit.unit.id, "青龙街道网格事件");
    const project = await draftProject(unit.specialistClient, unit.unit.id, { resources: [{ resourceId: resource.id, usage: "CREATES" }] });
    const reviewId = await underReview(unit.specialistClient, unit.cdoClient, project.id);
    await gql(unit.cdoClient, VERDICT, verdict(reviewId, "VETO"));

    const entries = (await gql(admin, AUDIT, { target: project.id })).auditEntries.nodes as {
      operation: string;
      changes: { field: string; before: unknown; after: unknown }[];
    }[];
    expect(entries.map((e) => e.operation)).toEqual(["recordProjectVerdict", "startProjectReview", "submitItProject", "createItProject"]);
    const created = Object.fromEntries(entries[3].changes.map((c) => [c.field, c.after]));
    expect(created).toMatchObject({ unit: unit.unit.id, budget: "380000.00", status: "DRAFT", createdResources: [resource.id] });
    expect(entries[0].changes.find((c) => c.field === "status")).toEqual({ field: "status", before: "UNDER_REVIEW", after: "VETOED" });
    const round = (await gql(admin, AUDIT, { target: reviewId })).auditEntries.nodes[0];
    expect(Object.fromEntries(round.changes.map((c: { field: string; after: unknown }) => [c.field, c.after]))).toMatchObject({
      status: "VETOED",
      noDuplicateCollection: false,
      reasons: "重复建设人口库，应使用区级共享数据",
    });
  });
});
