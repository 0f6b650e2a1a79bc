/** Who reads which part of the audit trail (DOMAIN §7), written once for the API and the export. */
import type { Viewer } from "../../common/auth";

/**
 * Sign-in records (accounts, API tokens): not the catalog's trail but the access module's, naming
 * who may sign in with what; they stay with district administrators.
 */
const ACCOUNT_TARGET_TYPES: readonly string[] = ["UserAccount", "ApiToken"];

/**
 * The record types whose entries the viewer may not read: none for district administrators, the
 * account records for analysts (they read the catalog's trail: units, persons and appointments,
 * resources, items, sharing, quality…; a person's phone and email stay masked, as in `history`);
 * null when the viewer may not read the trail at all.
 */
export function hiddenAuditTargetTypes(viewer: Viewer): readonly string[] | null {
  if (viewer.districtAdministrator) return [];
  if (viewer.districtReader) return ACCOUNT_TARGET_TYPES;
  return null;
}

/** The longest "last N days" window a filter may ask for. */
export const MAX_AUDIT_LAST_DAYS = 366;
