import { createHash, randomBytes } from "node:crypto";
import { SignJWT } from "jose";
import { IsNull } from "typeorm";
import { recordChange } from "../../common/audit";
import { requireSignedIn } from "../../common/auth";
import type { AuthSettings, RequestContext } from "../../common/context";
import { withTransaction } from "../../common/transaction";
import { tokenRefused } from "./access.errors";
import { viewerFor } from "./access.service";
import { TokenRefusal } from "./access.messages";
import { RefreshToken, SessionEndReason, SignInSession } from "./sign-in-session.entity";
import { UserAccount } from "./user-account.entity";

/**
 * Sign-in sessions (issue 12 point 10). A sign-in opens a session and hands out a short-lived
 * access token (a JWT naming the session) and an opaque refresh token. Exchanging the refresh
 * token retires it and hands out a new pair; a retired token presented again means a copy is in
 * other hands, so the whole session ends (refresh-token rotation with reuse detection, RFC 9700 §4.14.2).
 */

export const ISSUER = "tianning-cdo-catalog";
const REFRESH_TOKEN_PREFIX = "cdr_";
/** Longer than any refresh token this server issues: anything longer is refused unread. */
const MAX_REFRESH_TOKEN_LENGTH = 128;

export interface SignedIn {
  accessToken: string;
  expiresAt: Date;
  /** Null where no session was opened (never for a sign-in here). */
  refreshToken: string | null;
  refreshTokenExpiresAt: Date | null;
  account: UserAccount;
}

const sha256 = (secret: string) => createHash("sha256").update(secret).digest("hex");
const later = (time: Date, seconds: number) => new Date(time.getTime() + seconds * 1000);
const earliest = (a: Date, b: Date) => (a < b ? a : b);

/** An access token for the account, naming its session (so signing out stops it too). */
async function signAccessToken(settings: AuthSettings, account: UserAccount, sessionId: number | null): Promise<{ accessToken: string; expiresAt: Date }> {
  // Whole seconds in a JWT: round the expiry up, so a token lives at least the configured time.
  const issuedAt = Math.floor(Date.now() / 1000);
  const expiresAt = new Date((Math.ceil(Date.now() / 1000) + settings.accessTokenTtlSeconds) * 1000);
  const claims: Record<string, unknown> = { ver: account.tokenVersion, username: account.username };
  if (sessionId !== null) claims.sid = sessionId;
  const accessToken = await new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(ISSUER)
    .setSubject(String(account.id))
    .setJti(randomBytes(12).toString("base64url"))
    .setIssuedAt(issuedAt)
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(settings.jwtSecret);
  return { accessToken, expiresAt };
}

/** A new refresh token of the session, unused-expiry at the idle limit (never past the session's end). */
async function issueRefreshToken(tx: RequestContext, session: SignInSession): Promise<{ token: string; expiresAt: Date }> {
  const token = REFRESH_TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const now = tx.now();
  const expiresAt = earliest(later(now, tx.settings.auth.sessionIdleSeconds), session.expiresAt);
  await tx.manager.insert(RefreshToken, { sessionId: session.id, secretHash: sha256(token), createdAt: now, expiresAt, retiredAt: null });
  return { token, expiresAt };
}

/**
 * Opens a session for an account that has just proved who it is (inside the sign-in's
 * transaction): its first refresh token and an access token. Sessions of the account that have
 * run out are deleted on the way, so the table holds live sessions and the recently ended.
 */
export async function startSession(tx: RequestContext, account: UserAccount): Promise<SignedIn> {
  const now = tx.now();
  await forgetExpiredSessions(tx, account.id, now);
  const session = tx.manager.create(SignInSession, {
    accountId: account.id,
    tokenVersion: account.tokenVersion,
    createdAt: now,
    expiresAt: later(now, tx.settings.auth.sessionMaxAgeSeconds),
    lastRefreshedAt: now,
    endedAt: null,
    endReason: null,
  });
  await tx.manager.insert(SignInSession, session);
  const refresh = await issueRefreshToken(tx, session);
  const access = await signAccessToken(tx.settings.auth, account, session.id);
  return { ...access, refreshToken: refresh.token, refreshTokenExpiresAt: refresh.expiresAt, account };
}

async function forgetExpiredSessions(tx: RequestContext, accountId: number, now: Date): Promise<void> {
  const expired = tx.manager
    .createQueryBuilder()
    .subQuery()
    .select("s.id")
    .from(SignInSession, "s")
    .where("s.accountId = :accountId AND s.expiresAt <= :now")
    .getQuery();
  await tx.manager.createQueryBuilder().delete().from(RefreshToken).where(`sessionId IN ${expired}`, { accountId, now }).execute();
  await tx.manager.createQueryBuilder().delete().from(SignInSession).where("accountId = :accountId AND expiresAt <= :now", { accountId, now }).execute();
}

type Refreshed = { signedIn: SignedIn } | { refused: TokenRefusal };

/**
 * Exchanges a refresh token for a new access and refresh token, retiring it. Refused (UNAUTHENTICATED
 * with a `reason`) when unknown, expired, of an ended session or a changed account; a retired token
 * ends its whole session first — that ending is committed and audited before the refusal is sent.
 */
export async function refreshSession(ctx: RequestContext, token: string): Promise<SignedIn> {
  if (!token.startsWith(REFRESH_TOKEN_PREFIX) || token.length > MAX_REFRESH_TOKEN_LENGTH) throw tokenRefused(TokenRefusal.TOKEN_INVALID);
  const secretHash = sha256(token);
  const outcome = await withTransaction(ctx, async (tx): Promise<Refreshed> => {
    const refresh = await tx.manager.findOneBy(RefreshToken, { secretHash });
    if (!refresh) return { refused: TokenRefusal.TOKEN_INVALID };
    const session = await tx.manager.findOneByOrFail(SignInSession, { id: refresh.sessionId });
    const account = await tx.manager.findOneByOrFail(UserAccount, { id: session.accountId });
    const now = tx.now();
    if (session.endedAt) return { refused: TokenRefusal.TOKEN_REVOKED };
    if (account.disabled || account.tokenVersion !== session.tokenVersion) return { refused: TokenRefusal.TOKEN_REVOKED };
    // The trail names the account whose session it is (the caller has no valid access token).
    const actor = tx.as(await viewerFor(tx.manager, account, tx.today(), session.id));
    if (refresh.retiredAt) {
      await endSession(actor, account, session, SessionEndReason.TOKEN_REUSED);
      return { refused: TokenRefusal.TOKEN_REUSED };
    }
    if (refresh.expiresAt <= now || session.expiresAt <= now) return { refused: TokenRefusal.TOKEN_EXPIRED };
    // Only the request that retires it may go on: of two racing exchanges, the second is a reuse.
    const retired = await tx.manager.update(RefreshToken, { id: refresh.id, retiredAt: IsNull() }, { retiredAt: now });
    if (retired.affected !== 1) {
      await endSession(actor, account, session, SessionEndReason.TOKEN_REUSED);
      return { refused: TokenRefusal.TOKEN_REUSED };
    }
    await tx.manager.update(SignInSession, { id: session.id }, { lastRefreshedAt: now });
    const next = await issueRefreshToken(tx, session);
    await recordChange(actor, { type: "UserAccount", id: account.id, unit: null }, null, null);
    const access = await signAccessToken(tx.settings.auth, account, session.id);
    return { signedIn: { ...access, refreshToken: next.token, refreshTokenExpiresAt: next.expiresAt, account } };
  });
  if ("refused" in outcome) throw tokenRefused(outcome.refused);
  return outcome.signedIn;
}

async function endSession(tx: RequestContext, account: UserAccount, session: SignInSession, reason: SessionEndReason): Promise<void> {
  await tx.manager.update(SignInSession, { id: session.id, endedAt: IsNull() }, { endedAt: tx.now(), endReason: reason });
  await recordChange(tx, { type: "UserAccount", id: account.id, unit: null }, null, { sessionEnded: reason });
}

/**
 * Ends every open session of an account (inside the caller's transaction): sign out everywhere, a
 * password change, a disabled account. Returns how many were open.
 */
export async function endSessionsOf(tx: RequestContext, accountId: number, reason: SessionEndReason): Promise<number> {
  const result = await tx.manager.update(SignInSession, { accountId, endedAt: IsNull() }, { endedAt: tx.now(), endReason: reason });
  return result.affected ?? 0;
}

/** Ends the caller's session (the one its access token names): its access and refresh tokens stop working. False without a session (API tokens, single sign-on). */
export async function signOut(ctx: RequestContext): Promise<boolean> {
  requireSignedIn(ctx);
  const sessionId = ctx.viewer.account!.sessionId;
  if (sessionId == null) return false;
  return withTransaction(ctx, async (tx) => {
    const ended = await tx.manager.update(SignInSession, { id: sessionId, endedAt: IsNull() }, { endedAt: tx.now(), endReason: SessionEndReason.SIGNED_OUT });
    if (ended.affected !== 1) return false;
    await recordChange(tx, { type: "UserAccount", id: tx.viewer.account!.id, unit: null }, null, { sessionEnded: SessionEndReason.SIGNED_OUT });
    return true;
  });
}

/** Ends every session of the caller's account and every access token issued to it. Returns the sessions ended. */
export async function signOutEverywhere(ctx: RequestContext): Promise<number> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const account = await tx.manager.findOneByOrFail(UserAccount, { id: tx.viewer.account!.id });
    const before = { ...account };
    account.tokenVersion += 1;
    account.updatedAt = tx.now();
    await tx.manager.save(UserAccount, account);
    const ended = await endSessionsOf(tx, account.id, SessionEndReason.SIGNED_OUT_EVERYWHERE);
    await recordChange(tx, { type: "UserAccount", id: account.id, unit: null }, before, { ...account, sessionsEnded: ended });
    return ended;
  });
}
