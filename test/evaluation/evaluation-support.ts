import {
  AppointDocument,
  CreateDataResourceDocument,
  CreateEvaluationSchemeDocument,
  CreateFunctionDocument,
  EvaluationIndicatorInput,
  PublishEvaluationSchemeDocument,
  RecordTrainingSessionDocument,
} from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import type { TestCatalog } from "../support/catalog";
import type { DistrictScenario } from "../support/scenario";
import { AnnualReport, AnnualReportDeadline, AnnualReportStatus } from "../../src/modules/reports";
import { rowId } from "../governance/governance-support";

/** The district's civil date (Asia/Shanghai) and year, as the server's "today". */
export const districtToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
export const thisYear = Number(districtToday().slice(0, 4));
/** A day of this year that is not in the future (training sessions are recorded once held). */
export const pastDayThisYear = `${thisYear}-01-05` <= districtToday() ? `${thisYear}-01-05` : districtToday();

/** A street with a CDO in office since 2024 (no specialist: the evaluation is the CDO's). */
export async function streetWithCdo(district: DistrictScenario, name: string) {
  const unit = await district.unit("STREET", name);
  const cdo = await district.person(unit.id, `${name}首席数据官`);
  await district.api.request(AppointDocument, { input: { unitId: unit.id, personId: cdo.id, role: "UNIT_CDO", startDate: "2024-01-01" } });
  return { unit, cdo };
}

/** `count` functions of the unit, the first `covered` of them served by a published resource. */
export async function functions(api: ApiClient, unitId: string, count: number, covered: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const { createFunction } = await api.request(CreateFunctionDocument, { input: { unitId, name: `职能${i + 1}` } });
    ids.push(createFunction.id);
    if (i < covered)
      await api.request(CreateDataResourceDocument, {
        input: {
          providerUnitId: unitId,
          name: `资源${i + 1}`,
          catalogCategory: "DEPARTMENTAL",
          classificationCode: "301002",
          format: "DATABASE",
          updateFrequency: "MONTHLY",
          sharingType: "UNCONDITIONAL",
          openType: "NOT_OPEN",
          level: "GENERAL",
          status: "PUBLISHED",
          functionIds: [createFunction.id],
          items: [{ code: "XM001", name: "名称", dataType: "STRING" }],
        },
      });
  }
  return ids;
}

/** A training session the person attended this year. */
export async function trained(api: ApiClient, unitId: string, personId: string, hours: string): Promise<string> {
  const { recordTrainingSession } = await api.request(RecordTrainingSessionDocument, {
    input: { unitId, title: "数据安全法解读", topic: "DATA_SECURITY", heldOn: pastDayThisYear, hours, attendeePersonIds: [personId] },
  });
  return recordTrainingSession.id;
}

/**
 * An annual report first submitted at `firstSubmittedAt` (the reports module's contract, written
 * as its rows: that module lands beside this one), and the year's deadline.
 */
export async function annualReport(server: TestCatalog, unitId: string, cdoId: string, year: number, firstSubmittedAt: Date): Promise<number> {
  const manager = server.catalog.dataSource.manager;
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const report = manager.create(AnnualReport, {
    unitId: rowId(unitId),
    year,
    cdoPersonId: rowId(cdoId),
    status: AnnualReportStatus.SUBMITTED,
    firstSubmittedAt,
    submittedAt: firstSubmittedAt,
    acceptedAt: null,
    figures: "{}", // the figures are the reports module's; the evaluation reads the dates only
    figuresComputedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await manager.insert(AnnualReport, report);
  return report.id;
}

export async function reportDeadline(server: TestCatalog, year: number, dueOn: string): Promise<void> {
  await server.catalog.dataSource.manager.upsert(AnnualReportDeadline, { year, dueOn, updatedAt: new Date(Math.floor(Date.now() / 1000) * 1000) }, ["year"]);
}

/** Every metric once, equal weights but the last, each linear from 0 to a target. */
export const everyMetric: EvaluationIndicatorInput[] = [
  { category: "DATA_AGGREGATION", name: "清单覆盖率", weight: "15", method: "COMPUTED", metric: "INVENTORY_COVERAGE", zeroPoint: "0", fullPoint: "100" },
  { category: "DATA_AGGREGATION", name: "数据质量", weight: "15", method: "COMPUTED", metric: "QUALITY_SCORE", zeroPoint: "60", fullPoint: "95" },
  { category: "OPEN_SHARING", name: "共享办理时长", weight: "15", method: "COMPUTED", metric: "SHARING_TURNAROUND", zeroPoint: "10", fullPoint: "2" },
  { category: "OPEN_SHARING", name: "按期办结率", weight: "15", method: "COMPUTED", metric: "REQUESTS_FULFILLED", zeroPoint: "0", fullPoint: "100" },
  { category: "OPEN_SHARING", name: "开放数据集", weight: "10", method: "COMPUTED", metric: "OPEN_DATASETS", zeroPoint: "0", fullPoint: "3" },
  { category: "DUTY_ASSURANCE", name: "培训学时", weight: "15", method: "COMPUTED", metric: "TRAINING_HOURS", zeroPoint: "0", fullPoint: "8" },
  { category: "DUTY_ASSURANCE", name: "述职报告按时", weight: "15", method: "COMPUTED", metric: "REPORT_ON_TIME", zeroPoint: "0", fullPoint: "100" },
];

/** A published scheme of the district for the year. */
export async function publishedScheme(api: ApiClient, districtId: string, year: number, indicators: EvaluationIndicatorInput[], title = "履职评价指标体系") {
  const { createEvaluationScheme } = await api.request(CreateEvaluationSchemeDocument, { input: { districtId, year, title, indicators } });
  const { publishEvaluationScheme } = await api.request(PublishEvaluationSchemeDocument, { id: createEvaluationScheme.id });
  return publishEvaluationScheme;
}
