import { Brackets, In, LessThan } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { enumLabelsOf } from "../../common/enum-labels";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { localise } from "../../common/i18n";
import { type ConnectionArgs, type Ordering, paginateList } from "../../common/pagination";
import { DataItem, DataResource, ResourceStatus } from "../inventory";
import { ActionItemStatus, MeetingActionItem } from "../meetings";
import { OpenDataset, OpenDatasetStatus } from "../opening";
import { Appointment, Unit } from "../organisation";
import { fromCenti, OPEN_FOR_PROVIDER, QualityIssue, QualityLatest, qualitySettings, toCenti, UPDATE_PERIOD_DAYS, districtDay } from "../quality";
import { AnnualReport, AnnualReportDeadline } from "../reports";
import { SharingRequest, SharingRequestStatus } from "../sharing";
import { withoutDataSecurityTraining } from "../training";
import { FindingKind, FindingSeverity } from "./findings.enums";
import { FindingLoaders } from "./findings.loaders";
import { findingMessages } from "./findings.messages";
import {
  actionItemOverdue,
  annualReportFinding,
  type AppointmentFacts,
  type Finding,
  noDataSecurityTraining,
  openedAgainstRules,
  qualityBelowTarget,
  qualityIssueOverdue,
  resourceStale,
  responsiblePerson,
  SEVERITY_RANK,
  sharingDecisionOverdue,
  staffingFindings,
  type UnitFacts,
} from "./findings.policy";

const DAY_MS = 86_400_000;

/**
 * Every finding of the district now, whoever asks: a fixed number of statements (one per kind's
 * facts, whatever the number of units), then the rules of findings.policy.ts. Scoping and
 * filtering happen after (selectFindings), so the sweep and the API read the same list.
 */
export async function currentFindings(ctx: RequestContext): Promise<{ findings: Finding[]; units: Map<number, UnitFacts> }> {
  const m = ctx.manager;
  const today = ctx.today();
  const now = ctx.now();
  const timeZone = ctx.settings.districtTimeZone;
  const year = Number(today.slice(0, 4));

  const units: UnitFacts[] = await m.find(Unit, { select: { id: true, name: true, path: true, kind: true }, order: { id: "ASC" } });
  const unitById = new Map(units.map((u) => [u.id, u]));
  const appointments: AppointmentFacts[] = await m.find(Appointment, { where: { startDate: LessThan(addOneDay(today)) }, order: { id: "ASC" } });
  const termsOf = groupBy(appointments, (a) => a.unitId);
  const found: Finding[] = [];
  const add = (f: Finding | null) => f && unitById.has(f.unitId) && found.push(f);

  for (const unit of units) found.push(...staffingFindings(unit, termsOf.get(unit.id) ?? [], today));

  // Stale: only resources older than their period can be (the rule itself is the quality module's).
  const stale = m
    .createQueryBuilder(DataResource, "r")
    .select(["r.id", "r.name", "r.providerUnitId", "r.updateFrequency", "r.updatedAt"])
    .where("r.status <> :retired", { retired: ResourceStatus.RETIRED });
  stale.andWhere(
    new Brackets((any) => {
      for (const [i, [frequency, days]] of Object.entries(UPDATE_PERIOD_DAYS).entries()) {
        if (days === null) continue;
        any.orWhere(`(r.updateFrequency = :frequency${i} AND r.updatedAt < :cutoff${i})`, {
          [`frequency${i}`]: frequency,
          [`cutoff${i}`]: new Date(now.getTime() - days * DAY_MS),
        });
      }
    }),
  );
  for (const r of await stale.orderBy("r.id", "ASC").getMany()) add(resourceStale(r, now, timeZone));

  const { entities: below, raw: belowRaw } = await m
    .createQueryBuilder(QualityLatest, "l")
    .innerJoin(DataResource, "r", "r.id = l.resourceId AND r.status <> :retired", { retired: ResourceStatus.RETIRED })
    .addSelect("r.name", "resource_name")
    .where("l.scoreCenti IS NOT NULL AND l.scoreCenti < COALESCE(l.targetCenti, :defaultTarget)", {
      defaultTarget: toCenti(qualitySettings(ctx).defaultTargetScore),
    })
    .orderBy("l.resourceId", "ASC")
    .addOrderBy("l.dimension", "ASC")
    .getRawAndEntities<{ resource_name: string }>();
  const dimensionLabel = enumLabelsOf("QualityDimension") ?? {};
  const defaultTarget = qualitySettings(ctx).defaultTargetScore;
  const belowByResource = groupBy(
    below.map((l, i) => ({ l, name: belowRaw[i].resource_name })),
    (b) => b.l.resourceId,
  );
  for (const [resourceId, rows] of belowByResource)
    add(
      qualityBelowTarget(
        { id: resourceId, name: rows[0].name, providerUnitId: rows[0].l.unitId },
        rows.map(({ l }) => ({
          dimensionLabel: dimensionLabel[l.dimension]?.zh ?? l.dimension,
          score: fromCenti(l.scoreCenti!),
          target: l.targetCenti === null ? defaultTarget : fromCenti(l.targetCenti),
          measuredOn: l.measuredAt ? districtDay(timeZone, l.measuredAt) : null,
        })),
      ),
    );

  const issues = await m.find(QualityIssue, { where: { state: In([...OPEN_FOR_PROVIDER]), dueDate: LessThan(today) }, order: { id: "ASC" } });
  for (const issue of issues) add(qualityIssueOverdue(issue, today));

  const { entities: requests, raw: requestRaw } = await m
    .createQueryBuilder(SharingRequest, "s")
    .innerJoin(DataResource, "r", "r.id = s.resourceId")
    .addSelect("r.name", "resource_name")
    .where("s.status = :pending AND s.decisionDueOn < :today", { pending: SharingRequestStatus.PENDING, today })
    .orderBy("s.id", "ASC")
    .getRawAndEntities<{ resource_name: string }>();
  requests.forEach((s, i) =>
    add(sharingDecisionOverdue(s, { resource: requestRaw[i].resource_name, consumer: unitById.get(s.consumerUnitId)?.name ?? "" }, today)),
  );

  const datasets = await m.find(OpenDataset, { where: { status: OpenDatasetStatus.PUBLISHED }, relations: { resource: true }, order: { id: "ASC" } });
  const resourceIds = [...new Set(datasets.map((d) => d.resourceId))];
  const items = resourceIds.length
    ? await m.find(DataItem, { select: { resourceId: true, code: true, personalInformation: true, sharingType: true }, where: { resourceId: In(resourceIds) } })
    : [];
  const itemsOf = groupBy(items, (i) => i.resourceId);
  for (const d of datasets) if (d.resource) add(openedAgainstRules(d, d.resource, itemsOf.get(d.resourceId) ?? [], timeZone));

  const actionItems = await m.find(MeetingActionItem, { where: { status: ActionItemStatus.OPEN, dueDate: LessThan(today) }, order: { id: "ASC" } });
  for (const item of actionItems) add(actionItemOverdue(item, today));

  const untrained = await withoutDataSecurityTraining(ctx, year).select("u.id", "id").orderBy("u.id", "ASC").getRawMany<{ id: number }>();
  for (const { id } of untrained) {
    const unit = unitById.get(Number(id));
    if (unit) found.push(noDataSecurityTraining(unit, year));
  }

  const deadline = await m.findOne(AnnualReportDeadline, { where: { dueOn: LessThan(today) }, order: { year: "DESC" } });
  if (deadline) {
    const reports = new Map((await m.find(AnnualReport, { where: { year: deadline.year } })).map((r) => [r.unitId, r]));
    for (const unit of units) add(annualReportFinding(unit, deadline, reports.get(unit.id) ?? null, timeZone));
  }

  const chainOf = (unit: UnitFacts) =>
    units
      .filter((u) => unit.path.startsWith(u.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((u) => termsOf.get(u.id) ?? []);
  for (const f of found) f.responsiblePersonId = responsiblePerson(f.kind, chainOf(unitById.get(f.unitId)!), today);
  return { findings: found.sort(byListOrder), units: unitById };
}

const byListOrder = (a: Finding, b: Finding) =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.since ?? "").localeCompare(b.since ?? "") || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function addOneDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export interface FindingFilter {
  unitId?: string | null;
  includeDescendants?: boolean | null;
  kinds?: readonly FindingKind[] | null;
  severities?: readonly FindingSeverity[] | null;
}

/** A finding as the API lists it: with its unit and the cursor's sort keys. */
export interface ListedFinding extends Finding {
  severityRank: number;
  sinceKey: string;
}

/** The findings the viewer may see (their units and descendants; everything for district readers and analysts), filtered. */
async function selectFindings(ctx: RequestContext, filter: FindingFilter = {}): Promise<ListedFinding[]> {
  requireSignedIn(ctx);
  const { findings: all, units } = await ctx.loaders(FindingLoaders).current();
  const unitPaths = new Map([...units].map(([id, u]) => [id, u.path]));
  let under: { id: number; path: string } | null = null;
  if (filter.unitId) {
    const id = rowIdOf("Unit", filter.unitId, "filter.unitId");
    const path = unitPaths.get(id);
    if (path === undefined || !ctx.viewer.canRead(path))
      throw new CatalogError(CommonErrorCode.NOT_FOUND, findingMessages.unitNotFound, { field: "filter.unitId" });
    under = { id, path };
  }
  const kinds = filter.kinds?.length ? new Set(filter.kinds) : null;
  const severities = filter.severities?.length ? new Set(filter.severities) : null;
  return all
    .filter((f) => {
      const path = unitPaths.get(f.unitId)!;
      if (!ctx.viewer.canRead(path)) return false;
      if (under && (filter.includeDescendants ? !path.startsWith(under.path) : f.unitId !== under.id)) return false;
      return (!kinds || kinds.has(f.kind)) && (!severities || severities.has(f.severity));
    })
    .map((f) => ({ ...f, severityRank: SEVERITY_RANK[f.severity], sinceKey: f.since ?? "" }));
}

const findingOrder: Ordering = {
  list: "Finding",
  keys: [
    { column: "severityRank", property: "severityRank" },
    { column: "sinceKey", property: "sinceKey" },
    { column: "key", property: "key" },
  ],
};

/** 问题清单: the current findings, the most severe and oldest first. */
export function findFindings(ctx: RequestContext, filter: FindingFilter | undefined, page: ConnectionArgs) {
  let list: Promise<ListedFinding[]> | undefined;
  return paginateList(page, findingOrder, () => (list ??= selectFindings(ctx, filter)));
}

/** Counts for a dashboard: per kind, per severity, and per unit × kind; the same statements as the list, whatever the number of units. */
export async function countFindings(ctx: RequestContext, filter: FindingFilter = {}) {
  const findings = await selectFindings(ctx, filter);
  const tally = <K extends string>(rows: readonly ListedFinding[], keyOf: (f: ListedFinding) => K, order: readonly K[]) => {
    const counts = new Map<K, number>();
    for (const f of rows) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
    return order.filter((k) => counts.has(k)).map((value) => ({ value, count: counts.get(value)! }));
  };
  const byKind = (rows: readonly ListedFinding[]) =>
    tally(rows, (f) => f.kind, Object.values(FindingKind)).map(({ value, count }) => ({ kind: value, label: labelOf("FindingKind", value), count }));
  const byUnit = groupBy(findings, (f) => f.unitId);
  return {
    total: findings.length,
    byKind: byKind(findings),
    bySeverity: tally(findings, (f) => f.severity, Object.values(FindingSeverity)).map(({ value, count }) => ({
      severity: value,
      label: labelOf("FindingSeverity", value),
      count,
    })),
    units: [...byUnit.keys()].sort((a, b) => a - b).map((unitId) => ({ unitId, total: byUnit.get(unitId)!.length, byKind: byKind(byUnit.get(unitId)!) })),
  };
}

/** A kind's label in the request's language. */
const labelOf = (enumName: "FindingKind" | "FindingSeverity", value: string): string => localise(enumLabelsOf(enumName)![value]);
