import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, JWTPayload, jwtVerify } from "jose";
import type { DataSource, EntityManager } from "typeorm";
import { In } from "typeorm";
import { recordChange } from "../../common/audit";
import { AccessRole, requireDistrictAdministrator, requireSignedIn, unauthenticated, UnitRole, Viewer } from "../../common/auth";
import type { AuthSettings, RequestContext } from "../../common/context";
import { badUserInput, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { containsPattern } from "../../common/loader-helpers";
import { Connection, ConnectionArgs, paginateQuery } from "../../common/pagination";
import { inTransaction, withTransaction } from "../../common/transaction";
import { readerOf } from "../../database/read-connection";
import { Appointment, appointmentActiveOnCondition, AppointmentRole, Person, Unit } from "../organisation";
import { AccountKind } from "./access.enums";
import { AccessError, AccessErrorCode, tokenRefused } from "./access.errors";
import { AccessMessages, SessionMessages, SignInMessages, TokenRefusal } from "./access.messages";
import { ApiToken } from "./api-token.entity";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { endSessionsOf, ISSUER, SignedIn, startSession } from "./session.service";
import { SessionEndReason, SignInSession } from "./sign-in-session.entity";
import { clearSignInFailures, countSignInAttempt, isLockedForClient, registerSignInFailure } from "./sign-in-throttle";
import { UserAccount } from "./user-account.entity";
import { RecordNames } from "../../common/messages";

const API_TOKEN_PREFIX = "cdo_";
/** Hash checked when the username does not exist, so both cases take the same time (one per cost). */
const dummyHashes = new Map<number, Promise<string>>();

function dummyHash(cost: number): Promise<string> {
  let hash = dummyHashes.get(cost);
  if (!hash) dummyHashes.set(cost, (hash = hashPassword("not-a-password", cost)));
  return hash;
}

const normalise = (username: string) => username.normalize("NFKC").trim().toLowerCase();
const sha256 = (secret: string) => createHash("sha256").update(secret).digest("hex");

// ── Who is calling ───────────────────────────────────────────────────────────

/** The viewer an account acts as today: granted roles, plus the roles of its person's active appointments. */
export async function viewerFor(manager: EntityManager, account: UserAccount, today: string, sessionId: number | null = null): Promise<Viewer> {
  const districtRoles: AccessRole[] = [];
  if (account.districtAdministrator) districtRoles.push(AccessRole.DISTRICT_ADMINISTRATOR);
  if (account.analyst) districtRoles.push(AccessRole.ANALYST);
  const unitRoles: UnitRole[] = [];
  if (account.personId !== null) {
    const active = await manager
      .createQueryBuilder(Appointment, "a")
      .innerJoin(Unit, "unit", "unit.id = a.unitId")
      .select(["a.role AS role", "a.unitId AS unitId", "unit.path AS unitPath"])
      .where("a.personId = :personId", { personId: account.personId })
      .andWhere(appointmentActiveOnCondition("a", "today"), { today })
      .getRawMany<{ role: AppointmentRole; unitId: number; unitPath: string }>();
    for (const a of active) {
      if (a.role === AppointmentRole.DISTRICT_CDO) districtRoles.push(AccessRole.DISTRICT_CDO);
      else if (a.role === AppointmentRole.DISTRICT_CHIEF_DATA_EXECUTIVE) districtRoles.push(AccessRole.DISTRICT_CHIEF_DATA_EXECUTIVE);
      else
        unitRoles.push({
          role: a.role === AppointmentRole.UNIT_CDO ? AccessRole.UNIT_CDO : AccessRole.DATA_SPECIALIST,
          unitId: Number(a.unitId),
          unitPath: a.unitPath,
        });
    }
  }
  return Viewer.of(
    { id: account.id, username: account.username, personId: account.personId, sessionId, lastWriteAt: account.lastWriteAt },
    districtRoles,
    unitRoles,
  );
}

/**
 * The viewer a signed download link acts as, and the account's token version (a link signed before
 * the account signed out everywhere, changed its password or was disabled no longer matches).
 * Null when the account is gone or disabled.
 */
export async function signedLinkAccount(manager: EntityManager, accountId: number, today: string): Promise<{ viewer: Viewer; tokenVersion: number } | null> {
  const account = await manager.findOneBy(UserAccount, { id: accountId });
  if (!account || account.disabled) return null;
  return { viewer: await viewerFor(manager, account, today), tokenVersion: account.tokenVersion };
}

/** A token that fails verification is refused, expired or invalid; anything else (a JWKS outage) propagates. */
async function verified(verification: Promise<{ payload: JWTPayload }>): Promise<JWTPayload | TokenRefusal> {
  try {
    return (await verification).payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) return TokenRefusal.TOKEN_EXPIRED;
    if (error instanceof joseErrors.JOSEError && !(error instanceof joseErrors.JWKSTimeout)) return TokenRefusal.TOKEN_INVALID;
    throw error;
  }
}

const jwksCache = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

/** The caller a bearer token names, or why it is refused. */
type Bearer = { account: UserAccount; sessionId: number | null } | TokenRefusal;

async function accountFromToken(dataSource: DataSource, settings: AuthSettings, token: string): Promise<Bearer> {
  const manager = readerOf(dataSource).manager;
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const apiToken = await manager.findOneBy(ApiToken, { secretHash: sha256(token) });
    const now = new Date();
    if (!apiToken) return TokenRefusal.TOKEN_INVALID;
    if (apiToken.revokedAt) return TokenRefusal.TOKEN_REVOKED;
    if (apiToken.expiresAt && apiToken.expiresAt <= now) return TokenRefusal.TOKEN_EXPIRED;
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > 60_000) {
      // A write of its own (never inside another request's open transaction on the SQLite writer).
      await inTransaction(dataSource, (tx) => tx.update(ApiToken, { id: apiToken.id }, { lastUsedAt: now }));
    }
    const account = await manager.findOneBy(UserAccount, { id: apiToken.accountId });
    return account ? { account, sessionId: null } : TokenRefusal.TOKEN_INVALID;
  }

  let issuer: string | undefined;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    return TokenRefusal.TOKEN_INVALID;
  }
  if (issuer === ISSUER) {
    const payload = await verified(jwtVerify(token, settings.jwtSecret, { issuer: ISSUER, audience: ISSUER, algorithms: ["HS256"] }));
    if (typeof payload === "string") return payload;
    const sessionId = typeof payload.sid === "number" ? payload.sid : null;
    // One statement: the account, and whether the session the token names is still open.
    const query = manager.createQueryBuilder(UserAccount, "account").where("account.id = :id", { id: Number(payload.sub) });
    if (sessionId !== null)
      query.leftJoin(SignInSession, "session", "session.id = :sessionId AND session.endedAt IS NULL", { sessionId }).addSelect("session.id");
    const { entities, raw } = await query.getRawAndEntities<{ session_id?: number | null }>();
    const account = entities[0];
    if (!account) return TokenRefusal.TOKEN_INVALID;
    const sessionOpen = sessionId === null || raw[0]?.session_id != null;
    return account.tokenVersion === payload.ver && sessionOpen ? { account, sessionId } : TokenRefusal.TOKEN_REVOKED;
  }
  const oidc = settings.oidc;
  if (oidc && issuer === oidc.issuer) {
    let jwks = jwksCache.get(oidc.jwksUrl);
    if (!jwks) jwksCache.set(oidc.jwksUrl, (jwks = createRemoteJWKSet(new URL(oidc.jwksUrl))));
    const payload = await verified(
      jwtVerify(token, jwks, { issuer: oidc.issuer, audience: oidc.audience, requiredClaims: ["exp"], algorithms: ["RS256", "PS256", "ES256", "EdDSA"] }),
    );
    if (typeof payload === "string") return payload;
    const claim = payload[oidc.usernameClaim];
    const username = typeof claim === "string" ? normalise(claim) : "";
    if (!USERNAME.test(username)) return TokenRefusal.TOKEN_INVALID;
    const account = await manager.findOneBy(UserAccount, { username });
    // Single sign-on is for people: a service account signs in only with its API tokens.
    return account && account.username === username && account.kind === AccountKind.PERSON ? { account, sessionId: null } : TokenRefusal.TOKEN_INVALID;
  }
  return TokenRefusal.TOKEN_INVALID;
}

/**
 * Resolves the `Authorization` header into the request's viewer. No header: anonymous. A token
 * that is malformed, expired, revoked or of a disabled account: UNAUTHENTICATED (HTTP 401), with
 * `extensions.reason` saying which (TOKEN_EXPIRED: refresh; the others: sign in again).
 */
export async function authenticate(dataSource: DataSource, settings: AuthSettings, header: string | undefined, today: string): Promise<Viewer> {
  if (!header) return Viewer.anonymous();
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw tokenRefused(TokenRefusal.TOKEN_INVALID, SessionMessages.badHeader);
  const bearer = await accountFromToken(dataSource, settings, match[1]);
  if (typeof bearer === "string") throw tokenRefused(bearer);
  if (bearer.account.disabled) throw tokenRefused(TokenRefusal.TOKEN_REVOKED);
  return viewerFor(readerOf(dataSource).manager, bearer.account, today, bearer.sessionId);
}

// ── Signing in ───────────────────────────────────────────────────────────────

/** Usernames are ASCII ([a-z0-9._-]), so look-alike spellings (full-width, accents, invisible characters) never match another account. */
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/**
 * Password sign-in, within the sign-in limits (sign-in-throttle.ts). The reply is the same whether
 * the username exists, the password is wrong or the username is locked for this client, and a
 * password hash is checked in every case (same timing), outside any transaction. A hash made at a
 * lower cost than PASSWORD_HASH_COST is re-hashed in the same request.
 */
export async function login(ctx: RequestContext, rawUsername: string, password: string): Promise<SignedIn> {
  const settings = ctx.settings.auth;
  if (!settings.localPasswords) throw new AccessError(AccessErrorCode.LOCAL_LOGIN_DISABLED, SignInMessages.localLoginDisabled);
  await countSignInAttempt(ctx);
  const username = normalise(rawUsername);
  const dummy = await dummyHash(settings.passwordHashCost);
  if (!USERNAME.test(username)) {
    await verifyPassword(password, dummy);
    await registerSignInFailure(ctx, null);
    throw unauthenticated(SignInMessages.refused);
  }
  const locked = await isLockedForClient(ctx, username);
  const account = await ctx.manager.findOneBy(UserAccount, { username });
  const passwordOk = await verifyPassword(password, account?.passwordHash ?? dummy);
  const ok = !locked && account !== null && account.username === username && !account.disabled && account.passwordHash !== null && passwordOk;

  if (!ok) {
    await registerSignInFailure(ctx, locked ? null : username);
    throw unauthenticated(SignInMessages.refused);
  }

  const oldHash = account.passwordHash!;
  const newHash = needsRehash(oldHash, settings.passwordHashCost) ? await hashPassword(password, settings.passwordHashCost) : null;
  const viewer = await viewerFor(ctx.manager, account, ctx.today());
  return withTransaction(ctx.as(viewer), async (tx) => {
    await clearSignInFailures(tx, username);
    if (newHash) {
      // Only over the hash just checked: a password changed meanwhile is left alone.
      await tx.manager.update(UserAccount, { id: account.id, passwordHash: oldHash }, { passwordHash: newHash });
    }
    // The trail notes a re-hash, never the hash itself.
    await recordChange(tx, { type: "UserAccount", id: account.id, unit: null }, null, newHash ? { passwordRehashed: true } : null);
    return startSession(tx, account);
  });
}

// ── Accounts ─────────────────────────────────────────────────────────────────

export interface NewAccount {
  username: string;
  password?: string | null;
  personId?: string | null;
  kind: AccountKind;
  districtAdministrator?: boolean;
  analyst?: boolean;
  /** Demo data only: a lower scrypt cost (raised to PASSWORD_HASH_COST at the first sign-in). */
  passwordHashCost?: number;
}

export interface AccountChanges {
  accountId: string;
  personId?: string | null;
  districtAdministrator?: boolean | null;
  analyst?: boolean | null;
  disabled?: boolean | null;
}

async function personRowId(ctx: RequestContext, id: string | null | undefined): Promise<number | null> {
  if (id == null) return null;
  const rowId = rowIdOf("Person", id, "personId");
  if (!(await ctx.manager.existsBy(Person, { id: rowId }))) throw notFound(RecordNames.Person, "personId");
  return rowId;
}

export async function createAccount(ctx: RequestContext, input: NewAccount): Promise<UserAccount> {
  requireDistrictAdministrator(ctx, AccessMessages.createAccounts);
  return insertAccount(ctx, input);
}

/** Creates an account without an authorisation check: reached only through createAccount. */
async function insertAccount(ctx: RequestContext, input: NewAccount): Promise<UserAccount> {
  // Hashed before the transaction: no database turn is held for the hash's time.
  const passwordHash =
    input.password && input.kind !== AccountKind.SERVICE
      ? await hashPassword(input.password, input.passwordHashCost ?? ctx.settings.auth.passwordHashCost)
      : null;
  return withTransaction(ctx, async (tx) => {
    const username = normalise(input.username);
    if (await tx.manager.existsBy(UserAccount, { username })) {
      throw new AccessError(AccessErrorCode.USERNAME_TAKEN, AccessMessages.usernameTaken(username), { field: "username" });
    }
    if (input.kind === AccountKind.SERVICE && input.password) throw badUserInput("password", AccessMessages.servicePassword);
    const now = tx.now();
    const account = tx.manager.create(UserAccount, {
      username,
      kind: input.kind,
      personId: await personRowId(tx, input.personId),
      passwordHash,
      districtAdministrator: input.districtAdministrator ?? false,
      analyst: input.analyst ?? false,
      disabled: false,
      tokenVersion: 0,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(UserAccount, account);
    await recordChange(tx, { type: "UserAccount", id: account.id, unit: null }, null, account);
    return account;
  });
}

export async function updateAccount(ctx: RequestContext, input: AccountChanges): Promise<UserAccount> {
  requireDistrictAdministrator(ctx, AccessMessages.changeAccounts);
  return withTransaction(ctx, async (tx) => {
    const account = await tx.manager.findOneBy(UserAccount, { id: rowIdOf("UserAccount", input.accountId, "accountId") });
    if (!account) throw notFound(RecordNames.UserAccount, "accountId");
    const before = { ...account };
    if (input.personId !== undefined) account.personId = await personRowId(tx, input.personId);
    if (input.districtAdministrator != null) account.districtAdministrator = input.districtAdministrator;
    if (input.analyst != null) account.analyst = input.analyst;
    if (input.disabled != null) account.disabled = input.disabled;
    if (account.disabled && !before.disabled) account.tokenVersion += 1; // sign it out everywhere
    account.updatedAt = tx.now();
    await tx.manager.save(UserAccount, account);
    if (account.disabled && !before.disabled) await endSessionsOf(tx, account.id, SessionEndReason.SIGNED_OUT_EVERYWHERE);
    await recordChange(tx, { type: "UserAccount", id: account.id, unit: null }, before, account);
    return account;
  });
}

/** Changes the caller's own password; every access token issued before stops working. */
export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<SignedIn> {
  requireSignedIn(ctx);
  // Guessing the current password counts against the same limits as signing in.
  await countSignInAttempt(ctx);
  const username = ctx.viewer.account!.username;
  const locked = await isLockedForClient(ctx, username);
  const current = await ctx.manager.findOneBy(UserAccount, { id: ctx.viewer.account!.id });
  const right = !locked && current?.passwordHash != null && (await verifyPassword(currentPassword, current.passwordHash));
  if (!right) {
    await registerSignInFailure(ctx, locked ? null : username);
    throw new AccessError(AccessErrorCode.WRONG_PASSWORD, SignInMessages.wrongCurrentPassword, { field: "currentPassword" });
  }
  const passwordHash = await hashPassword(newPassword, ctx.settings.auth.passwordHashCost);
  return withTransaction(ctx, async (tx) => {
    const account = await tx.manager.findOneBy(UserAccount, { id: tx.viewer.account!.id });
    if (!account) throw notFound(RecordNames.UserAccount);
    const before = { ...account };
    account.passwordHash = passwordHash;
    account.tokenVersion += 1;
    account.updatedAt = tx.now();
    await tx.manager.save(UserAccount, account);
    await clearSignInFailures(tx, username);
    // Every other session ends with the old password; the caller gets a new one.
    await endSessionsOf(tx, account.id, SessionEndReason.SIGNED_OUT_EVERYWHERE);
    await recordChange(tx, { type: "UserAccount", id: account.id, unit: null }, before, { ...account, passwordChanged: true });
    return startSession(tx, account);
  });
}

export async function findAccounts(ctx: RequestContext, search: string | undefined, page: ConnectionArgs): Promise<Connection<UserAccount>> {
  requireDistrictAdministrator(ctx, AccessMessages.listAccounts);
  const query = ctx.manager.createQueryBuilder(UserAccount, "account").orderBy("account.username", "ASC");
  if (search?.trim()) query.where("account.username LIKE :search ESCAPE '!'", { search: containsPattern(search.trim().toLowerCase()) });
  return paginateQuery(query, page);
}

// ── API tokens ───────────────────────────────────────────────────────────────

export async function issueApiToken(
  ctx: RequestContext,
  accountId: string,
  name: string,
  expiresAt: Date | null,
): Promise<{ token: string; apiToken: ApiToken }> {
  requireDistrictAdministrator(ctx, AccessMessages.issueApiTokens);
  return withTransaction(ctx, async (tx) => {
    const account = await tx.manager.findOneBy(UserAccount, { id: rowIdOf("UserAccount", accountId, "accountId") });
    if (!account) throw notFound(RecordNames.UserAccount, "accountId");
    if (account.kind !== AccountKind.SERVICE) throw badUserInput("accountId", AccessMessages.tokensForServices);
    if (expiresAt && expiresAt <= tx.now()) throw badUserInput("expiresAt", AccessMessages.expiresInPast);
    const token = API_TOKEN_PREFIX + randomBytes(32).toString("base64url");
    const now = tx.now();
    const apiToken = tx.manager.create(ApiToken, {
      accountId: account.id,
      name: name.trim(),
      prefix: token.slice(0, 12),
      secretHash: sha256(token),
      expiresAt,
      lastUsedAt: null,
      revokedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(ApiToken, apiToken);
    await recordChange(tx, { type: "ApiToken", id: apiToken.id, unit: null }, null, apiToken);
    return { token, apiToken };
  });
}

export async function revokeApiToken(ctx: RequestContext, id: string): Promise<ApiToken> {
  requireDistrictAdministrator(ctx, AccessMessages.revokeApiTokens);
  return withTransaction(ctx, async (tx) => {
    const apiToken = await tx.manager.findOneBy(ApiToken, { id: rowIdOf("ApiToken", id) });
    if (!apiToken) throw notFound(RecordNames.ApiToken);
    if (apiToken.revokedAt) throw new AccessError(AccessErrorCode.TOKEN_ALREADY_REVOKED, AccessMessages.tokenAlreadyRevoked, { field: "id" });
    const before = { ...apiToken };
    apiToken.revokedAt = tx.now();
    apiToken.updatedAt = tx.now();
    await tx.manager.save(ApiToken, apiToken);
    await recordChange(tx, { type: "ApiToken", id: apiToken.id, unit: null }, before, apiToken);
    return apiToken;
  });
}

/** Accounts' API tokens: district administrators only; for anyone else there are none to list. */
export async function apiTokensOf(ctx: RequestContext, accountIds: readonly number[]): Promise<ApiToken[]> {
  if (!ctx.viewer.districtAdministrator) return [];
  return ctx.manager.find(ApiToken, { where: { accountId: In([...accountIds]) }, order: { createdAt: "DESC", id: "DESC" } });
}
