import type { ApiClient, GraphQLErrorBody } from "../support/api-client";
import { DistrictScenario, signedInAs } from "../support/scenario";

/** Untyped answers: these tests read a few fields of each and assert them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Answer = Record<string, any>;

/** Runs a query; any GraphQL error fails the test with its message. */
export async function gql<T = Answer>(client: ApiClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await client.raw<T>(query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** Runs an operation expected to fail; returns its first error. */
export async function refusal(client: ApiClient, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLErrorBody> {
  const result = await client.raw(query, variables);
  if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0];
}

/** A settable clock for the server: every request sees `clock.now`. */
export class TestClock {
  private current: Date;
  constructor(start: string) {
    this.current = new Date(start);
  }
  /** A civil date in Tianning (UTC+8), at 10:00 local time. */
  setDay(date: string): void {
    this.current = new Date(`${date}T02:00:00Z`);
  }
  readonly now = (): Date => this.current;
}

/** 2026 National Day: 1–7 October off (the weekdays among them), Saturday 10 October worked. */
export const NATIONAL_DAY_2026 = [
  ...["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"].map((date) => ({ date, kind: "HOLIDAY", name: "国庆节" })),
  { date: "2026-10-10", kind: "MAKE_UP_WORKDAY", name: "国庆节调休上班" },
];

export const SET_EXCEPTION = `mutation Set($input: SetWorkingDayExceptionInput!) { setWorkingDayException(input: $input) { id date kind name } }`;

export const REQUEST = `mutation Request($input: RequestSharingInput!) {
  requestSharing(input: $input) { id status effectiveSharingType requestedOn decisionDueOn decidedOn decisionWorkingDays grantedAtOnce overdue
    grant { id state grantedOn expiresOn conditions } items { code } } }`;
export const APPROVE = `mutation Approve($input: ApproveSharingRequestInput!) {
  approveSharingRequest(input: $input) { id status conditions decidedOn decisionWorkingDays grant { id state expiresOn conditions } } }`;
export const REJECT = `mutation Reject($input: RejectSharingRequestInput!) { rejectSharingRequest(input: $input) { id status rejectionReason decidedOn decisionWorkingDays grant { id } } }`;
export const REVOKE = `mutation Revoke($input: RevokeSharingGrantInput!) { revokeSharingGrant(input: $input) { id state revokedOn revocationReason } }`;
export const USAGE = `mutation Usage($input: RecordSharingUsageInput!) { recordSharingUsage(input: $input) { created replaced unchanged } }`;

const CREATE_RESOURCE = `mutation Create($input: CreateDataResourceInput!) { createDataResource(input: $input) { id code items(first: 50) { nodes { id code } } } }`;

export interface ResourceOptions {
  sharingType?: "UNCONDITIONAL" | "CONDITIONAL" | "NOT_SHARED";
  items?: { code: string; sharingType?: "CONDITIONAL" | "NOT_SHARED" }[];
  status?: "PUBLISHED" | "DRAFT";
}

/** A published resource of a unit, with items I1, I2… unless given. */
export async function createResource(admin: ApiClient, unitId: string, name: string, options: ResourceOptions = {}) {
  const sharingType = options.sharingType ?? "UNCONDITIONAL";
  const items = options.items ?? [{ code: "I1" }, { code: "I2" }];
  const { createDataResource } = await gql(admin, CREATE_RESOURCE, {
    input: {
      providerUnitId: unitId,
      name,
      catalogCategory: "DEPARTMENTAL",
      classificationCode: "301002",
      format: "DATABASE",
      updateFrequency: "DAILY",
      sharingType,
      sharingConditions: sharingType === "CONDITIONAL" ? "限于民生保障用途" : null,
      notSharedBasis: sharingType === "NOT_SHARED" ? "《政务数据共享条例》第十三条" : null,
      openType: "NOT_OPEN",
      level: "GENERAL",
      status: options.status ?? "PUBLISHED",
      items: items.map((item) => ({ code: item.code, name: `信息项${item.code}`, dataType: "STRING", sharingType: item.sharingType ?? null })),
    },
  });
  const itemIds = Object.fromEntries((createDataResource.items.nodes as { id: string; code: string }[]).map((i) => [i.code, i.id]));
  return { id: createDataResource.id as string, code: createDataResource.code as string, itemIds };
}

/** A staffed unit whose CDO and data specialist are signed in. */
export async function staffedUnitWithClients(district: DistrictScenario, admin: ApiClient, kind: "STREET" | "DEPARTMENT", name: string) {
  const staffed = await district.staffedUnit(kind, name);
  const cdo = (await signedInAs(admin, staffed.cdo.id)).client;
  const specialist = (await signedInAs(admin, staffed.specialist.id)).client;
  return { unit: staffed.unit, cdo, specialist };
}

export function requestInput(consumerUnitId: string, resourceId: string, extra: Record<string, unknown> = {}) {
  return { input: { consumerUnitId, resourceId, purpose: "核对低保家庭收入", legalBasis: "《社会救助暂行办法》第十一条", ...extra } };
}
