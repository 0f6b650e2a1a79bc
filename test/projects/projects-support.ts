import type { ApiClient } from "../support/api-client";
import { DistrictScenario, signedInAs, uniqueCode } from "../support/scenario";
import { createResource, gql } from "../sharing/sharing-support";

export { gql, refusal, TestClock } from "../sharing/sharing-support";

const PROJECT_FIELDS = `id name year budget independentApplication status roundCount
  unit { id name } resources { usage resource { id name } }
  currentReview { id round status budget submittedOn cdoActiveOnSubmission }
  reviews { id round status budget reasons }`;

export const CREATE = `mutation Create($input: CreateItProjectInput!) { createItProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const UPDATE = `mutation Update($input: UpdateItProjectInput!) { updateItProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const SUBMIT = `mutation Submit($input: SubmitItProjectInput!) { submitItProject(input: $input) { ${PROJECT_FIELDS} } }`;
export const WITHDRAW = `mutation Withdraw($input: WithdrawItProjectInput!) { withdrawItProject(input: $input) { ${PROJECT_FIELDS} } }`;
const REVIEW_FIELDS = `id round status reasons decidedOn reviewer { name } project { id status }
  checklist { registeredInInventory sharedThroughPlatform noDuplicateCollection standardsFollowed }`;
export const START = `mutation Start($input: StartProjectReviewInput!) { startProjectReview(input: $input) { ${REVIEW_FIELDS} } }`;
export const VERDICT = `mutation Verdict($input: RecordProjectVerdictInput!) { recordProjectVerdict(input: $input) { ${REVIEW_FIELDS} } }`;
export const PROJECT = `query Project($id: ID!) { node(id: $id) { ... on ItProject { ${PROJECT_FIELDS} } } }`;

export const ALL_MET = { registeredInInventory: true, sharedThroughPlatform: true, noDuplicateCollection: true, standardsFollowed: true };

export function verdict(
  reviewId: string,
  decision: "APPROVE" | "VETO",
  reasons = decision === "VETO" ? "重复建设人口库，应使用区级共享数据" : "符合数据治理要求",
) {
  return { input: { reviewId, verdict: decision, checklist: decision === "VETO" ? { ...ALL_MET, noDuplicateCollection: false } : ALL_MET, reasons } };
}

export interface ProjectOptions {
  budget?: string;
  independentApplication?: boolean;
  name?: string;
  resources?: { resourceId: string; usage: "CREATES" | "USES" }[];
}

export function projectInput(unitId: string, options: ProjectOptions = {}) {
  return {
    input: {
      unitId,
      name: options.name ?? "智慧社区综合管理平台",
      year: 2026,
      budget: options.budget ?? "380000.00",
      independentApplication: options.independentApplication ?? true,
      description: "网格事件、人口房屋和重点人群管理",
      resources: options.resources ?? [],
    },
  };
}

/** A unit's draft project, created by `client`; returns the project as the API answered. */
export async function draftProject(client: ApiClient, unitId: string, options: ProjectOptions = {}) {
  return (await gql(client, CREATE, projectInput(unitId, options))).createItProject;
}

/** Submits and starts the review: the round under review. */
export async function underReview(preparer: ApiClient, reviewer: ApiClient, projectId: string) {
  const { submitItProject } = await gql(preparer, SUBMIT, { input: { id: projectId } });
  await gql(reviewer, START, { input: { reviewId: submitItProject.currentReview.id } });
  return submitItProject.currentReview.id as string;
}

/** A unit with a signed-in CDO and data specialist. */
export async function staffedUnit(district: DistrictScenario, admin: ApiClient, kind: "STREET" | "DEPARTMENT", name: string) {
  const staffed = await district.staffedUnit(kind, name);
  return {
    ...staffed,
    cdoClient: (await signedInAs(admin, staffed.cdo.id)).client,
    specialistClient: (await signedInAs(admin, staffed.specialist.id)).client,
  };
}

/** A unit with a data specialist but no CDO, the specialist signed in. */
export async function unitWithoutCdo(district: DistrictScenario, admin: ApiClient, name: string) {
  const unit = await district.unit("STREET", name);
  const specialist = await district.person(unit.id, `${name}数据专员`, "experience");
  await district.appoint({
    unitId: unit.id,
    personId: specialist.id,
    role: "DATA_SPECIALIST",
    startDate: "2024-01-01",
    specialistPosition: "RESPONSIBLE_SECTION_HEAD",
  });
  return { unit, specialistClient: (await signedInAs(admin, specialist.id)).client };
}

/** The district CDO (区首席数据官) on the root unit, signed in. */
export async function districtCdo(district: DistrictScenario, admin: ApiClient) {
  const leader = await district.person(district.rootId, "王某区", "experience");
  await district.appoint({ unitId: district.rootId, personId: leader.id, role: "DISTRICT_CDO", startDate: "2024-01-01" });
  return (await signedInAs(admin, leader.id)).client;
}

/** A published resource of a unit with items no other test's resource has (so only the named duplicates match). */
export function ownResource(admin: ApiClient, unitId: string, name: string, options: { status?: "PUBLISHED" | "DRAFT"; itemCodes?: string[] } = {}) {
  const codes = options.itemCodes ?? [uniqueCode("X"), uniqueCode("X")];
  return createResource(admin, unitId, name, { status: options.status, items: codes.map((code) => ({ code })) });
}

export const AUDIT = `query Audit($target: ID!) { auditEntries(filter: { targetId: $target }, first: 50) { nodes { operation targetType changes { field before after } } } }`;
