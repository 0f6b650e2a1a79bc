import { registerEnumLabels } from "../../common/enum-labels";
import { type Localised, text } from "../../common/i18n";

/** Everything the sharing module says to people, Chinese first. */
export const sharingMessages = {
  resourceNotFound: text("数据资源不存在。", "Data resource not found."),
  requestNotFound: text("共享申请不存在。", "Sharing request not found."),
  grantNotFound: text("共享授权不存在。", "Sharing grant not found."),
  unitNotFound: text("单位不存在。", "Unit not found."),
  itemNotOfResource: text("所选信息项不属于该数据资源。", "A requested item does not belong to the resource."),
  tooManyItems: (max: number) => text(`一次最多申请 ${max} 个信息项。`, `At most ${max} items per request.`),
  notShared: (name: string, basis: string | null) =>
    text(
      `“${name}”为不予共享数据，不能申请${basis ? `（依据：${basis}）` : ""}。`,
      `${name} is not shared (不予共享) and cannot be requested${basis ? ` (basis: ${basis})` : ""}.`,
    ),
  itemNotShared: (item: string, basis: string | null) =>
    text(
      `信息项“${item}”为不予共享，不能申请${basis ? `（依据：${basis}）` : ""}。`,
      `Item ${item} is not shared (不予共享) and cannot be requested${basis ? ` (basis: ${basis})` : ""}.`,
    ),
  notRequestable: (name: string) =>
    text(`“${name}”不是已发布的目录资源，不能申请共享。`, `${name} is not a published catalog resource and cannot be requested.`),
  ownResource: text("本单位的数据资源无需申请共享。", "A unit does not request its own resource."),
  alreadyPending: text("本单位对该资源已有待审核的申请。", "Your unit already has a pending request for this resource."),
  alreadyDecided: text("该申请已处理，不能再次审核。", "The request has already been decided."),
  notActive: text("该授权已撤销或已到期。", "The grant is already revoked or expired."),
  onlyConsumer: (unit: string) => text(`只有${unit}的首席数据官或数据专员可以为其申请共享。`, `Only the CDO or data specialist of ${unit} may request for it.`),
  onlyProvider: (unit: string) =>
    text(`只有${unit}的首席数据官或数据专员可以审核或撤销其共享。`, `Only the CDO or data specialist of ${unit} may decide on or revoke its sharing.`),
  onlyDistrictOffice: text("使用记录由交换平台或区级管理员报送。", "Usage is reported by the exchange platform or district administrators."),
  required: (what: Localised) => text(`请填写${what.zh}。`, `${what.en} is required.`),
  tooLong: (what: Localised, max: number) => text(`${what.zh}最长 ${max} 个字符。`, `${what.en} can be at most ${max} characters.`),
  wantedUntilPast: text("使用期限不能早于今天。", "The last day of use cannot be before today."),
  dateInvalid: (field: string) => text(`${field} 不是有效日期。`, `${field} is not a valid date.`),
  periodReversed: text("结束日期不能早于开始日期。", "The end date cannot be before the start date."),
  periodTooLong: (days: number) => text(`统计区间最长 ${days} 天。`, `The period can be at most ${days} days long.`),
  usageEmpty: text("请至少报送一条使用记录。", "Send at least one usage record."),
  usageTooMany: (max: number) => text(`一批最多 ${max} 条使用记录。`, `At most ${max} usage records per batch.`),
  usageCount: (field: string) => text(`${field} 须为 0 至 1,000,000,000 的整数。`, `${field} must be a whole number from 0 to 1,000,000,000.`),
  usageDuplicate: (index: number, first: number) =>
    text(`第 ${index + 1} 条与第 ${first + 1} 条是同一授权同一天的记录。`, `Record ${index + 1} repeats the grant and day of record ${first + 1}.`),
  usageAfterRevocation: (date: string, revokedOn: string) =>
    text(`授权已于 ${revokedOn} 撤销，不再接受 ${date} 的使用记录。`, `The grant was revoked on ${revokedOn}: it accepts no usage on ${date}.`),
  usageAfterExpiry: (date: string, expiresOn: string) =>
    text(`授权已于 ${expiresOn} 到期，不再接受 ${date} 的使用记录。`, `The grant expired after ${expiresOn}: it accepts no usage on ${date}.`),
  usageBeforeGrant: (date: string, grantedOn: string) =>
    text(`授权自 ${grantedOn} 起生效，${date} 不在授权期内。`, `The grant began on ${grantedOn}: ${date} is outside it.`),
  usageInFuture: (date: string) => text(`${date} 尚未到来，不能报送使用记录。`, `${date} is in the future: no usage can be reported for it.`),
  csvHeader: (expected: string) => text(`CSV 表头应为：${expected}`, `The CSV header must be: ${expected}`),
  csvRow: (row: number, problem: string) => text(`第 ${row} 行：${problem}`, `Row ${row}: ${problem}`),
};

/** Field names as people read them, for the messages above. */
export const sharingFieldNames = {
  purpose: text("申请用途", "The purpose"),
  legalBasis: text("申请依据", "The legal basis"),
  conditions: text("共享条件", "The conditions"),
  reason: text("理由", "The reason"),
};

// The labels as data (enumLabels), under the GraphQL enums' names.
registerEnumLabels("SharingRequestStatus", {
  PENDING: text("待审核", "Pending"),
  GRANTED: text("已授权", "Granted"),
  REJECTED: text("已驳回", "Rejected"),
});
registerEnumLabels("SharingGrantState", {
  ACTIVE: text("有效", "Active"),
  EXPIRED: text("已过期", "Expired"),
  REVOKED: text("已撤销", "Revoked"),
});
