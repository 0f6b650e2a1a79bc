import { print } from "graphql";
import {
  AcceptQualityIssueDocument,
  QualityIssuesDocument,
  RectifyQualityIssueDocument,
  RejectQualityIssueDocument,
  ReopenQualityIssueDocument,
  ReportQualityIssueDocument,
  VerifyQualityIssueDocument,
} from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { createResource, rowId } from "./quality-support";

/** 数据纠错: reported → accepted → rectified → verified, rejected with a reason, reopened after a failed verification. */

let server: TestCatalog;
let district: DistrictScenario;
let providerSpecialist: ApiClient;
let providerCdo: ApiClient;
let reporter: ApiClient;
let bystander: ApiClient;
let providerId: string;
let resourceId: string;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
  const provider = await district.staffedUnit("STREET", "茶山街道");
  const reporting = await district.staffedUnit("STREET", "红梅街道");
  const third = await district.staffedUnit("STREET", "雕庄街道");
  providerId = provider.unit.id;
  providerSpecialist = (await signedInAs(server.api, provider.specialist.id)).client;
  providerCdo = (await signedInAs(server.api, provider.cdo.id)).client;
  reporter = (await signedInAs(server.api, reporting.specialist.id)).client;
  bystander = (await signedInAs(server.api, third.specialist.id)).client;
  resourceId = (await createResource(server.api, providerId, { name: "茶山街道网格事件" })).id;
});
afterAll(() => server.stop());

async function report(title = "身份证号位数错误") {
  return (await reporter.request(ReportQualityIssueDocument, { input: { resourceId, title, description: "第 12 行身份证号只有 17 位。" } })).reportQualityIssue;
}

const step = {
  accept: AcceptQualityIssueDocument,
  reject: RejectQualityIssueDocument,
  rectify: RectifyQualityIssueDocument,
  verify: VerifyQualityIssueDocument,
  reopen: ReopenQualityIssueDocument,
} as const;
type Step = keyof typeof step;

async function move(client: ApiClient, action: Step, id: string, comment?: string) {
  const result = await client.raw(print(step[action]), { input: { id, comment } });
  if (result.errors?.length) return { error: result.errors[0].extensions };
  return { state: (Object.values(result.data as object)[0] as { state: string }).state };
}

/** Working days after today, weekends skipped (the policy's rule, restated). */
function workingDaysAfter(today: string, days: number): string {
  const date = new Date(`${today}T00:00:00Z`);
  for (let left = days; left > 0;) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) left--;
  }
  return date.toISOString().slice(0, 10);
}
const districtToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

describe("数据纠错 workflow", () => {
  it("goes reported → accepted → rectified → reopened → rectified → verified, each step by whom the policy says", async () => {
    const issue = await report();
    expect([issue.state, issue.provider.name, issue.overdue]).toEqual(["REPORTED", "茶山街道", false]);
    expect(issue.dueDate).toBe(workingDaysAfter(districtToday(), 5));

    // Only the provider's people accept: not the reporter, not even the district office.
    expect(await move(reporter, "accept", issue.id)).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await move(server.api, "accept", issue.id)).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await move(providerSpecialist, "accept", issue.id)).toEqual({ state: "ACCEPTED" });
    expect(await move(providerCdo, "rectify", issue.id, "已更正第 12 行。")).toEqual({ state: "RECTIFIED" });
    // Only the reporter or the district office verify or reopen; a reopening needs a reason.
    expect(await move(providerSpecialist, "verify", issue.id)).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await move(reporter, "reopen", issue.id)).toEqual({ error: expect.objectContaining({ code: "BAD_USER_INPUT", field: "reason" }) });
    expect(await move(reporter, "reopen", issue.id, "第 13 行同样错误。")).toEqual({ state: "REOPENED" });
    expect(await move(providerSpecialist, "rectify", issue.id)).toEqual({ state: "RECTIFIED" });
    expect(await move(server.api, "verify", issue.id)).toEqual({ state: "VERIFIED" });

    const { qualityIssues } = await reporter.request(QualityIssuesDocument, { filter: { resourceId } });
    const done = qualityIssues.nodes.find((i) => i.id === issue.id)!;
    expect([done.state, done.reopenCount, done.reopenReason, done.rectificationNote, done.closedAt !== null]).toEqual([
      "VERIFIED",
      1,
      "第 13 行同样错误。",
      "已更正第 12 行。",
      true,
    ]);
    const [{ n }] = await server.catalog.dataSource.query(
      `SELECT COUNT(*) AS n FROM audit_entries WHERE target_type = 'QualityIssue' AND target_id = ${rowId(issue.id)}`,
    );
    expect(Number(n)).toBe(6); // reported, and five steps
  });

  it("refuses every illegal transition with its own code, and a closed issue takes no more steps", async () => {
    const issue = await report("重复记录");
    expect(await move(reporter, "verify", issue.id)).toEqual({ error: expect.objectContaining({ code: "QUALITY_ISSUE_CANNOT_VERIFY", state: "REPORTED" }) });
    expect(await move(reporter, "reopen", issue.id, "理由")).toEqual({ error: expect.objectContaining({ code: "QUALITY_ISSUE_CANNOT_REOPEN" }) });
    expect(await move(providerSpecialist, "rectify", issue.id)).toEqual({ error: expect.objectContaining({ code: "QUALITY_ISSUE_CANNOT_RECTIFY" }) });
    expect(await move(providerSpecialist, "accept", issue.id)).toEqual({ state: "ACCEPTED" });
    expect(await move(providerSpecialist, "accept", issue.id)).toEqual({
      error: expect.objectContaining({ code: "QUALITY_ISSUE_CANNOT_ACCEPT", state: "ACCEPTED" }),
    });
    expect(await move(providerSpecialist, "reject", issue.id, "理由")).toEqual({ error: expect.objectContaining({ code: "QUALITY_ISSUE_CANNOT_REJECT" }) });
    expect(await move(providerSpecialist, "rectify", issue.id)).toEqual({ state: "RECTIFIED" });
    expect(await move(reporter, "verify", issue.id)).toEqual({ state: "VERIFIED" });
    for (const [action, code] of [
      ["accept", "QUALITY_ISSUE_CANNOT_ACCEPT"],
      ["rectify", "QUALITY_ISSUE_CANNOT_RECTIFY"],
    ] as const)
      expect(await move(providerSpecialist, action, issue.id, "x")).toEqual({ error: expect.objectContaining({ code, state: "VERIFIED" }) });
    for (const [action, code] of [
      ["verify", "QUALITY_ISSUE_CANNOT_VERIFY"],
      ["reopen", "QUALITY_ISSUE_CANNOT_REOPEN"],
    ] as const)
      expect(await move(reporter, action, issue.id, "x")).toEqual({ error: expect.objectContaining({ code, state: "VERIFIED" }) });
  });

  it("rejects with a reason only, and a rejected issue is closed", async () => {
    const issue = await report("不是错误");
    expect(await move(providerCdo, "reject", issue.id, "  ")).toEqual({ error: expect.objectContaining({ code: "BAD_USER_INPUT", field: "reason" }) });
    expect(await move(providerCdo, "reject", issue.id, "该字段按规定脱敏,并非错误。")).toEqual({ state: "REJECTED" });
    expect(await move(reporter, "reopen", issue.id, "不同意")).toEqual({
      error: expect.objectContaining({ code: "QUALITY_ISSUE_CANNOT_REOPEN", state: "REJECTED" }),
    });
    expect(await move(providerCdo, "accept", issue.id)).toEqual({ error: expect.objectContaining({ code: "QUALITY_ISSUE_CANNOT_ACCEPT" }) });
  });

  it("lists a unit's overdue issues: past the due date while the provider still owes work", async () => {
    const late = await report("逾期未处理");
    const rectified = await report("已整改但逾期");
    const fresh = await report("未到期");
    for (const issue of [late, rectified])
      await server.catalog.dataSource.query(`UPDATE quality_issues SET due_date = '2026-01-05' WHERE id = ${rowId(issue.id)}`);
    await move(providerSpecialist, "accept", rectified.id);
    await move(providerSpecialist, "rectify", rectified.id);
    const { qualityIssues } = await providerSpecialist.request(QualityIssuesDocument, { filter: { unitId: providerId, overdueOnly: true }, first: 50 });
    const ids = qualityIssues.nodes.map((i) => i.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(rectified.id);
    expect(ids).not.toContain(fresh.id);
    expect(qualityIssues.nodes.every((i) => i.overdue)).toBe(true);
  });

  it("shows an issue to the reporter, the provider's people and district readers only", async () => {
    const issue = await report("范围测试");
    const listed = async (client: ApiClient) =>
      (await client.request(QualityIssuesDocument, { filter: { resourceId }, first: 100 })).qualityIssues.nodes.map((i) => i.id);
    expect(await listed(reporter)).toContain(issue.id);
    expect(await listed(providerSpecialist)).toContain(issue.id);
    expect(await listed(server.api)).toContain(issue.id);
    expect(await listed(bystander)).not.toContain(issue.id);
    expect(await move(bystander, "accept", issue.id)).toEqual({ error: expect.objectContaining({ code: "NOT_FOUND", field: "id" }) });
  });
});
