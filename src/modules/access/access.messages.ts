import { type Localised, text } from "../../common/i18n";

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
