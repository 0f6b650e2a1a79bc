/** The audit module's front door. */
export { AuditEntry } from "./audit-entry.entity";
export { withAuditEnums } from "./audit.schema";
