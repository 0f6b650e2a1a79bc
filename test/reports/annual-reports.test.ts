import { type DocumentNode, print } from "graphql";
import {
  AcceptAnnualReportDocument,
  AnnualReportDocument,
  AnnualReportsDocument,
  CreateAnnualReportDocument,
  RecordTrainingSessionDocument,
  RefreshAnnualReportFiguresDocument,
  ReturnAnnualReportDocument,
  SetAnnualReportDeadlineDocument,
  SubmitAnnualReportDocument,
  UnitAnnualReportDocument,
  UnitQualityForReportDocument,
  UpdateAnnualReportDocument,
} from "../generated/graphql";
import { auditOperationsOf, districtWithCdo, staffedWithClients } from "../governance/governance-support";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { allSections, attempt, dayThisYear, seededStreet, StaffedUnit, writtenReport, year } from "./reports-support";

/** 年度述职报告 (DOMAIN §6): pre-filled figures, frozen on submission; draft → submitted → accepted or returned → resubmitted; who may do what. */

let server: TestCatalog;
let district: DistrictScenario;
let districtCdo: ApiClient;
let analyst: ApiClient;
let lanling: StaffedUnit;

beforeAll(async () => {
  server = await startTestCatalog();
  ({ district, districtCdo } = await districtWithCdo(server));
  lanling = await staffedWithClients(server, district, "STREET", "兰陵街道");
  analyst = (await signedInAs(server.api, null, { analyst: true })).client;
});
afterAll(() => server.stop());

type Report = Awaited<ReturnType<typeof create>>;

async function create(client: ApiClient, unitId: string, reportYear = year) {
  return (await client.request(CreateAnnualReportDocument, { input: { unitId, year: reportYear } })).createAnnualReport;
}

const figure = (report: Report, key: string) => report.sections.flatMap((s) => s.figures).find((f) => f.key === key);

describe("pre-filled figures", () => {
  it("fill every section with the unit's own figures for the year (its subordinate units included, other units not), as computed by hand", async () => {
    const { street, subordinate, expected } = await seededStreet(server, district, "茶山街道", lanling);
    const report = await create(street.cdoClient, street.unit.id);

    const { dataAggregation, openSharing, applicationInnovation, securityProtection } = report.figures;
    const { qualityScore, qualityDimensionsBelowTarget, ...aggregation } = dataAggregation;
    expect({ dataAggregation: aggregation, openSharing, applicationInnovation, securityProtection }).toEqual(expected);
    // Quality is the quality module's own roll-up of the unit (with its subordinate unit), as its API shows it.
    const { node } = await street.cdoClient.request(UnitQualityForReportDocument, { unitId: street.unit.id });
    const quality = node && "quality" in node ? node.quality : null;
    expect(quality).not.toBeNull();
    expect(qualityScore).toBe(quality!.overall.score);
    expect(qualityScore).not.toBeNull();
    expect(qualityDimensionsBelowTarget).toBe(quality!.dimensions.filter((d) => d.belowTarget === true).length);

    // The same values, labelled for generic rendering, in printed order.
    expect(report.sections.map((s) => [s.kind, s.title])).toEqual([
      ["DATA_AGGREGATION", "一、数据汇聚"],
      ["OPEN_SHARING", "二、开放共享"],
      ["APPLICATION_INNOVATION", "三、应用创新"],
      ["SECURITY_PROTECTION", "四、安全保护"],
    ]);
    expect(figure(report, "resourceCount")).toEqual({ key: "resourceCount", label: "编目数据资源(草稿及已发布)", unit: "个", value: 5, display: "5" });
    expect(figure(report, "recordCount")).toMatchObject({ value: 1500, display: "1,500", unit: "条" });
    expect(figure(report, "trainingHours")).toMatchObject({ value: 3.75, display: "3.75", unit: "学时" });
    expect(report.sections.flatMap((s) => s.figures).every((f) => f.label.length > 0)).toBe(true);
    expect([report.status, report.statusLabel, report.figures.frozen, report.cdo?.name, report.unit.name]).toEqual([
      "DRAFT",
      "草稿",
      false,
      "茶山街道首席数据官",
      "茶山街道",
    ]);
    expect(await auditOperationsOf(server, "AnnualReport", report.id)).toEqual(["createAnnualReport"]);

    // The subordinate unit files no report of its own; the district neither.
    for (const unitId of [subordinate.id, district.rootId])
      expect(await attempt(districtCdo, CreateAnnualReportDocument, { input: { unitId, year } })).toEqual({
        error: expect.objectContaining({ code: "ANNUAL_REPORT_UNIT_NOT_REPORTING", field: "unitId" }),
      });
  });

  it("are frozen on submission whatever the catalog does afterwards, while a draft's refresh follows the catalog", async () => {
    const { street, reportId } = await writtenReport(server, district, "雕庄街道");
    const sessions = async () => {
      const { annualReport } = await street.cdoClient.request(AnnualReportDocument, { unitId: street.unit.id, year });
      return annualReport!.figures.securityProtection.trainingSessions;
    };
    const train = () =>
      street.cdoClient.request(RecordTrainingSessionDocument, {
        input: { unitId: street.unit.id, title: "数据安全培训", topic: "DATA_SECURITY", heldOn: dayThisYear, hours: "1", attendeePersonIds: [street.cdo.id] },
      });
    expect(await sessions()).toBe(0);
    await train();
    // The stored figures until the CDO refreshes them.
    expect(await sessions()).toBe(0);
    const refreshed = (await street.cdoClient.request(RefreshAnnualReportFiguresDocument, { id: reportId })).refreshAnnualReportFigures;
    expect(refreshed.figures.securityProtection.trainingSessions).toBe(1);

    const { submitAnnualReport: submitted } = await street.cdoClient.request(SubmitAnnualReportDocument, { id: reportId });
    expect([submitted.status, submitted.figures.frozen, submitted.figures.computedAt]).toEqual(["SUBMITTED", true, refreshed.figures.computedAt]);
    await train();
    await train();
    expect(await sessions()).toBe(1);
    expect(await attempt(street.cdoClient, RefreshAnnualReportFiguresDocument, { id: reportId })).toEqual({
      error: expect.objectContaining({ code: "ANNUAL_REPORT_UNDER_REVIEW" }),
    });

    // Returned, the CDO may refresh again: the catalog as it is now.
    await districtCdo.request(ReturnAnnualReportDocument, { id: reportId, comments: "请补充培训情况。" });
    expect(
      (await street.cdoClient.request(RefreshAnnualReportFiguresDocument, { id: reportId })).refreshAnnualReportFigures.figures.securityProtection
        .trainingSessions,
    ).toBe(3);
    expect(await auditOperationsOf(server, "AnnualReport", reportId)).toEqual([
      "createAnnualReport",
      "updateAnnualReport",
      "refreshAnnualReportFigures",
      "submitAnnualReport",
      "returnAnnualReport",
      "refreshAnnualReportFigures",
    ]);
  });
});

describe("the review", () => {
  it("goes draft → submitted → returned with comments → resubmitted → accepted, each step by whom the policy says, every illegal move refused with its own code", async () => {
    const hongmei = await staffedWithClients(server, district, "STREET", "红梅街道");
    const cdo = hongmei.cdoClient;
    // Only the unit's own CDO in office opens it: not its data specialist, not another unit's CDO, not the district office.
    expect(await attempt(hongmei.specialistClient, CreateAnnualReportDocument, { input: { unitId: hongmei.unit.id, year } })).toEqual({
      error: expect.objectContaining({ code: "FORBIDDEN" }),
    });
    expect(await attempt(lanling.cdoClient, CreateAnnualReportDocument, { input: { unitId: hongmei.unit.id, year } })).toEqual({
      error: expect.objectContaining({ code: "FORBIDDEN" }),
    });
    expect(await attempt(districtCdo, CreateAnnualReportDocument, { input: { unitId: hongmei.unit.id, year } })).toEqual({
      error: expect.objectContaining({ code: "ANNUAL_REPORT_NOT_UNIT_CDO" }),
    });
    expect(await attempt(cdo, CreateAnnualReportDocument, { input: { unitId: hongmei.unit.id, year: year + 1 } })).toEqual({
      error: expect.objectContaining({ code: "BAD_USER_INPUT", field: "year" }),
    });
    const report = await create(cdo, hongmei.unit.id);
    expect(await attempt(cdo, CreateAnnualReportDocument, { input: { unitId: hongmei.unit.id, year } })).toEqual({
      error: expect.objectContaining({ code: "ANNUAL_REPORT_EXISTS", field: "year" }),
    });
    const id = report.id;
    const move = async (client: ApiClient, document: DocumentNode, variables: Record<string, unknown> = {}) => {
      const result = await client.raw<Record<string, { status: string }>>(print(document), { id, ...variables });
      return result.errors?.length ? { error: result.errors[0].extensions?.code } : Object.values(result.data!)[0].status;
    };

    // Writing: only its CDO; a section left empty stops the submission, naming it.
    expect(await move(hongmei.specialistClient, UpdateAnnualReportDocument, { input: { id, dataAggregation: "越权" } })).toEqual({ error: "FORBIDDEN" });
    await cdo.request(UpdateAnnualReportDocument, { input: { id, dataAggregation: "已完成编目。", suggestions: "  " } });
    expect(await attempt(cdo, SubmitAnnualReportDocument, { id })).toEqual({
      error: expect.objectContaining({ code: "ANNUAL_REPORT_INCOMPLETE", field: "openSharing" }),
    });
    const { updateAnnualReport: written } = await cdo.request(UpdateAnnualReportDocument, { input: { id, ...allSections, dataAggregation: undefined } });
    expect([written.sections[0].narrative, written.suggestions]).toEqual(["已完成编目。", allSections.suggestions]);

    // Reviews are the district office's, of submitted reports only.
    expect(await move(districtCdo, AcceptAnnualReportDocument)).toEqual({ error: "ANNUAL_REPORT_NOT_SUBMITTED" });
    expect(await move(cdo, SubmitAnnualReportDocument)).toBe("SUBMITTED");
    const firstSubmittedAt = (await cdo.request(AnnualReportDocument, { unitId: hongmei.unit.id, year })).annualReport!.firstSubmittedAt;
    expect(firstSubmittedAt).not.toBeNull();
    expect(await move(cdo, SubmitAnnualReportDocument)).toEqual({ error: "ANNUAL_REPORT_UNDER_REVIEW" });
    expect(await move(cdo, UpdateAnnualReportDocument, { input: { id, openSharing: "改" } })).toEqual({ error: "ANNUAL_REPORT_UNDER_REVIEW" });
    expect(await move(cdo, AcceptAnnualReportDocument)).toEqual({ error: "FORBIDDEN" });
    expect(await move(cdo, ReturnAnnualReportDocument, { comments: "自退" })).toEqual({ error: "FORBIDDEN" });
    expect(await attempt(districtCdo, ReturnAnnualReportDocument, { id, comments: "  " })).toEqual({
      error: expect.objectContaining({ code: "BAD_USER_INPUT", field: "comments" }),
    });
    expect(await move(districtCdo, ReturnAnnualReportDocument, { comments: "请补充数据共享的具体成效。" })).toBe("RETURNED");
    expect(await move(districtCdo, ReturnAnnualReportDocument, { comments: "再退" })).toEqual({ error: "ANNUAL_REPORT_NOT_SUBMITTED" });
    expect(await move(cdo, UpdateAnnualReportDocument, { input: { id, openSharing: "全年答复共享申请 12 件。" } })).toBe("RETURNED");
    expect(await move(cdo, SubmitAnnualReportDocument)).toBe("SUBMITTED");
    expect(await move(server.api, AcceptAnnualReportDocument, { comments: "同意。" })).toBe("ACCEPTED");

    // Accepted is final.
    for (const [client, document, variables] of [
      [cdo, UpdateAnnualReportDocument, { input: { id, suggestions: "改" } }],
      [cdo, RefreshAnnualReportFiguresDocument, {}],
      [cdo, SubmitAnnualReportDocument, {}],
      [districtCdo, AcceptAnnualReportDocument, {}],
      [districtCdo, ReturnAnnualReportDocument, { comments: "再退" }],
    ] as const)
      expect(await move(client, document, variables)).toEqual({ error: "ANNUAL_REPORT_ALREADY_ACCEPTED" });

    const { annualReport: final } = await analyst.request(AnnualReportDocument, { unitId: hongmei.unit.id, year });
    expect(final!.firstSubmittedAt).toBe(firstSubmittedAt);
    expect(final!.acceptedAt).not.toBeNull();
    expect(final!.reviews.map((r) => [r.action, r.actionLabel, r.comments])).toEqual([
      ["SUBMITTED", "提交", null],
      ["RETURNED", "退回", "请补充数据共享的具体成效。"],
      ["SUBMITTED", "提交", null],
      ["ACCEPTED", "通过", "同意。"],
    ]);
    expect(final!.reviews.map((r) => r.by?.name ?? r.actorUsername)).toEqual(["红梅街道首席数据官", "区首席数据官乙", "红梅街道首席数据官", "test.admin"]);
    expect(await auditOperationsOf(server, "AnnualReport", id)).toEqual([
      "createAnnualReport",
      "updateAnnualReport",
      "updateAnnualReport",
      "submitAnnualReport",
      "returnAnnualReport",
      "updateAnnualReport",
      "submitAnnualReport",
      "acceptAnnualReport",
    ]);
  });

  it("has a deadline per year set by the district office: late when first submitted after it, or missing past it", async () => {
    const reportYear = year - 1;
    const { street, reportId } = await writtenReport(server, district, "天宁街道");
    expect((await street.cdoClient.request(AnnualReportDocument, { unitId: street.unit.id, year })).annualReport!.id).toBe(reportId);
    const previous = await create(street.cdoClient, street.unit.id, reportYear);
    expect([previous.deadline, previous.late]).toEqual([null, null]);

    expect(await attempt(street.cdoClient, SetAnnualReportDeadlineDocument, { year: reportYear, dueOn: `${year}-01-31` })).toEqual({
      error: expect.objectContaining({ code: "FORBIDDEN" }),
    });
    expect(await attempt(districtCdo, SetAnnualReportDeadlineDocument, { year: reportYear, dueOn: `${reportYear - 1}-12-31` })).toEqual({
      error: expect.objectContaining({ code: "BAD_USER_INPUT", field: "dueOn" }),
    });
    // Past the deadline and not submitted: late (a missing report is late alike).
    await districtCdo.request(SetAnnualReportDeadlineDocument, { year: reportYear, dueOn: `${reportYear}-12-31` });
    const draft = (await street.cdoClient.request(AnnualReportDocument, { unitId: street.unit.id, year: reportYear })).annualReport!;
    expect([draft.deadline, draft.late]).toEqual([`${reportYear}-12-31`, true]);
    // Moved later (into next year, up to its end), a submission today is on time.
    const { setAnnualReportDeadline } = await districtCdo.request(SetAnnualReportDeadlineDocument, { year: reportYear, dueOn: `${year}-12-31` });
    expect(setAnnualReportDeadline).toEqual({ year: reportYear, dueOn: `${year}-12-31` });
    await street.cdoClient.request(UpdateAnnualReportDocument, { input: { id: previous.id, ...allSections } });
    const submitted = (await street.cdoClient.request(SubmitAnnualReportDocument, { id: previous.id })).submitAnnualReport;
    expect([submitted.deadline, submitted.late]).toEqual([`${year}-12-31`, false]);
    // Moved before the first submission's day: late, and a resubmission does not change that.
    await districtCdo.request(SetAnnualReportDeadlineDocument, { year: reportYear, dueOn: `${reportYear}-01-01` });
    expect((await analyst.request(AnnualReportDocument, { unitId: street.unit.id, year: reportYear })).annualReport!.late).toBe(true);
    const [{ n }] = await server.catalog.dataSource.query(
      `SELECT COUNT(*) AS n FROM audit_entries WHERE operation = 'setAnnualReportDeadline' AND target_id = ${reportYear}`,
    );
    expect(Number(n)).toBe(3);
  });
});

describe("scope", () => {
  it("another unit's CDO reads nothing of a report (null, as a missing one) and cannot act on it; its specialist and analysts read it", async () => {
    const { street, reportId } = await writtenReport(server, district, "青龙街道");
    const outsider = lanling.cdoClient;
    expect((await outsider.request(AnnualReportDocument, { unitId: street.unit.id, year })).annualReport).toBeNull();
    // The unit itself is public within the catalog; its report is not.
    expect((await outsider.request(UnitAnnualReportDocument, { unitId: street.unit.id, year })).node).toEqual({ annualReport: null });
    const { annualReports } = await outsider.request(AnnualReportsDocument, { filter: { year }, first: 100 });
    expect(annualReports.nodes.map((r) => r.unit.name)).not.toContain("青龙街道");
    for (const [document, variables] of [
      [UpdateAnnualReportDocument, { input: { id: reportId, suggestions: "越权" } }],
      [SubmitAnnualReportDocument, { id: reportId }],
      [RefreshAnnualReportFiguresDocument, { id: reportId }],
    ] as const)
      expect(await attempt(outsider, document, variables)).toEqual({ error: expect.objectContaining({ code: "NOT_FOUND" }) });

    const unitReport = await street.specialistClient.request(UnitAnnualReportDocument, { unitId: street.unit.id, year });
    expect(unitReport.node && "annualReport" in unitReport.node ? unitReport.node.annualReport : null).toEqual({ id: reportId, status: "DRAFT" });
    expect((await analyst.request(AnnualReportDocument, { unitId: street.unit.id, year })).annualReport!.id).toBe(reportId);
    expect(await attempt(analyst, ReturnAnnualReportDocument, { id: reportId, comments: "越权" })).toEqual({
      error: expect.objectContaining({ code: "FORBIDDEN" }),
    });
  });
});

describe("pages of reports", () => {
  it("filter by year, status and unit (with descendants), and run the same statements for 2 reports as for 6 with their figures, reviews and people", async () => {
    const made: string[] = [];
    for (const name of ["郑陆镇", "区统计局", "区教育局", "区司法局", "区财政局", "区商务局"]) {
      const kind = name.endsWith("镇") ? "TOWN" : "DEPARTMENT";
      const unit = await staffedWithClients(server, district, kind, name);
      const report = await create(unit.cdoClient, unit.unit.id, year - 2);
      await unit.cdoClient.request(UpdateAnnualReportDocument, { input: { id: report.id, ...allSections } });
      await unit.cdoClient.request(SubmitAnnualReportDocument, { id: report.id });
      made.push(report.id);
    }
    const query = print(AnnualReportsDocument);
    const page = async (first: number) => {
      const response = await districtCdo.raw<{ annualReports: { totalCount: number; nodes: { id: string; reviews: unknown[] }[] } }>(query, {
        filter: { year: year - 2, status: "SUBMITTED" },
        first,
      });
      expect(response.errors).toBeUndefined();
      return { statements: sqlStatementsOf(response), nodes: response.data!.annualReports.nodes, total: response.data!.annualReports.totalCount };
    };
    const two = await page(2);
    const six = await page(6);
    expect([two.nodes.length, six.nodes.length, six.total]).toEqual([2, 6, 6]);
    expect(six.nodes.map((n) => n.id).sort()).toEqual([...made].sort());
    expect(six.nodes.every((n) => n.reviews.length === 1)).toBe(true);
    expect(six.statements).toBe(two.statements);

    const { annualReports: drafts } = await districtCdo.request(AnnualReportsDocument, { filter: { year: year - 2, status: "DRAFT" } });
    expect(drafts.totalCount).toBe(0);
  });
});
