import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccessRole, AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { ConnectionArgs, PageArgs } from "../../common/pagination";
import { OrganisationLoaders, Person, Unit } from "../organisation";
import { MeetingActionItem } from "./action-item.entity";
import { JointMeeting, MeetingAgendaItem, MeetingInvitee, MeetingResolution } from "./joint-meeting.entity";
import { MeetingLoaders } from "./meetings.loaders";
import { isOverdue } from "./meetings.policy";
import * as meetings from "./meetings.service";
import {
  CancelActionItemInput,
  CompleteActionItemInput,
  ConveneJointMeetingInput,
  JointMeetingConnection,
  MeetingActionItemConnection,
  OverdueActionItemsArgs,
  RecordMeetingAttendanceInput,
  RecordMeetingResolutionInput,
} from "./meetings.types";

/** 联席会议 (DOMAIN §5): convening, attendance, resolutions and the action items they assign. */
@AuthorizedOperations()
@Resolver()
export class MeetingsResolver {
  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => JointMeeting, {
    description:
      "召集联席会议: only the district CDO in office on heldOn (else MEETING_CONVENER_NOT_DISTRICT_CDO); invited units need a CDO in office that day (else MEETING_INVITEE_WITHOUT_CDO).",
  })
  conveneJointMeeting(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => ConveneJointMeetingInput, { description: "The meeting." }) input: ConveneJointMeetingInput,
  ) {
    return meetings.conveneJointMeeting(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => MeetingInvitee, { description: "出席情况: records how an invited unit's CDO attended (the district CDO, executive or administrators)." })
  recordMeetingAttendance(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordMeetingAttendanceInput, { description: "The attendance." }) input: RecordMeetingAttendanceInput,
  ) {
    return meetings.recordMeetingAttendance(ctx, input);
  }

  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR)
  @Mutation(() => MeetingResolution, {
    description: "会议决议: records a resolution and the action items it assigns to units (the district CDO, executive or administrators).",
  })
  recordMeetingResolution(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordMeetingResolutionInput, { description: "The resolution." }) input: RecordMeetingResolutionInput,
  ) {
    return meetings.recordMeetingResolution(ctx, input);
  }

  @Mutation(() => MeetingActionItem, {
    description: "办结: the assigned unit's CDO (or district administrators) reports an OPEN action item done (else ACTION_ITEM_NOT_OPEN).",
  })
  completeActionItem(@Ctx() ctx: RequestContext, @Arg("input", () => CompleteActionItemInput, { description: "The item." }) input: CompleteActionItemInput) {
    return meetings.completeActionItem(ctx, input.id, input.note);
  }

  @Mutation(() => MeetingActionItem, { description: "撤销: the district cancels an OPEN action item with a reason (else ACTION_ITEM_NOT_OPEN)." })
  cancelActionItem(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => CancelActionItemInput, { description: "The item and the reason." }) input: CancelActionItemInput,
  ) {
    return meetings.cancelActionItem(ctx, input.id, input.reason);
  }

  @Query(() => JointMeetingConnection, { description: "联席会议: all for district readers, otherwise those that invited one of your units; the latest first." })
  jointMeetings(@Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    return meetings.findJointMeetings(ctx, page);
  }

  @Query(() => MeetingActionItemConnection, {
    description: "逾期督办事项: OPEN action items past their due date, of a unit with its descendants (or all you may read), the longest overdue first.",
  })
  overdueActionItems(@Ctx() ctx: RequestContext, @Args() { unitId, includeDescendants, ...page }: OverdueActionItemsArgs) {
    return meetings.findOverdueActionItems(ctx, unitId, includeDescendants, page);
  }
}

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @FieldResolver(() => Unit, { description: "The district (root unit) whose CDO convened it." })
  district(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(meeting.districtUnitId);
  }

  @FieldResolver(() => Person, { description: "召集人: the district CDO in office on the meeting's day." })
  convener(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).personById.load(meeting.convenerPersonId);
  }

  @FieldResolver(() => [MeetingInvitee], { description: "参会单位: the invited units and their CDOs, with attendance." })
  invitees(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders(MeetingLoaders).inviteesOf.load(meeting.id);
  }

  @FieldResolver(() => [MeetingAgendaItem], { description: "议程, in order." })
  agenda(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders(MeetingLoaders).agendaOf.load(meeting.id);
  }

  @FieldResolver(() => [MeetingResolution], { description: "会议决议, in the order recorded." })
  resolutions(@Root() meeting: JointMeeting, @Ctx() ctx: RequestContext) {
    return ctx.loaders(MeetingLoaders).resolutionsOf.load(meeting.id);
  }
}

@Resolver(() => MeetingInvitee)
export class MeetingInviteeResolver {
  @FieldResolver(() => Unit, { description: "The invited unit." })
  unit(@Root() invitee: MeetingInvitee, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(invitee.unitId);
  }

  @FieldResolver(() => Person, { description: "The unit's CDO on the meeting's day." })
  cdo(@Root() invitee: MeetingInvitee, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).personById.load(invitee.cdoPersonId);
  }

  @FieldResolver(() => Person, { nullable: true, description: "受托人: who attended in the CDO's place (DELEGATED only)." })
  delegate(@Root() invitee: MeetingInvitee, @Ctx() ctx: RequestContext) {
    return invitee.delegatePersonId === null ? null : ctx.loaders(OrganisationLoaders).personById.load(invitee.delegatePersonId);
  }
}

@Resolver(() => MeetingResolution)
export class MeetingResolutionResolver {
  @FieldResolver(() => JointMeeting, { description: "The meeting that resolved it." })
  meeting(@Root() resolution: MeetingResolution, @Ctx() ctx: RequestContext) {
    return ctx.loaders(MeetingLoaders).meetingById.load(resolution.meetingId);
  }

  @FieldResolver(() => [MeetingActionItem], { description: "督办事项 it assigned, by due date." })
  actionItems(@Root() resolution: MeetingResolution, @Ctx() ctx: RequestContext) {
    return ctx.loaders(MeetingLoaders).actionItemsOfResolution.load(resolution.id);
  }
}

@Resolver(() => MeetingActionItem)
export class MeetingActionItemResolver {
  @FieldResolver(() => Unit, { description: "The unit assigned." })
  unit(@Root() item: MeetingActionItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(item.unitId);
  }

  @FieldResolver(() => MeetingResolution, { description: "The resolution that assigned it." })
  resolution(@Root() item: MeetingActionItem, @Ctx() ctx: RequestContext) {
    return ctx.loaders(MeetingLoaders).resolutionById.load(item.resolutionId);
  }

  @FieldResolver(() => Boolean, { description: "逾期: still OPEN after its due date." })
  overdue(@Root() item: MeetingActionItem, @Ctx() ctx: RequestContext) {
    return isOverdue(item, ctx.today());
  }
}

@Resolver(() => Unit)
export class UnitMeetingsResolver {
  @FieldResolver(() => [MeetingActionItem], {
    nullable: true,
    description: "逾期督办事项: this unit's and its descendants' OPEN action items past their due date, by due date; null outside your units.",
  })
  overdueActionItems(@Root() unit: Unit, @Ctx() ctx: RequestContext) {
    return ctx.viewer.canRead(unit.path) ? ctx.loaders(MeetingLoaders).overdueUnder.load(unit.path) : null;
  }
}
