import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiClient } from "../support/api-client";
import { ADMIN, dropDatabase, freshDatabaseUrl, testDatabase } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { ServerProcess, startServerProcess } from "../support/server-process";

// Two server processes behind one load balancer share nothing but the database (README, "Deploying
// for a city or province"): whatever one of them is told takes effect through the other at once.
let databaseUrl: string;
let sqliteDir: string | undefined;
let first: ServerProcess;
let second: ServerProcess;
let adminOnFirst: ApiClient;
let adminOnSecond: ApiClient;

beforeAll(async () => {
  if (testDatabase === "sqlite") {
    sqliteDir = mkdtempSync(join(tmpdir(), "cdo-two-"));
    databaseUrl = `sqlite:${join(sqliteDir, "catalog.sqlite")}`;
  } else databaseUrl = await freshDatabaseUrl();
  const env = {
    DATABASE_URL: databaseUrl,
    // Shared by configuration: a token one process signs, the other accepts.
    JWT_SECRET: "two-processes-share-this-secret-0123456789",
    PASSWORD_HASH_COST: "10",
    LOGIN_MAX_FAILURES: "2",
    SIGN_IN_ATTEMPTS_PER_MINUTE: "100000",
    SIGN_IN_FAILURES_PER_DAY: "1000000",
    BOOTSTRAP_ADMIN_USERNAME: ADMIN.username,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
  };
  // One after the other: the first migrates the empty database, the second finds it migrated.
  first = await startServerProcess(env);
  second = await startServerProcess(env);
  adminOnFirst = await new ApiClient(first.url).signIn(ADMIN.username, ADMIN.password);
  adminOnSecond = new ApiClient(second.url, adminOnFirst.token);
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
  else if (databaseUrl) await dropDatabase(databaseUrl);
});

const LOGIN = "mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }";
const ME = "{ me { account { username } roles } }";

/** Today in the district's time zone, as the server counts appointment days. */
function districtToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

describe("two server processes on one database", () => {
  it("a token signed by one process is accepted by the other (the signing key is shared by configuration)", async () => {
    const me = await adminOnSecond.raw<{ me: { account: { username: string } } }>(ME);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.account.username).toBe(ADMIN.username);
  });

  it("a lockout earned on one process holds on the other at once", async () => {
    const { username, password } = await signedInAs(adminOnFirst, null);
    const onFirst = new ApiClient(first.url);
    const onSecond = new ApiClient(second.url);
    expect((await onSecond.raw(LOGIN, { u: username, p: password })).errors).toBeUndefined();
    for (const guess of ["wrong-1", "wrong-2"])
      expect((await onFirst.raw(LOGIN, { u: username, p: guess })).errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const locked = await onSecond.raw(LOGIN, { u: username, p: password });
    expect(locked.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(locked.data?.login ?? null).toBeNull();
  });

  it("signing out everywhere through one process refuses the session's token on the other at once", async () => {
    const { username, password } = await signedInAs(adminOnFirst, null);
    const signedIn = await new ApiClient(first.url).signIn(username, password);
    const sameTokenOnSecond = new ApiClient(second.url, signedIn.token);
    expect((await sameTokenOnSecond.raw(ME)).errors).toBeUndefined();
    expect((await signedIn.raw("mutation { signOutEverywhere }")).errors).toBeUndefined();
    const refused = await sameTokenOnSecond.raw(ME);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].extensions?.reason).toBe("TOKEN_REVOKED");
  });

  it("an API token revoked through one process is refused by the other at once", async () => {
    const account = await adminOnFirst.raw<{ createAccount: { id: string } }>(
      "mutation ($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
      { input: { username: `exchange${process.pid}${Date.now()}`, kind: "SERVICE", analyst: true } },
    );
    const issued = await adminOnFirst.raw<{ issueApiToken: { token: string; apiToken: { id: string } } }>(
      "mutation ($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token apiToken { id } } }",
      { input: { accountId: account.data!.createAccount.id, name: "共享交换平台同步" } },
    );
    const service = new ApiClient(second.url, issued.data!.issueApiToken.token);
    expect((await service.raw("{ units(first: 1) { totalCount } }")).errors).toBeUndefined();
    const revoked = await adminOnFirst.raw("mutation ($id: ID!) { revokeApiToken(id: $id) { id } }", { id: issued.data!.issueApiToken.apiToken.id });
    expect(revoked.errors).toBeUndefined();
    const refused = await service.raw("{ units(first: 1) { totalCount } }");
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].extensions?.reason).toBe("TOKEN_REVOKED");
  });

  it("an appointment ended through one process takes the role away on the other at once", async () => {
    const district = await DistrictScenario.create(adminOnFirst);
    const street = await district.street();
    const cdo = await district.person(street.id, "王某一", "degree");
    const term = await district.appoint({ unitId: street.id, personId: cdo.id, role: "UNIT_CDO", startDate: "2024-01-01" });
    const { client } = await signedInAs(adminOnFirst, cdo.id);
    const cdoOnSecond = new ApiClient(second.url, client.token);
    const before = await cdoOnSecond.raw<{ me: { roles: string[] } }>(ME);
    expect(before.data?.me.roles).toContain("UNIT_CDO");

    const ended = await adminOnFirst.raw("mutation ($input: EndAppointmentInput!) { endAppointment(input: $input) { id } }", {
      input: { appointmentId: term.appointment.id, endDate: districtToday(), reason: "工作调动" },
    });
    expect(ended.errors).toBeUndefined();
    const after = await cdoOnSecond.raw<{ me: { roles: string[] } }>(ME);
    expect(after.errors).toBeUndefined();
    expect(after.data?.me.roles).not.toContain("UNIT_CDO");
  });
});
