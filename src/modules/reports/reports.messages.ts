import { registerEnumLabels } from "../../common/enum-labels";
import { type Localised, text } from "../../common/i18n";

/** Everything the reports module says to people, Chinese first. */
export const reportMessages = {
  report: text("年度述职报告", "Annual report"),
  unit: text("单位", "Unit"),
  exists: (unitName: string, year: number) => text(`${unitName} ${year} 年度述职报告已存在。`, `${unitName} already has an annual report for ${year}.`),
  unitNotReporting: (unitName: string) =>
    text(
      `${unitName}不设首席数据官,无需提交年度述职报告(仅开发区、镇、街道和区各部门)。`,
      `${unitName} has no CDO of its own and files no annual report (only the development zone, towns, streets and departments do).`,
    ),
  notUnitCdo: (unitName: string) =>
    text(
      `只有${unitName}在任的首席数据官可以撰写、更新和提交本单位的年度述职报告。`,
      `Only ${unitName}'s CDO in office writes, refreshes and submits its annual report.`,
    ),
  onlyDistrict: text(
    "只有区首席数据官、区首席数据执行官或区管理员(领导小组办公室)可以审阅年度述职报告、设置提交期限。",
    "Only the district CDO, the chief data executive or the district office review annual reports and set their deadline.",
  ),
  underReview: text(
    "报告已提交、正在审阅,内容和数据已冻结;退回后方可修改。",
    "The report is submitted and under review: its content and figures are frozen until it is returned.",
  ),
  alreadyAccepted: text("报告已通过审阅,不能再更改。", "The report has been accepted and is final."),
  notSubmitted: text(
    "报告尚未提交(或已退回待重新提交),不能通过或退回。",
    "The report is not submitted (or was returned and awaits resubmission): it cannot be accepted or returned.",
  ),
  incomplete: (section: Localised) => text(`请先填写“${section.zh}”部分再提交。`, `Write the "${section.en}" section before submitting.`),
  year: (max: number) => text(`述职年度须在 2000 到 ${max} 之间。`, `The year reported on must be from 2000 to ${max}.`),
  dueOn: (year: number) =>
    text(
      `${year} 年度报告的提交期限须在 ${year}-01-01 到 ${year + 1}-12-31 之间。`,
      `The deadline of ${year}'s reports must be from ${year}-01-01 to ${year + 1}-12-31.`,
    ),
  textLength: (max: number) => text(`内容最多 ${max} 个字符。`, `At most ${max} characters.`),
  commentsRequired: (max: number) => text(`退回须写明意见(1 到 ${max} 个字符)。`, `A return needs comments (1 to ${max} characters).`),
  // The printable view.
  printNotFound: text("年度述职报告不存在,或您无权查看。", "No such annual report, or you may not read it."),
  printSignIn: text("请先登录,或使用有效的打印链接。", "Sign in first, or use a valid print link."),
  printLinkInvalid: text("打印链接无效,请重新获取。", "The print link is not valid: ask for a new one."),
  printLinkExpired: text("打印链接已过期,请重新获取。", "The print link has expired: ask for a new one."),
};

/** The printed report's words. */
export const printWords = {
  title: (year: number) => text(`${year} 年度首席数据官述职报告`, `Chief Data Officer's annual report ${year}`),
  unit: text("单位", "Unit"),
  cdo: text("首席数据官", "CDO"),
  status: text("状态", "Status"),
  deadline: text("提交期限", "Deadline"),
  firstSubmitted: text("首次提交", "First submitted"),
  figuresAt: text("数据统计时间", "Figures computed at"),
  figuresScope: text("统计口径:本单位及其下属单位,自然年度", "Scope: the unit and its subordinate units, calendar year"),
  figure: text("指标", "Figure"),
  value: text("数值", "Value"),
  narrative: text("工作情况", "Work done"),
  suggestions: text("五、工作建议", "5. Work suggestions"),
  history: text("审阅记录", "Review history"),
  none: text("(未填写)", "(not written)"),
  signature: text("首席数据官(签字):", "CDO (signature):"),
  date: text("日期:", "Date:"),
  seal: text("单位(盖章)", "Unit (seal)"),
  late: text("逾期", "late"),
};

export const statusLabels = registerEnumLabels("AnnualReportStatus", {
  DRAFT: text("草稿", "Draft"),
  SUBMITTED: text("已提交", "Submitted"),
  RETURNED: text("已退回", "Returned"),
  ACCEPTED: text("已通过", "Accepted"),
});
export const reviewActionLabels = registerEnumLabels("AnnualReportReviewAction", {
  SUBMITTED: text("提交", "Submitted"),
  RETURNED: text("退回", "Returned"),
  ACCEPTED: text("通过", "Accepted"),
});
export const sectionTitles = registerEnumLabels("AnnualReportSectionKind", {
  DATA_AGGREGATION: text("一、数据汇聚", "1. Data aggregation"),
  OPEN_SHARING: text("二、开放共享", "2. Open sharing"),
  APPLICATION_INNOVATION: text("三、应用创新", "3. Application innovation"),
  SECURITY_PROTECTION: text("四、安全保护", "4. Security protection"),
});
