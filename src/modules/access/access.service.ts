import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, JWTPayload, jwtVerify } from "jose";
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { In } from "typeorm";
import { recordChange } from "../../common/audit";
import { AccessRole, requireDistrictAdministrator, requireSignedIn, unauthenticated, UnitRole, Viewer } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { containsPattern } from "../../common/loader-helpers";
import { FixedStatement, hydratedValue, plainRows } from "../../common/plain-rows";
import { Connection, ConnectionArgs, paginateQuery } from "../../common/pagination";
import { inTransaction, withTransaction } from "../../common/transaction";
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

/** An active appointment of the account's person, as the statement that read the account returns it (nulls: none). */
interface ActiveRoleRow {
  role_role: AppointmentRole | null;
  role_unit_id: number | string | null;
  role_unit_path: string | null;
}

/**
 * Adds to a query over UserAccount "account" its person's appointments active today and their
 * units' paths (one row per appointment, one row of nulls for none): the account and its roles
 * in the same statement.
 */
function withActiveRoles<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, today: string): SelectQueryBuilder<T> {
  return query
    .leftJoin(Appointment, "role", `role.personId = account.personId AND ${appointmentActiveOnCondition("role", "roleDay")}`, { roleDay: today })
    .leftJoin(Unit, "role_unit", "role_unit.id = role.unitId")
    .addSelect("role.role", "role_role")
    .addSelect("role.unitId", "role_unit_id")
    .addSelect("role_unit.path", "role_unit_path");
}

/**
 * What authentication reads of an account: the columns the viewer and the token checks use. Never
 * the password hash (a bearer token's request has no use for it), nor the row's timestamps: every
 * request reads this row, and fewer columns are fewer values parsed (dates above all).
 */
const AUTHENTICATION_COLUMNS = ["id", "username", "kind", "personId", "districtAdministrator", "analyst", "disabled", "tokenVersion", "lastWriteAt"] as const;
type AuthenticatedAccount = Pick<UserAccount, (typeof AUTHENTICATION_COLUMNS)[number]>;

/** The mapper of those columns (its SQL text built once per data source). */
const authenticationRowsOf = (dataSource: DataSource) => plainRows(dataSource, UserAccount).only(AUTHENTICATION_COLUMNS);

/** The viewer an account acts as: granted roles, plus the roles of its person's active appointments. */
function viewerOf(account: AuthenticatedAccount, active: readonly ActiveRoleRow[], sessionId: number | null): Viewer {
  const districtRoles: AccessRole[] = [];
  if (account.districtAdministrator) districtRoles.push(AccessRole.DISTRICT_ADMINISTRATOR);
  if (account.analyst) districtRoles.push(AccessRole.ANALYST);
  const unitRoles: UnitRole[] = [];
  for (const a of active) {
    if (a.role_role === null || account.personId === null) continue;
    if (a.role_role === AppointmentRole.DISTRICT_CDO) districtRoles.push(AccessRole.DISTRICT_CDO);
    else if (a.role_role === AppointmentRole.DISTRICT_CHIEF_DATA_EXECUTIVE) districtRoles.push(AccessRole.DISTRICT_CHIEF_DATA_EXECUTIVE);
    else
      unitRoles.push({
        role: a.role_role === AppointmentRole.UNIT_CDO ? AccessRole.UNIT_CDO : AccessRole.DATA_SPECIALIST,
        unitId: Number(a.role_unit_id),
        unitPath: a.role_unit_path!,
      });
  }
  return Viewer.of(
    { id: account.id, username: account.username, personId: account.personId, sessionId, lastWriteAt: account.lastWriteAt },
    districtRoles,
    unitRoles,
  );
}

/**
 * One statement: the account a query over UserAccount "account" finds (`where`), with its roles on the
 * day `today`; its SQL text is built once (FixedStatement), not per request.
 */
function accountStatement<P extends Record<string, string | number>>(
  names: readonly (keyof P & string)[],
  where: (query: SelectQueryBuilder<UserAccount>, parameters: P) => SelectQueryBuilder<UserAccount>,
): FixedStatement<P & { today: string }> {
  return new FixedStatement<P & { today: string }>([...names, "today"], (manager, parameters) => {
    const query = authenticationRowsOf(manager.connection).select(manager.createQueryBuilder(UserAccount, "account"), "account");
    return withActiveRoles(where(query, parameters), parameters.today);
  });
}

const accountById = accountStatement<{ id: number }>(["id"], (query, { id }) => query.where("account.id = :id", { id }));
const accountByUsername = accountStatement<{ username: string }>(["username"], (query, { username }) =>
  query.where("account.username = :username", { username }),
);
const accountByApiToken = accountStatement<{ secretHash: string }>(["secretHash"], (query, { secretHash }) =>
  query
    .innerJoin(ApiToken, "token", "token.accountId = account.id")
    .addSelect("token.id", "token_id")
    .addSelect("token.revokedAt", "token_revoked_at")
    .addSelect("token.expiresAt", "token_expires_at")
    .addSelect("token.lastUsedAt", "token_last_used_at")
    .where("token.secretHash = :secretHash", { secretHash }),
);
/** A session token's account, and whether the session it names is still open. */
const accountBySession = accountStatement<{ id: number; sessionId: number }>(["id", "sessionId"], (query, { id, sessionId }) =>
  query
    .where("account.id = :id", { id })
    .leftJoin(SignInSession, "session", "session.id = :sessionId AND session.endedAt IS NULL", { sessionId })
    .addSelect("session.id", "session_id"),
);

/** The account a fixed statement finds, with its roles (one raw row per active appointment; extra raw columns in `raw`). */
async function accountsWithRoles<P extends Record<string, string | number>, R = object>(
  manager: EntityManager,
  statement: FixedStatement<P>,
  parameters: P,
): Promise<{ account: AuthenticatedAccount; raw: (ActiveRoleRow & R)[] } | null> {
  const raw = await statement.rows<ActiveRoleRow & R>(manager, parameters);
  return raw.length === 0 ? null : { account: authenticationRowsOf(manager.connection).map(raw.slice(0, 1))[0], raw };
}

/** The viewer an account acts as today: granted roles, plus the roles of its person's active appointments. */
export async function viewerFor(manager: EntityManager, account: AuthenticatedAccount, today: string, sessionId: number | null = null): Promise<Viewer> {
  const found = await accountsWithRoles(manager, accountById, { id: account.id, today });
  return viewerOf(account, found?.raw ?? [], sessionId);
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

/** The caller a bearer token names (with its roles today), or why it is refused. */
type Bearer = { viewer: Viewer; disabled: boolean } | TokenRefusal;

interface TokenColumns {
  token_id: number | string;
  token_revoked_at: unknown;
  token_expires_at: unknown;
  token_last_used_at: unknown;
}

/** One statement per token (plus, at most once a minute, an API token's last_used_at). */
async function accountFromToken(ctx: RequestContext, token: string): Promise<Bearer> {
  const { dataSource, manager } = ctx;
  const settings = ctx.settings.auth;
  const today = ctx.today();
  const bearer = (found: { account: AuthenticatedAccount; raw: ActiveRoleRow[] }, sessionId: number | null): Bearer => ({
    viewer: viewerOf(found.account, found.raw, sessionId),
    disabled: found.account.disabled,
  });
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const found = await accountsWithRoles<{ secretHash: string; today: string }, TokenColumns>(manager, accountByApiToken, {
      secretHash: sha256(token),
      today,
    });
    const now = new Date();
    if (!found) return TokenRefusal.TOKEN_INVALID;
    const row = found.raw[0];
    const time = (property: keyof ApiToken, value: unknown) => hydratedValue(dataSource, ApiToken, property, value) as Date | null;
    const lastUsedAt = time("lastUsedAt", row.token_last_used_at);
    const expiresAt = time("expiresAt", row.token_expires_at);
    if (time("revokedAt", row.token_revoked_at)) return TokenRefusal.TOKEN_REVOKED;
    if (expiresAt && expiresAt <= now) return TokenRefusal.TOKEN_EXPIRED;
    if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > 60_000) {
      // A write of its own (never inside another request's open transaction on the SQLite writer).
      await inTransaction(dataSource, (tx) => tx.update(ApiToken, { id: Number(row.token_id) }, { lastUsedAt: now }), { trace: ctx.trace });
    }
    return bearer(found, null);
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
    // One statement: the account, its roles, and whether the session the token names is still open.
    const id = Number(payload.sub);
    const found =
      sessionId === null
        ? await accountsWithRoles<{ id: number; today: string }, { session_id?: number | null }>(manager, accountById, { id, today })
        : await accountsWithRoles<{ id: number; sessionId: number; today: string }, { session_id?: number | null }>(manager, accountBySession, {
            id,
            sessionId,
            today,
          });
    if (!found) return TokenRefusal.TOKEN_INVALID;
    const sessionOpen = sessionId === null || found.raw[0].session_id != null;
    return found.account.tokenVersion === payload.ver && sessionOpen ? bearer(found, sessionId) : TokenRefusal.TOKEN_REVOKED;
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
    const found = await accountsWithRoles(manager, accountByUsername, { username, today });
    // Single sign-on is for people: a service account signs in only with its API tokens.
    return found && found.account.username === username && found.account.kind === AccountKind.PERSON ? bearer(found, null) : TokenRefusal.TOKEN_INVALID;
  }
  return TokenRefusal.TOKEN_INVALID;
}

/**
 * Resolves the `Authorization` header into the request's viewer. No header: anonymous. A token
 * that is malformed, expired, revoked or of a disabled account: UNAUTHENTICATED (HTTP 401), with
 * `extensions.reason` saying which (TOKEN_EXPIRED: refresh; the others: sign in again).
 */
export async function authenticate(ctx: RequestContext, header: string | undefined): Promise<Viewer> {
  if (!header) return Viewer.anonymous();
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw tokenRefused(TokenRefusal.TOKEN_INVALID, SessionMessages.badHeader);
  const bearer = await accountFromToken(ctx, match[1]);
  if (typeof bearer === "string") throw tokenRefused(bearer);
  if (bearer.disabled) throw tokenRefused(TokenRefusal.TOKEN_REVOKED);
  return bearer.viewer;
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
