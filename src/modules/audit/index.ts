/** The audit module's front door: the trail's entity and its reading (the writing is src/common/audit.ts, used by every module). */
import { AuditEntry } from "./audit-entry.entity";
import { auditNodeTypes } from "./audit.loaders";
import {
  AppointmentHistoryResolver,
  AuditResolver,
  DataItemHistoryResolver,
  DataResourceHistoryResolver,
  FunctionHistoryResolver,
  PersonHistoryResolver,
  UnitHistoryResolver,
} from "./audit.resolver";

export { AuditEntry };
export { exportAuditCsv } from "./audit.service";
export { withAuditEnums } from "./audit.schema";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [
  AuditResolver,
  UnitHistoryResolver,
  PersonHistoryResolver,
  AppointmentHistoryResolver,
  DataResourceHistoryResolver,
  DataItemHistoryResolver,
  FunctionHistoryResolver,
];
export const entities = [AuditEntry];
export const nodeTypes = auditNodeTypes;
