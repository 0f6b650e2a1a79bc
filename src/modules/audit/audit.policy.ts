/** Who reads which part of the audit trail (DOMAIN §7), written once for the API and the export. */
import type { Viewer } from "../../common/auth";

/**
 * Records about people and their sign-ins: their entries carry contact data (phone, email) and
 * account names, so they stay with district administrators.
 */
const PERSONAL_TARGET_TYPES: readonly string[] = ["Person", "UserAccount", "ApiToken"];

/**
 * The record types whose entries the viewer may not read: none for district administrators, the
 * personal ones for analysts (they read the catalog's trail: units, resources, items, sharing,
 * quality…); null when the viewer may not read the trail at all.
 */
export function hiddenAuditTargetTypes(viewer: Viewer): readonly string[] | null {
  if (viewer.districtAdministrator) return [];
  if (viewer.districtReader) return PERSONAL_TARGET_TYPES;
  return null;
}

/** The longest "last N days" window a filter may ask for. */
export const MAX_AUDIT_LAST_DAYS = 366;
