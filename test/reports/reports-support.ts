import { type DocumentNode, print } from "graphql";
import {
  AcceptQualityIssueDocument,
  CreateAnnualReportDocument,
  CreateDataResourceDocument,
  CreateDataResourceInput,
  CreateInnovationCaseDocument,
  RecordQualityMeasurementsDocument,
  RecordTrainingSessionDocument,
  RectifyQualityIssueDocument,
  ReportQualityIssueDocument,
  UpdateAnnualReportDocument,
} from "../generated/graphql";
import { districtToday, staffedWithClients } from "../governance/governance-support";
import { APPROVE, gql, REJECT, REQUEST, requestInput, createResource as sharedResource } from "../sharing/sharing-support";
import { draftProject, underReview, verdict, VERDICT } from "../projects/projects-support";
import { openDatasetOf } from "../opening/opening-support";
import type { ApiClient, GraphQLErrorBody } from "../support/api-client";
import type { TestCatalog } from "../support/catalog";
import type { DistrictScenario } from "../support/scenario";

export const year = Number(districtToday().slice(0, 4));
/** A day of this year that is not in the future. */
export const dayThisYear = `${year}-01-05` <= districtToday() ? `${year}-01-05` : districtToday();

export type StaffedUnit = Awaited<ReturnType<typeof staffedWithClients>>;

/** The result of a GraphQL call: its data, or its first error's extensions. */
export async function attempt<T>(
  client: ApiClient,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Promise<T | { error: GraphQLErrorBody["extensions"] }> {
  const result = await client.raw<T>(print(document), variables);
  return result.errors?.length ? { error: result.errors[0].extensions as GraphQLErrorBody["extensions"] } : (result.data as T);
}

export function resource(providerUnitId: string, overrides: Partial<CreateDataResourceInput>): CreateDataResourceInput {
  return {
    providerUnitId,
    name: "城乡低保对象名册",
    catalogCategory: "DEPARTMENTAL",
    classificationCode: "301002",
    format: "DATABASE",
    updateFrequency: "MONTHLY",
    sharingType: "UNCONDITIONAL",
    openType: "NOT_OPEN",
    level: "GENERAL",
    status: "PUBLISHED",
    items: [{ code: "XM001", name: "户主姓名", dataType: "STRING", length: 50 }],
    ...overrides,
  };
}

export async function createResource(api: ApiClient, providerUnitId: string, overrides: Partial<CreateDataResourceInput>) {
  return (await api.request(CreateDataResourceDocument, { input: resource(providerUnitId, overrides) })).createDataResource;
}

/** The four sections written, ready to submit. */
export const allSections = {
  dataAggregation: "完成本单位职能数据清单编目。",
  openSharing: "按时答复共享申请。",
  applicationInnovation: "开展公共数据开发利用试点。",
  securityProtection: "开展数据安全培训。",
  suggestions: "建议加强区级数据共享平台建设。",
};

/** A staffed street with a report for this year, written and ready to submit. */
export async function writtenReport(server: TestCatalog, district: DistrictScenario, name: string) {
  const street = await staffedWithClients(server, district, "STREET", name);
  const { createAnnualReport } = await street.cdoClient.request(CreateAnnualReportDocument, { input: { unitId: street.unit.id, year } });
  await street.cdoClient.request(UpdateAnnualReportDocument, { input: { id: createAnnualReport.id, ...allSections } });
  return { street, reportId: createAnnualReport.id };
}

/**
 * The seeded catalog of a street (with one subordinate unit) whose figures the tests compute by
 * hand; a second street's records must not count. Returns what the hand computation expects.
 */
export async function seededStreet(server: TestCatalog, district: DistrictScenario, name: string, other: StaffedUnit) {
  const api = server.api;
  const street = await staffedWithClients(server, district, "STREET", name);
  const subordinate = await district.unit("SUBORDINATE", `${name}下属中心`, street.unit.id);

  // Inventory: A (published, 1,000 records, 2 items), B (draft, important, personal privacy, 500 records, 1 personal item),
  // D on the subordinate unit (published, no record count, 1 item); one on the other street (not counted).
  const a = await createResource(api, street.unit.id, {
    name: "低保对象名册",
    recordCount: 1000,
    items: [
      { code: "A1", name: "户主姓名", dataType: "STRING" },
      { code: "A2", name: "保障人数", dataType: "NUMBER" },
    ],
  });
  await createResource(api, street.unit.id, {
    name: "重点人员名单",
    status: "DRAFT",
    level: "IMPORTANT",
    personalPrivacy: true,
    recordCount: 500,
    sharingType: "CONDITIONAL",
    sharingConditions: "限于社会治理用途",
    items: [{ code: "B1", name: "身份证号", dataType: "STRING", personalInformation: true }],
  });
  const d = await createResource(api, subordinate.id, { name: "中心服务台账" });
  await createResource(api, other.unit.id, { name: "他街道资源", recordCount: 99999 });

  // Quality: measurements beside the catalog's own checks; the report's score is the quality module's (compared through its API).
  const measuredAt = new Date(Date.now() - 3_600_000).toISOString();
  await api.request(RecordQualityMeasurementsDocument, {
    input: [
      { resourceId: a.id, dimension: "ACCURACY", score: 90, measuredAt, source: "MANUAL" },
      { resourceId: a.id, dimension: "COMPLETENESS", score: 70, measuredAt, source: "MANUAL" },
      { resourceId: d.id, dimension: "ACCURACY", score: 80, measuredAt, source: "MANUAL" },
    ],
  });
  // 数据纠错: two reported against A, one rectified by the street.
  const { reportQualityIssue: issue } = await api.request(ReportQualityIssueDocument, {
    input: { resourceId: a.id, title: "姓名错误", description: "第 3 行户主姓名有误" },
  });
  await api.request(ReportQualityIssueDocument, { input: { resourceId: a.id, title: "人数缺失", description: "第 7 行保障人数为空" } });
  await street.cdoClient.request(AcceptQualityIssueDocument, { input: { id: issue.id } });
  await street.cdoClient.request(RectifyQualityIssueDocument, { input: { id: issue.id, comment: "已更正" } });

  // Sharing: the other street asks for A (unconditional: granted at once) and three times for a conditional resource (one approved, one rejected, one pending).
  const conditional = await sharedResource(api, street.unit.id, "流动人口登记", { sharingType: "CONDITIONAL" });
  const consumer = other.cdoClient;
  await gql(consumer, REQUEST, requestInput(other.unit.id, a.id));
  // One request of a unit for a resource pending at a time: decided one after the other.
  const approved = (await gql(consumer, REQUEST, requestInput(other.unit.id, conditional.id))).requestSharing;
  await gql(street.cdoClient, APPROVE, { input: { requestId: approved.id, conditions: "仅限核对" } });
  const rejected = (await gql(consumer, REQUEST, requestInput(other.unit.id, conditional.id, { purpose: "核对流动人口" }))).requestSharing;
  await gql(street.cdoClient, REJECT, { input: { requestId: rejected.id, reason: "用途不明确" } });
  await gql(consumer, REQUEST, requestInput(other.unit.id, conditional.id, { purpose: "统计分析" }));

  // Opening: one dataset published today (its resource, published with two items, counts in the inventory too).
  await openDatasetOf(api, street.unit.id);

  // Innovation: one case of this year led by the street, one of last year.
  for (const caseYear of [year, year - 1])
    await api.request(CreateInnovationCaseDocument, {
      input: { leadUnitId: street.unit.id, kind: "DATA_PRODUCT", title: `案例${caseYear}`, summary: "简介", year: caseYear },
    });

  // IT projects: one round vetoed, one approved, by the street's CDO (the preparer is its data specialist).
  for (const decision of ["VETO", "APPROVE"] as const) {
    const project = await draftProject(street.specialistClient, street.unit.id, { name: `项目${decision}` });
    const reviewId = await underReview(street.specialistClient, street.cdoClient, project.id);
    await gql(street.cdoClient, VERDICT, verdict(reviewId, decision));
  }

  // Training: data security 1.5 h and digital skills 2.25 h, held this year.
  for (const [topic, hours] of [
    ["DATA_SECURITY", "1.5"],
    ["DIGITAL_SKILLS", "2.25"],
  ] as const)
    await street.cdoClient.request(RecordTrainingSessionDocument, {
      input: { unitId: street.unit.id, title: "培训", topic, heldOn: dayThisYear, hours, attendeePersonIds: [street.cdo.id] },
    });

  return {
    street,
    subordinate,
    expected: {
      dataAggregation: {
        resourceCount: 5, // A, B, D, the conditional one, the opened one
        publishedResourceCount: 4,
        newResourceCount: 5,
        itemCount: 2 + 1 + 1 + 2 + 2,
        recordCount: 1500,
        qualityIssuesReported: 2,
        qualityIssuesRectified: 1,
      },
      openSharing: {
        sharingRequestsReceived: 4,
        sharingRequestsDecided: 3,
        sharingRequestsGranted: 2,
        medianDecisionWorkingDays: 0,
        openDatasetsPublished: 1,
        openDatasetsOpen: 1,
      },
      applicationInnovation: { innovationCases: 1, itProjectsReviewed: 2, itProjectsVetoed: 1 },
      securityProtection: {
        classifiedResources: 1,
        sensitiveResources: 1,
        personalInformationItems: 1,
        trainingSessions: 2,
        trainingHours: 3.75,
        dataSecurityTrainingSessions: 1,
      },
    },
  };
}
