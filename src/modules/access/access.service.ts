import { createHash, randomBytes } from "node:crypto";
import { createRemoteJWKSet, decodeJwt, errors as joseErrors, JWTPayload, jwtVerify, SignJWT } from "jose";
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
import { AccessError, AccessErrorCode, SignInMessages } from "./access.errors";
import { ApiToken } from "./api-token.entity";
import { hashPassword, needsRehash, verifyPassword } from "./password";
import { clearSignInFailures, countSignInAttempt, isLockedForClient, registerSignInFailure } from "./sign-in-throttle";
import { UserAccount } from "./user-account.entity";

const ISSUER = "tianning-cdo-catalog";
const API_TOKEN_PREFIX = "cdo_";
/** Hash checked when the username does not exist, so both cases take the same time (one per cost). */
const dummyHashes = new Map<number, Promise<string>>();

function dummyHash(cost: number): Promise<string> {
  let hash = dummyHashes.get(cost);
  if (!hash) dummyHashes.set(cost, (hash = hashPassword("not-a-password", cost)));
  return hash;
}

export interface SignedIn {
  accessToken: string;
  expiresAt: Date;
  account: UserAccount;
}

const normalise = (username: string) => username.normalize("NFKC").trim().toLowerCase();
const sha256 = (secret: string) => createHash("sha256").update(secret).digest("hex");

// ── Who is calling ───────────────────────────────────────────────────────────

/** The viewer an account acts as today: granted roles, plus the roles of its person's active appointments. */
async function viewerFor(manager: EntityManager, account: UserAccount, today: string): Promise<Viewer> {
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
  return Viewer.of({ id: account.id, username: account.username, personId: account.personId }, districtRoles, unitRoles);
}

/** A token that fails verification is simply not a valid token; anything else (a JWKS outage) propagates. */
async function verified(verification: Promise<{ payload: JWTPayload }>): Promise<JWTPayload | null> {
  try {
    return (await verification).payload;
  } catch (error) {
    if (error instanceof joseErrors.JOSEError && !(error instanceof joseErrors.JWKSTimeout)) return null;
    throw error;
  }
}

const jwksCache = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

async function accountFromToken(dataSource: DataSource, settings: AuthSettings, token: string): Promise<UserAccount | null> {
  const manager = readerOf(dataSource).manager;
  if (token.startsWith(API_TOKEN_PREFIX)) {
    const apiToken = await manager.findOneBy(ApiToken, { secretHash: sha256(token) });
    const now = new Date();
    if (!apiToken || apiToken.revokedAt || (apiToken.expiresAt && apiToken.expiresAt <= now)) return null;
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > 60_000) {
      // A write of its own (never inside another request's open transaction on the SQLite writer).
      await inTransaction(dataSource, (tx) => tx.update(ApiToken, { id: apiToken.id }, { lastUsedAt: now }));
    }
    return manager.findOneBy(UserAccount, { id: apiToken.accountId });
  }

  let issuer: string | undefined;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    return null;
  }
  if (issuer === ISSUER) {
    const payload = await verified(jwtVerify(token, settings.jwtSecret, { issuer: ISSUER, audience: ISSUER, algorithms: ["HS256"] }));
    if (!payload) return null;
    const account = await manager.findOneBy(UserAccount, { id: Number(payload.sub) });
    return account && account.tokenVersion === payload.ver ? account : null;
  }
  const oidc = settings.oidc;
  if (oidc && issuer === oidc.issuer) {
    let jwks = jwksCache.get(oidc.jwksUrl);
    if (!jwks) jwksCache.set(oidc.jwksUrl, (jwks = createRemoteJWKSet(new URL(oidc.jwksUrl))));
    const payload = await verified(
      jwtVerify(token, jwks, { issuer: oidc.issuer, audience: oidc.audience, requiredClaims: ["exp"], algorithms: ["RS256", "PS256", "ES256", "EdDSA"] }),
    );
    if (!payload) return null;
    const claim = payload[oidc.usernameClaim];
    const username = typeof claim === "string" ? normalise(claim) : "";
    if (!USERNAME.test(username)) return null;
    const account = await manager.findOneBy(UserAccount, { username });
    // Single sign-on is for people: a service account signs in only with its API tokens.
    return account && account.username === username && account.kind === AccountKind.PERSON ? account : null;
  }
  return null;
}

/**
 * Resolves the `Authorization` header into the request's viewer. No header: anonymous. A token
 * that is malformed, expired, revoked or of a disabled account: UNAUTHENTICATED (HTTP 401).
 */
export async function authenticate(dataSource: DataSource, settings: AuthSettings, header: string | undefined, today: string): Promise<Viewer> {
  if (!header) return Viewer.anonymous();
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated("The Authorization header must be 'Bearer <token>'.");
  const account = await accountFromToken(dataSource, settings, match[1]);
  if (!account || account.disabled) throw unauthenticated("The access token is invalid, expired or revoked: sign in again.");
  return viewerFor(readerOf(dataSource).manager, account, today);
}

// ── Signing in ───────────────────────────────────────────────────────────────

async function signAccessToken(settings: AuthSettings, account: UserAccount, now: Date): Promise<{ accessToken: string; expiresAt: Date }> {
  // Whole seconds in a JWT: round the expiry up, so a token lives at least the configured time.
  const expiresAt = new Date((Math.ceil(Date.now() / 1000) + settings.accessTokenTtlSeconds) * 1000);
  const accessToken = await new SignJWT({ ver: account.tokenVersion, username: account.username })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(ISSUER)
    .setAudience(ISSUER)
    .setSubject(String(account.id))
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(settings.jwtSecret);
  return { accessToken, expiresAt };
}

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
    return { ...(await signAccessToken(settings, account, ctx.now())), account };
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
  if (!(await ctx.manager.existsBy(Person, { id: rowId }))) throw notFound("Person", "personId");
  return rowId;
}

export async function createAccount(ctx: RequestContext, input: NewAccount): Promise<UserAccount> {
  requireDistrictAdministrator(ctx, "create accounts");
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
      throw new AccessError(AccessErrorCode.USERNAME_TAKEN, `The username ${username} is taken.`, { field: "username" });
    }
    if (input.kind === AccountKind.SERVICE && input.password) throw badUserInput("password", "Service accounts sign in with API tokens, not passwords.");
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
  requireDistrictAdministrator(ctx, "change accounts");
  return withTransaction(ctx, async (tx) => {
    const account = await tx.manager.findOneBy(UserAccount, { id: rowIdOf("UserAccount", input.accountId, "accountId") });
    if (!account) throw notFound("Account", "accountId");
    const before = { ...account };
    if (input.personId !== undefined) account.personId = await personRowId(tx, input.personId);
    if (input.districtAdministrator != null) account.districtAdministrator = input.districtAdministrator;
    if (input.analyst != null) account.analyst = input.analyst;
    if (input.disabled != null) account.disabled = input.disabled;
    if (account.disabled && !before.disabled) account.tokenVersion += 1; // sign it out everywhere
    account.updatedAt = tx.now();
    await tx.manager.save(UserAccount, account);
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
    if (!account) throw notFound("Account");
    const before = { ...account };
    account.passwordHash = passwordHash;
    account.tokenVersion += 1;
    account.updatedAt = tx.now();
    await tx.manager.save(UserAccount, account);
    await clearSignInFailures(tx, username);
    await recordChange(tx, { type: "UserAccount", id: account.id, unit: null }, before, { ...account, passwordChanged: true });
    return { ...(await signAccessToken(tx.settings.auth, account, tx.now())), account };
  });
}

export async function findAccounts(ctx: RequestContext, search: string | undefined, page: ConnectionArgs): Promise<Connection<UserAccount>> {
  requireDistrictAdministrator(ctx, "list accounts");
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
  requireDistrictAdministrator(ctx, "issue API tokens");
  return withTransaction(ctx, async (tx) => {
    const account = await tx.manager.findOneBy(UserAccount, { id: rowIdOf("UserAccount", accountId, "accountId") });
    if (!account) throw notFound("Account", "accountId");
    if (account.kind !== AccountKind.SERVICE) throw badUserInput("accountId", "API tokens are for service accounts; people sign in.");
    if (expiresAt && expiresAt <= tx.now()) throw badUserInput("expiresAt", "expiresAt must be in the future.");
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
  requireDistrictAdministrator(ctx, "revoke API tokens");
  return withTransaction(ctx, async (tx) => {
    const apiToken = await tx.manager.findOneBy(ApiToken, { id: rowIdOf("ApiToken", id) });
    if (!apiToken) throw notFound("API token");
    if (apiToken.revokedAt) throw new AccessError(AccessErrorCode.TOKEN_ALREADY_REVOKED, "This API token is already revoked.", { field: "id" });
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
