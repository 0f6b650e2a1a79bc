import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { loadConfig } from "../../src/config";
import {
  AuditEntriesDocument,
  ChangePasswordDocument,
  RefreshSessionDocument,
  SignInSessionDocument,
  SignOutDocument,
  SignOutEverywhereDocument,
} from "../generated/graphql";
import { ApiClient } from "../support/api-client";
import { ADMIN, freshDatabaseUrl, startTestCatalog, TestCatalog, testDatabase } from "../support/catalog";
import { signedInAs } from "../support/scenario";

let server: TestCatalog;

beforeAll(async () => (server = await startTestCatalog()));
afterAll(() => server.stop());

const ANY_QUERY = "{ me { account { username } } }";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fresh account signed in once: its session's tokens. */
async function newSession(on: TestCatalog = server) {
  const { username, password, account } = await signedInAs(on.api, null);
  const { login } = await on.anonymous.request(SignInSessionDocument, { username, password });
  return { username, password, account, accessToken: login.accessToken, refreshToken: login.refreshToken! };
}

async function refresh(on: TestCatalog, refreshToken: string) {
  return on.anonymous.raw<{ refreshSession: { accessToken: string; refreshToken: string } }>(
    "mutation ($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken refreshToken } }",
    { refreshToken },
  );
}

/** Whether a bearer token is accepted now, or the reason it is refused. */
async function bearerState(on: TestCatalog, accessToken: string): Promise<string> {
  const result = await on.anonymous.as(accessToken).raw(ANY_QUERY);
  if (!result.errors) return "ACCEPTED";
  expect(result.status).toBe(401);
  expect(result.errors[0].extensions?.code).toBe("UNAUTHENTICATED");
  return String(result.errors[0].extensions?.reason);
}

async function refreshState(on: TestCatalog, refreshToken: string): Promise<string> {
  const result = await refresh(on, refreshToken);
  if (!result.errors) return "ACCEPTED";
  expect(result.errors[0].extensions?.code).toBe("UNAUTHENTICATED");
  return String(result.errors[0].extensions?.reason);
}

describe("refresh tokens rotate", () => {
  it("signing in hands out a refresh token; using it hands out a new pair and retires it", async () => {
    const session = await newSession();
    expect(session.refreshToken).toMatch(/^cdr_[A-Za-z0-9_-]{43}$/);
    const { refreshSession } = await server.anonymous.request(RefreshSessionDocument, { refreshToken: session.refreshToken });
    expect(refreshSession.account.username).toBe(session.username);
    expect(refreshSession.refreshToken).not.toBe(session.refreshToken);
    expect(refreshSession.accessToken).not.toBe(session.accessToken);
    expect(await bearerState(server, refreshSession.accessToken)).toBe("ACCEPTED");
    // The new one works in its turn.
    expect(await refreshState(server, refreshSession.refreshToken!)).toBe("ACCEPTED");
  });

  it("a retired refresh token used again ends the whole session: every token of the family stops working", async () => {
    const session = await newSession();
    const first = await refresh(server, session.refreshToken);
    const { accessToken, refreshToken } = first.data!.refreshSession;
    // The copy of the first token comes back (a thief, or a client that kept it).
    expect(await refreshState(server, session.refreshToken)).toBe("TOKEN_REUSED");
    expect(await refreshState(server, refreshToken)).toBe("TOKEN_REVOKED");
    expect(await bearerState(server, accessToken)).toBe("TOKEN_REVOKED");
    expect(await bearerState(server, session.accessToken)).toBe("TOKEN_REVOKED");
    // Signing in again opens a new session.
    const again = await server.anonymous.request(SignInSessionDocument, { username: session.username, password: session.password });
    expect(await bearerState(server, again.login.accessToken)).toBe("ACCEPTED");
  });

  it("of two simultaneous exchanges of one token, one wins and the other counts as reuse", async () => {
    const session = await newSession();
    const states = await Promise.all([refreshState(server, session.refreshToken), refreshState(server, session.refreshToken)]);
    expect(states.sort()).toEqual(["ACCEPTED", "TOKEN_REUSED"]);
  });

  it("the trail records sign-in, refresh and the session ended by reuse, under the account", async () => {
    const session = await newSession();
    await refresh(server, session.refreshToken);
    await refresh(server, session.refreshToken);
    const { auditEntries } = await server.api.request(AuditEntriesDocument, { filter: { targetId: session.account.id }, first: 20 });
    const entries = auditEntries.nodes.map((e) => ({ operation: e.operation, actor: e.actorUsername, changes: e.changes.map((c) => [c.field, c.after]) }));
    expect(entries).toEqual(
      expect.arrayContaining([
        { operation: "login", actor: session.username, changes: [] },
        { operation: "refreshSession", actor: session.username, changes: [] },
        { operation: "refreshSession", actor: session.username, changes: [["sessionEnded", "TOKEN_REUSED"]] },
      ]),
    );
  });

  it("refuses unknown, malformed and oversized refresh tokens as invalid", async () => {
    for (const token of ["cdr_" + "A".repeat(43), "not-a-refresh-token", "cdr_" + "x".repeat(5000), ""]) {
      expect(await refreshState(server, token)).toBe("TOKEN_INVALID");
    }
  });
});

describe("signing out", () => {
  it("signOut ends this session only: its access and refresh tokens stop, another session of the account goes on", async () => {
    const session = await newSession();
    const other = await server.anonymous.request(SignInSessionDocument, { username: session.username, password: session.password });
    const { signOut } = await server.anonymous.as(session.accessToken).request(SignOutDocument);
    expect(signOut).toBe(true);
    expect(await bearerState(server, session.accessToken)).toBe("TOKEN_REVOKED");
    expect(await refreshState(server, session.refreshToken)).toBe("TOKEN_REVOKED");
    expect(await bearerState(server, other.login.accessToken)).toBe("ACCEPTED");
    expect(await refreshState(server, other.login.refreshToken!)).toBe("ACCEPTED");
  });

  it("signOutEverywhere ends every session of the account", async () => {
    const session = await newSession();
    const other = await server.anonymous.request(SignInSessionDocument, { username: session.username, password: session.password });
    const { signOutEverywhere } = await server.anonymous.as(other.login.accessToken).request(SignOutEverywhereDocument);
    // Three: the two here and the one signedInAs opened when it made the account.
    expect(signOutEverywhere).toBe(3);
    for (const token of [session.accessToken, other.login.accessToken]) expect(await bearerState(server, token)).toBe("TOKEN_REVOKED");
    for (const token of [session.refreshToken, other.login.refreshToken!]) expect(await refreshState(server, token)).toBe("TOKEN_REVOKED");
  });

  it("a password change ends the other sessions and starts a new one", async () => {
    const session = await newSession();
    const other = await server.anonymous.request(SignInSessionDocument, { username: session.username, password: session.password });
    const client = new ApiClient(server.catalog.url, session.accessToken);
    const { changePassword } = await client.request(ChangePasswordDocument, {
      input: { currentPassword: session.password, newPassword: "a-new-long-password" },
    });
    expect(await refreshState(server, other.login.refreshToken!)).toBe("TOKEN_REVOKED");
    expect(await refreshState(server, session.refreshToken)).toBe("TOKEN_REVOKED");
    expect(await bearerState(server, changePassword.accessToken)).toBe("ACCEPTED");
  });

  it("signing out needs a signed-in caller", async () => {
    const result = await server.anonymous.raw("mutation { signOut }");
    expect(result.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("expired is told from invalid", () => {
  it("an expired access token says TOKEN_EXPIRED; forged, malformed and unknown ones say TOKEN_INVALID", async () => {
    const shortLived = await startTestCatalog({ ACCESS_TOKEN_TTL_SECONDS: "1" });
    try {
      const session = await newSession(shortLived);
      await sleep(2100);
      expect(await bearerState(shortLived, session.accessToken)).toBe("TOKEN_EXPIRED");
      // Refreshing is the way on: a new access token that works.
      const renewed = await refresh(shortLived, session.refreshToken);
      expect(await bearerState(shortLived, renewed.data!.refreshSession.accessToken)).toBe("ACCEPTED");
    } finally {
      await shortLived.stop();
    }
    const forged = "eyJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJ0aWFubmluZy1jZG8tY2F0YWxvZyIsInN1YiI6IjEifQ.forged";
    for (const token of ["garbage", "cdo_unknown-token", forged]) expect(await bearerState(server, token)).toBe("TOKEN_INVALID");
    const badHeader = await server.anonymous.raw(ANY_QUERY, undefined, { authorization: "Basic dXNlcjpwYXNz" });
    expect(badHeader.status).toBe(401);
    expect(badHeader.errors?.[0].extensions).toMatchObject({ code: "UNAUTHENTICATED", reason: "TOKEN_INVALID" });
  });

  it("a refresh token expires when left unused past the idle limit, and with its session past the session's lifetime", async () => {
    const idle = await startTestCatalog({ SESSION_IDLE_SECONDS: "1" });
    const bounded = await startTestCatalog({ SESSION_MAX_AGE_SECONDS: "3", SESSION_IDLE_SECONDS: "3600" });
    try {
      const idleSession = await newSession(idle);
      const boundedSession = await newSession(bounded);
      // Used in time, the bounded session's refresh token is renewed, but never past the session's end.
      const renewed = await bounded.anonymous.request(RefreshSessionDocument, { refreshToken: boundedSession.refreshToken });
      const signedInAt = Date.now();
      expect(new Date(renewed.refreshSession.refreshTokenExpiresAt!).getTime()).toBeLessThanOrEqual(signedInAt + 3000);
      await sleep(3100);
      expect(await refreshState(idle, idleSession.refreshToken)).toBe("TOKEN_EXPIRED");
      expect(await refreshState(bounded, renewed.refreshSession.refreshToken!)).toBe("TOKEN_EXPIRED");
      // Signing in again opens a new session and forgets the ones that ran out (with their refresh tokens): the two above.
      await bounded.anonymous.request(SignInSessionDocument, { username: boundedSession.username, password: boundedSession.password });
      const sessions = await bounded.catalog.dataSource.query(
        "SELECT COUNT(*) AS n FROM sign_in_sessions s INNER JOIN user_accounts a ON a.id = s.account_id WHERE a.username = ?",
        [boundedSession.username],
      );
      expect(Number(sessions[0].n)).toBe(1);
    } finally {
      await Promise.all([idle.stop(), bounded.stop()]);
    }
  });
});

describe("the development signing key", () => {
  it("is generated once, stored with mode 0600, and survives a restart: tokens issued before still work", async () => {
    const folder = mkdtempSync(join(tmpdir(), "cdo-secret-"));
    const databaseUrl = await freshDatabaseUrl();
    // On SQLite the key sits beside the database file; elsewhere JWT_SECRET_FILE says where.
    const env: Record<string, string> = { JWT_SECRET: "", NODE_ENV: "development", DATABASE_URL: databaseUrl };
    if (testDatabase === "mysql") env.JWT_SECRET_FILE = join(folder, "jwt-secret");
    const secretFile = testDatabase === "mysql" ? env.JWT_SECRET_FILE : join(dirname(databaseUrl.slice("sqlite:".length)), "jwt-secret");
    const first = await startTestCatalog(env, { signIn: false });
    let second: TestCatalog | undefined;
    try {
      const { login } = await first.anonymous.request(SignInSessionDocument, ADMIN);
      expect(statSync(secretFile).mode & 0o777).toBe(0o600);
      await first.catalog.stop(); // the database stays: the same catalog starts again
      second = await startTestCatalog(env, { signIn: false });
      expect(await bearerState(second, login.accessToken)).toBe("ACCEPTED");
      expect(await refreshState(second, login.refreshToken!)).toBe("ACCEPTED");
    } finally {
      await (second ?? first).stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("is never used in production: JWT_SECRET is required there", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DATABASE_URL: "sqlite::memory:" })).toThrow(/JWT_SECRET/);
  });
});
