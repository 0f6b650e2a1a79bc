import type { FieldChanges } from "../../common/audit";
import { toGlobalId } from "../../common/global-id";

/**
 * The trail stores each record's snapshot as the database row has it (`providerUnitId: 17`,
 * `functionIds: [9]`); clients read it in API terms (`provider: "VW5pdDoxNw"`, `functions: [...]`).
 * Translated when read, so stored history needs no migration and the CSV export and the API agree.
 *
 * Per target type: each stored key holding row IDs, the API field that shows it, and the type of
 * its global IDs. Every other key already is the API field's name. A module whose records hold
 * references adds its type here (test/audit/audit-api-terms.test.ts fails on a reference column left out).
 */
const REFERENCES: Record<string, Record<string, { field: string; type: string }>> = {
  Unit: { parentId: { field: "parent", type: "Unit" } },
  Person: { unitId: { field: "unit", type: "Unit" } },
  Appointment: { unitId: { field: "unit", type: "Unit" }, personId: { field: "person", type: "Person" } },
  UserAccount: { personId: { field: "person", type: "Person" } },
  ApiToken: { accountId: { field: "account", type: "UserAccount" } },
  Function: { unitId: { field: "unit", type: "Unit" } },
  DataResource: { providerUnitId: { field: "provider", type: "Unit" }, functionIds: { field: "functions", type: "Function" } },
  DataItem: { resourceId: { field: "resource", type: "DataResource" } },
  // Opening: the publisher is the providing unit (PublicUnit's id is the unit's global ID).
  OpenDataset: { resourceId: { field: "resource", type: "DataResource" }, providerUnitId: { field: "publisher", type: "Unit" } },
  // Sharing. A reference with no API field of its own (an account, a usage record's denormalised
  // provider) is shown under its stored name without "Id", as elsewhere; accounts are UserAccount IDs.
  SharingRequest: {
    resourceId: { field: "resource", type: "DataResource" },
    providerUnitId: { field: "provider", type: "Unit" },
    consumerUnitId: { field: "consumer", type: "Unit" },
    itemIds: { field: "items", type: "DataItem" },
    requestedByAccountId: { field: "requestedByAccount", type: "UserAccount" },
    decidedByAccountId: { field: "decidedByAccount", type: "UserAccount" },
  },
  SharingGrant: {
    requestId: { field: "request", type: "SharingRequest" },
    resourceId: { field: "resource", type: "DataResource" },
    providerUnitId: { field: "provider", type: "Unit" },
    consumerUnitId: { field: "consumer", type: "Unit" },
  },
  SharingUsageRecord: {
    grantId: { field: "grant", type: "SharingGrant" },
    resourceId: { field: "resource", type: "DataResource" },
    providerUnitId: { field: "provider", type: "Unit" },
    consumerUnitId: { field: "consumer", type: "Unit" },
  },
  // Quality. The API shows the reporter and recorder by username (reporterUsername, recordedBy); the trail keeps their account.
  QualityRule: { resourceId: { field: "resource", type: "DataResource" }, itemId: { field: "item", type: "DataItem" } },
  QualityMeasurement: {
    resourceId: { field: "resource", type: "DataResource" },
    ruleId: { field: "rule", type: "QualityRule" },
    recordedByAccountId: { field: "recordedByAccount", type: "UserAccount" },
  },
  QualityIssue: {
    resourceId: { field: "resource", type: "DataResource" },
    itemId: { field: "item", type: "DataItem" },
    providerUnitId: { field: "provider", type: "Unit" },
    reporterAccountId: { field: "reporterAccount", type: "UserAccount" },
  },
  // IT projects: the linked resources by how the project touches them; the reviewer is a person, accounts as elsewhere.
  ItProject: {
    unitId: { field: "unit", type: "Unit" },
    createdResourceIds: { field: "createdResources", type: "DataResource" },
    usedResourceIds: { field: "usedResources", type: "DataResource" },
    createdByAccountId: { field: "createdByAccount", type: "UserAccount" },
  },
  ProjectReview: {
    projectId: { field: "project", type: "ItProject" },
    unitId: { field: "unit", type: "Unit" },
    reviewerPersonId: { field: "reviewer", type: "Person" },
    submittedByAccountId: { field: "submittedByAccount", type: "UserAccount" },
    decidedByAccountId: { field: "decidedByAccount", type: "UserAccount" },
  },
  // Governance work (DOMAIN §5). A meeting's attendance entry names the invited unit it is about (attendanceUnit).
  JointMeeting: {
    districtUnitId: { field: "district", type: "Unit" },
    convenerPersonId: { field: "convener", type: "Person" },
    invitedUnitIds: { field: "invitedUnits", type: "Unit" },
    attendanceUnitId: { field: "attendanceUnit", type: "Unit" },
    delegatePersonId: { field: "delegate", type: "Person" },
  },
  MeetingResolution: { meetingId: { field: "meeting", type: "JointMeeting" } },
  MeetingActionItem: {
    resolutionId: { field: "resolution", type: "MeetingResolution" },
    meetingId: { field: "meeting", type: "JointMeeting" },
    unitId: { field: "unit", type: "Unit" },
  },
  TrainingPlan: { districtUnitId: { field: "district", type: "Unit" } },
  TrainingSession: { unitId: { field: "unit", type: "Unit" }, attendeePersonIds: { field: "attendees", type: "Person" } },
  // Annual reports (DOMAIN §6).
  AnnualReport: { unitId: { field: "unit", type: "Unit" }, cdoPersonId: { field: "cdo", type: "Person" } },
  InnovationCase: {
    leadUnitId: { field: "leadUnit", type: "Unit" },
    resourceIds: { field: "resources", type: "DataResource" },
    unitIds: { field: "units", type: "Unit" },
  },
  // Evaluation (DOMAIN §6).
  EvaluationScheme: { districtUnitId: { field: "district", type: "Unit" }, basedOnSchemeId: { field: "basedOn", type: "EvaluationScheme" } },
  EvaluationManualScore: { indicatorId: { field: "indicator", type: "EvaluationIndicator" }, unitId: { field: "unit", type: "Unit" } },
  EvaluationRun: {
    schemeId: { field: "scheme", type: "EvaluationScheme" },
    // A catalog holds one district (the root unit): schemes and runs name it in the trail only.
    districtUnitId: { field: "district", type: "Unit" },
    withoutCdo: { field: "unitsWithoutCdo", type: "Unit" },
  },
  EvaluationIndicator: { schemeId: { field: "scheme", type: "EvaluationScheme" } },
  EvaluationResult: { runId: { field: "run", type: "EvaluationRun" }, unitId: { field: "unit", type: "Unit" }, cdoPersonId: { field: "cdo", type: "Person" } },
  // Findings (DOMAIN §6): the ledger is written by the sweep, never audited; its subject is kept as "Type:rowId" (subjectRef).
  FindingOccurrence: { unitId: { field: "unit", type: "Unit" } },
};

/** A stored value in API terms: row IDs (alone, in a list, or in a long list's summary) as global IDs. */
function globalIds(value: unknown, type: string): unknown {
  if (typeof value === "number") return toGlobalId(type, value);
  if (Array.isArray(value)) return value.map((v) => globalIds(v, type));
  if (value && typeof value === "object" && "first" in value) {
    const summary = value as { count: number; first: unknown[] };
    return { ...summary, first: globalIds(summary.first, type) };
  }
  return value;
}

/** An entry's changes with API field names and global IDs, in the stored order. */
export function changesInApiTerms(targetType: string, stored: FieldChanges): FieldChanges {
  const references = REFERENCES[targetType] ?? {};
  const changes: FieldChanges = {};
  for (const [key, { before, after }] of Object.entries(stored)) {
    const reference = references[key];
    if (reference) changes[reference.field] = { before: globalIds(before, reference.type), after: globalIds(after, reference.type) };
    else changes[key] = { before, after };
  }
  return changes;
}
