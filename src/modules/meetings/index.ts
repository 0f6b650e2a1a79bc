/** The meetings module's front door (DOMAIN §5, 联席会议): joint meetings, resolutions and action items. */
import { MeetingActionItem } from "./action-item.entity";
import { JointMeeting, MeetingAgendaItem, MeetingInvitee, MeetingResolution } from "./joint-meeting.entity";
import { meetingNodeTypes } from "./meetings.loaders";
import {
  JointMeetingResolver,
  MeetingActionItemResolver,
  MeetingInviteeResolver,
  MeetingResolutionResolver,
  MeetingsResolver,
  UnitMeetingsResolver,
} from "./meetings.resolver";

export { JointMeeting, MeetingActionItem };
export * from "./meetings.enums";
/** 逾期: the overdue rule (the findings module reports it). */
export { isOverdue as isActionItemOverdue } from "./meetings.policy";
export { conveneJointMeeting, recordMeetingAttendance, recordMeetingResolution, completeActionItem, cancelActionItem } from "./meetings.service";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [
  MeetingsResolver,
  JointMeetingResolver,
  MeetingInviteeResolver,
  MeetingResolutionResolver,
  MeetingActionItemResolver,
  UnitMeetingsResolver,
];
export const entities = [JointMeeting, MeetingInvitee, MeetingAgendaItem, MeetingResolution, MeetingActionItem];
export const nodeTypes = meetingNodeTypes;
