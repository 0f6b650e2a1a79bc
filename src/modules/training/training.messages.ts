import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";

/** Everything the training module says to people, Chinese first. */
export const trainingMessages = {
  unitNotFound: text("单位不存在。", "Unit not found."),
  personNotFound: text("人员不存在。", "Person not found."),
  notDistrict: text("培训计划须建在区(根单位)上。", "A training plan belongs to a district (a root unit)."),
  planExists: (year: number) => text(`本区 ${year} 年度培训计划已存在。`, `The district already has a training plan for ${year}.`),
  onlyDistrict: text(
    "只有区首席数据官、执行官或区管理员可以制定年度培训计划。",
    "Only the district CDO, executive or administrators make the annual training plan.",
  ),
  attendeeOutsideUnit: (name: string, unitName: string) =>
    text(`${name}不是${unitName}(或其下属单位)的人员。`, `${name} is not a person of ${unitName} (or of a unit below it).`),
  hours: (max: number) =>
    text(
      `学时须为大于 0、不超过 ${max} 的小数,最多两位小数(如 "1.5")。`,
      `Hours are a decimal above 0 and at most ${max}, with at most two decimals (e.g. "1.5").`,
    ),
  year: text("年份须在 2000 到 2100 之间。", "The year must be from 2000 to 2100."),
  month: text("月份须在 1 到 12 之间。", "The month must be from 1 to 12."),
  heldOn: text("培训日期须在 2000 年之后,且不晚于今天。", "A session's day is after 2000 and not in the future."),
  textLength: (max: number) => text(`内容须为 1 到 ${max} 个字符。`, `The text must be 1 to ${max} characters.`),
  tooMany: (max: number) => text(`最多 ${max} 项。`, `At most ${max} entries.`),
  attendeesRequired: text("请至少给出一名参训人员。", "Name at least one attendee."),
};

registerEnumLabels("TrainingTopic", {
  DIGITAL_LITERACY: text("数字素养", "Digital literacy"),
  DIGITAL_SKILLS: text("数字技能", "Digital skills"),
  DATA_SECURITY: text("数据安全", "Data security"),
});
registerEnumLabels("TrainingFormat", {
  TECHNICAL_EXCHANGE: text("技术交流", "Technical exchange"),
  BUSINESS_TRAINING: text("业务培训", "Business training"),
});
