import { AccessRole, type Viewer } from "../../common/auth";
import type { Localised } from "../../common/i18n";
import { inCatalog, type ResourceStatus } from "../inventory";
import { AppointmentRole, isActiveOn, UnitKind } from "../organisation";
import { ItProjectStatus, ProjectReviewStatus } from "./projects.enums";
import { ProjectErrorCode } from "./projects.errors";
import { projectMessages } from "./projects.messages";

/**
 * The IT-project rules (天宁区首席数据官制度建设实施意见, DOMAIN §5), written once and used by the
 * API and the demo loader alike.
 */

/** 50万元 in fen: "50万以上" includes the number itself, so 500,000.00 needs a CDO and 499,999.99 does not. */
export const LARGE_PROJECT_THRESHOLD_FEN = 500_000_00;

export interface RuleViolation {
  code: ProjectErrorCode;
  message: Localised;
}

/** The appointment that makes a unit's CDO: the district CDO for the district itself, a unit CDO elsewhere. */
export function cdoRoleFor(kind: UnitKind): AppointmentRole {
  return kind === UnitKind.DISTRICT ? AppointmentRole.DISTRICT_CDO : AppointmentRole.UNIT_CDO;
}

/**
 * Whether a unit had an active CDO on a day, given the CDO appointments on the unit and the units
 * above it (a subordinate unit answers to its department's CDO), by the organisation module's
 * "appointment active on a date" rule.
 */
export function hadActiveCdoOn(cdoTerms: readonly { startDate: string; endDate: string | null }[], day: string): boolean {
  return cdoTerms.some((term) => isActiveOn(term, day));
}

/**
 * 独立申报 50 万元以上: a unit without an active CDO on the submission date cannot submit an
 * independent application of 500,000 yuan or more.
 */
export function largeProjectRefused(project: { independentApplication: boolean; budgetFen: number }, cdoActiveOnSubmission: boolean): boolean {
  return project.independentApplication && project.budgetFen >= LARGE_PROJECT_THRESHOLD_FEN && !cdoActiveOnSubmission;
}

/** The unit's CDO or data specialist (or a district administrator) prepares, submits and withdraws its projects. */
export function mayPrepareFor(viewer: Viewer, unit: { path: string }): boolean {
  return viewer.districtAdministrator || viewer.unitRoles.some((role) => unit.path.startsWith(role.unitPath));
}

/**
 * The reviewing CDO: the unit's own CDO (an active UNIT_CDO appointment on the unit or above it);
 * the district CDO for district-level projects, and for a unit without an active CDO on the day.
 * No one else — not a data specialist, not a district administrator.
 */
export function isReviewingCdo(viewer: Viewer, unit: { kind: UnitKind; path: string }, unitHasActiveCdo: boolean): boolean {
  if (unit.kind === UnitKind.DISTRICT || !unitHasActiveCdo) return viewer.districtRoles.has(AccessRole.DISTRICT_CDO);
  return viewer.unitRoles.some((role) => role.role === AccessRole.UNIT_CDO && unit.path.startsWith(role.unitPath));
}

// ── Transitions: each illegal one refused with its own code ─────────────────

const inReview = { code: ProjectErrorCode.PROJECT_IN_REVIEW, message: projectMessages.inReview };
const approved = { code: ProjectErrorCode.PROJECT_ALREADY_APPROVED, message: projectMessages.alreadyApproved };

/** Editing and (re)submitting: a draft, or a project whose latest round was vetoed or withdrawn. */
export function revisionRefusal(status: ItProjectStatus): RuleViolation | null {
  switch (status) {
    case ItProjectStatus.DRAFT:
    case ItProjectStatus.VETOED:
    case ItProjectStatus.WITHDRAWN:
      return null;
    case ItProjectStatus.SUBMITTED:
    case ItProjectStatus.UNDER_REVIEW:
      return inReview;
    case ItProjectStatus.APPROVED:
      return approved;
  }
}

/** Withdrawing: only a round still waiting for a decision (submitted or under review). */
export function withdrawalRefusal(status: ItProjectStatus, round: number): RuleViolation | null {
  switch (status) {
    case ItProjectStatus.SUBMITTED:
    case ItProjectStatus.UNDER_REVIEW:
      return null;
    case ItProjectStatus.DRAFT:
    case ItProjectStatus.WITHDRAWN:
      return { code: ProjectErrorCode.PROJECT_NOT_SUBMITTED, message: projectMessages.notSubmitted };
    case ItProjectStatus.VETOED:
      return { code: ProjectErrorCode.REVIEW_ROUND_VETOED, message: projectMessages.roundVetoed(round) };
    case ItProjectStatus.APPROVED:
      return approved;
  }
}

/** A closed round refuses every review step: a veto is final, and so are a withdrawal and an approval. */
function closedRoundRefusal(status: ProjectReviewStatus, round: number): RuleViolation | null {
  if (status === ProjectReviewStatus.VETOED) return { code: ProjectErrorCode.REVIEW_ROUND_VETOED, message: projectMessages.roundVetoed(round) };
  if (status === ProjectReviewStatus.WITHDRAWN) return { code: ProjectErrorCode.REVIEW_ROUND_WITHDRAWN, message: projectMessages.roundWithdrawn(round) };
  if (status === ProjectReviewStatus.APPROVED) return { code: ProjectErrorCode.REVIEW_ALREADY_DECIDED, message: projectMessages.alreadyDecided(round) };
  return null;
}

/** Starting the review: a submitted round. */
export function reviewStartRefusal(status: ProjectReviewStatus, round: number): RuleViolation | null {
  if (status === ProjectReviewStatus.UNDER_REVIEW) return { code: ProjectErrorCode.REVIEW_ALREADY_STARTED, message: projectMessages.reviewAlreadyStarted };
  return closedRoundRefusal(status, round);
}

/** A verdict: a round under review, once. Nothing approves a vetoed round. */
export function verdictRefusal(status: ProjectReviewStatus, round: number): RuleViolation | null {
  if (status === ProjectReviewStatus.SUBMITTED) return { code: ProjectErrorCode.REVIEW_NOT_STARTED, message: projectMessages.reviewNotStarted };
  return closedRoundRefusal(status, round);
}

// ── The checklist, pre-filled from the catalog ──────────────────────────────

export interface ResourceLook {
  id: number;
  name: string;
  providerUnitId: number;
  status: ResourceStatus;
  publishedDate: string | null;
  itemNames: readonly string[];
}

/**
 * 重复采集: another unit's catalog resource that holds the same data as one the project creates —
 * the same name, or the same (non-empty) set of item names.
 */
export function looksLikeSameData(created: ResourceLook, other: ResourceLook): boolean {
  if (other.providerUnitId === created.providerUnitId || other.id === created.id || !inCatalog(other)) return false;
  if (other.name.trim() === created.name.trim()) return true;
  const mine = new Set(created.itemNames.map((name) => name.trim()));
  const theirs = new Set(other.itemNames.map((name) => name.trim()));
  return mine.size > 0 && mine.size === theirs.size && [...mine].every((name) => theirs.has(name));
}

/**
 * What the catalog can tell the reviewer: whether the linked resources are registered in the
 * inventory (null with none linked), and whether the resources it creates duplicate another
 * unit's (null when it creates none). Sharing through the platform and standards are for the CDO.
 */
export function checklistPrefill(linked: readonly ResourceLook[], createdCount: number, duplicateCount: number) {
  const unregistered = linked.filter((resource) => !inCatalog(resource));
  return {
    registeredInInventory: linked.length ? unregistered.length === 0 : null,
    noDuplicateCollection: createdCount ? duplicateCount === 0 : null,
    unregistered,
  };
}
