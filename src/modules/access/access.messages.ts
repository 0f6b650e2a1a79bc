/**
 * What the access module says to people (DOMAIN §7), in Simplified Chinese and English: sign-in
 * replies, who may do what, and the labels of its enums.
 */
import { AccessRole } from "../../common/auth";
import { registerEnumLabels } from "../../common/enum-labels";
import { type Localised, text } from "../../common/i18n";
import { AccountKind } from "./access.enums";

/** 角色 (who may do what). */
registerEnumLabels<AccessRole>("AccessRole", {
  DISTRICT_ADMINISTRATOR: text("区级管理员（区数字政府建设工作领导小组办公室）", "District administrator"),
  DISTRICT_CDO: text("区首席数据官", "District chief data officer"),
  DISTRICT_CHIEF_DATA_EXECUTIVE: text("区首席数据执行官", "District chief data executive"),
  UNIT_CDO: text("首席数据官", "Chief data officer"),
  DATA_SPECIALIST: text("数据专员", "Data specialist"),
  ANALYST: text("分析人员", "Analyst"),
});

/** 账号类型. */
registerEnumLabels<AccountKind>("AccountKind", {
  PERSON: text("个人账号", "Person"),
  SERVICE: text("服务账号（系统对接）", "Service (integration)"),
});

/** What a person reads when signing in goes wrong. */
export const SignInMessages = {
  /** The same reply for an unknown username, a wrong password and a locked one. */
  refused: text("用户名或密码错误，或失败次数过多：请稍后再试。", "Invalid username or password, or too many failed attempts: try again later."),
  wrongCurrentPassword: text("当前密码不正确（或尝试次数过多：请稍后再试）。", "The current password is not right (or too many attempts: try again later)."),
  tooManyAttempts: (seconds: number) =>
    text(`您所在地址的登录尝试过多：请 ${seconds} 秒后再试。`, `Too many sign-in attempts from your address: try again in ${seconds} s.`),
  localLoginDisabled: text(
    "此处已关闭密码登录：请通过全区统一身份认证登录。",
    "Password sign-in is switched off here: sign in through the district's single sign-on.",
  ),
  badAuthorizationHeader: text("Authorization 请求头须为“Bearer <令牌>”。", "The Authorization header must be 'Bearer <token>'."),
  tokenInvalid: text("访问令牌无效、已过期或已被撤销：请重新登录。", "The access token is invalid, expired or revoked: sign in again."),
};

export const AccessMessages = {
  // What district administrators alone may do (the verb phrase of "只有区级管理员可以…")
  createAccounts: text("创建账号", "create accounts"),
  changeAccounts: text("修改账号", "change accounts"),
  readAccounts: text("查看账号", "read accounts"),
  listAccounts: text("列出账号", "list accounts"),
  readApiTokens: text("查看 API 令牌", "read API tokens"),
  issueApiTokens: text("签发 API 令牌", "issue API tokens"),
  revokeApiTokens: text("撤销 API 令牌", "revoke API tokens"),

  usernameTaken: (username: string) => text(`用户名 ${username} 已被使用。`, `The username ${username} is taken.`),
  servicePassword: text("服务账号使用 API 令牌登录，不设密码。", "Service accounts sign in with API tokens, not passwords."),
  tokensForServices: text("API 令牌只发给服务账号；个人请登录。", "API tokens are for service accounts; people sign in."),
  expiresInPast: text("expiresAt 须晚于当前时间。", "expiresAt must be in the future."),
  tokenAlreadyRevoked: text("该 API 令牌已被撤销。", "This API token is already revoked."),

  // Inputs (class-validator)
  usernameFormat: text("username 须为 3–64 位字母、数字、“.”、“-”或“_”", "username must be 3–64 letters, digits, '.', '-' or '_'"),
};

/** Why a token was refused: `extensions.reason` beside the code UNAUTHENTICATED, so a client knows whether to refresh or sign in again. */
export enum TokenRefusal {
  /** Not a token this server accepts (malformed, forged, unknown, of another issuer): sign in again. */
  TOKEN_INVALID = "TOKEN_INVALID",
  /** A genuine token past its time: an access token → refresh; a refresh token → sign in again. */
  TOKEN_EXPIRED = "TOKEN_EXPIRED",
  /** Signed out, password changed, account disabled or token revoked: sign in again. */
  TOKEN_REVOKED = "TOKEN_REVOKED",
  /** A refresh token already exchanged came back: its session is ended (a copy may be in other hands). */
  TOKEN_REUSED = "TOKEN_REUSED",
}

/** What a person reads when a session or token is refused. */
export const SessionMessages: Record<TokenRefusal, Localised> & { badHeader: Localised } = {
  badHeader: text("Authorization 请求头的格式应为 'Bearer <令牌>'。", "The Authorization header must be 'Bearer <token>'."),
  [TokenRefusal.TOKEN_INVALID]: text("令牌无效：请重新登录。", "The token is not valid: sign in again."),
  [TokenRefusal.TOKEN_EXPIRED]: text("令牌已过期：请用刷新令牌续期，或重新登录。", "The token has expired: refresh it, or sign in again."),
  [TokenRefusal.TOKEN_REVOKED]: text(
    "令牌已撤销（已退出登录、密码已修改或账号已停用）：请重新登录。",
    "The token was revoked (signed out, password changed or account disabled): sign in again.",
  ),
  [TokenRefusal.TOKEN_REUSED]: text(
    "该刷新令牌已使用过，可能已被他人复制：本次登录的会话已全部撤销，请重新登录。",
    "This refresh token was already used and may have been copied: its whole session is ended. Sign in again.",
  ),
};
