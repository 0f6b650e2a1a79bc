import { GraphQLObjectType } from "graphql";
import { catalogSchema } from "../../src/schema";
import {
  AcceptAnnualReportDocument,
  RefreshAnnualReportFiguresDocument,
  ReturnAnnualReportDocument,
  SetAnnualReportDeadlineDocument,
  SubmitAnnualReportDocument,
  AcceptQualityIssueDocument,
  RecordQualityMeasurementColumnsDocument,
  CancelActionItemDocument,
  CompleteActionItemDocument,
  CreateInnovationCaseDocument,
  CreateTrainingPlanDocument,
  RecordMeetingAttendanceDocument,
  RecordTrainingSessionDocument,
  UpdateInnovationCaseDocument,
  AppointDocument,
  ChangePasswordDocument,
  CreateAccountDocument,
  CreateDataResourceDocument,
  CreateDataResourceInput,
  CreateFunctionDocument,
  CreateQualityRuleDocument,
  EndAppointmentDocument,
  IssueApiTokenDocument,
  RecordOpenDataUsageDocument,
  RectifyQualityIssueDocument,
  RefreshSessionDocument,
  RejectQualityIssueDocument,
  ReopenQualityIssueDocument,
  ReportQualityIssueDocument,
  RetireDataResourceDocument,
  RevokeApiTokenDocument,
  SignInSessionDocument,
  SignOutDocument,
  SignOutEverywhereDocument,
  UpdateAccountDocument,
  UpdateDataResourceDocument,
  UpdatePersonDocument,
  UpdateQualityRuleDocument,
  VerifyQualityIssueDocument,
  WithdrawOpenDatasetDocument,
  CreateEvaluationSchemeDocument,
  UpdateEvaluationSchemeDocument,
  PublishEvaluationSchemeDocument,
  ReviseEvaluationSchemeDocument,
  SetEvaluationManualScoreDocument,
  RunEvaluationDocument,
  PublishEvaluationRunDocument,
} from "../generated/graphql";
import { importFile, itemCells, resourceCells, templateFile } from "../inventory-import/import-support";
import { openDatasetOf } from "../opening/opening-support";
import { createResource as qualityResource, record as recordQuality } from "../quality/quality-support";
import {
  APPROVE,
  createResource as sharedResource,
  gql,
  REJECT,
  REQUEST,
  requestInput,
  REVOKE,
  SET_EXCEPTION,
  staffedUnitWithClients,
  USAGE,
} from "../sharing/sharing-support";
import { draftProject, gql as projectGql, START, SUBMIT, underReview, verdict, VERDICT, WITHDRAW, UPDATE } from "../projects/projects-support";
import { meetingWithActionItem } from "../governance/governance-support";
import { writtenReport } from "../reports/reports-support";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs, uniqueCode } from "../support/scenario";

/**
 * Walks the schema's mutations: each one, called successfully, writes at least one audit entry
 * under its own name, or is listed in `notAudited` with the reason. A new mutation listed in
 * neither fails this test.
 */
let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const notAudited: Record<string, string> = {
  login: "a sign-in changes no record (an entry is written only when the stored password hash is upgraded to the current cost)",
};

const resource = (providerUnitId: string): CreateDataResourceInput => ({
  providerUnitId,
  name: "审计资源",
  catalogCategory: "DEPARTMENTAL",
  classificationCode: "301002",
  format: "DATABASE",
  updateFrequency: "DAILY",
  sharingType: "UNCONDITIONAL",
  openType: "NOT_OPEN",
  level: "GENERAL",
  status: "PUBLISHED",
  items: [{ code: "XM001", name: "名称", dataType: "STRING" }],
});

/** A fresh account signed in through a session (refresh token and all). */
async function newSession() {
  const { username, password } = await signedInAs(server.api, null);
  const { login } = await server.anonymous.request(SignInSessionDocument, { username, password });
  return { accessToken: login.accessToken, refreshToken: login.refreshToken! };
}

/** The district's civil date (Asia/Shanghai), as the server's "today". */
const districtToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** A weekday no other call uses (a holiday goes on a working day; the calendar keeps one exception per date). */
const nextDay = new Date("2030-03-01T00:00:00Z");
function exceptionDay(): string {
  do nextDay.setUTCDate(nextDay.getUTCDate() + 1);
  while (nextDay.getUTCDay() === 0 || nextDay.getUTCDay() === 6);
  return nextDay.toISOString().slice(0, 10);
}

/** A provider department and a consumer street with signed-in people, and a resource of the provider's shared as given. */
async function sharingParties(sharingType: "UNCONDITIONAL" | "CONDITIONAL") {
  const tag = uniqueCode();
  const provider = await staffedUnitWithClients(district, server.api, "DEPARTMENT", `审计民政局${tag}`);
  const consumer = await staffedUnitWithClients(district, server.api, "STREET", `审计街道${tag}`);
  const resource = await sharedResource(server.api, provider.unit.id, "审计共享资源", { sharingType });
  return { provider, consumer, resource };
}

/** A conditional request, pending the provider's decision. */
async function pendingRequest() {
  const { provider, consumer, resource } = await sharingParties("CONDITIONAL");
  const { requestSharing } = await gql(consumer.specialist, REQUEST, requestInput(consumer.unit.id, resource.id));
  return { provider, requestId: requestSharing.id as string };
}

/** An unconditional request, granted at once: its active grant. */
async function activeGrant() {
  const { provider, consumer, resource } = await sharingParties("UNCONDITIONAL");
  const { requestSharing } = await gql(consumer.specialist, REQUEST, requestInput(consumer.unit.id, resource.id));
  return { provider, grantId: requestSharing.grant.id as string };
}

/** A resource of a staffed unit (its data specialist signed in), measured by quality rules and issues. */
async function qualityProvider() {
  const staffed = await district.staffedUnit("STREET", `审计街道${uniqueCode()}`);
  const specialist = (await signedInAs(server.api, staffed.specialist.id)).client;
  const resource = await qualityResource(server.api, staffed.unit.id);
  return { specialist, resourceId: resource.id };
}

/** An issue reported by the district office against a fresh resource, moved through the given steps by whom the policy says. */
async function qualityIssue(...steps: ("accept" | "rectify")[]) {
  const { specialist, resourceId } = await qualityProvider();
  const { reportQualityIssue: issue } = await server.api.request(ReportQualityIssueDocument, {
    input: { resourceId, title: "身份证号位数错误", description: "第 12 行身份证号只有 17 位。" },
  });
  for (const step of steps) {
    if (step === "accept") await specialist.request(AcceptQualityIssueDocument, { input: { id: issue.id } });
    else await specialist.request(RectifyQualityIssueDocument, { input: { id: issue.id, comment: "已更正" } });
  }
  return { specialist, id: issue.id };
}

async function qualityRule(client: ApiClient, resourceId: string) {
  const { createQualityRule } = await client.request(CreateQualityRuleDocument, {
    input: { resourceId, dimension: "ACCURACY", checkKind: "FORMAT", description: "身份证号格式校验", targetScore: 95 },
  });
  return createQualityRule;
}

/** A successful call of each audited mutation (as a district administrator unless said otherwise). */
/** Plan years used so far (a district has one plan per year). */
let trainingPlanYears = 0;

const audited: Record<string, () => Promise<unknown>> = {
  createUnit: () => district.unit("STREET", `审计街道${uniqueCode()}`),
  createPerson: async () => district.person((await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id, "审计某"),
  updatePerson: async () => {
    const unit = await district.unit("DEPARTMENT", `审计局${uniqueCode()}`);
    const person = await district.person(unit.id, "审计某");
    return server.api.request(UpdatePersonDocument, { input: { id: person.id, position: "科长" } });
  },
  appoint: async () => {
    const unit = await district.unit("STREET", `审计街道${uniqueCode()}`);
    const person = await district.person(unit.id, "审计某");
    return server.api.request(AppointDocument, { input: { unitId: unit.id, personId: person.id, role: "UNIT_CDO", startDate: "2025-01-01" } });
  },
  endAppointment: async () => {
    const { cdoTerm } = await district.staffedUnit("STREET", `审计街道${uniqueCode()}`);
    return server.api.request(EndAppointmentDocument, { input: { appointmentId: cdoTerm.id, endDate: "2025-06-01" } });
  },
  createAccount: () => server.api.request(CreateAccountDocument, { input: { username: `audit${uniqueCode()}`.toLowerCase(), kind: "SERVICE" } }),
  updateAccount: async () => {
    const { account } = await signedInAs(server.api, null);
    return server.api.request(UpdateAccountDocument, { input: { accountId: account.id, analyst: true } });
  },
  changePassword: async () => {
    const { client, password } = await signedInAs(server.api, null, { analyst: true });
    return client.request(ChangePasswordDocument, { input: { currentPassword: password, newPassword: "another-long-password" } });
  },
  issueApiToken: async () => {
    const { createAccount } = await server.api.request(CreateAccountDocument, { input: { username: `svc${uniqueCode()}`.toLowerCase(), kind: "SERVICE" } });
    return server.api.request(IssueApiTokenDocument, { input: { accountId: createAccount.id, name: "同步" } });
  },
  revokeApiToken: async () => {
    const { createAccount } = await server.api.request(CreateAccountDocument, { input: { username: `svc${uniqueCode()}`.toLowerCase(), kind: "SERVICE" } });
    const { issueApiToken } = await server.api.request(IssueApiTokenDocument, { input: { accountId: createAccount.id, name: "同步" } });
    return server.api.request(RevokeApiTokenDocument, { id: issueApiToken.apiToken.id });
  },
  createFunction: async () => {
    const unit = await district.unit("DEPARTMENT", `审计局${uniqueCode()}`);
    return server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "社会救助审批" } });
  },
  createDataResource: async () =>
    server.api.request(CreateDataResourceDocument, { input: resource((await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id) }),
  updateDataResource: async () => {
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: resource((await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id),
    });
    return server.api.request(UpdateDataResourceDocument, { input: { id: createDataResource.id, version: createDataResource.version, name: "改名" } });
  },
  retireDataResource: async () => {
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: resource((await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id),
    });
    return server.api.request(RetireDataResourceDocument, { input: { id: createDataResource.id, version: createDataResource.version } });
  },
  importInventory: async () => {
    const unit = await district.unit("DEPARTMENT", `审计局${uniqueCode()}`);
    const report = await importFile(server.api, unit.id, await templateFile([itemCells(resourceCells(unit.code, "301002/09001"), "XM001", "甲")]));
    if (!report.applied) throw new Error(`import not applied: ${JSON.stringify(report.problems)}`);
    return report;
  },

  // access: sessions (the account's own; each signs in afresh)
  refreshSession: async () => server.anonymous.request(RefreshSessionDocument, { refreshToken: (await newSession()).refreshToken }),
  signOut: async () => {
    const { signOut } = await server.anonymous.as((await newSession()).accessToken).request(SignOutDocument);
    if (!signOut) throw new Error("signOut ended no session");
  },
  signOutEverywhere: async () => server.anonymous.as((await newSession()).accessToken).request(SignOutEverywhereDocument),

  // calendar (district office)
  setWorkingDayException: () => gql(server.api, SET_EXCEPTION, { input: { date: exceptionDay(), kind: "HOLIDAY", name: "审计假日" } }),
  removeWorkingDayException: async () => {
    const date = exceptionDay();
    await gql(server.api, SET_EXCEPTION, { input: { date, kind: "HOLIDAY", name: "审计假日" } });
    return gql(server.api, "mutation Remove($date: LocalDate!) { removeWorkingDayException(date: $date) { id } }", { date });
  },

  // sharing: the consumer asks, the provider decides
  requestSharing: async () => {
    const { consumer, resource } = await sharingParties("CONDITIONAL");
    return gql(consumer.specialist, REQUEST, requestInput(consumer.unit.id, resource.id));
  },
  approveSharingRequest: async () => {
    const { provider, requestId } = await pendingRequest();
    return gql(provider.specialist, APPROVE, { input: { requestId, conditions: "仅用于审计核对" } });
  },
  rejectSharingRequest: async () => {
    const { provider, requestId } = await pendingRequest();
    return gql(provider.cdo, REJECT, { input: { requestId, reason: "申请用途超出法定范围" } });
  },
  revokeSharingGrant: async () => {
    const { provider, grantId } = await activeGrant();
    return gql(provider.specialist, REVOKE, { input: { grantId, reason: "使用方超范围使用数据" } });
  },
  recordSharingUsage: async () => {
    const { grantId } = await activeGrant();
    const { recordSharingUsage } = await gql(server.api, USAGE, { input: { records: [{ grantId, date: districtToday(), calls: 12, records: 340 }] } });
    if (recordSharingUsage.created !== 1) throw new Error(`usage not recorded: ${JSON.stringify(recordSharingUsage)}`);
  },

  // opening
  publishOpenDataset: async () => openDatasetOf(server.api, (await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id),
  withdrawOpenDataset: async () => {
    const dataset = await openDatasetOf(server.api, (await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id);
    return server.api.request(WithdrawOpenDatasetDocument, { input: { id: dataset.id, reason: "数据口径调整" } });
  },
  recordOpenDataUsage: async () => {
    const dataset = await openDatasetOf(server.api, (await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id);
    const { recordOpenDataUsage } = await server.api.request(RecordOpenDataUsageDocument, {
      input: { entries: [{ datasetId: dataset.id, day: districtToday(), downloads: 3, apiCalls: 30 }] },
    });
    if (recordOpenDataUsage.recorded !== 1) throw new Error(`usage not recorded: ${JSON.stringify(recordOpenDataUsage)}`);
  },

  // quality: rules and measurements (district office), 数据纠错 (the provider's specialist, the district office verifying)
  createQualityRule: async () => qualityRule(server.api, (await qualityProvider()).resourceId),
  updateQualityRule: async () => {
    const rule = await qualityRule(server.api, (await qualityProvider()).resourceId);
    return server.api.request(UpdateQualityRuleDocument, { input: { id: rule.id, targetScore: 90 } });
  },
  recordQualityMeasurements: async () => {
    const { resourceId } = await qualityProvider();
    const measuredAt = new Date(Date.now() - 60_000).toISOString();
    return recordQuality(server.api, [{ resourceId, dimension: "ACCURACY", score: 91.5, measuredAt, source: "MANUAL" }]);
  },
  recordQualityMeasurementColumns: async () => {
    const { resourceId } = await qualityProvider();
    const measuredAt = new Date(Date.now() - 60_000).toISOString();
    return server.api.request(RecordQualityMeasurementColumnsDocument, {
      input: { resourceId: [resourceId], dimension: ["ACCURACY"], score: [91.5], measuredAt: [measuredAt], source: "MANUAL" },
    });
  },
  reportQualityIssue: () => qualityIssue(),
  acceptQualityIssue: () => qualityIssue("accept"),
  rejectQualityIssue: async () => {
    const { specialist, id } = await qualityIssue();
    return specialist.request(RejectQualityIssueDocument, { input: { id, comment: "该数据符合规范" } });
  },
  rectifyQualityIssue: () => qualityIssue("accept", "rectify"),
  verifyQualityIssue: async () => {
    const { id } = await qualityIssue("accept", "rectify");
    return server.api.request(VerifyQualityIssueDocument, { input: { id } });
  },
  reopenQualityIssue: async () => {
    const { id } = await qualityIssue("accept", "rectify");
    return server.api.request(ReopenQualityIssueDocument, { input: { id, comment: "仍有 3 条未更正" } });
  },
  createItProject: () => itProject(),
  updateItProject: async () => {
    const { unit, projectId } = await itProject();
    return projectGql(unit.specialist, UPDATE, { input: { id: projectId, name: "审计项目（修订）" } });
  },
  submitItProject: async () => {
    const { unit, projectId } = await itProject();
    return projectGql(unit.specialist, SUBMIT, { input: { id: projectId } });
  },
  withdrawItProject: async () => {
    const { unit, projectId } = await itProject();
    await projectGql(unit.specialist, SUBMIT, { input: { id: projectId } });
    return projectGql(unit.specialist, WITHDRAW, { input: { id: projectId } });
  },
  startProjectReview: async () => {
    const { unit, projectId } = await itProject();
    const { submitItProject } = await projectGql(unit.specialist, SUBMIT, { input: { id: projectId } });
    return projectGql(unit.cdo, START, { input: { reviewId: submitItProject.currentReview.id } });
  },
  recordProjectVerdict: async () => {
    const { unit, projectId } = await itProject();
    return projectGql(unit.cdo, VERDICT, verdict(await underReview(unit.specialist, unit.cdo, projectId), "VETO"));
  },
  // Governance work (DOMAIN §5): joint meetings, training, innovation cases.
  conveneJointMeeting: () => meetingWithActionItem(server, district, `审计街道${uniqueCode()}`),
  recordMeetingAttendance: async () => {
    const { districtCdo, meeting, street } = await meetingWithActionItem(server, district, `审计街道${uniqueCode()}`);
    return districtCdo.request(RecordMeetingAttendanceDocument, { input: { meetingId: meeting.id, unitId: street.unit.id, attendance: "PRESENT" } });
  },
  recordMeetingResolution: () => meetingWithActionItem(server, district, `审计街道${uniqueCode()}`),
  completeActionItem: async () => {
    const { street, actionItemId } = await meetingWithActionItem(server, district, `审计街道${uniqueCode()}`);
    return street.cdoClient.request(CompleteActionItemDocument, { input: { id: actionItemId } });
  },
  cancelActionItem: async () => {
    const { districtCdo, actionItemId } = await meetingWithActionItem(server, district, `审计街道${uniqueCode()}`);
    return districtCdo.request(CancelActionItemDocument, { input: { id: actionItemId, reason: "并入专项" } });
  },
  createTrainingPlan: () =>
    server.api.request(CreateTrainingPlanDocument, {
      input: { districtId: district.rootId, year: 2030 + (trainingPlanYears += 1), title: "培训计划", sessions: [] },
    }),
  recordTrainingSession: async () => {
    const { unit, cdo } = await district.staffedUnit("STREET", `审计街道${uniqueCode()}`);
    return server.api.request(RecordTrainingSessionDocument, {
      input: { unitId: unit.id, title: "数据安全培训", topic: "DATA_SECURITY", heldOn: "2025-03-01", hours: "2", attendeePersonIds: [cdo.id] },
    });
  },
  createInnovationCase: async () => {
    const unit = await district.unit("DEPARTMENT", `审计局${uniqueCode()}`);
    return server.api.request(CreateInnovationCaseDocument, {
      input: { leadUnitId: unit.id, kind: "DATA_PRODUCT", title: "案例", summary: "简介", year: 2025 },
    });
  },
  updateInnovationCase: async () => {
    const unit = await district.unit("DEPARTMENT", `审计局${uniqueCode()}`);
    const { createInnovationCase } = await server.api.request(CreateInnovationCaseDocument, {
      input: { leadUnitId: unit.id, kind: "DATA_PRODUCT", title: "案例", summary: "简介", year: 2025 },
    });
    return server.api.request(UpdateInnovationCaseDocument, { input: { id: createInnovationCase.id, title: "改名" } });
  },
  createAnnualReport: () => writtenReport(server, district, `审计街道${uniqueCode()}`),
  updateAnnualReport: () => writtenReport(server, district, `审计街道${uniqueCode()}`),
  refreshAnnualReportFigures: async () => {
    const { street, reportId } = await writtenReport(server, district, `审计街道${uniqueCode()}`);
    // The catalog changes, so the refresh changes the figures (a refresh in the creation's second would change nothing).
    await server.api.request(CreateDataResourceDocument, { input: resource(street.unit.id) });
    return street.cdoClient.request(RefreshAnnualReportFiguresDocument, { id: reportId });
  },
  submitAnnualReport: () => submittedReport(),
  acceptAnnualReport: async () => server.api.request(AcceptAnnualReportDocument, { id: await submittedReport() }),
  returnAnnualReport: async () => server.api.request(ReturnAnnualReportDocument, { id: await submittedReport(), comments: "请补充。" }),
  setAnnualReportDeadline: () => server.api.request(SetAnnualReportDeadlineDocument, { year: 2024, dueOn: `2025-01-${10 + (deadlineDays += 1)}` }),
  // Evaluation (DOMAIN §6). A computed-only scheme runs over every unit of this district without manual scores.
  createEvaluationScheme: () => evaluationScheme("COMPUTED"),
  updateEvaluationScheme: async () =>
    server.api.request(UpdateEvaluationSchemeDocument, { input: { id: (await evaluationScheme("COMPUTED")).id, title: "改名" } }),
  publishEvaluationScheme: () => publishedEvaluationScheme("COMPUTED"),
  reviseEvaluationScheme: async () => server.api.request(ReviseEvaluationSchemeDocument, { id: (await publishedEvaluationScheme("COMPUTED")).id }),
  setEvaluationManualScore: async () => {
    const scheme = await publishedEvaluationScheme("MANUAL");
    const unit = await district.unit("STREET", `审计街道${uniqueCode()}`);
    return server.api.request(SetEvaluationManualScoreDocument, {
      input: { indicatorId: scheme.indicators[0].id, unitId: unit.id, score: "90", reason: "评分理由" },
    });
  },
  runEvaluation: async () => server.api.request(RunEvaluationDocument, { input: { schemeId: (await publishedEvaluationScheme("COMPUTED")).id } }),
  publishEvaluationRun: async () => {
    const { runEvaluation } = await server.api.request(RunEvaluationDocument, { input: { schemeId: (await publishedEvaluationScheme("COMPUTED")).id } });
    return server.api.request(PublishEvaluationRunDocument, { id: runEvaluation.id });
  },
};

let deadlineDays = 0;

/** A street's report for this year, written and submitted by its CDO; its ID. */
async function submittedReport(): Promise<string> {
  const { street, reportId } = await writtenReport(server, district, `审计街道${uniqueCode()}`);
  await street.cdoClient.request(SubmitAnnualReportDocument, { id: reportId });
  return reportId;
}

let evaluationYears = 0;
/** A draft evaluation scheme of one indicator weighing 100, in a year of its own. */
async function evaluationScheme(method: "COMPUTED" | "MANUAL") {
  const indicator =
    method === "COMPUTED"
      ? { category: "DUTY_ASSURANCE" as const, name: "培训学时", weight: "100", method, metric: "TRAINING_HOURS" as const, zeroPoint: "0", fullPoint: "8" }
      : { category: "DUTY_ASSURANCE" as const, name: "区办评价", weight: "100", method };
  const { createEvaluationScheme } = await server.api.request(CreateEvaluationSchemeDocument, {
    input: { districtId: district.rootId, year: 2040 + (evaluationYears += 1), title: "指标体系", indicators: [indicator] },
  });
  return createEvaluationScheme;
}

async function publishedEvaluationScheme(method: "COMPUTED" | "MANUAL") {
  const { publishEvaluationScheme } = await server.api.request(PublishEvaluationSchemeDocument, { id: (await evaluationScheme(method)).id });
  return publishEvaluationScheme;
}

/** A department's draft IT project, prepared by its data specialist and reviewed by its CDO (both signed in). */
async function itProject() {
  const unit = await staffedUnitWithClients(district, server.api, "DEPARTMENT", `审计局${uniqueCode()}`);
  const project = await draftProject(unit.specialist, unit.unit.id);
  return { unit, projectId: project.id as string };
}

async function entriesOf(operation: string): Promise<number> {
  const [{ n }] = await server.catalog.dataSource.query("SELECT COUNT(*) AS n FROM audit_entries WHERE operation = ?", [operation]);
  return Number(n);
}

describe("every mutation writes the audit trail", () => {
  it("lists every mutation of the schema as audited or as not auditing, with why", async () => {
    const mutations = Object.keys(((await catalogSchema()).getMutationType() as GraphQLObjectType).getFields()).sort();
    expect(mutations).toEqual([...Object.keys(audited), ...Object.keys(notAudited)].sort());
    expect(Object.keys(audited).filter((name) => notAudited[name])).toEqual([]);
  });

  it.each(Object.keys(audited))("%s writes at least one entry under its own name", async (operation) => {
    const before = await entriesOf(operation);
    await audited[operation]();
    expect([operation, (await entriesOf(operation)) - before > 0]).toEqual([operation, true]);
  });
});
