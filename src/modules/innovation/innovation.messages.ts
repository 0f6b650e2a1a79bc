import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";

/** Everything the innovation module says to people, Chinese first. */
export const innovationMessages = {
  caseNotFound: text("融合创新案例不存在。", "Innovation case not found."),
  unitNotFound: text("单位不存在。", "Unit not found."),
  resourceNotFound: text("数据资源不存在。", "Data resource not found."),
  resourceRetired: (name: string) =>
    text(`数据资源“${name}”已退役,不能再关联到创新案例。`, `The data resource "${name}" is retired: a case cannot newly use it.`),
  textLength: (max: number) => text(`内容须为 1 到 ${max} 个字符。`, `The text must be 1 to ${max} characters.`),
  tooMany: (max: number) => text(`最多 ${max} 项。`, `At most ${max} entries.`),
  year: text("年份须在 2000 到 2100 之间。", "The year must be from 2000 to 2100."),
};

registerEnumLabels("InnovationCaseKind", {
  DATA_PRODUCT: text("数据产品", "Data product"),
  PUBLIC_DATA_PILOT: text("公共数据开发利用试点", "Public-data exploitation pilot"),
  COMPETITION_ENTRY: text("数据开放应用创新大赛作品", "Open-data competition entry"),
});
