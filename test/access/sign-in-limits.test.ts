import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { ChangePasswordDocument, CreateAccountDocument, LoginDocument } from "../generated/graphql";
import { ConfigError, loadConfig } from "../../src/config";
import { LoginThrottle } from "../../src/modules/access/login-throttle.entity";
import { SignInRate, SignInRatePeriod } from "../../src/modules/access/sign-in-rate.entity";
import { ApiClient } from "../support/api-client";
import { freshDatabaseUrl, startTestCatalog, testDatabase, TestCatalog } from "../support/catalog";

// Issue #14 (points 3 and 12b): per-client limits, a lockout an attacker cannot aim at the owner,
// and password hashes that follow PASSWORD_HASH_COST. TRUST_PROXY lets one test play many clients.
const LIMITS = {
  TRUST_PROXY: "true",
  SIGN_IN_ATTEMPTS_PER_MINUTE: "10",
  SIGN_IN_FAILURES_PER_DAY: "8",
  LOGIN_MAX_FAILURES: "3",
  LOGIN_LOCK_SECONDS: "2",
  LOGIN_USERNAME_MAX_FAILURES: "6",
};

let server: TestCatalog;
beforeAll(async () => (server = await startTestCatalog(LIMITS)));
afterAll(() => server.stop());

let clientSequence = 0;
/** A client address of its own for each caller, sent as X-Forwarded-For (TRUST_PROXY is on). */
const newClient = () => `198.51.100.${++clientSequence}`;
let accountSequence = 0;
const PASSWORD = "correct-horse-battery";

async function newAccount(admin: ApiClient = server.api): Promise<string> {
  const username = `owner${process.pid}x${++accountSequence}`;
  await admin.request(CreateAccountDocument, { input: { username, password: PASSWORD, kind: "PERSON" } });
  return username;
}

const signIn = (client: string, username: string, password: string, api: ApiClient = server.anonymous) =>
  api.raw<{ login: { accessToken: string } }>(print(LoginDocument), { username, password }, { "x-forwarded-for": client });

/** Fixed one-minute windows: a burst of a few attempts must not straddle two of them. */
async function awayFromMinuteEnd(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 55_000) await new Promise((r) => setTimeout(r, 60_500 - intoMinute));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the per-client limit", () => {
  it("answers the 11th sign-in within a minute from one client with 429, Retry-After and TOO_MANY_REQUESTS, right password or not", async () => {
    const username = await newAccount();
    const client = newClient();
    await awayFromMinuteEnd();
    for (let i = 0; i < 10; i++) expect((await signIn(client, username, PASSWORD)).errors).toBeUndefined();
    const started = Date.now();
    const refused = await signIn(client, username, PASSWORD);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions?.code).toBe("TOO_MANY_REQUESTS");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0].extensions?.retryAfter).toBe(retryAfter);
    // Another client is not affected.
    expect((await signIn(newClient(), username, PASSWORD)).errors).toBeUndefined();
  });

  it("counts wrong current passwords in changePassword against the same limit", async () => {
    const username = await newAccount();
    const client = newClient();
    await awayFromMinuteEnd();
    let token = "";
    for (let i = 0; i < 3; i++) token = (await signIn(client, username, PASSWORD)).data!.login.accessToken;
    const owner = server.anonymous.as(token);
    const change = (currentPassword: string) =>
      owner.raw(print(ChangePasswordDocument), { input: { currentPassword, newPassword: "a-new-long-password" } }, { "x-forwarded-for": client });
    // 3 sign-ins + 7 wrong current passwords fill the minute (past 3 the pair is locked: WRONG_PASSWORD alike).
    for (let i = 0; i < 7; i++) expect((await change(`guess-${i}-wrong`)).errors?.[0].extensions?.code).toBe("WRONG_PASSWORD");
    const refused = await change(PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0].extensions?.code).toBe("TOO_MANY_REQUESTS");
  });

  it("stops one client spraying one password across many usernames, for the rest of the day", async () => {
    const client = newClient();
    const owner = await newAccount();
    await awayFromMinuteEnd();
    const replies = [];
    for (let i = 0; i < 9; i++) replies.push(await signIn(client, `sprayed${process.pid}x${i}`, "Summer2026!"));
    expect(replies.slice(0, 8).map((r) => r.errors?.[0].extensions?.code)).toEqual(Array(8).fill("UNAUTHENTICATED"));
    const stopped = replies[8];
    expect(stopped.status).toBe(429);
    expect(stopped.errors?.[0].extensions?.code).toBe("TOO_MANY_REQUESTS");
    // The day's window, not the minute's: waiting a minute would not help.
    const secondsToMidnightUtc = (86_400_000 - (Date.now() % 86_400_000)) / 1000;
    expect(Number(stopped.headers.get("retry-after"))).toBeGreaterThan(Math.min(60, secondsToMidnightUtc - 5));
    // Even the right password of a real account from that client waits; other clients do not.
    expect((await signIn(client, owner, PASSWORD)).status).toBe(429);
    expect((await signIn(newClient(), owner, PASSWORD)).errors).toBeUndefined();
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY is set (a caller cannot pick a fresh address)", async () => {
    const direct = await startTestCatalog({ SIGN_IN_ATTEMPTS_PER_MINUTE: "3" }, { signIn: false });
    try {
      await awayFromMinuteEnd();
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await signIn(`203.0.113.${i}`, "test.admin", "not-the-password", direct.anonymous)).status);
      expect(statuses[3]).toBe(429);
      expect(statuses.slice(0, 3)).not.toContain(429);
    } finally {
      await direct.stop();
    }
  });
});

describe("the lockout", () => {
  it("does not let wrong passwords from one client lock the owner out on another", async () => {
    const username = await newAccount();
    const attacker = newClient();
    for (let i = 0; i < 4; i++) expect((await signIn(attacker, username, `guess-${i}`)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // The attacker's client is locked even for the right password …
    expect((await signIn(attacker, username, PASSWORD)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // … the owner's is not.
    const owner = await signIn(newClient(), username, PASSWORD);
    expect(owner.errors).toBeUndefined();
    expect(owner.data?.login.accessToken).toEqual(expect.any(String));
  });

  it("still locks the owner's own client after repeated failures there, for LOGIN_LOCK_SECONDS", async () => {
    const username = await newAccount();
    const owner = newClient();
    for (let i = 0; i < 3; i++) await signIn(owner, username, `typo-${i}`);
    expect((await signIn(owner, username, PASSWORD)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    await sleep(2100);
    expect((await signIn(owner, username, PASSWORD)).errors).toBeUndefined();
  });

  it("slows a username attacked from many clients to one try per client per growing delay, yet the owner's first try is checked", async () => {
    const username = await newAccount();
    // Six clients, one wrong guess each: the username passes LOGIN_USERNAME_MAX_FAILURES (6) across clients.
    for (let i = 0; i < 6; i++) await signIn(newClient(), username, `botnet-guess-${i}`);
    // A seventh client now gets one guess: right after it, even the right password is refused there.
    const seventh = newClient();
    expect((await signIn(seventh, username, "botnet-guess-7")).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect((await signIn(seventh, username, PASSWORD)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    // The owner, on a client of their own, is let in at the first try.
    expect((await signIn(newClient(), username, PASSWORD)).errors).toBeUndefined();
    // The delay ends (here: LOGIN_LOCK_SECONDS caps it at 2 s).
    await sleep(2100);
    expect((await signIn(seventh, username, PASSWORD)).errors).toBeUndefined();
  });

  it("answers an unknown username, a wrong password and a locked username identically", async () => {
    const username = await newAccount();
    const client = newClient();
    const reply = async (name: string, password: string) => {
      const { status, errors, data } = await signIn(client, name, password);
      return { status, errors, data };
    };
    const wrong = await reply(username, "not-the-password");
    const unknown = await reply(`nobody${process.pid}x${Date.now()}`, "not-the-password");
    await reply(username, "second-wrong");
    await reply(username, "third-wrong");
    const locked = await reply(username, PASSWORD);
    expect(wrong.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknown).toEqual(wrong);
    expect(locked).toEqual(wrong);
  });
});

describe("password hashing cost", () => {
  it("re-hashes a password made at a lower cost on sign-in, and the password still works", async () => {
    // Two catalogs on one database, the second with a higher PASSWORD_HASH_COST (a restart after raising it).
    const sqliteFile = join(tmpdir(), `cdo-rehash-${process.pid}-${Date.now()}.sqlite`);
    const databaseUrl = testDatabase === "sqlite" ? `sqlite:${sqliteFile}` : await freshDatabaseUrl();
    const storedHash = async (catalog: TestCatalog, username: string) =>
      String((await catalog.catalog.dataSource.query(`SELECT password_hash AS hash FROM user_accounts WHERE username = '${username}'`))[0].hash);
    const before = await startTestCatalog({ DATABASE_URL: databaseUrl, PASSWORD_HASH_COST: "10" });
    let username: string;
    let oldHash: string;
    try {
      username = await newAccount(before.api);
      oldHash = await storedHash(before, username);
      expect(oldHash).toMatch(/^scrypt\$10\$8\$1\$/);
    } finally {
      await before.catalog.stop(); // the database stays for the second catalog
    }
    const after = await startTestCatalog({ DATABASE_URL: databaseUrl, PASSWORD_HASH_COST: "11" }, { signIn: false });
    try {
      expect((await signIn(newClient(), username, PASSWORD, after.anonymous)).errors).toBeUndefined();
      const newHash = await storedHash(after, username);
      expect(newHash).toMatch(/^scrypt\$11\$8\$1\$/);
      expect(newHash).not.toBe(oldHash);
      expect((await signIn(newClient(), username, PASSWORD, after.anonymous)).errors).toBeUndefined();
      expect((await signIn(newClient(), username, "not-the-password", after.anonymous)).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      // The trail notes the re-hash, never a hash.
      const trail = await after.catalog.dataSource.query("SELECT changes FROM audit_entries WHERE changes LIKE '%passwordRehashed%'");
      expect(trail).toHaveLength(1);
      expect(JSON.stringify(trail)).not.toContain("scrypt$");
    } finally {
      await after.stop();
      rmSync(sqliteFile, { force: true });
    }
  });
});

describe("under concurrency", () => {
  it("counts simultaneous attempts from new and same clients without a database error", async () => {
    const username = await newAccount();
    const shared = newClient();
    await awayFromMinuteEnd();
    const clients = [...Array.from({ length: 8 }, () => newClient()), ...Array(8).fill(shared)];
    const replies = await Promise.all(clients.map((client, i) => signIn(client, i % 2 ? username : `nobody${i}`, `wrong-${i}`)));
    const codes = replies.map((r) => r.errors?.[0].extensions?.code);
    expect(codes.filter((c) => c !== "UNAUTHENTICATED" && c !== "TOO_MANY_REQUESTS")).toEqual([]);
    // The shared client's eight failures all counted: its day (8 allowed) is used up.
    expect((await signIn(shared, username, PASSWORD)).status).toBe(429);
  });
});

describe("client addresses", () => {
  it("trust a proxy only as configured: never every hop, and a malformed TRUST_PROXY stops the start", () => {
    const trustProxy = (value: string) => loadConfig({ TRUST_PROXY: value }).trustProxy;
    expect(trustProxy("")).toBe(false);
    expect(trustProxy("true")).toBe(1); // the right-most X-Forwarded-For entry, written by our proxy
    expect(trustProxy("2")).toBe(2);
    expect(trustProxy("loopback, 10.0.0.0/8, fd00::/8")).toEqual(["loopback", "10.0.0.0/8", "fd00::/8"]);
    for (const bad of ["everyone", "10.0.0.0/33", "300.1.1.1", "11"]) expect(() => trustProxy(bad)).toThrow(ConfigError);
    expect(loadConfig({}).auth.passwordHashCost).toBe(17);
  });

  it("counts an IPv6 client by its /64 network, so rotating addresses within it gains nothing", async () => {
    const username = await newAccount();
    const network = `2001:db8:${(process.pid % 65536).toString(16)}:${(++clientSequence).toString(16)}`;
    await awayFromMinuteEnd();
    for (let i = 1; i <= 10; i++) expect((await signIn(`${network}::${i.toString(16)}`, username, PASSWORD)).errors).toBeUndefined();
    const refused = await signIn(`${network}:0:0:0:ff`, username, PASSWORD);
    expect(refused.status).toBe(429);
    expect((await signIn(`2001:db8:ffff:${clientSequence.toString(16)}::1`, username, PASSWORD)).errors).toBeUndefined();
  });
});

describe("throttle rows", () => {
  it("are purged once stale, so they cannot grow without bound", async () => {
    const manager = server.catalog.dataSource.manager;
    const threeDaysAgo = new Date(Math.floor(Date.now() / 1000) * 1000 - 3 * 86_400_000);
    const staleClient = `192.0.2.${++clientSequence}`;
    await manager.insert(LoginThrottle, { username: `stale${process.pid}`, client: staleClient, failures: 2, lockedUntil: null, updatedAt: threeDaysAgo });
    await manager.insert(SignInRate, { client: staleClient, period: SignInRatePeriod.DAY, windowStart: threeDaysAgo, count: 7 });
    const client = newClient();
    await signIn(client, await newAccount(), "not-the-password");
    expect(await manager.countBy(LoginThrottle, { client: staleClient })).toBe(0);
    expect(await manager.countBy(SignInRate, { client: staleClient })).toBe(0);
    expect(await manager.countBy(LoginThrottle, { client })).toBe(1);
  });
});
