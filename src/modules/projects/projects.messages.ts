import { registerEnumLabels } from "../../common/enum-labels";
import { type Localised, text } from "../../common/i18n";

/** Everything the projects module says to people, Chinese first. */
export const projectMessages = {
  projectNotFound: text("信息化项目不存在。", "IT project not found."),
  reviewNotFound: text("审核轮次不存在。", "Review round not found."),
  unitNotFound: text("单位不存在。", "Unit not found."),
  resourceNotFound: text("数据资源不存在。", "Data resource not found."),
  required: (what: Localised) => text(`请填写${what.zh}。`, `${what.en} is required.`),
  tooLong: (what: Localised, max: number) => text(`${what.zh}最长 ${max} 个字符。`, `${what.en} can be at most ${max} characters.`),
  yearRange: (min: number, max: number) => text(`年度须在 ${min} 至 ${max} 之间。`, `The year must be from ${min} to ${max}.`),
  tooManyResources: (max: number) => text(`一个项目最多关联 ${max} 个数据资源。`, `A project links at most ${max} data resources.`),
  resourceTwice: text("同一数据资源只能关联一次。", "A data resource can be linked only once."),
  createdNotOwn: (name: string) =>
    text(
      `“${name}”不是本单位的数据资源，项目只能新建本单位清单中的资源。`,
      `${name} is not a resource of the project's unit: a project creates only its unit's resources.`,
    ),
  onlyUnit: (unit: string) =>
    text(
      `只有${unit}的首席数据官或数据专员可以编制、申报或撤回其信息化项目。`,
      `Only the CDO or data specialist of ${unit} may prepare, submit or withdraw its IT projects.`,
    ),
  largeProjectNeedsCdo: (unit: string, day: string) =>
    text(
      `${unit}在申报日（${day}）没有在任的首席数据官，不能独立申报 50 万元以上（含 50 万元）的信息化项目。`,
      `${unit} had no active CDO on the submission date (${day}): it cannot submit an independent application of 500,000 yuan or more.`,
    ),
  inReview: text("项目正在审核中，不能修改或重复申报；如需修改请先撤回。", "The project is under review: withdraw it before editing or submitting again."),
  alreadyApproved: text("项目已审核通过，不能再修改、申报或撤回。", "The project is approved: it can no longer be edited, submitted or withdrawn."),
  notSubmitted: text("项目没有待审核的申报，无需撤回。", "The project has no round waiting for a decision to withdraw."),
  reviewAlreadyStarted: text("该轮审核已经开始。", "The review of this round has already started."),
  reviewNotStarted: text("请先开始审核，再作出审核结论。", "Start the review before recording a verdict."),
  roundVetoed: (round: number) =>
    text(
      `第 ${round} 轮审核已被一票否决，该轮不能再通过、撤回或重新审核；请修改后重新申报（新一轮审核）。`,
      `Round ${round} was vetoed (一票否决): nothing can approve, withdraw or review it again; revise the project and resubmit it as a new round.`,
    ),
  roundWithdrawn: (round: number) => text(`第 ${round} 轮申报已撤回，不能再审核。`, `Round ${round} was withdrawn: it can no longer be reviewed.`),
  alreadyDecided: (round: number) => text(`第 ${round} 轮审核已有结论，不能再次审核。`, `Round ${round} already has a verdict.`),
  notReviewer: (unit: string) =>
    text(
      `只有${unit}的审核首席数据官（本单位首席数据官；区级项目或本单位无在任首席数据官时为区首席数据官）可以审核该项目。`,
      `Only the reviewing CDO of ${unit} (the unit's own CDO; the district CDO for district-level projects or a unit without an active CDO) may review this project.`,
    ),
};

/** Field names as people read them, for the messages above. */
export const projectFieldNames = {
  name: text("项目名称", "The project name"),
  description: text("项目简介", "The description"),
  reasons: text("审核意见", "The reasons"),
};

// The labels as data (enumLabels), under the GraphQL enums' names.
registerEnumLabels("ItProjectStatus", {
  DRAFT: text("草稿", "Draft"),
  SUBMITTED: text("已提交", "Submitted"),
  UNDER_REVIEW: text("审核中", "Under review"),
  APPROVED: text("已通过", "Approved"),
  VETOED: text("已否决", "Vetoed"),
  WITHDRAWN: text("已撤回", "Withdrawn"),
});
registerEnumLabels("ProjectReviewStatus", {
  SUBMITTED: text("已提交", "Submitted"),
  UNDER_REVIEW: text("审核中", "Under review"),
  APPROVED: text("已通过", "Approved"),
  VETOED: text("已否决", "Vetoed"),
  WITHDRAWN: text("已撤回", "Withdrawn"),
});
registerEnumLabels("ProjectResourceUsage", {
  CREATES: text("新建", "Creates"),
  USES: text("使用", "Uses"),
});
registerEnumLabels("ProjectVerdict", {
  APPROVE: text("通过", "Approve"),
  VETO: text("一票否决", "Veto"),
});
