import type { RequestContext } from "../../common/context";
import { inLocale, type Locale, text, type Localised } from "../../common/i18n";
import { DataItem, DataLevel, DataResource, ResourceStatus } from "../inventory";
import { InnovationCase } from "../innovation";
import { OpenDataset, OpenDatasetStatus } from "../opening";
import { Unit } from "../organisation";
import { ProjectReview, ProjectReviewStatus } from "../projects";
import { dimensionScores, overallScore, QualityIssue, QualityIssueState, QualityScores } from "../quality";
import { median, SharingRequest, SharingRequestStatus } from "../sharing";
import { TrainingSession, TrainingTopic } from "../training";
import { AnnualReportSectionKind } from "./reports.enums";
import { districtYear } from "./reports.policy";

/**
 * The figures that pre-fill a report (DOMAIN §6): the unit's own, counted over the unit and its
 * subordinate units (its materialised path's subtree, as the quality roll-ups are), for the calendar
 * year in the district's time zone. Stored as this JSON on the report, so a submitted report shows
 * what was submitted whatever the catalog does afterwards.
 */
export interface AnnualReportFigureSnapshot {
  version: 1;
  computedAt: string;
  dataAggregation: {
    resourceCount: number;
    publishedResourceCount: number;
    newResourceCount: number;
    itemCount: number;
    recordCount: number;
    qualityScore: number | null;
    qualityDimensionsBelowTarget: number;
    qualityIssuesReported: number;
    qualityIssuesRectified: number;
  };
  openSharing: {
    sharingRequestsReceived: number;
    sharingRequestsDecided: number;
    sharingRequestsGranted: number;
    medianDecisionWorkingDays: number | null;
    openDatasetsPublished: number;
    openDatasetsOpen: number;
  };
  applicationInnovation: {
    innovationCases: number;
    itProjectsReviewed: number;
    itProjectsVetoed: number;
  };
  securityProtection: {
    classifiedResources: number;
    sensitiveResources: number;
    personalInformationItems: number;
    trainingSessions: number;
    trainingHours: number;
    dataSecurityTrainingSessions: number;
  };
}

export type SectionKey = Exclude<keyof AnnualReportFigureSnapshot, "version" | "computedAt">;

/** How a figure is shown: its label and unit (计量单位), whatever renders it (the API's list, the printable page). */
export interface FigureDefinition {
  key: string;
  label: Localised;
  unit: Localised;
}

const count = text("个", "");
const items = text("项", "");
const times = text("次", "");
const records = text("条", "records");

/** The figures of each section, in their printed order. */
export const FIGURE_DEFINITIONS: Record<SectionKey, { kind: AnnualReportSectionKind; figures: FigureDefinition[] }> = {
  dataAggregation: {
    kind: AnnualReportSectionKind.DATA_AGGREGATION,
    figures: [
      { key: "resourceCount", label: text("编目数据资源(草稿及已发布)", "Data resources catalogued (draft and published)"), unit: count },
      { key: "publishedResourceCount", label: text("其中已发布", "of which published"), unit: count },
      { key: "newResourceCount", label: text("本年度新增数据资源", "New data resources this year"), unit: count },
      { key: "itemCount", label: text("信息项", "Data items"), unit: items },
      { key: "recordCount", label: text("数据量合计", "Records in total"), unit: records },
      { key: "qualityScore", label: text("数据质量综合得分(统计时)", "Overall quality score (when computed)"), unit: text("分", "points") },
      { key: "qualityDimensionsBelowTarget", label: text("低于目标的质量维度", "Quality dimensions below target"), unit: items },
      { key: "qualityIssuesReported", label: text("本年度收到数据纠错", "Quality issues reported this year"), unit: items },
      { key: "qualityIssuesRectified", label: text("其中已整改", "of which rectified"), unit: items },
    ],
  },
  openSharing: {
    kind: AnnualReportSectionKind.OPEN_SHARING,
    figures: [
      { key: "sharingRequestsReceived", label: text("本年度收到共享申请", "Sharing requests received this year"), unit: items },
      { key: "sharingRequestsDecided", label: text("其中已答复", "of which decided"), unit: items },
      { key: "sharingRequestsGranted", label: text("其中已同意共享", "of which granted"), unit: items },
      { key: "medianDecisionWorkingDays", label: text("共享申请答复时长中位数", "Median decision time"), unit: text("个工作日", "working days") },
      { key: "openDatasetsPublished", label: text("本年度发布开放数据集", "Open datasets published this year"), unit: count },
      { key: "openDatasetsOpen", label: text("开放中的数据集(统计时)", "Open datasets (when computed)"), unit: count },
    ],
  },
  applicationInnovation: {
    kind: AnnualReportSectionKind.APPLICATION_INNOVATION,
    figures: [
      { key: "innovationCases", label: text("本年度融合创新案例", "Innovation cases of the year"), unit: count },
      { key: "itProjectsReviewed", label: text("本年度审核信息化项目", "IT project reviews decided this year"), unit: times },
      { key: "itProjectsVetoed", label: text("其中一票否决", "of which vetoed"), unit: times },
    ],
  },
  securityProtection: {
    kind: AnnualReportSectionKind.SECURITY_PROTECTION,
    figures: [
      { key: "classifiedResources", label: text("核心和重要数据资源", "Core and important data resources"), unit: count },
      { key: "sensitiveResources", label: text("涉及敏感标识的数据资源", "Data resources with a sensitivity flag"), unit: count },
      { key: "personalInformationItems", label: text("含个人信息的信息项", "Data items holding personal information"), unit: items },
      { key: "trainingSessions", label: text("本年度开展培训", "Training sessions held this year"), unit: times },
      { key: "trainingHours", label: text("培训学时合计", "Training hours in total"), unit: text("学时", "hours") },
      { key: "dataSecurityTrainingSessions", label: text("其中数据安全培训", "of which on data security"), unit: times },
    ],
  },
};

export const SECTION_KEYS = Object.keys(FIGURE_DEFINITIONS) as SectionKey[];

const n = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** The unit's subtree, as a condition on a provider/unit id column. */
const inSubtree = (column: string) => `${column} IN (SELECT su.id FROM units su WHERE su.path LIKE :subtree)`;

/**
 * Computes a unit's figures for a year: ten statements whatever the size of the catalog (each an
 * aggregate over one table's rows of the unit's subtree), run on the context's manager (inside the
 * mutation's transaction, so the snapshot is consistent with what the mutation saw).
 */
export async function computeFigures(ctx: RequestContext, unit: Unit, year: number): Promise<AnnualReportFigureSnapshot> {
  const m = ctx.manager;
  const subtree = `${unit.path}%`;
  const { firstDay, lastDay, from, until } = districtYear(year, ctx.settings.districtTimeZone);
  const notRetired = { retired: ResourceStatus.RETIRED };

  const resources = m
    .createQueryBuilder(DataResource, "r")
    .select("COUNT(*)", "total")
    .addSelect("SUM(CASE WHEN r.status = :published THEN 1 ELSE 0 END)", "published")
    .addSelect("SUM(CASE WHEN r.createdAt >= :from AND r.createdAt < :until THEN 1 ELSE 0 END)", "created")
    .addSelect("SUM(COALESCE(r.recordCount, 0))", "records")
    .addSelect("SUM(CASE WHEN r.level IN (:...classified) THEN 1 ELSE 0 END)", "classified")
    .addSelect(
      "SUM(CASE WHEN r.nationalInterest = :yes OR r.publicSafety = :yes OR r.tradeSecret = :yes OR r.personalPrivacy = :yes THEN 1 ELSE 0 END)",
      "sensitive",
    )
    .where(inSubtree("r.providerUnitId"), { subtree })
    .andWhere("r.status <> :retired", {
      ...notRetired,
      published: ResourceStatus.PUBLISHED,
      from,
      until,
      classified: [DataLevel.CORE, DataLevel.IMPORTANT],
      yes: true,
    })
    .getRawOne();
  const dataItems = m
    .createQueryBuilder(DataItem, "i")
    .innerJoin(DataResource, "r", "r.id = i.resourceId")
    .select("COUNT(*)", "total")
    .addSelect("SUM(CASE WHEN i.personalInformation = :yes THEN 1 ELSE 0 END)", "personal")
    .where(inSubtree("r.providerUnitId"), { subtree })
    .andWhere("r.status <> :retired", { ...notRetired, yes: true })
    .getRawOne();
  const issues = m
    .createQueryBuilder(QualityIssue, "q")
    .select("COUNT(*)", "reported")
    .addSelect("SUM(CASE WHEN q.state IN (:...rectified) THEN 1 ELSE 0 END)", "rectified")
    .where(inSubtree("q.providerUnitId"), { subtree })
    .andWhere("q.reportedAt >= :from AND q.reportedAt < :until", { from, until, rectified: [QualityIssueState.RECTIFIED, QualityIssueState.VERIFIED] })
    .getRawOne();
  const requests = m
    .createQueryBuilder(SharingRequest, "s")
    .select("COUNT(*)", "received")
    .addSelect("SUM(CASE WHEN s.status <> :pending THEN 1 ELSE 0 END)", "decided")
    .addSelect("SUM(CASE WHEN s.status = :granted THEN 1 ELSE 0 END)", "granted")
    .where(inSubtree("s.providerUnitId"), { subtree })
    .andWhere("s.requestedOn BETWEEN :firstDay AND :lastDay", {
      firstDay,
      lastDay,
      pending: SharingRequestStatus.PENDING,
      granted: SharingRequestStatus.GRANTED,
    })
    .getRawOne();
  // The provider's own decisions in the year (not the at-once grants of unconditional resources), as the sharing module's turnaround counts them.
  const decisionDays = m
    .createQueryBuilder(SharingRequest, "s")
    .select("s.decisionWorkingDays", "days")
    .where(inSubtree("s.providerUnitId"), { subtree })
    .andWhere("s.decidedOn BETWEEN :firstDay AND :lastDay AND s.grantedAtOnce = :atOnce AND s.status <> :pending AND s.decisionWorkingDays IS NOT NULL", {
      firstDay,
      lastDay,
      atOnce: false,
      pending: SharingRequestStatus.PENDING,
    })
    .getRawMany();
  const datasets = m
    .createQueryBuilder(OpenDataset, "d")
    .select("SUM(CASE WHEN d.issued BETWEEN :firstDay AND :lastDay THEN 1 ELSE 0 END)", "published")
    .addSelect("SUM(CASE WHEN d.status = :open THEN 1 ELSE 0 END)", "open")
    .where(inSubtree("d.providerUnitId"), { subtree, firstDay, lastDay, open: OpenDatasetStatus.PUBLISHED })
    .getRawOne();
  const cases = m
    .createQueryBuilder(InnovationCase, "c")
    .select("COUNT(*)", "total")
    .where(inSubtree("c.leadUnitId"), { subtree })
    .andWhere("c.year = :year", { year })
    .getRawOne();
  const reviews = m
    .createQueryBuilder(ProjectReview, "p")
    .select("COUNT(*)", "decided")
    .addSelect("SUM(CASE WHEN p.status = :vetoed THEN 1 ELSE 0 END)", "vetoed")
    .where(inSubtree("p.unitId"), { subtree })
    .andWhere("p.status IN (:...decided) AND p.decidedOn BETWEEN :firstDay AND :lastDay", {
      decided: [ProjectReviewStatus.APPROVED, ProjectReviewStatus.VETOED],
      vetoed: ProjectReviewStatus.VETOED,
      firstDay,
      lastDay,
    })
    .getRawOne();
  const training = m
    .createQueryBuilder(TrainingSession, "t")
    .select("COUNT(*)", "sessions")
    .addSelect("SUM(t.hoursCenti)", "hours")
    .addSelect("SUM(CASE WHEN t.topic = :security THEN 1 ELSE 0 END)", "security")
    .where(inSubtree("t.unitId"), { subtree })
    .andWhere("t.heldOn BETWEEN :firstDay AND :lastDay", { firstDay, lastDay, security: TrainingTopic.DATA_SECURITY })
    .getRawOne();
  const quality = dimensionScores(ctx, new QualityScores("unit", unit.id));

  const [r, i, q, s, days, d, c, p, t, dims] = await Promise.all([
    resources,
    dataItems,
    issues,
    requests,
    decisionDays,
    datasets,
    cases,
    reviews,
    training,
    quality,
  ]);
  return {
    version: 1,
    computedAt: ctx.now().toISOString(),
    dataAggregation: {
      resourceCount: n(r?.total),
      publishedResourceCount: n(r?.published),
      newResourceCount: n(r?.created),
      itemCount: n(i?.total),
      recordCount: n(r?.records),
      qualityScore: overallScore(dims.map((dim) => dim.score)),
      qualityDimensionsBelowTarget: dims.filter((dim) => dim.belowTarget === true).length,
      qualityIssuesReported: n(q?.reported),
      qualityIssuesRectified: n(q?.rectified),
    },
    openSharing: {
      sharingRequestsReceived: n(s?.received),
      sharingRequestsDecided: n(s?.decided),
      sharingRequestsGranted: n(s?.granted),
      medianDecisionWorkingDays: median(days.map((row: { days: unknown }) => n(row.days))),
      openDatasetsPublished: n(d?.published),
      openDatasetsOpen: n(d?.open),
    },
    applicationInnovation: { innovationCases: n(c?.total), itProjectsReviewed: n(p?.decided), itProjectsVetoed: n(p?.vetoed) },
    securityProtection: {
      classifiedResources: n(r?.classified),
      sensitiveResources: n(r?.sensitive),
      personalInformationItems: n(i?.personal),
      trainingSessions: n(t?.sessions),
      trainingHours: n(t?.hours) / 100,
      dataSecurityTrainingSessions: n(t?.security),
    },
  };
}

/** A stored snapshot, read back. */
export function parseFigures(json: string): AnnualReportFigureSnapshot {
  return JSON.parse(json) as AnnualReportFigureSnapshot;
}

const numberFormat = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

/** A figure as printed: grouped digits, at most two decimals, — for nothing measured. */
function displayFigure(value: number | null): string {
  return value === null ? "—" : numberFormat.format(value);
}

/** A section's figures in printed order, with labels and units in a language (the request's). */
export function sectionFigures(snapshot: AnnualReportFigureSnapshot, section: SectionKey, locale: Locale) {
  const values = snapshot[section] as Record<string, number | null>;
  return FIGURE_DEFINITIONS[section].figures.map((definition) => {
    const value = values[definition.key] ?? null;
    return { key: definition.key, label: inLocale(definition.label, locale), unit: inLocale(definition.unit, locale), value, display: displayFigure(value) };
  });
}
