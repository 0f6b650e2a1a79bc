import { print } from "graphql";
import { parse } from "graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import {
  APPROVE,
  createResource,
  gql,
  NATIONAL_DAY_2026,
  REJECT,
  REQUEST,
  requestInput,
  SET_EXCEPTION,
  staffedUnitWithClients,
  TestClock,
  USAGE,
} from "./sharing-support";

const clock = new TestClock("2026-09-28T02:00:00Z");
let server: TestCatalog;
let admin: ApiClient;
let district: DistrictScenario;
type Staffed = Awaited<ReturnType<typeof staffedUnitWithClients>>;
let p1: Staffed, p2: Staffed, c1: Staffed, c2: Staffed;
let names: Record<string, string>;

/**
 * The hand-computed scenario (2026 National Day calendar; today is Tuesday 20 October):
 *   R1 C1→P1 A (conditional)   28 Sep, approved 30 Sep: 2 working days
 *   R2 C2→P1 A (conditional)   28 Sep, rejected 9 Oct: 4 (29, 30 Sep, 8, 9 Oct)
 *   R3 C1→P2 B (unconditional) 28 Sep, granted at once (not a decision)
 *   R4 C2→P2 C (conditional)   28 Sep, approved 19 Oct: 11, late (due 16 Oct)
 *   R5 C1→P1 D (conditional)   28 Sep, approved 12 Oct: 6 (… 8, 9, Saturday 10, 12 Oct)
 *   R6 C2→P1 D (conditional)   28 Sep, still pending: overdue since 17 Oct
 *   R7 C1→P1 E (conditional)   28 Sep, approved the same day: 0
 * P1: decisions 0, 2, 4, 6 → median 3, p90 (nearest rank, 4th of 4) 6; P2: 11 → 11, 11.
 * Usage: R1 12 Oct 10/100, 13 Oct 20/200; R3 12 Oct 5/1000; R4 19 Oct 1/1; R5 15 Oct 7/70.
 */
beforeAll(async () => {
  server = await startTestCatalog({}, { clock: clock.now });
  admin = server.api;
  district = await DistrictScenario.create(admin);
  for (const input of NATIONAL_DAY_2026) await gql(admin, SET_EXCEPTION, { input });
  p1 = await staffedUnitWithClients(district, admin, "DEPARTMENT", "区民政局");
  p2 = await staffedUnitWithClients(district, admin, "DEPARTMENT", "区卫生健康局");
  c1 = await staffedUnitWithClients(district, admin, "STREET", "茶山街道");
  c2 = await staffedUnitWithClients(district, admin, "STREET", "红梅街道");
  names = { [p1.unit.id]: "区民政局", [p2.unit.id]: "区卫生健康局", [c1.unit.id]: "茶山街道", [c2.unit.id]: "红梅街道" };
  const conditional = { sharingType: "CONDITIONAL" as const };
  const a = await createResource(admin, p1.unit.id, "A 城乡低保对象信息", conditional);
  const b = await createResource(admin, p2.unit.id, "B 医疗机构执业信息");
  const c = await createResource(admin, p2.unit.id, "C 出生医学证明签发记录", conditional);
  const d = await createResource(admin, p1.unit.id, "D 养老服务补贴发放", conditional);
  const e = await createResource(admin, p1.unit.id, "E 婚姻登记信息", conditional);
  await createResource(admin, p1.unit.id, "F 养老服务机构名录");
  await createResource(admin, p1.unit.id, "G 不予共享资源", { sharingType: "NOT_SHARED" });
  await createResource(admin, p1.unit.id, "H 草稿资源", { status: "DRAFT" });

  clock.setDay("2026-09-28");
  const request = async (consumer: Staffed, resourceId: string) =>
    (await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resourceId))).requestSharing;
  const r1 = await request(c1, a.id);
  const r2 = await request(c2, a.id);
  const r3 = await request(c1, b.id);
  const r4 = await request(c2, c.id);
  const r5 = await request(c1, d.id);
  await request(c2, d.id);
  const r7 = await request(c1, e.id);
  const approve = async (provider: Staffed, requestId: string) =>
    (await gql(provider.specialist, APPROVE, { input: { requestId, conditions: "限民生保障用途" } })).approveSharingRequest;
  await approve(p1, r7.id);
  clock.setDay("2026-09-30");
  const g1 = (await approve(p1, r1.id)).grant.id;
  clock.setDay("2026-10-09");
  await gql(p1.cdo, REJECT, { input: { requestId: r2.id, reason: "用途不符" } });
  clock.setDay("2026-10-12");
  const g5 = (await approve(p1, r5.id)).grant.id;
  clock.setDay("2026-10-19");
  const g4 = (await approve(p2, r4.id)).grant.id;

  clock.setDay("2026-10-20");
  const day = (grantId: string, date: string, calls: number, records: number) => ({ grantId, date, calls, records });
  await gql(admin, USAGE, {
    input: {
      records: [
        day(g1, "2026-10-12", 10, 100),
        day(g1, "2026-10-13", 20, 200),
        day(r3.grant.id, "2026-10-12", 5, 1000),
        day(g4, "2026-10-19", 1, 1),
        day(g5, "2026-10-15", 7, 70),
      ],
    },
  });
});
afterAll(() => server.stop());

const MATRIX = `query Matrix($from: LocalDate!, $to: LocalDate!) { sharingMatrix(from: $from, to: $to) {
  totals { requestCount grantCount callCount recordCount }
  cells(first: 100) { nodes { provider { id } consumer { id } requestCount pendingCount rejectedCount grantCount callCount recordCount } } } }`;
const TURNAROUND = `query Turnaround($from: LocalDate!, $to: LocalDate!) { sharingTurnaround(from: $from, to: $to) {
  nodes { provider { id } decidedCount medianWorkingDays p90WorkingDays decidedLateCount pendingCount overdueCount } } }`;
const MOST_USED = `query MostUsed($from: LocalDate!, $to: LocalDate!) { mostUsedSharedResources(from: $from, to: $to, first: 10) {
  nodes { resource { name } callCount recordCount consumerCount } } }`;

type Cell = { provider: { id: string }; consumer: { id: string } } & Record<string, number | object>;
const named = (cells: Cell[]) => cells.map(({ provider, consumer, ...counts }) => ({ pair: `${names[provider.id]}→${names[consumer.id]}`, ...counts }));

describe("the sharing matrix against hand-computed figures", () => {
  it("over September and October: every pair's requests, grants and usage", async () => {
    clock.setDay("2026-10-20");
    const { sharingMatrix } = await gql(admin, MATRIX, { from: "2026-09-01", to: "2026-10-31" });
    expect(sharingMatrix.totals).toEqual({ requestCount: 7, grantCount: 5, callCount: 43, recordCount: 1371 });
    expect(named(sharingMatrix.cells.nodes)).toEqual([
      { pair: "区民政局→茶山街道", requestCount: 3, pendingCount: 0, rejectedCount: 0, grantCount: 3, callCount: 37, recordCount: 370 },
      { pair: "区民政局→红梅街道", requestCount: 2, pendingCount: 1, rejectedCount: 1, grantCount: 0, callCount: 0, recordCount: 0 },
      { pair: "区卫生健康局→茶山街道", requestCount: 1, pendingCount: 0, rejectedCount: 0, grantCount: 1, callCount: 5, recordCount: 1000 },
      { pair: "区卫生健康局→红梅街道", requestCount: 1, pendingCount: 0, rejectedCount: 0, grantCount: 1, callCount: 1, recordCount: 1 },
    ]);
  });

  it("over 13–31 October only: no requests, one grant, usage of those days", async () => {
    const { sharingMatrix } = await gql(admin, MATRIX, { from: "2026-10-13", to: "2026-10-31" });
    expect(named(sharingMatrix.cells.nodes)).toEqual([
      { pair: "区民政局→茶山街道", requestCount: 0, pendingCount: 0, rejectedCount: 0, grantCount: 0, callCount: 27, recordCount: 270 },
      { pair: "区卫生健康局→红梅街道", requestCount: 0, pendingCount: 0, rejectedCount: 0, grantCount: 1, callCount: 1, recordCount: 1 },
    ]);
  });

  it("a unit's people see the pairs of their unit only", async () => {
    const { sharingMatrix } = await gql(c1.specialist, MATRIX, { from: "2026-09-01", to: "2026-10-31" });
    expect(named(sharingMatrix.cells.nodes).map((cell) => cell.pair)).toEqual(["区民政局→茶山街道", "区卫生健康局→茶山街道"]);
    expect(sharingMatrix.totals).toEqual({ requestCount: 4, grantCount: 4, callCount: 42, recordCount: 1370 });
  });

  it("refuses a reversed or too long period", async () => {
    const reversed = await admin.raw(MATRIX, { from: "2026-10-31", to: "2026-09-01" });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    const long = await admin.raw(MATRIX, { from: "2020-01-01", to: "2026-09-01" });
    expect(long.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
  });
});

describe("turnaround per provider against hand-computed figures", () => {
  it("median and p90 in working days, late decisions, pending and overdue today", async () => {
    clock.setDay("2026-10-20");
    const { sharingTurnaround } = await gql(admin, TURNAROUND, { from: "2026-09-01", to: "2026-10-31" });
    expect(sharingTurnaround.nodes.map(({ provider, ...figures }: { provider: { id: string } }) => ({ provider: names[provider.id], ...figures }))).toEqual([
      { provider: "区民政局", decidedCount: 4, medianWorkingDays: 3, p90WorkingDays: 6, decidedLateCount: 0, pendingCount: 1, overdueCount: 1 },
      { provider: "区卫生健康局", decidedCount: 1, medianWorkingDays: 11, p90WorkingDays: 11, decidedLateCount: 1, pendingCount: 0, overdueCount: 0 },
    ]);
  });

  it("the period selects decisions; pending and overdue are as of today", async () => {
    clock.setDay("2026-10-16");
    const { sharingTurnaround } = await gql(admin, TURNAROUND, { from: "2026-10-01", to: "2026-10-31" });
    // 16 October: R4 and R6 pending, neither past its due day yet; P1 decided R2 (4) and R5 (6) in October.
    expect(sharingTurnaround.nodes.map(({ provider, ...figures }: { provider: { id: string } }) => ({ provider: names[provider.id], ...figures }))).toEqual([
      { provider: "区民政局", decidedCount: 2, medianWorkingDays: 5, p90WorkingDays: 6, decidedLateCount: 0, pendingCount: 1, overdueCount: 0 },
      { provider: "区卫生健康局", decidedCount: 1, medianWorkingDays: 11, p90WorkingDays: 11, decidedLateCount: 1, pendingCount: 0, overdueCount: 0 },
    ]);
  });
});

describe("resources nobody requested, and the most used", () => {
  it("lists published, shareable resources never requested", async () => {
    const { unrequestedShareableResources } = await gql(
      admin,
      `query U($p: ID) { unrequestedShareableResources(providerUnitId: $p) { totalCount nodes { name } } }`,
      {
        p: p1.unit.id,
      },
    );
    expect(unrequestedShareableResources).toEqual({ totalCount: 1, nodes: [{ name: "F 养老服务机构名录" }] });
  });

  it("ranks resources by records exchanged in the period", async () => {
    clock.setDay("2026-10-20");
    const { mostUsedSharedResources } = await gql(admin, MOST_USED, { from: "2026-09-01", to: "2026-10-31" });
    expect(mostUsedSharedResources.nodes).toEqual([
      { resource: { name: "B 医疗机构执业信息" }, callCount: 5, recordCount: 1000, consumerCount: 1 },
      { resource: { name: "A 城乡低保对象信息" }, callCount: 30, recordCount: 300, consumerCount: 1 },
      { resource: { name: "D 养老服务补贴发放" }, callCount: 7, recordCount: 70, consumerCount: 1 },
      { resource: { name: "C 出生医学证明签发记录" }, callCount: 1, recordCount: 1, consumerCount: 1 },
    ]);
    const secondPage = await gql(
      admin,
      `query M($after: String) { mostUsedSharedResources(from: "2026-09-01", to: "2026-10-31", first: 2, after: $after) { nodes { recordCount } pageInfo { endCursor hasNextPage } } }`,
    );
    const next = await gql(
      admin,
      `query M($after: String) { mostUsedSharedResources(from: "2026-09-01", to: "2026-10-31", first: 2, after: $after) { nodes { recordCount } pageInfo { hasNextPage } } }`,
      {
        after: secondPage.mostUsedSharedResources.pageInfo.endCursor,
      },
    );
    expect(next.mostUsedSharedResources).toEqual({ nodes: [{ recordCount: 70 }, { recordCount: 1 }], pageInfo: { hasNextPage: false } });
  });
});

describe("each analysts' question costs a fixed number of SQL statements", () => {
  const QUESTIONS = {
    matrix: `query Matrix($from: LocalDate!, $to: LocalDate!) { sharingMatrix(from: $from, to: $to) { totals { requestCount } cells(first: 100) { nodes { provider { name } consumer { name } requestCount callCount } } } }`,
    turnaround: `query Turnaround($from: LocalDate!, $to: LocalDate!) { sharingTurnaround(from: $from, to: $to) { nodes { provider { name } medianWorkingDays overdueCount } } }`,
    mostUsed: `query MostUsed($from: LocalDate!, $to: LocalDate!) { mostUsedSharedResources(from: $from, to: $to, first: 100) { nodes { resource { name provider { name } } recordCount } } }`,
    overdue: `query Overdue { overdueSharingRequests(first: 100) { nodes { resource { name } provider { name } consumer { name } grant { id } items { code } } } }`,
    unrequested: `query Unrequested { unrequestedShareableResources(first: 100) { totalCount nodes { name provider { name } } } }`,
  };
  const period = { from: "2026-09-01", to: "2026-10-31" };

  async function costs() {
    const counts: Record<string, number> = {};
    for (const [name, query] of Object.entries(QUESTIONS)) {
      const result = await admin.raw(print(parse(query)), name === "overdue" || name === "unrequested" ? {} : period);
      expect(result.errors).toBeUndefined();
      counts[name] = sqlStatementsOf(result);
    }
    return counts;
  }

  it("the same counts with more units, requests and usage", async () => {
    clock.setDay("2026-10-20");
    const before = await costs();

    // More of everything: three more provider and consumer units, each pair with three used grants and an overdue request.
    for (let u = 0; u < 3; u++) {
      const consumer = await staffedUnitWithClients(district, admin, "STREET", `街道${u}`);
      const provider = await staffedUnitWithClients(district, admin, "DEPARTMENT", `部门${u}`);
      const records = [];
      for (let r = 0; r < 3; r++) {
        const resource = await createResource(admin, provider.unit.id, `资源${u}-${r}`);
        const grantId = (await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id))).requestSharing.grant.id;
        records.push({ grantId, date: "2026-10-20", calls: 1, records: 1 });
        await createResource(admin, provider.unit.id, `未申请资源${u}-${r}`);
      }
      await gql(admin, USAGE, { input: { records } });
      const pending = await createResource(admin, provider.unit.id, `待审资源${u}`, { sharingType: "CONDITIONAL" });
      clock.setDay("2026-09-28");
      await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, pending.id));
      clock.setDay("2026-10-20");
    }
    const grown = await gql(
      admin,
      `query { sharingMatrix(from: "2026-09-01", to: "2026-10-31") { cells(first: 100) { totalCount } } overdueSharingRequests { totalCount } }`,
    );
    expect(grown.sharingMatrix.cells.totalCount).toBe(7);
    expect(grown.overdueSharingRequests.totalCount).toBe(4);
    expect(await costs()).toEqual(before);
  });
});

describe("the analysts' questions need a role", () => {
  it("an account holding no role is refused", async () => {
    const nobody = (await signedInAs(admin, null)).client;
    expect((await nobody.raw(MATRIX, { from: "2026-09-01", to: "2026-10-31" })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});
