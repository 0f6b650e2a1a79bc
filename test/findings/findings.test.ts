import { print } from "graphql";
import type { EntityManager } from "typeorm";
import { FindingCountsDocument, FindingHistoryDocument, FindingsDocument, FindingKind, RecordMeetingResolutionDocument } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { districtCdoOf, districtToday, meetingWithActionItem, rowId, staffedWithClients } from "../governance/governance-support";
import { createResource, openDatasetOf } from "../opening/opening-support";
import { Viewer } from "../../src/common/auth";
import { RequestContext } from "../../src/common/context";
import type { CatalogError } from "../../src/common/errors";
import { inTransaction } from "../../src/common/transaction";
import { FindingKind as Kind, FindingOccurrence, FindingSeverity, type FindingSweep, recordFindings } from "../../src/modules/findings";

/** 问题清单 (DOMAIN §6): each kind appears with its cause and disappears as soon as the cause is fixed; counts, scope and the ledger. */

const DAY_MS = 86_400_000;
let offsetDays = 0;
const clock = () => new Date(Date.now() + offsetDays * DAY_MS);

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog({}, { clock });
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());
afterEach(() => (offsetDays = 0));

async function findingsOf(client: ApiClient, unitId: string, kinds?: FindingKind[]) {
  const { findings } = await client.request(FindingsDocument, { filter: { unitId, kinds }, first: 100 });
  return findings.nodes;
}

async function kindsOf(unitId: string): Promise<string[]> {
  return (await findingsOf(server.api, unitId)).map((f) => f.kind).sort();
}

async function mutate(query: string, variables: Record<string, unknown>) {
  const result = await server.api.raw<Record<string, { id: string; version?: number }>>(query, variables);
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return Object.values(result.data!)[0];
}

describe("staffing findings (DOMAIN §1)", () => {
  it("reports a unit without CDO or specialist, an exception-qualified CDO and a specialist outside the post, until fixed", async () => {
    const street = await district.street("雕庄街道");
    expect(await kindsOf(street.id)).toEqual(["NO_DATA_SECURITY_TRAINING", "UNIT_MISSING_CDO", "UNIT_MISSING_SPECIALIST"]);
    const [missing] = await findingsOf(server.api, street.id, ["UNIT_MISSING_CDO"]);
    expect(missing).toMatchObject({ severity: "HIGH", severityLabel: "高", kindLabel: "缺少首席数据官", since: null, unit: { name: "雕庄街道" } });
    expect(missing.subject).toEqual({ id: street.id, __typename: "Unit" });
    expect(missing.message).toContain("雕庄街道没有在任的首席数据官");

    const unqualified = await district.person(street.id, "雕庄街道首席数据官", "none");
    const cdo = await district.appoint({
      unitId: street.id,
      personId: unqualified.id,
      role: "UNIT_CDO",
      startDate: "2024-01-01",
      qualificationExceptionReason: "暂无符合条件人选",
    });
    const specialistPerson = await district.person(street.id, "雕庄街道数据专员", "experience");
    await district.appoint({ unitId: street.id, personId: specialistPerson.id, role: "DATA_SPECIALIST", startDate: "2024-01-01", specialistPosition: "OTHER" });
    expect(await kindsOf(street.id)).toEqual(["CDO_QUALIFICATION_EXCEPTION", "NO_DATA_SECURITY_TRAINING", "SPECIALIST_OUTSIDE_POSITION"]);
    const [exception] = await findingsOf(server.api, street.id, ["CDO_QUALIFICATION_EXCEPTION"]);
    expect(exception).toMatchObject({ severity: "LOW", since: "2024-01-01", subject: { id: cdo.appointment.id, __typename: "Appointment" } });
    expect(exception.responsiblePerson?.name).toBe("雕庄街道首席数据官");

    // A qualified successor and a section head: both gone at once.
    const qualified = await district.person(street.id, "雕庄街道首席数据官二", "degree");
    await district.appoint({ unitId: street.id, personId: qualified.id, role: "UNIT_CDO", startDate: "2024-06-01" });
    const sectionHead = await district.person(street.id, "雕庄街道科长", "experience");
    await district.appoint({
      unitId: street.id,
      personId: sectionHead.id,
      role: "DATA_SPECIALIST",
      startDate: "2024-06-01",
      specialistPosition: "RESPONSIBLE_SECTION_HEAD",
    });
    expect(await kindsOf(street.id)).toEqual(["NO_DATA_SECURITY_TRAINING"]);
  });
});

describe("work owed (DOMAIN §3–§5)", () => {
  it("reports an overdue action item until the unit completes it", async () => {
    const districtCdo = await districtCdoOf(server, district);
    const street = await staffedWithClients(server, district, "STREET", "茶山街道");
    const meeting = await districtCdo.raw<{ conveneJointMeeting: { id: string } }>(
      "mutation($input: ConveneJointMeetingInput!) { conveneJointMeeting(input: $input) { id } }",
      { input: { title: "联席会议", heldOn: "2024-03-01", invitedUnitIds: [street.unit.id], agenda: ["议题"] } },
    );
    const { recordMeetingResolution } = await districtCdo.request(RecordMeetingResolutionDocument, {
      input: {
        meetingId: meeting.data!.conveneJointMeeting.id,
        kind: "STRATEGIC_DECISION",
        content: "决议",
        actionItems: [{ unitId: street.unit.id, task: "完成数据目录编制", dueDate: "2024-03-29" }],
      },
    });
    const [overdue] = await findingsOf(server.api, street.unit.id, ["ACTION_ITEM_OVERDUE"]);
    expect(overdue).toMatchObject({
      severity: "MEDIUM",
      since: "2024-03-30",
      subject: { id: recordMeetingResolution.actionItems[0].id, __typename: "MeetingActionItem" },
    });
    expect(overdue.responsiblePerson?.name).toBe("茶山街道首席数据官");
    expect(overdue.message).toContain("完成数据目录编制");

    await street.cdoClient.raw("mutation($input: CompleteActionItemInput!) { completeActionItem(input: $input) { id } }", {
      input: { id: recordMeetingResolution.actionItems[0].id, note: "已完成" },
    });
    expect(await findingsOf(server.api, street.unit.id, ["ACTION_ITEM_OVERDUE"])).toEqual([]);
  });

  it("reports no data-security training this year until a session is held", async () => {
    const street = await staffedWithClients(server, district, "STREET", "红梅街道");
    const [finding] = await findingsOf(server.api, street.unit.id, ["NO_DATA_SECURITY_TRAINING"]);
    expect(finding).toMatchObject({ severity: "LOW", since: `${districtToday().slice(0, 4)}-01-01` });
    await street.cdoClient.raw("mutation($input: RecordTrainingSessionInput!) { recordTrainingSession(input: $input) { id } }", {
      input: {
        unitId: street.unit.id,
        title: "数据安全培训",
        topic: "DATA_SECURITY",
        heldOn: districtToday(),
        hours: "2",
        attendeePersonIds: [street.specialist.id],
      },
    });
    expect(await findingsOf(server.api, street.unit.id, ["NO_DATA_SECURITY_TRAINING"])).toEqual([]);
  });

  it("reports a resource stale against its update frequency (the timeliness rule) until it is updated", async () => {
    const street = await staffedWithClients(server, district, "STREET", "天宁街道");
    const resource = await createResource(server.api, street.unit.id, { name: "每日客流统计", updateFrequency: "DAILY" });
    expect(await findingsOf(server.api, street.unit.id, ["RESOURCE_STALE"])).toEqual([]);
    offsetDays = 3; // three days on, a daily resource is late
    const [stale] = await findingsOf(server.api, street.unit.id, ["RESOURCE_STALE"]);
    expect(stale).toMatchObject({ severity: "MEDIUM", subject: { id: resource.id, __typename: "DataResource" } });
    expect(stale.responsiblePerson?.name).toBe("天宁街道数据专员");
    await mutate("mutation($input: UpdateDataResourceInput!) { updateDataResource(input: $input) { id version } }", {
      input: { id: resource.id, version: 1, summary: "已更新" },
    });
    expect(await findingsOf(server.api, street.unit.id, ["RESOURCE_STALE"])).toEqual([]);
  });

  it("reports quality below target from the roll-ups until a better score is measured", async () => {
    const street = await staffedWithClients(server, district, "STREET", "兰陵街道");
    const resource = await createResource(server.api, street.unit.id, { name: "网格事件记录" });
    const measure = (score: number) =>
      mutate("mutation($input: [QualityMeasurementInput!]!) { recordQualityMeasurements(input: $input) { recorded } }", {
        input: [{ resourceId: resource.id, dimension: "ACCURACY", score, measuredAt: new Date().toISOString(), source: "MANUAL" }],
      });
    await measure(55);
    const [below] = await findingsOf(server.api, street.unit.id, ["QUALITY_BELOW_TARGET"]);
    expect(below).toMatchObject({ severity: "MEDIUM", since: districtToday(), subject: { id: resource.id } });
    expect(below.message).toContain("准确性 55");
    await measure(98);
    // The catalog's own metadata check may keep the resource below target in 完整性; accuracy is no longer named.
    const after = await findingsOf(server.api, street.unit.id, ["QUALITY_BELOW_TARGET"]);
    expect(after.map((f) => f.message).join("")).not.toContain("准确性");
  });

  it("reports a sharing decision past its deadline (the sharing module's working days) until the provider decides", async () => {
    const provider = await staffedWithClients(server, district, "DEPARTMENT", "区卫生健康局");
    const consumer = await staffedWithClients(server, district, "DEPARTMENT", "区医疗保障局");
    const resource = await createResource(server.api, provider.unit.id, {
      name: "出生医学证明签发记录",
      sharingType: "CONDITIONAL",
      sharingConditions: "限政务用途",
      openType: "NOT_OPEN",
    });
    const asked = await consumer.cdoClient.raw<{ requestSharing: { id: string } }>(
      "mutation($input: RequestSharingInput!) { requestSharing(input: $input) { id } }",
      { input: { resourceId: resource.id, consumerUnitId: consumer.unit.id, purpose: "医保参保登记", legalBasis: "《医疗保障基金使用监督管理条例》" } },
    );
    expect(asked.errors).toBeUndefined();
    const requestId = asked.data!.requestSharing.id;
    expect(await findingsOf(server.api, provider.unit.id, ["SHARING_DECISION_OVERDUE"])).toEqual([]);
    offsetDays = 40; // past ten working days, whatever the holidays
    const [overdue] = await findingsOf(server.api, provider.unit.id, ["SHARING_DECISION_OVERDUE"]);
    expect(overdue).toMatchObject({ severity: "HIGH", subject: { id: requestId, __typename: "SharingRequest" } });
    expect(overdue.responsiblePerson?.name).toBe("区卫生健康局首席数据官");
    expect(overdue.message).toContain("区医疗保障局");
    const approved = await provider.specialistClient.raw("mutation($input: ApproveSharingRequestInput!) { approveSharingRequest(input: $input) { id } }", {
      input: { requestId, conditions: "限医保参保登记" },
    });
    expect(approved.errors).toBeUndefined();
    expect(await findingsOf(server.api, provider.unit.id, ["SHARING_DECISION_OVERDUE"])).toEqual([]);
  });

  it("reports a quality issue the provider owes past its due date until it is rectified", async () => {
    const provider = await staffedWithClients(server, district, "DEPARTMENT", "区住房和城乡建设局");
    const resource = await createResource(server.api, provider.unit.id, { name: "既有住宅加装电梯项目" });
    const reported = await server.api.raw<{ reportQualityIssue: { id: string; dueDate: string } }>(
      "mutation($input: ReportQualityIssueInput!) { reportQualityIssue(input: $input) { id dueDate } }",
      { input: { resourceId: resource.id, title: "地址字段缺失", description: "部分记录缺少门牌号" } },
    );
    expect(reported.errors).toBeUndefined();
    const issue = reported.data!.reportQualityIssue;
    offsetDays = 60;
    const [overdue] = await findingsOf(server.api, provider.unit.id, ["QUALITY_ISSUE_OVERDUE"]);
    const dayAfterDue = new Date(Date.parse(`${issue.dueDate}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    expect(overdue).toMatchObject({ severity: "MEDIUM", since: dayAfterDue, subject: { id: issue.id, __typename: "QualityIssue" } });
    expect(overdue.responsiblePerson?.name).toBe("区住房和城乡建设局数据专员");
    for (const step of ["acceptQualityIssue", "rectifyQualityIssue"]) {
      const moved = await provider.specialistClient.raw(`mutation($input: QualityIssueStepInput!) { ${step}(input: $input) { id } }`, {
        input: { id: issue.id, comment: "已补全门牌号" },
      });
      expect(moved.errors).toBeUndefined();
    }
    expect(await findingsOf(server.api, provider.unit.id, ["QUALITY_ISSUE_OVERDUE"])).toEqual([]);
  });

  it("reports data opened against the rules (the opening policy) until the dataset is withdrawn", async () => {
    const street = await staffedWithClients(server, district, "STREET", "青龙街道");
    const dataset = await openDatasetOf(server.api, street.unit.id, { name: "社区养老服务点" });
    expect(await findingsOf(server.api, street.unit.id, ["OPENED_AGAINST_RULES"])).toEqual([]);
    const resourceId = (await server.catalog.dataSource.query(`SELECT resource_id FROM open_datasets WHERE id = ${rowId(dataset.id)}`))[0].resource_id;
    await server.catalog.dataSource.query(`UPDATE data_resources SET open_type = 'NOT_OPEN' WHERE id = ${Number(resourceId)}`);
    const [opened] = await findingsOf(server.api, street.unit.id, ["OPENED_AGAINST_RULES"]);
    expect(opened).toMatchObject({ severity: "HIGH", subject: { id: dataset.id, __typename: "OpenDataset" } });
    await mutate("mutation($input: WithdrawOpenDatasetInput!) { withdrawOpenDataset(input: $input) { id } }", {
      input: { id: dataset.id, reason: "资源调整为不予开放" },
    });
    expect(await findingsOf(server.api, street.unit.id, ["OPENED_AGAINST_RULES"])).toEqual([]);
  });

  it("reports a missing annual report after the deadline, and a late one, for the latest year past its deadline", async () => {
    const late = await staffedWithClients(server, district, "DEPARTMENT", "区统计局");
    const missing = await staffedWithClients(server, district, "DEPARTMENT", "区审计局");
    const today = districtToday();
    const year = Number(today.slice(0, 4)) - 1;
    const ds = server.catalog.dataSource;
    await ds.query(`INSERT INTO annual_report_deadlines (year, due_on, updated_at) VALUES (${year}, '${year + 1}-01-31', '2025-01-01 00:00:00')`);
    const insertReport = (unitId: string, cdoId: string, firstSubmittedAt: string | null) =>
      ds.query(
        `INSERT INTO annual_reports (unit_id, year, cdo_person_id, status, first_submitted_at, submitted_at, figures, figures_computed_at, created_at, updated_at) VALUES (${rowId(unitId)}, ${year}, ${rowId(cdoId)}, '${firstSubmittedAt ? "SUBMITTED" : "DRAFT"}', ${firstSubmittedAt ? `'${firstSubmittedAt}'` : "NULL"}, NULL, '{}', '2025-01-01 00:00:00', '2025-01-01 00:00:00', '2025-01-01 00:00:00')`,
      );
    try {
      await insertReport(late.unit.id, late.cdo.id, `${year + 1}-02-10 02:00:00`);
      const [lateFinding] = await findingsOf(server.api, late.unit.id, ["ANNUAL_REPORT_LATE", "ANNUAL_REPORT_MISSING"]);
      expect(lateFinding).toMatchObject({ kind: "ANNUAL_REPORT_LATE", severity: "LOW", since: `${year + 1}-02-01` });
      const [missingFinding] = await findingsOf(server.api, missing.unit.id, ["ANNUAL_REPORT_LATE", "ANNUAL_REPORT_MISSING"]);
      expect(missingFinding).toMatchObject({ kind: "ANNUAL_REPORT_MISSING", severity: "HIGH", since: `${year + 1}-02-01`, subject: { id: missing.unit.id } });
      // Submitted on the deadline's day (district time): on time, so the finding is gone.
      await insertReport(missing.unit.id, missing.cdo.id, `${year + 1}-01-31 03:00:00`);
      expect(await findingsOf(server.api, missing.unit.id, ["ANNUAL_REPORT_LATE", "ANNUAL_REPORT_MISSING"])).toEqual([]);
    } finally {
      await ds.query(`DELETE FROM annual_reports WHERE year = ${year}`);
      await ds.query(`DELETE FROM annual_report_deadlines WHERE year = ${year}`);
    }
  });
});

describe("scope and counts", () => {
  it("shows a unit's people their own findings only, analysts everything with contact data masked", async () => {
    const zhenglu = await district.unit("TOWN", "郑陆镇");
    const staffed = await staffedWithClients(server, district, "STREET", "雕庄街道");
    const own = (await staffed.cdoClient.request(FindingsDocument, { first: 100 })).findings.nodes;
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((f) => f.unit.id === staffed.unit.id)).toBe(true);
    expect((await staffed.cdoClient.error(FindingsDocument, { filter: { unitId: zhenglu.id } })).extensions?.code).toBe("NOT_FOUND");

    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
    const all = (await analyst.request(FindingsDocument, { filter: { unitId: district.rootId, includeDescendants: true }, first: 100 })).findings;
    expect(all.nodes.some((f) => f.unit.id === zhenglu.id && f.kind === "UNIT_MISSING_CDO")).toBe(true);
    const withPerson = all.nodes.find((f) => f.unit.id === staffed.unit.id && f.responsiblePerson);
    expect(withPerson).toBeDefined();
    expect(withPerson!.responsiblePerson!.phone).toBeNull();
  });

  it("lists findings with their units, people and records in the same number of statements for a short and a long page", async () => {
    const statementsFor = async (first: number) => {
      const result = await server.api.raw<{ findings: { nodes: unknown[] } }>(print(FindingsDocument), { first });
      expect(result.errors).toBeUndefined();
      return { statements: sqlStatementsOf(result), rows: result.data!.findings.nodes.length };
    };
    const one = await statementsFor(1);
    const many = await statementsFor(50);
    expect(one.rows).toBe(1);
    expect(many.rows).toBeGreaterThan(5);
    expect(many.statements).toBeLessThanOrEqual(one.statements + 6); // one batch per subject type at most, never one per row
  });

  it("counts per unit and kind with the same number of statements for 3 units and for 30", async () => {
    const parent = await district.unit("DEPARTMENT", "区民政局");
    const statementsFor = async () => {
      const result = await server.api.raw(print(FindingCountsDocument), { filter: { unitId: district.rootId, includeDescendants: true } });
      expect(result.errors).toBeUndefined();
      return sqlStatementsOf(result);
    };
    for (let i = 0; i < 3; i++) await district.unit("SUBORDINATE", `区民政局下属单位${i}`, parent.id);
    const three = await statementsFor();
    for (let i = 3; i < 30; i++) await district.unit("DEPARTMENT", `区测试局${i}`);
    const thirty = await statementsFor();
    expect(thirty).toBe(three);

    const { findingCounts } = await server.api.request(FindingCountsDocument, { filter: { unitId: parent.id } });
    expect(findingCounts.total).toBe(3);
    expect(findingCounts.byKind.map((k) => [k.kind, k.count])).toEqual([
      ["UNIT_MISSING_CDO", 1],
      ["UNIT_MISSING_SPECIALIST", 1],
      ["NO_DATA_SECURITY_TRAINING", 1],
    ]);
    expect(findingCounts.bySeverity.map((s) => [s.label, s.count])).toEqual([
      ["高", 1],
      ["中", 1],
      ["低", 1],
    ]);
    expect(findingCounts.units).toEqual([{ unit: { id: parent.id, name: "区民政局" }, total: 3, byKind: expect.any(Array) }]);
  });
});

describe("the findings ledger (问题台账)", () => {
  const sweepContext = (manager?: EntityManager) =>
    new RequestContext(server.catalog.dataSource, "sweep-test", { districtTimeZone: "Asia/Shanghai", auth: {} as never }, Viewer.system(), manager, clock);
  const sweep = (batchSize?: number) => recordFindings(sweepContext(), { batchSize });
  const day = (daysOn = offsetDays) => districtToday(daysOn);

  it("opens an occurrence once, keeps it open while the cause lasts, and resolves it when fixed", async () => {
    const town = await district.unit("TOWN", "郑陆镇");
    await sweep();
    const again = await sweep(); // idempotent: nothing new, nothing resolved
    expect(again.raised).toBe(0);
    expect(again.resolved).toBe(0);
    const open = await server.api.request(FindingHistoryDocument, { filter: { unitId: town.id, kinds: ["UNIT_MISSING_CDO"] } });
    expect(open.findingHistory.nodes).toEqual([
      expect.objectContaining({ kind: "UNIT_MISSING_CDO", kindLabel: "缺少首席数据官", firstSeenOn: districtToday(), resolvedOn: null }),
    ]);
    expect(open.findingHistory.nodes[0].subjectId).toBe(town.id);

    const cdo = await district.person(town.id, "郑陆镇首席数据官");
    await district.appoint({ unitId: town.id, personId: cdo.id, role: "UNIT_CDO", startDate: "2024-01-01" });
    expect((await sweep()).resolved).toBeGreaterThanOrEqual(1);
    const resolved = await server.api.request(FindingHistoryDocument, { filter: { unitId: town.id, kinds: ["UNIT_MISSING_CDO"], resolved: true } });
    expect(resolved.findingHistory.nodes.map((o) => o.resolvedOn)).toEqual([districtToday()]);
    expect((await sweep()).resolved).toBe(0);
  });

  // The sweep reads the catalog and compares it with the ledger a few subjects at a time (below, two
  // resources, or two records of a kind, a batch) and keeps the same ledger as a sweep that reads
  // everything at once: what it raises, resolves and keeps open, the days first and last seen, the counts.

  /** The ledger as a client of it sees it: every column but the row ID, the sweep's own mark and the timestamps. */
  async function ledgerOn(manager: EntityManager) {
    const rows = await manager.find(FindingOccurrence, { order: { findingKey: "ASC", firstSeenOn: "ASC" } });
    return rows.map(({ findingKey, kind, severity, unitId, subjectRef, since, firstSeenOn, lastSeenOn, resolvedOn, openKey }) => ({
      findingKey,
      kind,
      severity,
      unitId,
      subjectRef,
      since,
      firstSeenOn,
      lastSeenOn,
      resolvedOn,
      openKey,
    }));
  }
  type Ledger = Awaited<ReturnType<typeof ledgerOn>>;

  class RolledBack extends Error {}

  /** A sweep reading everything in one batch, and the ledger it leaves, rolled back: what the batched sweep must do on the same data. */
  async function sweepInOneBatch(): Promise<{ sweep: FindingSweep; ledger: Ledger }> {
    let seen: { sweep: FindingSweep; ledger: Ledger } | undefined;
    await inTransaction(server.catalog.dataSource, async (manager) => {
      seen = { sweep: await recordFindings(sweepContext(manager), { batchSize: Infinity }), ledger: await ledgerOn(manager) };
      throw new RolledBack();
    }).catch((error) => {
      if (!(error instanceof RolledBack)) throw error;
    });
    return seen!;
  }

  /** The batched sweep, checked against the one-batch sweep on the same data. */
  async function sweepAsInOneBatch(): Promise<{ sweep: FindingSweep; ledger: Ledger }> {
    const whole = await sweepInOneBatch();
    const batched = { sweep: await sweep(2), ledger: await ledgerOn(server.catalog.dataSource.manager) };
    expect(batched).toEqual(whole);
    return batched;
  }

  async function measure(resourceId: string, score: number) {
    const result = await server.api.raw("mutation($input: [QualityMeasurementInput!]!) { recordQualityMeasurements(input: $input) { recorded } }", {
      input: [{ resourceId, dimension: "ACCURACY", score, measuredAt: clock().toISOString(), source: "MANUAL" }],
    });
    expect(result.errors).toBeUndefined();
  }

  async function touch(resourceId: string) {
    const result = await server.api.raw("mutation($input: UpdateDataResourceInput!) { updateDataResource(input: $input) { id } }", {
      input: { id: resourceId, version: 1, summary: "已更新" },
    });
    expect(result.errors).toBeUndefined();
  }

  it("keeps the ledger a one-batch sweep keeps, sweeping seven stale resources two at a time, day after day", async () => {
    const { unit } = await staffedWithClients(server, district, "DEPARTMENT", "区交通运输局");
    const resources: string[] = [];
    for (let i = 0; i < 7; i++) resources.push((await createResource(server.api, unit.id, { name: `每日路况统计${i}`, updateFrequency: "DAILY" })).id);
    for (const id of resources.slice(0, 3)) await measure(id, 50);
    // Open in the ledger, its cause long gone (a resource since deleted): the first sweep resolves it and keeps its last day seen.
    const goneKey = `${Kind.RESOURCE_STALE}:DataResource:999999999`;
    const stamp = new Date(Math.floor(Date.now() / 1000) * 1000);
    await server.catalog.dataSource.manager.insert(FindingOccurrence, {
      findingKey: goneKey,
      kind: Kind.RESOURCE_STALE,
      severity: FindingSeverity.MEDIUM,
      unitId: rowId(unit.id),
      subjectRef: "DataResource:999999999",
      since: day(-12),
      firstSeenOn: day(-11),
      lastSeenOn: day(-10),
      resolvedOn: null,
      openKey: goneKey,
      createdAt: stamp,
      updatedAt: stamp,
    });
    const staleOf = (ledger: Ledger, id: string) => ledger.filter((o) => o.findingKey === `${Kind.RESOURCE_STALE}:DataResource:${rowId(id)}`);

    const first = await sweepAsInOneBatch();
    expect(first.ledger.find((o) => o.findingKey === goneKey)).toMatchObject({ lastSeenOn: day(-10), resolvedOn: day(), openKey: null });
    expect(first.sweep.resolved).toBeGreaterThanOrEqual(1);
    expect(first.ledger.filter((o) => o.kind === Kind.QUALITY_BELOW_TARGET && o.unitId === rowId(unit.id) && o.resolvedOn === null)).toHaveLength(
      7, // the three measured, and the catalog's own metadata check of every resource
    );
    expect(first.sweep.open).toBe(first.ledger.filter((o) => o.resolvedOn === null).length);

    offsetDays = 3; // every daily resource is late
    const second = await sweepAsInOneBatch();
    expect(second.sweep.raised).toBeGreaterThanOrEqual(7);
    for (const id of resources)
      expect(staleOf(second.ledger, id)).toEqual([expect.objectContaining({ firstSeenOn: day(), lastSeenOn: day(), resolvedOn: null })]);

    offsetDays = 4; // two updated, one retired: their findings are gone; the other four are still late
    await touch(resources[0]);
    await touch(resources[1]);
    await server.catalog.dataSource.query(`UPDATE data_resources SET status = 'RETIRED' WHERE id = ${rowId(resources[2])}`);
    const third = await sweepAsInOneBatch();
    expect(third.sweep.resolved).toBeGreaterThanOrEqual(3); // and the retired resource's other findings
    for (const id of resources.slice(0, 3))
      expect(staleOf(third.ledger, id)).toEqual([expect.objectContaining({ firstSeenOn: day(3), lastSeenOn: day(3), resolvedOn: day(), openKey: null })]);
    for (const id of resources.slice(3))
      expect(staleOf(third.ledger, id)).toEqual([expect.objectContaining({ firstSeenOn: day(3), lastSeenOn: day(), resolvedOn: null })]);

    // The same day again: nothing new, nothing gone; then a cause fixed that day is resolved that day.
    expect((await sweepAsInOneBatch()).sweep).toEqual({ raised: 0, resolved: 0, open: third.sweep.open });
    await touch(resources[3]);
    const fifth = await sweepAsInOneBatch();
    expect(fifth.sweep).toEqual({ raised: 0, resolved: 1, open: third.sweep.open - 1 });
    expect(staleOf(fifth.ledger, resources[3])).toEqual([expect.objectContaining({ lastSeenOn: day(), resolvedOn: day() })]);

    // A cause back after it was fixed is a new occurrence.
    offsetDays = 6;
    const sixth = await sweepAsInOneBatch();
    expect(staleOf(sixth.ledger, resources[0]).map((o) => [o.firstSeenOn, o.resolvedOn])).toEqual([
      [day(3), day(4)],
      [day(), null],
    ]);
  });

  it("lets two sweeps at once open each finding once: after both, a third changes nothing", async () => {
    const { unit } = await staffedWithClients(server, district, "DEPARTMENT", "区应急管理局");
    for (let i = 0; i < 5; i++) await createResource(server.api, unit.id, { name: `每日巡查记录${i}`, updateFrequency: "DAILY" });
    offsetDays = 9;
    const both = await Promise.allSettled([sweep(2), sweep(2)]);
    expect(both.filter((s) => s.status === "fulfilled").length).toBeGreaterThanOrEqual(1);
    // The one that lost the race on a finding's open key gives up (CONFLICT) and leaves the ledger as the other wrote it.
    for (const s of both) if (s.status === "rejected") expect((s.reason as CatalogError).code).toBe("CONFLICT");
    const raised = both.reduce((sum, s) => sum + (s.status === "fulfilled" ? s.value.raised : 0), 0);
    expect(raised).toBeGreaterThanOrEqual(5);

    const third = await sweepAsInOneBatch();
    expect(third.sweep).toMatchObject({ raised: 0, resolved: 0 });
    expect(third.ledger.filter((o) => o.firstSeenOn === day())).toHaveLength(raised);
    const open = third.ledger.filter((o) => o.resolvedOn === null);
    expect(open).toHaveLength(third.sweep.open);
    expect(new Set(open.map((o) => o.findingKey)).size).toBe(open.length);
  });

  it("sweeps the record-level kinds two records at a time as in one batch: quality issues, sharing requests, datasets, action items", async () => {
    const provider = await staffedWithClients(server, district, "DEPARTMENT", "区市场监督管理局");
    const consumer = await staffedWithClients(server, district, "DEPARTMENT", "区退役军人事务局");
    const { street, resolution } = await meetingWithActionItem(server, district, "督办街道", ["2024-03-29", "2024-03-29", "2024-03-29"]);
    const datasets = [];
    for (let i = 0; i < 3; i++) {
      const dataset = await openDatasetOf(server.api, provider.unit.id, { name: `医疗机构名录${i}` });
      datasets.push(dataset.id);
      await server.catalog.dataSource.query(
        `UPDATE data_resources SET open_type = 'NOT_OPEN' WHERE id = (SELECT resource_id FROM open_datasets WHERE id = ${rowId(dataset.id)})`,
      );
    }
    for (let i = 0; i < 3; i++) {
      const resource = await createResource(server.api, provider.unit.id, {
        name: `出生医学证明签发记录${i}`,
        sharingType: "CONDITIONAL",
        sharingConditions: "限政务用途",
        openType: "NOT_OPEN",
      });
      const issue = await server.api.raw("mutation($input: ReportQualityIssueInput!) { reportQualityIssue(input: $input) { id } }", {
        input: { resourceId: resource.id, title: `地址字段缺失${i}`, description: "部分记录缺少门牌号" },
      });
      expect(issue.errors).toBeUndefined();
      const asked = await consumer.cdoClient.raw("mutation($input: RequestSharingInput!) { requestSharing(input: $input) { id } }", {
        input: { resourceId: resource.id, consumerUnitId: consumer.unit.id, purpose: "医保参保登记", legalBasis: "《医疗保障基金使用监督管理条例》" },
      });
      expect(asked.errors).toBeUndefined();
    }
    const openOf = (ledger: Ledger, kind: Kind, unitId = provider.unit.id) =>
      ledger.filter((o) => o.kind === kind && o.unitId === rowId(unitId) && o.resolvedOn === null);

    const now = await sweepAsInOneBatch();
    expect(openOf(now.ledger, Kind.ACTION_ITEM_OVERDUE, street.unit.id)).toHaveLength(3);
    expect(openOf(now.ledger, Kind.OPENED_AGAINST_RULES)).toHaveLength(3);

    offsetDays = 60; // past the issues' due dates and the requests' ten working days
    const later = await sweepAsInOneBatch();
    expect(openOf(later.ledger, Kind.QUALITY_ISSUE_OVERDUE)).toHaveLength(3);
    expect(openOf(later.ledger, Kind.SHARING_DECISION_OVERDUE)).toHaveLength(3);

    await street.cdoClient.raw("mutation($input: CompleteActionItemInput!) { completeActionItem(input: $input) { id } }", {
      input: { id: resolution.actionItems[1].id, note: "已完成" },
    });
    const withdrawn = await server.api.raw("mutation($input: WithdrawOpenDatasetInput!) { withdrawOpenDataset(input: $input) { id } }", {
      input: { id: datasets[2], reason: "资源调整为不予开放" },
    });
    expect(withdrawn.errors).toBeUndefined();
    const fixed = await sweepAsInOneBatch();
    expect(fixed.sweep).toMatchObject({ raised: 0, resolved: 2 });
    expect(openOf(fixed.ledger, Kind.ACTION_ITEM_OVERDUE, street.unit.id)).toHaveLength(2);
    expect(openOf(fixed.ledger, Kind.OPENED_AGAINST_RULES)).toHaveLength(2);
  });
});
