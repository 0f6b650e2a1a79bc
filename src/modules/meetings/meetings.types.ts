import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { MeetingActionItem } from "./action-item.entity";
import { JointMeeting } from "./joint-meeting.entity";
import { MeetingAttendance, ResolutionKind } from "./meetings.enums";

export const JointMeetingConnection = ConnectionType("JointMeeting", JointMeeting);
export const MeetingActionItemConnection = ConnectionType("MeetingActionItem", MeetingActionItem);

@InputType("ConveneJointMeetingInput", { description: "召集联席会议: the meeting, its invited units and its agenda." })
export class ConveneJointMeetingInput {
  @Field({ description: "会议名称, 1 to 200 characters." })
  title!: string;

  @Field(() => LocalDateResolver, { description: "The day it is held; the convener must be the district CDO in office that day." })
  heldOn!: string;

  @Field(() => String, { nullable: true, description: "会议地点, at most 200 characters." })
  location?: string | null;

  @Field(() => [ID], { description: "The invited units (at most 100), each of the district and with a CDO in office on heldOn." })
  invitedUnitIds!: string[];

  @Field(() => [String], { defaultValue: [], description: "议程: the agenda's items in order (at most 30, each 1 to 200 characters)." })
  agenda!: string[];
}

@InputType("RecordMeetingAttendanceInput", { description: "出席情况 of one invited unit's CDO." })
export class RecordMeetingAttendanceInput {
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @Field(() => ID, { description: "The invited unit." })
  unitId!: string;

  @Field(() => MeetingAttendance, { description: "PRESENT, ABSENT or DELEGATED." })
  attendance!: MeetingAttendance;

  @Field(() => ID, { nullable: true, description: "受托人: for DELEGATED only, a person of the invited unit." })
  delegatePersonId?: string | null;
}

@InputType("ActionItemInput", { description: "督办事项: work assigned to a unit, due on a date or in working days from the meeting's day." })
export class ActionItemInput {
  @Field(() => ID, { description: "The unit assigned (a unit of the district)." })
  unitId!: string;

  @Field({ description: "What the unit must do, 1 to 1,000 characters." })
  task!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "The last day, on or after the meeting's day (or give dueInWorkingDays)." })
  dueDate?: string | null;

  @Field(() => Int, { nullable: true, description: "Working days (1 to 250) counted from the meeting's day on the district calendar (or give dueDate)." })
  dueInWorkingDays?: number | null;
}

@InputType("RecordMeetingResolutionInput", { description: "会议决议 and the action items it assigns." })
export class RecordMeetingResolutionInput {
  @Field(() => ID, { description: "The meeting." })
  meetingId!: string;

  @Field(() => ResolutionKind, { description: "STRATEGIC_DECISION or MAJOR_MATTER_COORDINATION." })
  kind!: ResolutionKind;

  @Field({ description: "决议内容, 1 to 2,000 characters." })
  content!: string;

  @Field(() => [ActionItemInput], { defaultValue: [], description: "At most 50 action items." })
  actionItems!: ActionItemInput[];
}

@InputType("CompleteActionItemInput", { description: "办结: an OPEN action item done, with an optional note." })
export class CompleteActionItemInput {
  @Field(() => ID, { description: "The action item." })
  id!: string;

  @Field(() => String, { nullable: true, description: "办结说明, at most 1,000 characters." })
  note?: string | null;
}

@InputType("CancelActionItemInput", { description: "撤销: an OPEN action item cancelled, with a reason." })
export class CancelActionItemInput {
  @Field(() => ID, { description: "The action item." })
  id!: string;

  @Field({ description: "撤销理由, 1 to 1,000 characters." })
  reason!: string;
}

@ArgsType()
export class OverdueActionItemsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "The unit; all you may read by default." })
  unitId?: string | null;

  @Field(() => Boolean, { defaultValue: true, description: "With the unit's descendants (the default)." })
  includeDescendants!: boolean;
}
