import { registerEnumType } from "type-graphql";

/** Where a sharing request (共享申请) stands. */
export enum SharingRequestStatus {
  /** Waiting for the provider's decision (有条件共享). */
  PENDING = "PENDING",
  /** Granted: at once (无条件共享) or approved by the provider with conditions. */
  GRANTED = "GRANTED",
  /** Rejected by the provider, with a reason. */
  REJECTED = "REJECTED",
}

/** What a grant allows today. */
export enum SharingGrantState {
  ACTIVE = "ACTIVE",
  /** Its last day (expiresOn) has passed. */
  EXPIRED = "EXPIRED",
  /** Revoked by the provider, with a reason. */
  REVOKED = "REVOKED",
}

registerEnumType(SharingRequestStatus, {
  name: "SharingRequestStatus",
  description: "Where a sharing request stands (共享申请状态).",
  valuesConfig: {
    PENDING: { description: "待审核: waiting for the provider's decision." },
    GRANTED: { description: "已授权: granted at once (无条件共享) or approved by the provider." },
    REJECTED: { description: "已驳回: rejected by the provider with a reason." },
  },
});
registerEnumType(SharingGrantState, {
  name: "SharingGrantState",
  description: "Whether a sharing grant is in force (共享授权状态).",
  valuesConfig: {
    ACTIVE: { description: "有效: usage is accepted." },
    EXPIRED: { description: "已到期: past its last day; no usage after it." },
    REVOKED: { description: "已撤销: revoked by the provider; no usage after the day of revocation." },
  },
});
