import type { Viewer } from "../../common/auth";
import type { Localised } from "../../common/i18n";
import { addWorkingDays, type WorkingDayCalendar } from "../calendar";
import { ResourceStatus, SharingType } from "../inventory";
import { SharingGrantState } from "./sharing.enums";
import { SharingErrorCode } from "./sharing.errors";
import { sharingMessages } from "./sharing.messages";

/**
 * The sharing rules (天宁区首席数据官制度, DOMAIN §4), written once and used by the API, the
 * usage CLI and the demo loader alike.
 */

/** The decision limit when SHARING_DECISION_WORKING_DAYS is not set: 10 working days (国发〔2016〕51号). */
export const DEFAULT_DECISION_WORKING_DAYS = 10;

export interface RuleViolation {
  code: SharingErrorCode;
  message: Localised;
  field: string;
  details?: Record<string, unknown>;
}

const strictness: Record<SharingType, number> = { [SharingType.UNCONDITIONAL]: 0, [SharingType.CONDITIONAL]: 1, [SharingType.NOT_SHARED]: 2 };

export interface ResourceSharingFacts {
  name: string;
  status: ResourceStatus;
  sharingType: SharingType;
  notSharedBasis: string | null;
}

export interface ItemSharingFacts {
  code: string;
  name: string;
  sharingType: SharingType | null;
}

/**
 * The sharing type that governs a request: the strictest of the resource's and the requested
 * items' own (an item stricter than its resource follows the stricter rule). A request for the
 * whole resource names every item.
 */
function effectiveSharingType(
  resource: ResourceSharingFacts,
  items: readonly ItemSharingFacts[],
): { type: SharingType; strictestItem: ItemSharingFacts | null } {
  let type = resource.sharingType;
  let strictestItem: ItemSharingFacts | null = null;
  for (const item of items) {
    if (item.sharingType && strictness[item.sharingType] > strictness[type]) {
      type = item.sharingType;
      strictestItem = item;
    }
  }
  return { type, strictestItem };
}

/** What happens to a request: UNCONDITIONAL → granted at once; CONDITIONAL → waits for the provider; NOT_SHARED → refused now. */
export type RequestOutcome = "GRANT_AT_ONCE" | "AWAIT_PROVIDER";

/** Whether a resource (with the items asked for) may be requested, and how it proceeds. */
export function requestOutcome(
  resource: ResourceSharingFacts,
  items: readonly ItemSharingFacts[],
): { outcome: RequestOutcome; type: SharingType } | RuleViolation {
  if (resource.status !== ResourceStatus.PUBLISHED) {
    return { code: SharingErrorCode.RESOURCE_NOT_REQUESTABLE, message: sharingMessages.notRequestable(resource.name), field: "resourceId" };
  }
  const { type, strictestItem } = effectiveSharingType(resource, items);
  if (type === SharingType.NOT_SHARED) {
    const basis = resource.notSharedBasis;
    return strictestItem
      ? {
          code: SharingErrorCode.RESOURCE_NOT_SHARED,
          message: sharingMessages.itemNotShared(strictestItem.name, basis),
          field: "itemIds",
          details: { basis, itemCode: strictestItem.code },
        }
      : { code: SharingErrorCode.RESOURCE_NOT_SHARED, message: sharingMessages.notShared(resource.name, basis), field: "resourceId", details: { basis } };
  }
  return { outcome: type === SharingType.UNCONDITIONAL ? "GRANT_AT_ONCE" : "AWAIT_PROVIDER", type };
}

export function isViolation<T extends object>(result: T | RuleViolation): result is RuleViolation {
  return "code" in result && "message" in result;
}

/**
 * Whether the viewer acts for a unit as its CDO or data specialist (an appointment on the unit or
 * above it). District administrators see everything but neither request nor decide for a unit.
 */
function actsForUnit(viewer: Viewer, unit: { path: string }): boolean {
  return viewer.unitRoles.some((role) => unit.path.startsWith(role.unitPath));
}

/** Only the consumer unit's people request. */
export const mayRequestFor = actsForUnit;
/** Only the provider unit's people decide, and revoke. */
export const mayDecideFor = actsForUnit;

/** The last day for the provider's decision on a request made on `requestedOn`. */
export function decisionDueOn(requestedOn: string, limitWorkingDays: number, calendar: WorkingDayCalendar): string {
  return addWorkingDays(requestedOn, limitWorkingDays, calendar);
}

/** A pending request is overdue from the day after its due day. */
export function isOverdue(request: { status: string; decisionDueOn: string | null }, today: string): boolean {
  return request.status === "PENDING" && request.decisionDueOn !== null && request.decisionDueOn < today;
}

export interface GrantFacts {
  grantedOn: string;
  expiresOn: string | null;
  revokedOn: string | null;
}

export function grantState(grant: GrantFacts, today: string): SharingGrantState {
  if (grant.revokedOn !== null) return SharingGrantState.REVOKED;
  if (grant.expiresOn !== null && grant.expiresOn < today) return SharingGrantState.EXPIRED;
  return SharingGrantState.ACTIVE;
}

/**
 * Whether a grant accepts usage on a day: from its first day to its last — the day of revocation,
 * or its expiry day — and never for a day still to come. A revoked or expired grant accepts no
 * usage after that day.
 */
export function usageRefusal(grant: GrantFacts, usageDate: string, today: string): Omit<RuleViolation, "field"> | null {
  if (usageDate > today) return { code: SharingErrorCode.USAGE_OUTSIDE_GRANT, message: sharingMessages.usageInFuture(usageDate) };
  if (usageDate < grant.grantedOn) return { code: SharingErrorCode.USAGE_OUTSIDE_GRANT, message: sharingMessages.usageBeforeGrant(usageDate, grant.grantedOn) };
  if (grant.revokedOn !== null && usageDate > grant.revokedOn)
    return { code: SharingErrorCode.GRANT_REVOKED, message: sharingMessages.usageAfterRevocation(usageDate, grant.revokedOn) };
  if (grant.expiresOn !== null && usageDate > grant.expiresOn)
    return { code: SharingErrorCode.GRANT_EXPIRED, message: sharingMessages.usageAfterExpiry(usageDate, grant.expiresOn) };
  return null;
}

/** Median of decision times: the middle value, or the mean of the two middle values. Null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The p-th percentile by nearest rank: the smallest value with at least p% of values at or below it. Null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}
