/**
 * What the inventory module says to people (DOMAIN §2), in Simplified Chinese and English: the
 * labels of its enums (the policy's and the national catalog's own terms, which the spreadsheet
 * template also uses), the messages of its rules, and the import's problems.
 */
import { registerEnumLabels } from "../../common/enum-labels";
import { type Localised, text } from "../../common/i18n";
import {
  CatalogCategory,
  DataLevel,
  ItemDataType,
  LifecycleStage,
  OpenType,
  ResourceFormat,
  ResourceStatus,
  SharingMethod,
  SharingType,
  UpdateFrequency,
} from "./inventory.enums";

// ── Labels ───────────────────────────────────────────────────────────────────
// The Chinese label is the template's (export writes it, import reads it): change one only with the template.

/** 资源属性分类. */
export const CatalogCategoryLabels = registerEnumLabels<CatalogCategory>("CatalogCategory", {
  BASIC: text("基础", "Basic"),
  THEMATIC: text("主题", "Thematic"),
  DEPARTMENTAL: text("部门", "Departmental"),
});

/** 信息资源格式. */
export const ResourceFormatLabels = registerEnumLabels<ResourceFormat>("ResourceFormat", {
  DATABASE: text("数据库", "Database"),
  SPREADSHEET: text("电子表格", "Spreadsheet"),
  DOCUMENT: text("电子文件", "Electronic document"),
  IMAGE: text("图形图像", "Graphics and images"),
  STREAMING_MEDIA: text("流媒体", "Streaming media"),
  API: text("接口", "API"),
});

/** 更新周期. */
export const UpdateFrequencyLabels = registerEnumLabels<UpdateFrequency>("UpdateFrequency", {
  REAL_TIME: text("实时", "Real time"),
  DAILY: text("每日", "Daily"),
  WEEKLY: text("每周", "Weekly"),
  MONTHLY: text("每月", "Monthly"),
  QUARTERLY: text("每季度", "Quarterly"),
  SEMI_ANNUAL: text("每半年", "Every six months"),
  ANNUAL: text("每年", "Yearly"),
  IRREGULAR: text("不定期", "Irregular"),
});

/** 生命周期阶段. */
export const LifecycleStageLabels = registerEnumLabels<LifecycleStage>("LifecycleStage", {
  PLANNING: text("规划", "Planning"),
  COLLECTION: text("采集", "Collection"),
  PROCESSING: text("处理", "Processing"),
  SHARING_AND_OPENING: text("共享开放", "Sharing and opening"),
  EXPLOITATION: text("开发利用", "Exploitation"),
  ARCHIVED: text("归档", "Archived"),
});

/** 状态. */
export const ResourceStatusLabels = registerEnumLabels<ResourceStatus>("ResourceStatus", {
  DRAFT: text("草稿", "Draft"),
  PUBLISHED: text("已发布", "Published"),
  RETIRED: text("已退役", "Retired"),
});

/** 共享类型. */
export const SharingTypeLabels = registerEnumLabels<SharingType>("SharingType", {
  UNCONDITIONAL: text("无条件共享", "Shared unconditionally"),
  CONDITIONAL: text("有条件共享", "Shared conditionally"),
  NOT_SHARED: text("不予共享", "Not shared"),
});

/** 共享方式. */
export const SharingMethodLabels = registerEnumLabels<SharingMethod>("SharingMethod", {
  API: text("接口", "API"),
  FILE: text("文件", "File"),
  DATABASE_EXCHANGE: text("库表交换", "Database exchange"),
});

/** 开放类型. */
export const OpenTypeLabels = registerEnumLabels<OpenType>("OpenType", {
  UNCONDITIONAL: text("无条件开放", "Open unconditionally"),
  CONDITIONAL: text("有条件开放", "Open conditionally"),
  NOT_OPEN: text("不予开放", "Not open"),
});

/** 数据分级. */
export const DataLevelLabels = registerEnumLabels<DataLevel>("DataLevel", {
  CORE: text("核心数据", "Core data"),
  IMPORTANT: text("重要数据", "Important data"),
  GENERAL: text("一般数据", "General data"),
});

/** 信息项数据类型. */
export const ItemDataTypeLabels = registerEnumLabels<ItemDataType>("ItemDataType", {
  STRING: text("字符型", "Text"),
  NUMBER: text("数值型", "Number"),
  DATE: text("日期型", "Date"),
  DATETIME: text("日期时间型", "Date and time"),
  BOOLEAN: text("布尔型", "Yes/no"),
  BINARY: text("二进制", "Binary"),
});

/** 敏感属性 (涉及国家利益、公共安全、商业秘密、个人隐私). Keyed like SensitivityFlag. */
registerEnumLabels<"NATIONAL_INTEREST" | "PUBLIC_SAFETY" | "TRADE_SECRET" | "PERSONAL_PRIVACY">("SensitivityFlag", {
  NATIONAL_INTEREST: text("涉及国家利益", "National interest"),
  PUBLIC_SAFETY: text("涉及公共安全", "Public safety"),
  TRADE_SECRET: text("涉及商业秘密", "Trade secret"),
  PERSONAL_PRIVACY: text("涉及个人隐私", "Personal privacy"),
});

/** 是/否 in the template. */
export const YesNoLabels = { YES: text("是", "Yes"), NO: text("否", "No") };

const sharing = (t: SharingType) => SharingTypeLabels[t];
const opening = (t: OpenType) => OpenTypeLabels[t];
const category = (c: CatalogCategory) => CatalogCategoryLabels[c];

// ── Rules (inventory.policy.ts), the same from the API and the import ──────

export const InventoryRuleMessages = {
  itemCodeInvalid: (code: string) =>
    text(`信息项编码“${code}”须为 1–64 位字母、数字、“_”、“.”或“-”。`, `Item code "${code}" must be 1–64 letters, digits, '_', '.' or '-'.`),
  newResourceStatus: text("新建的数据资源只能是草稿或已发布。", "A new resource is DRAFT or PUBLISHED."),
  retireWithMutation: text(
    "退役数据资源请使用 retireDataResource（更新和导入都不能退役）。",
    "Retire a resource with retireDataResource (not by an update or an import).",
  ),
  classificationCodeInvalid: (code: string) =>
    text(
      `分类代码 ${code} 须为 6 位数字：类（1–3）、项（2 位）、目（3 位），例如 301002。`,
      `Classification code ${code} must be 6 digits: 类 (1–3), 项 (2), 目 (3), e.g. 301002.`,
    ),
  classificationCategoryMismatch: (c: CatalogCategory, digit: string, code: string) =>
    text(`${category(c).zh}类资源的分类代码以 ${digit} 开头；${code} 不是。`, `A ${c} resource's classification code starts with ${digit}; ${code} does not.`),
  resourceCodeInvalid: (code: string, example: string) =>
    text(
      `信息资源代码 ${code} 须为分类代码、“/”和 5 位顺序码（例如 ${example}）。`,
      `Resource code ${code} must be the classification code, "/", and a 5-digit sequence (e.g. ${example}).`,
    ),
  sharingConditionsRequired: text("有条件共享须写明共享条件。", "Conditional sharing (有条件共享) needs its conditions."),
  notSharedBasisRequired: text("不予共享须写明法律、行政法规或政策依据。", "Not sharing (不予共享) needs its legal or policy basis."),
  openConditionsRequired: text("有条件开放须写明开放条件。", "Conditional opening (有条件开放) needs its conditions."),
  coreDataNeverOpened: text("核心数据一律不予开放：开放类型请选“不予开放”。", "Core data (核心数据) is never opened: set openType to NOT_OPEN."),
  sensitiveDataOpenedUnconditionally: text(
    "重要数据，以及涉及国家利益、公共安全、商业秘密、个人隐私的数据，不得无条件开放。",
    "Important data, or data touching national interest, public safety, trade secrets or personal privacy, can never be opened unconditionally.",
  ),
  openingWiderThanSharing: (s: SharingType, o: OpenType) =>
    text(
      `${sharing(s).zh}的资源不能${opening(o).zh}：开放范围不得宽于共享范围。`,
      `A resource shared ${s} cannot be opened to the public ${o}: opening may not be wider than sharing.`,
    ),
  personalInformationUnconditional: (codes: string) =>
    text(
      `该资源含个人信息（${codes}）：不能整体无条件共享或无条件开放。`,
      `The resource holds personal information (${codes}): it cannot be shared or opened unconditionally as a whole.`,
    ),
  itemSharingLooser: (item: string, itemType: SharingType, resourceType: SharingType) =>
    text(
      `信息项 ${item} 为${sharing(itemType).zh}，而所属资源为${sharing(resourceType).zh}：信息项只能比资源更严格。`,
      `Item ${item} is ${itemType} but its resource is ${resourceType}: an item may only be stricter.`,
    ),
  resourceCodeTaken: (code: string) => text(`信息资源代码 ${code} 在全区已被使用。`, `Resource code ${code} is already used in the district.`),
  itemCodeTwice: (code: string) =>
    text(`信息项编码 ${code} 在该资源中出现两次（编码不区分大小写）。`, `Item code ${code} appears twice in the resource (codes ignore case).`),
  itemCodeCase: (code: string, stored: string) =>
    text(
      `信息项编码 ${code} 与该资源已有的信息项 ${stored} 仅大小写不同：请使用 ${stored}。`,
      `Item code ${code} differs only in case from the resource's item ${stored}: use ${stored}.`,
    ),
  functionNameTaken: (name: string, unitName: string) => text(`${unitName}已有职能“${name}”。`, `${unitName} already has the function ${name}.`),
};

// ── The API (data-resource.service.ts, inventory.resolver.ts) ────────────────

export const InventoryMessages = {
  functionNotOfProvider: (fn: string, provider: string) =>
    text(`职能“${fn}”属于其他单位，不属于${provider}。`, `Function ${fn} belongs to another unit, not to ${provider}.`),
  newResourceStatus: text("新建的数据资源只能是草稿或已发布。", "A new resource is DRAFT or PUBLISHED."),
  staleVersion: (code: string) =>
    text(
      `数据资源 ${code} 在您读取之后已被修改：请重新加载后再次修改。`,
      `Resource ${code} was changed since you read it: reload it and apply your edit again.`,
    ),
  resourceRetired: (code: string) =>
    text(`数据资源 ${code} 已退役：仍可查看，但不再编辑。`, `Resource ${code} is retired: it stays readable but is no longer edited.`),
  retireWithMutation: text("退役数据资源请使用 retireDataResource。", "Retire a resource with retireDataResource."),
  alreadyRetired: (code: string) => text(`数据资源 ${code} 已经退役。`, `Resource ${code} is already retired.`),

  // Inputs (class-validator)
  classificationPrefixFormat: text("classificationCodePrefix 须为 1–6 位数字", "classificationCodePrefix must be 1–6 digits"),
  itemCodeFormat: text("code 须为 1–64 位字母、数字、“_”、“.”或“-”", "code must be 1–64 letters, digits, '_', '.' or '-'"),
};

// ── The import and export (import/, spreadsheet/) ─────────────────────────────

export const ImportMessages = {
  // Cells (cell-reader.ts)
  tooLong: (header: string, max: number, length: number) =>
    text(`${header}最多 ${max} 个字符，此处有 ${length} 个。`, `${header} may have at most ${max} characters; this one has ${length}.`),
  unknownLabel: (value: string, header: string, labels: string) =>
    text(`“${value}”不是有效的${header}：请使用 ${labels} 之一。`, `"${value}" is not a ${header}: use one of ${labels}.`),
  notYesNo: (value: string, header: string) => text(`“${value}”不是“是”或“否”（${header}）。`, `"${value}" is not 是 or 否 (${header}).`),
  notWholeNumber: (value: string, min: number, max: number, header: string) =>
    text(`“${value}”不是 ${min} 到 ${max} 之间的整数（${header}）。`, `"${value}" is not a whole number from ${min} to ${max} (${header}).`),
  notDate: (value: string, header: string) =>
    text(`“${value}”不是日期，日期应形如 2025-03-01（${header}）。`, `"${value}" is not a date such as 2025-03-01 (${header}).`),

  // Rows and resources (inventory-import.service.ts)
  rowsNotContiguous: (resource: string) =>
    text(`资源 ${resource} 的各行须相邻：它已在上方出现过。`, `The rows of resource ${resource} must be next to each other: it already appeared above.`),
  columnsDiffer: (header: string, value: string, first: string, firstRow: number) =>
    text(
      `${header}此处为“${value}”，但在该资源的首行（第 ${firstRow} 行）为“${first}”：同一资源各行的资源列须相同。`,
      `${header} is "${value}" here but "${first}" on row ${firstRow}, the resource's first row: a resource's columns are the same on all its rows.`,
    ),
  unitOutsideScope: (code: string, target: string) =>
    text(
      `单位 ${code} 不是${target}或其下属单位：请在该单位导入其目录。`,
      `Unit ${code} is not ${target} or one of its subordinate units: import its inventory there.`,
    ),
  unitNotFound: (code: string) => text(`没有代码为 ${code} 的单位。`, `No unit has the code ${code}.`),
  codeGivenTwice: (code: string, earlier: number) =>
    text(
      `信息资源代码 ${code} 已分配给第 ${earlier} 行未填代码的资源：新资源请全部填写代码，或全部不填。`,
      `Resource code ${code} was already given to the resource of row ${earlier}, which had no code: give codes to all new resources or to none.`,
    ),
  valueRequired: (header: string) => text(`${header}为必填项。`, `${header} is required.`),
  retireNotByImport: text("退役数据资源请使用 retireDataResource，不能通过导入。", "Retire a resource with retireDataResource, not by import."),
  newResourceStatus: text("新资源的状态只能是“草稿”或“已发布”。", "A new resource is 草稿 or 已发布."),
  functionNameTooLong: (start: string) => text(`职能名称最多 200 个字符：“${start}…”。`, `A function name may have at most 200 characters: "${start}…".`),
  itemCodeRequired: text("信息项编码为必填项：每次导入都按它匹配信息项。", "信息项编码 is required: items are matched by it on every import."),
  alsoOnRow: (message: Localised, row: number) => text(`${message.zh}另见第 ${row} 行。`, `${message.en} Also on row ${row}.`),
  itemNameRequired: text("信息项名称为必填项。", "信息项名称 is required."),
  dataTypeRequired: text("数据类型为必填项。", "数据类型 is required."),
  alreadyInCatalog: (message: Localised, item: string) =>
    text(`${message.zh}（信息项 ${item} 已在目录中）`, `${message.en} (item ${item} is already in the catalog)`),
  missingColumn: (header: string, who: Localised) =>
    text(`文件缺少“${header}”列，而${who.zh}需要它。`, `The file has no ${header} column, which ${who.en} needs.`),
  aNewResource: text("新资源", "a new resource"),
  aNewItem: text("新信息项", "a new item"),
  everyItem: text("每个信息项", "every item"),

  // The file (spreadsheet/)
  notValidSpreadsheet: (shownZh: string, shownEn: string, more: number) =>
    text(
      `该文件不是有效的数据资源目录表格：${shownZh}${more > 0 ? `（另有 ${more} 个问题）` : ""}`,
      `The file is not a valid inventory spreadsheet: ${shownEn}${more > 0 ? ` (and ${more} more)` : ""}`,
    ),
  atRow: (row: number, column: string | null, message: Localised) =>
    text(`第 ${row} 行${column ? `第 ${column} 列` : ""}：${message.zh}`, `row ${row}${column ? `, column ${column}` : ""}: ${message.en}`),
  notUtf8: (at: number) =>
    text(
      `文件开头是 UTF-8，但在第 ${at} 字节附近不是有效的 UTF-8：请重新另存为“CSV UTF-8”`,
      `the file is not valid UTF-8 near byte ${at}, though it starts as UTF-8: save it again as "CSV UTF-8"`,
    ),
  unclosedQuote: text('有一个带引号的字段没有结束：缺少一个双引号（"）', 'a quoted field is never closed: a double quote (") is missing'),
  notXlsx: (reason: Localised) =>
    text(
      `该文件不是可读取的 XLSX 工作簿：${reason.zh}。.xls 文件或有密码保护的工作簿须先另存为普通 .xlsx`,
      `the file is not a readable XLSX workbook: ${reason.en}. An .xls file or a password-protected workbook must first be saved as a plain .xlsx`,
    ),
  emptyFile: text("文件是空的：没有表头行", "the file is empty: it has no header row"),
  unknownHeader: (header: string) => text(`未知的表头“${header}”`, `unknown header "${header}"`),
  headerTwice: (header: string, earlier: string) =>
    text(`表头“${header}”出现两次（另见第 ${earlier} 列）`, `header "${header}" appears twice (also in column ${earlier})`),
  noHeaderRow: (example: string) =>
    text(
      `第一个非空行不是模板的表头行：其中没有任何单元格是模板表头（如“${example}”）`,
      `the first non-empty row is not the template's header row: none of its cells is a template header such as "${example}"`,
    ),
  headerMissing: (header: string) => text(`缺少必需的表头“${header}”`, `required header "${header}" is missing`),
  valueWithoutHeader: (value: string) => text(`值“${value}”所在的列没有表头`, `the value "${value}" is in a column without a header`),
  worksheetDamaged: (reason: Localised) => text(`工作表已损坏：${reason.zh}`, `the worksheet is damaged: ${reason.en}`),
  noWorksheet: text("第一个工作表没有 <worksheet> 元素", "the first sheet has no <worksheet> element"),
  // Why an XLSX file is not a workbook (xlsx-reader.ts) or its sheet is damaged (xlsx-sheet-scanner.ts)
  notZip: (detail: string) => text(`无法作为 zip 压缩包打开（${detail}）`, `it cannot be opened as a zip archive (${detail})`),
  readerSaid: (detail: string) => text(detail, detail),
  sheetMissing: (path: string) => text(`其第一个工作表（${path}）缺失`, `its first worksheet (${path}) is missing`),
  entryEncrypted: (entry: string) => text(`${entry} 已加密`, `${entry} is encrypted`),
  entryCompression: (entry: string, method: number) => text(`${entry} 使用了压缩方法 ${method}`, `${entry} uses compression method ${method}`),
  entryChecksum: (entry: string) => text(`${entry} 已损坏（校验和不符）`, `${entry} is damaged (its checksum does not match)`),
  noWorkbookPart: text("其中没有工作簿部分", "it has no workbook part"),
  noWorksheetPart: text("其中没有工作表", "it has no worksheet"),
  cellTagNotClosed: text("某个单元格的标签没有闭合", "a cell's tag is not closed"),
  cellBeyondXfd: text("某个单元格超出了 XFD 列（表格的最后一列）", "a cell is beyond column XFD, the last a spreadsheet has"),
  cellNotClosed: text("某个单元格没有闭合", "a cell is not closed"),

  // Past a reading bound (spreadsheet-limits.ts): SPREADSHEET_TOO_LARGE
  tooManyFields: (max: number) => text(`该行超过 ${max} 个字段`, `the row has more than ${max} fields`),
  rowTooLong: (max: number) => text(`该行超过 ${max} 个字符`, `the row is longer than ${max} characters`),
  fieldTooLong: (max: number, hint: Localised) => text(`某个字段超过 ${max} 个字符${hint.zh}`, `a field is longer than ${max} characters${hint.en}`),
  unclosedQuoteHint: text('（是否有双引号（"）没有闭合？）', ' (is a double quote (") left open?)'),
  noHint: text("", ""),
  tooManyZipEntries: (max: number) => text(`XLSX 压缩包中的条目超过 ${max} 个`, `the XLSX archive has more than ${max} entries`),
  inflatesTooFar: (entry: string) =>
    text(`${entry} 解压后超出了数据资源目录文件的上限：请按单位拆分`, `${entry} inflates past the bounds of an inventory file: split it by unit`),
  sharedStringTooLong: (index: number, max: number) =>
    text(`第 ${index} 个共享字符串超过 ${max} 个字符`, `shared string ${index} is longer than ${max} characters`),
  sharedStringsTooMany: (texts: number, chars: number) =>
    text(`共享字符串超过 ${texts} 条或 ${chars} 个字符`, `the shared strings exceed ${texts} texts or ${chars} characters`),
  readingTooSlow: (seconds: number) => text(`读取文件超过 ${seconds} 秒：请按单位拆分`, `reading the file took longer than ${seconds} s: split it by unit`),
  xmlRowTooLong: (after: number, max: number) =>
    text(
      `某一行（第 ${after} 行之后）的 XML 超过 ${max} 个字符，或没有结束`,
      `a row (after row ${after}) is longer than ${max} characters of XML, or never ends`,
    ),
  valueBeyondColumns: (max: number) => text(`有值位于前 ${max} 列之外`, `a value is beyond the first ${max} columns`),
  cellTooLong: (max: number) => text(`某个单元格超过 ${max} 个字符`, `a cell is longer than ${max} characters`),
  xmlTagTooLong: (max: number) => text(`某个 XML 标签或注释超过 ${max} 个字符`, `an XML tag or comment is longer than ${max} characters`),

  // Uploads and exports (inventory-upload.ts, inventory-export.route.ts)
  fileNotReceived: (reason: string) => text(`未能接收文件：${reason}`, `The file could not be received: ${reason}`),
  formatUnknown: (fileName: string | undefined) =>
    text(
      `无法判断“${fileName}”的格式：请将文件命名为 .csv 或 .xlsx，或给出 format。`,
      `Cannot tell the format of "${fileName}": name it .csv or .xlsx, or pass format.`,
    ),
  fileTooLarge: (bytes: number) => text(`文件超过 ${bytes} 字节：请按单位拆分。`, `The file is larger than ${bytes} bytes: split it by unit.`),
  exportUnitRequired: text("unitId 为必填项：要导出目录的单位。", "unitId is required: the unit whose inventory to export."),
  includeDescendantsBoolean: text("includeDescendants 须为 true 或 false。", "includeDescendants must be true or false."),
};

// ── Exports and their signed links (export/) ──
export const ExportMessages = {
  unitsRequired: text("请指定要导出的单位：unitId 或 unitCode。", "Name the units to export: unitId or unitCode."),
  tooManyUnits: (max: number) => text(`一次最多导出 ${max} 个单位。`, `At most ${max} units per export.`),
  unitCodeUnknown: (code: string) => text(`没有代码为「${code}」的单位。`, `No unit has the code "${code}".`),
  linkInvalid: text("下载链接无效：请重新生成。", "The download link is not valid: ask for a new one."),
  linkExpired: text("下载链接已过期：请重新生成。", "The download link has expired: ask for a new one."),
  linkParameters: text("签名下载链接不能与 Authorization 请求头同时使用。", "A signed download link is used without an Authorization header."),
  fileTitle: text("职能数据清单", "inventory"),
  templateTitle: text("职能数据清单模板", "inventory-template"),
  andOthers: (count: number) => text(`等${count}个单位`, `and ${count - 1} more`),
};

// ── The import command (import-command.ts): its language is the terminal's (LANG), Chinese by default ──

export const ImportCommandMessages = {
  usage: text(
    `用法：npm run import -- --file 路径 --unit 单位代码 [--dry-run] [--format csv|xlsx] [--json]

从模板（XLSX 或 CSV）把一个单位的职能数据清单导入 DATABASE_URL 所指的数据库（默认：内置 SQLite 文件），
以区级管理员身份执行。全部成功或全部不写：文件有任何问题就什么也不写入。--dry-run 只检查不写入。
退出状态：文件没有问题为 0，有问题为 1（会逐条列出），命令行有误为 2。`,
    `Usage: npm run import -- --file PATH --unit UNIT_CODE [--dry-run] [--format csv|xlsx] [--json]

Imports a unit's function-data inventory from the template (XLSX or CSV) into the database of
DATABASE_URL (default: the embedded SQLite file), as a district administrator. All or nothing:
a file with any problem writes nothing. --dry-run only checks. Exit status: 0 when the file has
no problem, 1 when it has (they are listed), 2 for a wrong command line.`,
  ),
  needsValue: (name: string) => text(`${name} 需要一个值`, `${name} needs a value`),
  formatChoice: (format: string) => text(`--format 须为 csv 或 xlsx（收到“${format}”）`, `--format must be csv or xlsx (got "${format}")`),
  unknownArgument: (arg: string) => text(`未知参数“${arg}”`, `unknown argument "${arg}"`),
  fileRequired: text("缺少 --file", "--file is required"),
  unitRequired: text("缺少 --unit（单位代码，例如 320402003）", "--unit is required (the unit's code, e.g. 320402003)"),
  formatUnknown: (file: string) =>
    text(
      `无法判断 ${file} 的格式：请将文件命名为 .csv 或 .xlsx，或给出 --format。`,
      `Cannot tell the format of ${file}: name it .csv or .xlsx, or pass --format.`,
    ),
  cannotRead: (file: string, reason: string) => text(`无法读取 ${file}：${reason}`, `Cannot read ${file}: ${reason}`),
  configurationError: (detail: string) => text(`配置错误：${detail}`, `Configuration error: ${detail}`),
  cannotOpenDatabase: (where: string, reason: string) => text(`无法打开数据库 ${where}：${reason}`, `Cannot open the database at ${where}: ${reason}`),
  noUnit: (code: string, where: string) => text(`${where} 中没有代码为 ${code} 的单位。`, `No unit has the code ${code} in ${where}.`),
  importFailed: (reason: string) => text(`导入失败：${reason}`, `Import failed: ${reason}`),
  imported: text("已导入。", "Imported."),
  dryRunClean: text("试运行：没有问题；未写入任何内容。", "Dry run: no problems; nothing written."),
  problems: (n: number) => text(`${n} 个问题：未写入任何内容。`, `${n} problem${n === 1 ? "" : "s"}: nothing written.`),
  rowsRead: (n: number) => text(`已读取行数：${n}`, `rows read:  ${n}`),
  resources: (created: number, updated: number, unchanged: number) =>
    text(`数据资源：新增 ${created}，更新 ${updated}，未变 ${unchanged}`, `resources:  ${created} created, ${updated} updated, ${unchanged} unchanged`),
  items: (created: number, updated: number, unchanged: number) =>
    text(`信息项：新增 ${created}，更新 ${updated}，未变 ${unchanged}`, `items:      ${created} created, ${updated} updated, ${unchanged} unchanged`),
  functions: (created: number) => text(`职能：新增 ${created}`, `functions:  ${created} created`),
  problemAt: (row: number, column: string | null, code: string, message: string) =>
    text(`第 ${row} 行${column ? `，${column}` : ""}：${code}：${message}`, `row ${row}${column ? `, ${column}` : ""}: ${code}: ${message}`),
  andMore: (n: number) => text(`……另有 ${n} 个`, `… and ${n} more`),
  progressRows: (rows: string, rate: string) => text(`已读取 ${rows} 行${rate}`, `${rows} rows read${rate}`),
  progressBarRows: (rows: string, rate: string) => text(`${rows} 行${rate}`, `${rows} rows${rate}`),
  rate: (perSecond: string) => text(`  ${perSecond} 行/秒`, `  ${perSecond} rows/s`),
};
