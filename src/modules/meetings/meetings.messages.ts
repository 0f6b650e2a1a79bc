import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";

/** Everything the meetings module says to people, Chinese first. */
export const meetingMessages = {
  meetingNotFound: text("联席会议不存在。", "Joint meeting not found."),
  resolutionNotFound: text("会议决议不存在。", "Meeting resolution not found."),
  actionItemNotFound: text("督办事项不存在。", "Action item not found."),
  unitNotFound: text("单位不存在。", "Unit not found."),
  personNotFound: text("人员不存在。", "Person not found."),
  notDistrictCdo: (day: string) =>
    text(`只有 ${day} 在任的区首席数据官可以召集联席会议。`, `Only the district CDO in office on ${day} convenes a joint meeting.`),
  inviteeWithoutCdo: (unitName: string, day: string) =>
    text(`${unitName}在 ${day} 没有在任的首席数据官,不能作为参会单位。`, `${unitName} had no CDO in office on ${day}: it cannot be invited.`),
  inviteeOutsideDistrict: (unitName: string) => text(`${unitName}不属于本区。`, `${unitName} is not a unit of this district.`),
  duplicateInvitee: (unitName: string) => text(`${unitName}重复邀请。`, `${unitName} is invited twice.`),
  notInvited: (unitName: string) => text(`${unitName}未被邀请参加本次会议。`, `${unitName} was not invited to this meeting.`),
  delegateRequired: text("委托参会须指明受托人。", "A delegated attendance names the delegate."),
  delegateOnlyWhenDelegated: text("只有委托参会才填写受托人。", "A delegate is named only for a DELEGATED attendance."),
  delegateNotOfUnit: (unitName: string) => text(`受托人须为${unitName}的人员。`, `The delegate must be a person of ${unitName}.`),
  dueBeforeMeeting: (day: string) => text(`办结期限不能早于会议日期 ${day}。`, `The due date cannot be before the meeting's day, ${day}.`),
  dueDateOrWorkingDays: text("请给出 dueDate 或 dueInWorkingDays,二者只能选一。", "Give either dueDate or dueInWorkingDays, not both."),
  workingDaysRange: (max: number) => text(`工作日数须在 1 到 ${max} 之间。`, `Working days must be from 1 to ${max}.`),
  notOpen: (status: string) =>
    text(`该督办事项状态为 ${status},只有办理中的事项可以办结或撤销。`, `The action item is ${status}: only an OPEN one is completed or cancelled.`),
  textLength: (max: number) => text(`内容须为 1 到 ${max} 个字符。`, `The text must be 1 to ${max} characters.`),
  tooMany: (what: string, max: number) => text(`${what}最多 ${max} 项。`, `At most ${max} ${what}.`),
  dayRange: text("日期须在 2000 年之后,且不晚于一年之后。", "The date must be after 2000 and at most a year ahead."),
  onlyDistrict: text(
    "只有区首席数据官、执行官或区管理员可以记录联席会议的出席、决议和撤销督办事项。",
    "Only the district CDO, executive or administrators record a joint meeting's attendance and resolutions, or cancel action items.",
  ),
  onlyAssignedUnit: (unitName: string) =>
    text(`只有${unitName}的首席数据官或区管理员可以办结该督办事项。`, `Only ${unitName}'s CDO or district administrators complete this action item.`),
};

registerEnumLabels("MeetingAttendance", {
  PRESENT: text("出席", "Present"),
  ABSENT: text("缺席", "Absent"),
  DELEGATED: text("委托参会", "Delegated"),
});
registerEnumLabels("ResolutionKind", {
  STRATEGIC_DECISION: text("战略决策", "Strategic decision"),
  MAJOR_MATTER_COORDINATION: text("重大事项协调", "Coordination of a major matter"),
});
registerEnumLabels("ActionItemStatus", {
  OPEN: text("办理中", "Open"),
  DONE: text("已办结", "Done"),
  CANCELLED: text("已撤销", "Cancelled"),
});
