import { registerEnumLabels } from "../../common/enum-labels";
import { type Localised, text } from "../../common/i18n";

/** Every text of the opening module a person reads, Chinese first (see common/i18n.ts). */

export const openDatasetStatusLabels: Record<string, Localised> = {
  PUBLISHED: text("已开放", "Published"),
  WITHDRAWN: text("已撤回", "Withdrawn"),
};

export const openThemeLabels: Record<string, Localised> = {
  ECONOMY: text("经济建设", "Economy"),
  ENVIRONMENT: text("资源环境", "Resources and environment"),
  EDUCATION_SCIENCE: text("教育科技", "Education, science and technology"),
  TRANSPORT: text("道路交通", "Roads and transport"),
  SOCIAL_DEVELOPMENT: text("社会发展", "Social development"),
  PUBLIC_SAFETY: text("公共安全", "Public safety"),
  CULTURE_LEISURE: text("文化休闲", "Culture and leisure"),
  HEALTH: text("卫生健康", "Health"),
  LIVELIHOOD: text("民生服务", "Public services"),
  ORGANISATIONS: text("机构团体", "Organisations"),
  URBAN_CONSTRUCTION: text("城建住房", "Urban construction and housing"),
  CREDIT: text("信用服务", "Credit"),
  AGRICULTURE: text("农业农村", "Agriculture and rural affairs"),
  GOVERNMENT: text("政府机构", "Government"),
};

export const licenceLabels: Record<string, Localised> = {
  CC_BY_4_0: text("知识共享署名 4.0 国际许可协议", "Creative Commons Attribution 4.0"),
  CC0_1_0: text("知识共享 CC0 1.0 公共领域贡献", "Creative Commons CC0 1.0"),
  ODC_BY_1_0: text("开放数据共享署名许可 1.0", "Open Data Commons Attribution 1.0"),
};

export const distributionFormatLabels: Record<string, Localised> = {
  CSV: text("CSV 文件", "CSV file"),
  XLSX: text("Excel 工作簿 (XLSX)", "Excel workbook (XLSX)"),
  XLS: text("Excel 97-2003 工作簿 (XLS)", "Excel 97-2003 workbook (XLS)"),
  JSON: text("JSON 文件", "JSON file"),
  XML: text("XML 文件", "XML file"),
  PDF: text("PDF 文档", "PDF document"),
  ZIP: text("ZIP 压缩包", "ZIP archive"),
  API: text("数据接口", "API"),
};

export const openingMessages = {
  resourceNotFound: text("数据资源不存在", "Data resource not found"),
  datasetNotFound: text("开放数据集不存在", "Open dataset not found"),
  unitNotFound: text("单位不存在", "Unit not found"),
  resourceNotPublished: (name: string) =>
    text(
      `数据资源「${name}」尚未发布到目录（或已退役）：只有目录中已发布的资源才能开放。`,
      `Data resource ${name} is not published in the catalog (or is retired): only published resources are opened.`,
    ),
  resourceNotOpen: (name: string) =>
    text(
      `数据资源「${name}」的开放类型为不予开放，不能作为开放数据集发布。`,
      `Data resource ${name} is NOT_OPEN (不予开放): it cannot be published as an open dataset.`,
    ),
  widerThanResource: (name: string) =>
    text(
      `数据资源「${name}」为有条件开放，数据集不能无条件开放：开放范围不得宽于资源的开放类型。`,
      `Data resource ${name} is opened CONDITIONAL: its dataset cannot be opened unconditionally, wider than the resource's open type.`,
    ),
  openTypeRequired: text("数据集的开放类型须为无条件开放或有条件开放。", "A dataset is opened UNCONDITIONAL or CONDITIONAL."),
  openConditionsRequired: text("有条件开放的数据集须写明开放条件。", "A conditionally opened dataset needs its open conditions."),
  coreDataNeverOpened: text("核心数据一律不予开放。", "Core data (核心数据) is never opened."),
  sensitiveUnconditional: text(
    "重要数据及涉及国家利益、公共安全、商业秘密、个人隐私的数据，不得无条件开放。",
    "Important data, or data touching national interest, public safety, trade secrets or personal privacy, is never opened unconditionally.",
  ),
  personalUnconditional: (codes: string) =>
    text(
      `该资源含个人信息（${codes}），不得整体无条件开放。`,
      `The resource holds personal information (${codes}): it is never opened unconditionally as a whole.`,
    ),
  openingWiderThanSharing: text("开放范围不得宽于共享范围。", "Opening to the public may not be wider than sharing between government units."),
  datasetExists: (title: string) =>
    text(`该资源已有开放数据集「${title}」（含已撤回的）。`, `The resource already has the open dataset ${title} (withdrawn ones included).`),
  datasetWithdrawn: (title: string) => text(`开放数据集「${title}」已撤回。`, `The open dataset ${title} is already withdrawn.`),
  staleVersion: text("该数据集已被他人修改，请刷新后重试。", "The dataset was changed since you read it; reload and try again."),
  titleLength: (max: number) => text(`标题须为 1 至 ${max} 个字符。`, `The title must be 1 to ${max} characters.`),
  descriptionLength: (max: number) => text(`描述不得超过 ${max} 个字符。`, `The description may not exceed ${max} characters.`),
  conditionsLength: (max: number) => text(`开放条件不得超过 ${max} 个字符。`, `The open conditions may not exceed ${max} characters.`),
  reasonLength: (max: number) => text(`撤回理由须为 1 至 ${max} 个字符。`, `The withdrawal reason must be 1 to ${max} characters.`),
  distributionCount: (max: number) => text(`数据集须有 1 至 ${max} 个数据格式（文件或接口）。`, `A dataset needs 1 to ${max} distributions (files or APIs).`),
  distributionTitleLength: (max: number) => text(`格式名称不得超过 ${max} 个字符。`, `A distribution's title may not exceed ${max} characters.`),
  urlInvalid: (max: number) => text(`须为 http 或 https 地址，不超过 ${max} 个字符。`, `Must be an http or https URL of at most ${max} characters.`),
  issuedInFuture: text("发布日期不能晚于今天。", "The publication date cannot be later than today."),
  usageBatchSize: (max: number) => text(`每批须有 1 至 ${max} 条使用记录。`, `A batch holds 1 to ${max} usage records.`),
  usageTwice: text("同一数据集同一天在本批中出现了两次。", "The same dataset and day appear twice in the batch."),
  usageCount: (max: number) => text(`次数须为 0 至 ${max} 的整数。`, `Counts are integers from 0 to ${max}.`),
  usageDateOutOfRange: text("使用日期须在数据集发布日期至今天之间。", "A usage day must be between the dataset's publication date and today."),
  periodInvalid: (maxDays: number) =>
    text(`统计期须开始不晚于结束，且不超过 ${maxDays} 天。`, `The period must start no later than it ends, and span at most ${maxDays} days.`),
  rankingSize: (max: number) => text(`排行数量须为 1 至 ${max}。`, `The ranking holds 1 to ${max} datasets.`),
  searchTooLong: (max: number) => text(`搜索词不得超过 ${max} 个字符。`, `The search text may not exceed ${max} characters.`),
  filterTooLong: (max: number) => text(`每个筛选条件最多 ${max} 个值。`, `Each filter takes at most ${max} values.`),
  // The CKAN action API (answers in CKAN's own shape; its messages are read by harvesters and people alike).
  ckanNotFound: text("未找到", "Not found"),
  ckanMissingValue: text("缺少值", "Missing value"),
  ckanNotNatural: text("必须是自然数", "Must be a natural number"),
  ckanTooLong: (max: number) => text(`长度不得超过 ${max}`, `Length must be at most ${max}`),
  ckanUnknownAction: (name: string) => text(`未知的操作: ${name}`, `Action name not known: ${name}`),
  serviceUnavailable: text("数据库暂时无法响应，请稍后重试。", "The database is not answering; try again shortly."),
  internalError: (requestId: string) => text(`服务器内部错误（请求 ${requestId}）`, `Internal server error (request ${requestId})`),
  publisherCatalogTitle: text("天宁区公共数据开放目录", "Tianning District open data catalog"),
};

// The labels as data (enumLabels and the …Label fields), under the GraphQL enums' names.
registerEnumLabels("OpenDatasetStatus", openDatasetStatusLabels);
registerEnumLabels("OpenTheme", openThemeLabels);
registerEnumLabels("OpenLicence", licenceLabels);
registerEnumLabels("DistributionFormat", distributionFormatLabels);
