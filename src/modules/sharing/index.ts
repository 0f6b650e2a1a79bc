/** The sharing module's front door (DOMAIN §4, 共享): requests, decisions, grants, usage and the analysts' questions. */
export { SharingRequest } from "./sharing-request.entity";
export { SharingGrant } from "./sharing-grant.entity";
export { SharingUsageRecord } from "./sharing-usage.entity";
export { SharingRequestItem } from "./sharing-request-item.entity";
export * from "./sharing.enums";
export { SharingLoaders } from "./sharing.loaders";
export { requestSharing, approveSharingRequest, rejectSharingRequest, revokeSharingGrant, recordSharingUsage } from "./sharing.service";
/** 逾期未答复: the decision deadline rule (the findings module reports it). */
export { isOverdue as isSharingDecisionOverdue } from "./sharing.policy";

import { SharingGrant as Grant } from "./sharing-grant.entity";
import { SharingRequest as Request } from "./sharing-request.entity";
import { SharingRequestItem as RequestItem } from "./sharing-request-item.entity";
import { SharingUsageRecord as UsageRecord } from "./sharing-usage.entity";
import { sharingNodeTypes } from "./sharing.loaders";
import {
  ProviderTurnaroundResolver,
  SharedResourceUsageResolver,
  SharingAnalyticsResolver,
  SharingGrantResolver,
  SharingMatrixCellResolver,
  SharingRequestResolver,
} from "./sharing.resolver";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [
  SharingRequestResolver,
  SharingGrantResolver,
  SharingAnalyticsResolver,
  SharingMatrixCellResolver,
  ProviderTurnaroundResolver,
  SharedResourceUsageResolver,
];
export const entities = [Request, RequestItem, Grant, UsageRecord];
export const nodeTypes = sharingNodeTypes;
/** The command line: `npm run sharing:usage`. */
export { runUsageCommand } from "./usage-command";
/** The median of decision times, as the turnaround counts it (the annual report's figures use it too). */
export { median } from "./sharing.policy";
