import {
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  isCompositeType,
} from "graphql";
import { catalogSchema } from "../../src/schema";
import { CreateAccountDocument, CreateDataResourceDocument, IssueApiTokenDocument } from "../generated/graphql";
import { ApiClient, multipartRequest } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs, uniqueCode } from "../support/scenario";

/**
 * Walks the schema: every mutation must appear in `mutationRules` (a new mutation without a rule
 * fails this test), must refuse anonymous callers, and — when admin-only or unit-scoped — must
 * refuse a unit CDO acting outside their rights (FORBIDDEN; NOT_FOUND for another unit's record the
 * CDO may not even read, as for a missing one). Refused calls change nothing, not even the trail.
 */
/** outOfScope: a record on another unit that the caller may not even read; refused as a missing one (NOT_FOUND). */
type Access = "public" | "signedIn" | "districtAdministrator" | "unitScoped" | "outOfScope";

interface Fixture {
  rootId: string;
  ours: Awaited<ReturnType<DistrictScenario["staffedUnit"]>>;
  theirs: Awaited<ReturnType<DistrictScenario["staffedUnit"]>>;
  serviceAccountId: string;
  apiTokenId: string;
  theirResourceId: string;
  /** Our unit's pending request for their conditional resource, and our grant of their unconditional one. */
  ourSharingRequestId: string;
  ourSharingGrantId: string;
}

/** A small template file for mutations that take an upload (sent as GraphQL multipart). */
const uploadFile = { name: "inventory.csv", content: Buffer.from("\uFEFF信息资源代码,信息资源名称,信息项名称\r\n", "utf8") };

const mutationRules: Record<string, { access: Access; variables: (f: Fixture) => Record<string, unknown>; upload?: typeof uploadFile }> = {
  login: { access: "public", variables: () => ({ username: "nobody", password: "wrong-password" }) },
  refreshSession: { access: "public", variables: () => ({ refreshToken: "cdr_not-a-token-this-server-issued" }) },
  signOut: { access: "signedIn", variables: () => ({}) },
  signOutEverywhere: { access: "signedIn", variables: () => ({}) },
  changePassword: { access: "signedIn", variables: () => ({ input: { currentPassword: "correct-horse-battery", newPassword: "another-long-password" } }) },
  createUnit: { access: "districtAdministrator", variables: (f) => ({ input: { kind: "STREET", code: uniqueCode(), name: "越权街道", parentId: f.rootId } }) },
  createPerson: { access: "unitScoped", variables: (f) => ({ input: { unitId: f.theirs.unit.id, name: "越权某" } }) },
  updatePerson: { access: "outOfScope", variables: (f) => ({ input: { id: f.theirs.cdo.id, position: "越权" } }) },
  appoint: {
    access: "unitScoped",
    variables: (f) => ({
      input: { unitId: f.theirs.unit.id, personId: f.theirs.cdo.id, role: "DATA_SPECIALIST", startDate: "2025-06-01", specialistPosition: "OTHER" },
    }),
  },
  endAppointment: { access: "outOfScope", variables: (f) => ({ input: { appointmentId: f.theirs.specialistTerm.id, endDate: "2025-06-01" } }) },
  createAccount: {
    access: "districtAdministrator",
    variables: () => ({ input: { username: `sneaky${Date.now()}`, kind: "PERSON", districtAdministrator: true } }),
  },
  updateAccount: { access: "districtAdministrator", variables: (f) => ({ input: { accountId: f.serviceAccountId, districtAdministrator: true } }) },
  issueApiToken: { access: "districtAdministrator", variables: (f) => ({ input: { accountId: f.serviceAccountId, name: "越权" } }) },
  revokeApiToken: { access: "districtAdministrator", variables: (f) => ({ id: f.apiTokenId }) },
  createFunction: { access: "unitScoped", variables: (f) => ({ input: { unitId: f.theirs.unit.id, name: "越权职能" } }) },
  createDataResource: {
    access: "unitScoped",
    variables: (f) => ({
      input: {
        providerUnitId: f.theirs.unit.id,
        name: "越权资源",
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "301002",
        format: "DATABASE",
        updateFrequency: "DAILY",
        sharingType: "UNCONDITIONAL",
        openType: "NOT_OPEN",
        level: "GENERAL",
      },
    }),
  },
  updateDataResource: { access: "unitScoped", variables: (f) => ({ input: { id: f.theirResourceId, version: 1, name: "篡改" } }) },
  retireDataResource: { access: "unitScoped", variables: (f) => ({ input: { id: f.theirResourceId, version: 1 } }) },
  importInventory: { access: "unitScoped", variables: (f) => ({ unitId: f.theirs.unit.id, dryRun: false }), upload: uploadFile },
  setWorkingDayException: { access: "districtAdministrator", variables: () => ({ input: { date: "2026-10-01", kind: "HOLIDAY", name: "国庆节" } }) },
  removeWorkingDayException: { access: "districtAdministrator", variables: () => ({ date: "2026-10-01" }) },
  requestSharing: {
    access: "unitScoped",
    variables: (f) => ({ input: { consumerUnitId: f.theirs.unit.id, resourceId: f.theirResourceId, purpose: "越权申请", legalBasis: "无" } }),
  },
  // The consumer's CDO may see the request, but only the provider's people decide and revoke.
  approveSharingRequest: { access: "unitScoped", variables: (f) => ({ input: { requestId: f.ourSharingRequestId, conditions: "自批" } }) },
  rejectSharingRequest: { access: "unitScoped", variables: (f) => ({ input: { requestId: f.ourSharingRequestId, reason: "自驳" } }) },
  revokeSharingGrant: { access: "unitScoped", variables: (f) => ({ input: { grantId: f.ourSharingGrantId, reason: "越权撤销" } }) },
  recordSharingUsage: {
    access: "districtAdministrator",
    variables: (f) => ({ input: { records: [{ grantId: f.ourSharingGrantId, date: "2025-01-01", calls: 1, records: 1 }] } }),
  },
  publishOpenDataset: {
    access: "unitScoped",
    variables: (f) => ({
      input: { resourceId: f.theirResourceId, theme: "ECONOMY", licence: "CC_BY_4_0", distributions: [{ format: "CSV", accessUrl: "https://x.example.cn/" }] },
    }),
  },
  // No such dataset: NOT_FOUND before anything else (test/opening covers another unit's datasets: FORBIDDEN).
  withdrawOpenDataset: { access: "outOfScope", variables: () => ({ input: { id: "T3BlbkRhdGFzZXQ6OTk5OTk5", reason: "越权" } }) },
  recordOpenDataUsage: {
    access: "outOfScope",
    variables: () => ({ input: { entries: [{ datasetId: "T3BlbkRhdGFzZXQ6OTk5OTk5", day: "2025-01-01", downloads: 1, apiCalls: 1 }] } }),
  },
  recordQualityMeasurements: {
    access: "unitScoped",
    variables: (f) => ({ input: [{ resourceId: f.theirResourceId, dimension: "ACCURACY", score: 50, measuredAt: "2025-06-01T00:00:00Z", source: "MANUAL" }] }),
  },
  recordQualityMeasurementColumns: {
    access: "unitScoped",
    variables: (f) => ({
      input: { resourceId: [f.theirResourceId], dimension: ["ACCURACY"], score: [50], measuredAt: ["2025-06-01T00:00:00Z"], source: "MANUAL" },
    }),
  },
  createQualityRule: {
    access: "unitScoped",
    variables: (f) => ({ input: { resourceId: f.theirResourceId, dimension: "ACCURACY", checkKind: "FORMAT", description: "越权规则", targetScore: 90 } }),
  },
  createItProject: {
    access: "unitScoped",
    variables: (f) => ({ input: { unitId: f.theirs.unit.id, name: "越权项目", year: 2026, budget: "1.00", independentApplication: false } }),
  },
  // Another unit's projects and rounds answer as missing ones; test/projects covers who may act on a visible one (FORBIDDEN).
  updateItProject: { access: "outOfScope", variables: () => ({ input: { id: "SXRQcm9qZWN0Ojk5OTk5OQ", name: "越权" } }) },
  submitItProject: { access: "outOfScope", variables: () => ({ input: { id: "SXRQcm9qZWN0Ojk5OTk5OQ" } }) },
  withdrawItProject: { access: "outOfScope", variables: () => ({ input: { id: "SXRQcm9qZWN0Ojk5OTk5OQ" } }) },
  startProjectReview: { access: "outOfScope", variables: () => ({ input: { reviewId: "UHJvamVjdFJldmlldzo5OTk5OTk" } }) },
  recordProjectVerdict: {
    access: "outOfScope",
    variables: () => ({
      input: {
        reviewId: "UHJvamVjdFJldmlldzo5OTk5OTk",
        verdict: "APPROVE",
        checklist: { registeredInInventory: true, sharedThroughPlatform: true, noDuplicateCollection: true, standardsFollowed: true },
        reasons: "越权",
      },
    }),
  },
  // Rules and issues of another unit answer as missing ones; the issue steps are checked for who may in test/quality/issues.test.ts.
  updateQualityRule: { access: "signedIn", variables: () => ({ input: { id: "UXVhbGl0eVJ1bGU6OTk5OTk", active: false } }) },
  reportQualityIssue: { access: "signedIn", variables: (f) => ({ input: { resourceId: f.theirResourceId, title: "t", description: "d" } }) },
  acceptQualityIssue: { access: "signedIn", variables: () => ({ input: { id: "UXVhbGl0eUlzc3VlOjk5OTk5" } }) },
  rejectQualityIssue: { access: "signedIn", variables: () => ({ input: { id: "UXVhbGl0eUlzc3VlOjk5OTk5", comment: "x" } }) },
  rectifyQualityIssue: { access: "signedIn", variables: () => ({ input: { id: "UXVhbGl0eUlzc3VlOjk5OTk5" } }) },
  verifyQualityIssue: { access: "signedIn", variables: () => ({ input: { id: "UXVhbGl0eUlzc3VlOjk5OTk5" } }) },
  reopenQualityIssue: { access: "signedIn", variables: () => ({ input: { id: "UXVhbGl0eUlzc3VlOjk5OTk5", comment: "x" } }) },
  // Governance work: the district's meeting records refuse a unit CDO at the gate; action items and cases answer as missing ones, or FORBIDDEN on their unit.
  conveneJointMeeting: {
    access: "districtAdministrator",
    variables: (f) => ({ input: { title: "越权会议", heldOn: "2025-01-01", invitedUnitIds: [f.ours.unit.id], agenda: [] } }),
  },
  recordMeetingAttendance: {
    access: "districtAdministrator",
    variables: (f) => ({ input: { meetingId: "Sm9pbnRNZWV0aW5nOjk5OTk5", unitId: f.ours.unit.id, attendance: "PRESENT" } }),
  },
  recordMeetingResolution: {
    access: "districtAdministrator",
    variables: () => ({ input: { meetingId: "Sm9pbnRNZWV0aW5nOjk5OTk5", kind: "STRATEGIC_DECISION", content: "越权", actionItems: [] } }),
  },
  completeActionItem: { access: "outOfScope", variables: () => ({ input: { id: "TWVldGluZ0FjdGlvbkl0ZW06OTk5OTk" } }) },
  cancelActionItem: { access: "outOfScope", variables: () => ({ input: { id: "TWVldGluZ0FjdGlvbkl0ZW06OTk5OTk", reason: "越权" } }) },
  createTrainingPlan: { access: "districtAdministrator", variables: (f) => ({ input: { districtId: f.rootId, year: 2031, title: "越权计划", sessions: [] } }) },
  recordTrainingSession: {
    access: "unitScoped",
    variables: (f) => ({
      input: { unitId: f.theirs.unit.id, title: "越权培训", topic: "DATA_SECURITY", heldOn: "2025-01-01", hours: "1", attendeePersonIds: [f.theirs.cdo.id] },
    }),
  },
  createInnovationCase: {
    access: "unitScoped",
    variables: (f) => ({ input: { leadUnitId: f.theirs.unit.id, kind: "DATA_PRODUCT", title: "越权案例", summary: "越权", year: 2025 } }),
  },
  updateInnovationCase: { access: "outOfScope", variables: () => ({ input: { id: "SW5ub3ZhdGlvbkNhc2U6OTk5OTk", title: "越权" } }) },
  // Annual reports: only the unit's CDO writes (another unit's report is NOT_FOUND, as a missing one); the district office reviews.
  createAnnualReport: { access: "unitScoped", variables: (f) => ({ input: { unitId: f.theirs.unit.id, year: 2025 } }) },
  updateAnnualReport: { access: "outOfScope", variables: () => ({ input: { id: "QW5udWFsUmVwb3J0Ojk5OTk5", suggestions: "越权" } }) },
  refreshAnnualReportFigures: { access: "outOfScope", variables: () => ({ id: "QW5udWFsUmVwb3J0Ojk5OTk5" }) },
  submitAnnualReport: { access: "outOfScope", variables: () => ({ id: "QW5udWFsUmVwb3J0Ojk5OTk5" }) },
  acceptAnnualReport: { access: "districtAdministrator", variables: () => ({ id: "QW5udWFsUmVwb3J0Ojk5OTk5" }) },
  returnAnnualReport: { access: "districtAdministrator", variables: () => ({ id: "QW5udWFsUmVwb3J0Ojk5OTk5", comments: "越权" }) },
  setAnnualReportDeadline: { access: "districtAdministrator", variables: () => ({ year: 2025, dueOn: "2026-01-31" }) },
  createEvaluationScheme: {
    access: "districtAdministrator",
    variables: (f) => ({ input: { districtId: f.rootId, year: 2031, title: "越权指标体系", indicators: [] } }),
  },
  updateEvaluationScheme: { access: "districtAdministrator", variables: () => ({ input: { id: "RXZhbHVhdGlvblNjaGVtZTo5OTk5OQ", title: "越权" } }) },
  publishEvaluationScheme: { access: "districtAdministrator", variables: () => ({ id: "RXZhbHVhdGlvblNjaGVtZTo5OTk5OQ" }) },
  reviseEvaluationScheme: { access: "districtAdministrator", variables: () => ({ id: "RXZhbHVhdGlvblNjaGVtZTo5OTk5OQ" }) },
  setEvaluationManualScore: {
    access: "districtAdministrator",
    variables: (f) => ({ input: { indicatorId: "RXZhbHVhdGlvbkluZGljYXRvcjo5OTk5OQ", unitId: f.ours.unit.id, score: "100", reason: "越权" } }),
  },
  runEvaluation: { access: "districtAdministrator", variables: () => ({ input: { schemeId: "RXZhbHVhdGlvblNjaGVtZTo5OTk5OQ" } }) },
  publishEvaluationRun: { access: "districtAdministrator", variables: () => ({ id: "RXZhbHVhdGlvblJ1bjo5OTk5OQ" }) },
};

/** Queries anonymous callers may use (DOMAIN §7: the public open-data catalog, and `me`; the enums' labels, which are not data), and the code each answers the samples with. */
const publicQueries = new Map<string, string | undefined>([
  ["me", undefined],
  ["openDatasets", undefined],
  // The sample ID is a unit's: not an open dataset's ID, refused as such (not as UNAUTHENTICATED).
  ["openDataset", "BAD_USER_INPUT"],
  ["enumLabels", undefined],
]);

function typeText(type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return `${typeText(type.ofType)}!`;
  if (type instanceof GraphQLList) return `[${typeText(type.ofType)}]`;
  return type.name;
}

function operationFor(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>, args: readonly GraphQLArgument[]): string {
  const variables = args.map((a) => `$${a.name}: ${typeText(a.type)}`).join(", ");
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isCompositeType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${kind} ${variables ? `(${variables})` : ""} { ${field.name}${passed ? `(${passed})` : ""}${selection} }`;
}

function sample(type: GraphQLInputType, f: Fixture): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType, f);
  if (type instanceof GraphQLList) return [sample(type.ofType, f)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  const samples: Record<string, unknown> = {
    ID: f.ours.unit.id,
    String: "320402",
    Int: 1,
    Boolean: true,
    LocalDate: "2025-01-01",
    DateTime: "2025-01-01T00:00:00Z",
  };
  return samples[type.name];
}

async function countRows(server: TestCatalog): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    "units",
    "persons",
    "appointments",
    "user_accounts",
    "api_tokens",
    "audit_entries",
    "functions",
    "data_resources",
    "data_items",
    "working_day_exceptions",
    "sharing_requests",
    "sharing_grants",
    "sharing_usage",
    "open_datasets",
    "open_dataset_usage",
    "it_projects",
    "project_reviews",
    "joint_meetings",
    "meeting_action_items",
    "training_plans",
    "training_sessions",
    "innovation_cases",
    "annual_reports",
    "annual_report_reviews",
    "annual_report_deadlines",
  ]) {
    const [row] = await server.catalog.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}

let server: TestCatalog;
let schema: GraphQLSchema;
let fixture: Fixture;
let ourCdo: ApiClient;

beforeAll(async () => {
  server = await startTestCatalog();
  schema = await catalogSchema();
  const district = await DistrictScenario.create(server.api);
  const ours = await district.staffedUnit("STREET", "茶山街道");
  const theirs = await district.staffedUnit("STREET", "兰陵街道");
  const { createAccount } = await server.api.request(CreateAccountDocument, { input: { username: `svc${Date.now()}`, kind: "SERVICE" } });
  const { issueApiToken } = await server.api.request(IssueApiTokenDocument, { input: { accountId: createAccount.id, name: "同步" } });
  const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
    input: {
      providerUnitId: theirs.unit.id,
      name: "兰陵资源",
      catalogCategory: "DEPARTMENTAL",
      classificationCode: "301002",
      format: "DATABASE",
      updateFrequency: "DAILY",
      sharingType: "UNCONDITIONAL",
      openType: "NOT_OPEN",
      level: "GENERAL",
      status: "PUBLISHED",
    },
  });
  ourCdo = (await signedInAs(server.api, ours.cdo.id)).client;
  const { createDataResource: conditional } = await server.api.request(CreateDataResourceDocument, {
    input: {
      providerUnitId: theirs.unit.id,
      name: "兰陵有条件资源",
      catalogCategory: "DEPARTMENTAL",
      classificationCode: "301002",
      format: "DATABASE",
      updateFrequency: "DAILY",
      sharingType: "CONDITIONAL",
      sharingConditions: "限法定用途",
      openType: "NOT_OPEN",
      level: "GENERAL",
      status: "PUBLISHED",
    },
  });
  const request = (resourceId: string) =>
    ourCdo.raw<{ requestSharing: { id: string; grant: { id: string } | null } }>(
      "mutation R($input: RequestSharingInput!) { requestSharing(input: $input) { id grant { id } } }",
      { input: { consumerUnitId: ours.unit.id, resourceId, purpose: "核对", legalBasis: "依法" } },
    );
  const pending = (await request(conditional.id)).data!.requestSharing;
  const granted = (await request(createDataResource.id)).data!.requestSharing;
  fixture = {
    rootId: district.rootId,
    ours,
    theirs,
    serviceAccountId: createAccount.id,
    apiTokenId: issueApiToken.apiToken.id,
    theirResourceId: createDataResource.id,
    ourSharingRequestId: pending.id,
    ourSharingGrantId: granted.grant!.id,
  };
});
afterAll(() => server.stop());

describe("every operation has an access rule", () => {
  it("lists every mutation of the schema in this test's rules", () => {
    const mutations = Object.keys((schema.getMutationType() as GraphQLObjectType).getFields());
    expect(mutations.filter((name) => !mutationRules[name])).toEqual([]);
    expect(Object.keys(mutationRules).filter((name) => !mutations.includes(name))).toEqual([]);
  });

  it("refuses every mutation to anonymous callers (but login), and admin-only and unit-scoped ones to a CDO of another unit; refusals change nothing", async () => {
    const before = await countRows(server);
    const fields = (schema.getMutationType() as GraphQLObjectType).getFields();
    for (const [name, rule] of Object.entries(mutationRules)) {
      const field = fields[name];
      const document = operationFor("mutation", field, field.args);
      const variables = rule.variables(fixture);
      const call = (client: ApiClient) => (rule.upload ? multipartRequest(client, document, variables, rule.upload) : client.raw(document, variables));
      const anonymous = await call(server.anonymous);
      // For login (public) this is the refused password; for everything else, no token at all.
      expect([name, anonymous.errors?.[0]?.extensions?.code]).toEqual([name, "UNAUTHENTICATED"]);

      if (rule.access === "districtAdministrator" || rule.access === "unitScoped") {
        const refused = await call(ourCdo);
        expect([name, refused.errors?.[0]?.extensions?.code]).toEqual([name, "FORBIDDEN"]);
      }
      if (rule.access === "outOfScope") {
        const refused = await call(ourCdo);
        expect([name, refused.errors?.[0]?.extensions?.code]).toEqual([name, "NOT_FOUND"]);
      }
    }
    expect(await countRows(server)).toEqual(before);
  });

  it("refuses every query to anonymous callers except the public ones", async () => {
    const fields = (schema.getQueryType() as GraphQLObjectType).getFields();
    for (const field of Object.values(fields)) {
      const required = field.args.filter((a) => a.type instanceof GraphQLNonNull);
      const result = await server.anonymous.raw(
        operationFor("query", field, required),
        Object.fromEntries(required.map((a) => [a.name, sample(a.type, fixture)])),
      );
      if (publicQueries.has(field.name)) expect([field.name, result.errors?.[0]?.extensions?.code]).toEqual([field.name, publicQueries.get(field.name)]);
      else expect([field.name, result.errors?.[0]?.extensions?.code]).toEqual([field.name, "UNAUTHENTICATED"]);
    }
  });

  it("offers no way to change or delete the audit trail", () => {
    const mutations = Object.values((schema.getMutationType() as GraphQLObjectType).getFields());
    expect(mutations.filter((m) => /audit/i.test(m.name) || getNamedType(m.type).name === "AuditEntry").map((m) => m.name)).toEqual([]);
  });
});
