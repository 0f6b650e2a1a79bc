/** The sharing module's front door (DOMAIN §4, 共享): requests, decisions, grants, usage and the analysts' questions. */
export { SharingRequest } from "./sharing-request.entity";
export { SharingGrant } from "./sharing-grant.entity";
export { SharingUsageRecord } from "./sharing-usage.entity";
export { SharingRequestItem } from "./sharing-request-item.entity";
export * from "./sharing.enums";
export { SharingLoaders } from "./sharing.loaders";
export { requestSharing, approveSharingRequest, rejectSharingRequest, revokeSharingGrant, recordSharingUsage } from "./sharing.service";
