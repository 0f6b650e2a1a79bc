import { registerEnumType } from "type-graphql";

/** 出席情况: how an invited unit CDO attended a joint meeting. */
export enum MeetingAttendance {
  PRESENT = "PRESENT",
  ABSENT = "ABSENT",
  /** Sent someone of the unit in their place (委托参会), named on the invitation. */
  DELEGATED = "DELEGATED",
}

/** 决议类型: what a joint meeting resolved (DOMAIN §5). */
export enum ResolutionKind {
  /** 战略决策: a decision on the district's data strategy. */
  STRATEGIC_DECISION = "STRATEGIC_DECISION",
  /** 重大事项协调: coordination of a major cross-unit matter. */
  MAJOR_MATTER_COORDINATION = "MAJOR_MATTER_COORDINATION",
}

/** 督办事项状态: open until done, or cancelled with a reason. */
export enum ActionItemStatus {
  OPEN = "OPEN",
  DONE = "DONE",
  CANCELLED = "CANCELLED",
}

registerEnumType(MeetingAttendance, {
  name: "MeetingAttendance",
  description: "出席情况: how an invited unit CDO attended a joint meeting.",
  valuesConfig: {
    PRESENT: { description: "出席: attended in person." },
    ABSENT: { description: "缺席: did not attend and sent no one." },
    DELEGATED: { description: "委托参会: sent a person of the unit in their place." },
  },
});

registerEnumType(ResolutionKind, {
  name: "ResolutionKind",
  description: "决议类型: a strategic decision, or the coordination of a major matter.",
  valuesConfig: {
    STRATEGIC_DECISION: { description: "战略决策: a decision on the district's data strategy." },
    MAJOR_MATTER_COORDINATION: { description: "重大事项协调: coordination of a major cross-unit matter." },
  },
});

registerEnumType(ActionItemStatus, {
  name: "ActionItemStatus",
  description: "督办事项状态: OPEN until DONE, or CANCELLED with a reason.",
  valuesConfig: {
    OPEN: { description: "办理中: the assigned unit still owes the work." },
    DONE: { description: "已办结: the assigned unit reported it done." },
    CANCELLED: { description: "已撤销: cancelled by the district with a reason." },
  },
});
