/**
 * The messages of the shared plumbing (errors, sign-in gate, pages, IDs, query limits, HTTP), in
 * Simplified Chinese and English. Modules keep theirs in `<module>.messages.ts`.
 */
import { type Localised, text } from "./i18n";

/** What a person calls each kind of record (by its GraphQL type name), for "not found" and ID messages. */
export const RecordNames: Record<string, Localised> = {
  Unit: text("单位", "Unit"),
  ParentUnit: text("上级单位", "Parent unit"),
  Person: text("人员", "Person"),
  Appointment: text("任命", "Appointment"),
  UserAccount: text("账号", "Account"),
  ApiToken: text("API 令牌", "API token"),
  AuditEntry: text("审计记录", "Audit entry"),
  DataResource: text("数据资源", "Data resource"),
  DataItem: text("信息项", "Data item"),
  Function: text("职能", "Function"),
};

/** The name of a record type, or the type name itself (in both languages) for one not listed. */
function recordName(type: string): Localised {
  return RecordNames[type] ?? text(type, type);
}

export const CommonMessages = {
  notFound: (what: Localised) => text(`未找到${what.zh}。`, `${what.en} not found`),
  serviceUnavailable: text("数据库暂时没有响应，请稍后重试。", "The database is not answering; try again shortly."),
  concurrentChange: text(
    "该记录刚被另一个请求同时修改，请重新加载后再试。",
    "The record was changed by another request at the same time; reload and try again.",
  ),
  internalError: (requestId: string | undefined) =>
    text(`服务器内部错误（请求编号 ${requestId ?? "未知"}）。`, `Internal server error (request ${requestId ?? "unknown"})`),
  cannotBeCleared: (field: string) => text(`${field} 不能清空：请给出一个值，或不填此项。`, `${field} cannot be cleared; give a value or leave it out.`),
  idOrCode: text("请给出 id 或 code 其中之一，不能同时给出或都不给。", "Give either id or code, not both."),

  // Input checks (class-validator problems, see error-format.ts)
  invalidInput: text("输入有误。", "Invalid input"),
  invalidField: (field: string, problems: string) => text(`${field} 不符合要求：${problems}`, `Invalid ${field}: ${problems}`),
  tooManyInvalidVariables: text(
    "无效的变量过多：前面已逐一列出，请先改正这些后重试。",
    "Too many invalid variables: the first ones are reported above, fix those and retry.",
  ),
  maxLength: (field: string, max: unknown) => text(`${field} 最多 ${max} 个字符`, `${field} must be shorter than or equal to ${max} characters`),
  length: (field: string, min: unknown, max: unknown) =>
    text(`${field} 的长度须在 ${min} 到 ${max} 个字符之间`, `${field} must be between ${min} and ${max} characters long`),
  min: (field: string, min: unknown) => text(`${field} 不能小于 ${min}`, `${field} must not be less than ${min}`),
  max: (field: string, max: unknown) => text(`${field} 不能大于 ${max}`, `${field} must not be greater than ${max}`),
  isInt: (field: string) => text(`${field} 必须是整数`, `${field} must be an integer number`),
  unknownConstraint: (field: string) => text(`${field} 的值不符合要求`, `${field} has an invalid value`),

  // Sign-in gate and roles (common/auth.ts)
  signInFirst: text("请先登录：此操作需要访问令牌（Authorization: Bearer …）。", "Sign in first: this needs an access token (Authorization: Bearer …)."),
  onlyDistrictAdministrators: (what: Localised) => text(`只有区级管理员可以${what.zh}。`, `Only district administrators may ${what.en}.`),
  onlyDistrictReaders: (what: Localised) => text(`只有区级管理员和分析人员可以${what.zh}。`, `Only district administrators and analysts may ${what.en}.`),
  outsideUnits: (access: "read" | "manage" | "editInventory", unitName: string) =>
    access === "read"
      ? text(`您无权查看${unitName}的数据：该单位不在您负责的范围内。`, `You may not read data of ${unitName}: it is outside your units.`)
      : access === "manage"
        ? text(`您无权管理${unitName}：该单位不在您负责的范围内。`, `You may not manage ${unitName}: it is outside your units.`)
        : text(`您无权编辑${unitName}的数据资源目录：该单位不在您负责的范围内。`, `You may not edit the inventory of ${unitName}: it is outside your units.`),
  noRole: text("您的账号当前没有任何角色（没有有效的任命，也没有授权）。", "Your account holds no role now (no active appointment and no grant)."),
  needsRoles: (roles: string) => text(`此操作需要以下角色之一：${roles}。`, `This needs one of the roles ${roles}.`),

  // Pages (common/pagination.ts)
  notACursor: (field: string) => text(`${field} 不是本列表的游标`, `${field} is not a cursor of this list`),
  firstAndLast: text("first 和 last 不能同时使用", "first and last cannot be combined"),
  pageSize: (field: string, max: number) => text(`${field} 须在 0 到 ${max} 之间`, `${field} must be between 0 and ${max}`),

  // IDs (common/global-id.ts, node queries)
  invalidId: (id: string) => text(`“${id}”不是有效的 ID`, `"${id}" is not a valid ID`),
  notIdOf: (id: string, type: string) => text(`“${id}”不是${recordName(type).zh}的 ID`, `"${id}" is not the ID of a ${type}`),
  notIdOfAnyType: (id: string) => text(`“${id}”不是任何记录类型的 ID`, `"${id}" is not the ID of any record type`),
  tooManyIds: (max: number) => text(`一次最多查询 ${max} 个 ID。`, `At most ${max} IDs at a time.`),

  // Query limits (common/query-limits.ts)
  queryBytes: (limit: number) => text(`查询超过 ${limit} 字节，这是未登录请求的上限。`, `Query larger than ${limit} bytes, the limit without credentials.`),
  queryTokens: (limit: number, anonymous: boolean) =>
    text(
      `查询超过 ${limit} 个词法单元，这是${anonymous ? "未登录请求的" : ""}上限。`,
      `Query longer than ${limit} tokens, the limit${anonymous ? " without credentials" : ""}.`,
    ),
  queryAliases: (count: number, limit: number) => text(`查询含 ${count} 个别名，上限为 ${limit}。`, `Query has ${count} aliases; the limit is ${limit}.`),
  queryDirectives: (count: number, limit: number) => text(`查询含 ${count} 个指令，上限为 ${limit}。`, `Query has ${count} directives; the limit is ${limit}.`),
  queryFragments: (count: number, limit: number) => text(`查询含 ${count} 个片段，上限为 ${limit}。`, `Query has ${count} fragments; the limit is ${limit}.`),
  queryRepeats: (count: number, limit: number) =>
    text(
      `查询在同一层级重复了 ${count} 个字段（含子字段），上限为 ${limit}。`,
      `Query repeats ${count} fields (sub-fields included) at the same level; the limit is ${limit}.`,
    ),
  queryFields: (limit: number) =>
    text(`查询（经由其片段）展开后超过 ${limit} 个字段，这是上限。`, `Query expands (through its fragments) to more than ${limit} fields, the limit.`),
  queryDepth: (depth: number, limit: number) => text(`查询深度 ${depth} 超过上限 ${limit}。`, `Query depth ${depth} exceeds the limit of ${limit}.`),
  queryCost: (cost: number, limit: number) =>
    text(
      `查询成本 ${cost} 超过上限 ${limit}：请减小每页条数或减少嵌套列表。`,
      `Query cost ${cost} exceeds the limit of ${limit}: ask for smaller pages or fewer nested lists.`,
    ),
  queryUnestimable: (reason: string, limit: number) =>
    text(`查询过大，无法执行：${reason}。成本上限为 ${limit}。`, `Query too large to run: ${reason}. The cost limit is ${limit}.`),
  listTooLong: (field: string, items: number, limit: number) =>
    text(`${field} 有 ${items} 项，一个列表最多 ${limit} 项。`, `${field} has ${items} items; a list holds at most ${limit}.`),
  nulCharacter: (field: string) => text(`${field} 不能包含字符 U+0000。`, `${field} must not contain the character U+0000.`),

  // HTTP (app.ts, uploads, exports)
  bodyTooLarge: (bytes: number) => text(`请求体超过 ${bytes} 字节。`, `Request body larger than ${bytes} bytes`),
  malformedJson: text("请求体不是有效的 JSON。", "Malformed JSON in request body"),
  /** The upload library's own reason stays as it wrote it (English). */
  malformedMultipart: (detail: string | undefined) =>
    detail ? text(`multipart 请求被拒绝：${detail}`, detail) : text("multipart 请求格式有误。", "Malformed multipart request"),
  csrfBlocked: text(
    "此请求可能是跨站请求伪造（CSRF），已被拦截：请使用 Content-Type: application/json，或带上非空的 apollo-require-preflight 或 x-apollo-operation-name 请求头。",
    "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Send Content-Type: application/json, or a non-empty apollo-require-preflight or x-apollo-operation-name header.",
  ),
  isoDateTime: (name: string) => text(`${name} 必须是 ISO 格式的日期时间`, `${name} must be an ISO date-time`),
};
