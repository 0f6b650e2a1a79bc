/** The audit module's front door. */
export { AuditEntry } from "./audit-entry.entity";
