import { Brackets, In, LessThan, MoreThan, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { enumLabelsOf } from "../../common/enum-labels";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { plainRows } from "../../common/plain-rows";
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

/** What every kind's rules read besides their own rows: the day, and the organisation (units and their terms: hundreds of rows, read whole). */
interface DistrictFacts {
  today: string;
  now: Date;
  timeZone: string;
  year: number;
  units: UnitFacts[];
  unitById: Map<number, UnitFacts>;
  termsOf: Map<number, AppointmentFacts[]>;
}

async function districtFacts(ctx: RequestContext): Promise<DistrictFacts> {
  const today = ctx.today();
  const units: UnitFacts[] = await ctx.manager.find(Unit, { select: { id: true, name: true, path: true, kind: true }, order: { id: "ASC" } });
  const appointments: AppointmentFacts[] = await ctx.manager.find(Appointment, { where: { startDate: LessThan(addOneDay(today)) }, order: { id: "ASC" } });
  return {
    today,
    now: ctx.now(),
    timeZone: ctx.settings.districtTimeZone,
    year: Number(today.slice(0, 4)),
    units,
    unitById: new Map(units.map((u) => [u.id, u])),
    termsOf: groupBy(appointments, (a) => a.unitId),
  };
}

/**
 * Every finding of the district now, whoever asks: a fixed number of statements (one per kind's
 * facts, whatever the number of units), then the rules of findings.policy.ts. Scoping and
 * filtering happen after (selectFindings); the sweep reads the same findings in batches
 * (findingsInBatches).
 */
export async function currentFindings(ctx: RequestContext): Promise<{ findings: Finding[]; units: Map<number, UnitFacts> }> {
  const facts = await districtFacts(ctx);
  const found: Finding[] = [];
  for await (const batch of findingBatches(ctx, facts, Infinity)) for (const f of batch) found.push(f);
  const { units, unitById, termsOf, today } = facts;
  const chainOf = (unit: UnitFacts) =>
    units
      .filter((u) => unit.path.startsWith(u.path))
      .sort((a, b) => b.path.length - a.path.length)
      .map((u) => termsOf.get(u.id) ?? []);
  for (const f of found) f.responsiblePersonId = responsiblePerson(f.kind, chainOf(unitById.get(f.unitId)!), today);
  return { findings: found.sort(byListOrder), units: unitById };
}

/**
 * The same findings for the ledger's sweep, in batches about at most `batchSize` subjects each (the
 * records of one kind, or resources for the resource-level kinds), so that its memory does not grow
 * with the catalog; unsorted and without their responsible person (the ledger keeps neither).
 */
export async function* findingsInBatches(ctx: RequestContext, batchSize: number): AsyncGenerator<Finding[]> {
  yield* findingBatches(ctx, await districtFacts(ctx), batchSize);
}

/** The findings of every kind, `batchSize` subjects at most a batch; Infinity: one statement per kind's facts. */
async function* findingBatches(ctx: RequestContext, facts: DistrictFacts, batchSize: number): AsyncGenerator<Finding[]> {
  const m = ctx.manager;
  const { today, now, timeZone, year, units, unitById, termsOf } = facts;
  const known = (found: readonly (Finding | null)[]) => found.filter((f): f is Finding => f !== null && unitById.has(f.unitId));
  const take = Number.isFinite(batchSize) ? batchSize : undefined;

  // Per unit (the organisation is read whole).
  const perUnit: Finding[] = [];
  for (const unit of units) perUnit.push(...staffingFindings(unit, termsOf.get(unit.id) ?? [], today));
  const untrained = await withoutDataSecurityTraining(ctx, year).select("u.id", "id").orderBy("u.id", "ASC").getRawMany<{ id: number }>();
  for (const { id } of untrained) {
    const unit = unitById.get(Number(id));
    if (unit) perUnit.push(noDataSecurityTraining(unit, year));
  }
  const deadline = await m.findOne(AnnualReportDeadline, { where: { dueOn: LessThan(today) }, order: { year: "DESC" } });
  if (deadline) {
    const reports = new Map((await m.find(AnnualReport, { where: { year: deadline.year } })).map((r) => [r.unitId, r]));
    for (const unit of units) {
      const report = annualReportFinding(unit, deadline, reports.get(unit.id) ?? null, timeZone);
      if (report) perUnit.push(report);
    }
  }
  yield perUnit;

  // Per resource, a range of resources at a time: stale (only resources older than their period
  // can be; the rule itself is the quality module's) and below target.
  const staleColumns = plainRows(ctx.dataSource, DataResource).only(["id", "name", "providerUnitId", "updateFrequency", "updatedAt"]);
  const dimensionLabel = enumLabelsOf("QualityDimension") ?? {};
  const defaultTarget = qualitySettings(ctx).defaultTargetScore;
  for await (const range of resourceRanges(ctx, take)) {
    const stale = inResourceRange(m.createQueryBuilder(DataResource, "r"), "r.id", range).andWhere("r.status <> :retired", { retired: ResourceStatus.RETIRED });
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
    const found = (await staleColumns.many(stale.orderBy("r.id", "ASC"), "r")).map((r) => resourceStale(r, now, timeZone));

    const { entities: below, raw: belowRaw } = await inResourceRange(m.createQueryBuilder(QualityLatest, "l"), "l.resourceId", range)
      .innerJoin(DataResource, "r", "r.id = l.resourceId AND r.status <> :retired", { retired: ResourceStatus.RETIRED })
      .addSelect("r.name", "resource_name")
      .andWhere("l.scoreCenti IS NOT NULL AND l.scoreCenti < COALESCE(l.targetCenti, :defaultTarget)", { defaultTarget: toCenti(defaultTarget) })
      .orderBy("l.resourceId", "ASC")
      .addOrderBy("l.dimension", "ASC")
      .getRawAndEntities<{ resource_name: string }>();
    const belowByResource = groupBy(
      below.map((l, i) => ({ l, name: belowRaw[i].resource_name })),
      (b) => b.l.resourceId,
    );
    for (const [resourceId, rows] of belowByResource)
      found.push(
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
    yield known(found);
  }

  // Per record of the other kinds, in ID order.
  const issues = (after: number) =>
    m.find(QualityIssue, { where: { state: In([...OPEN_FOR_PROVIDER]), dueDate: LessThan(today), id: MoreThan(after) }, order: { id: "ASC" }, take });
  for await (const batch of inIdOrder(take, issues)) yield known(batch.map((issue) => qualityIssueOverdue(issue, today)));

  const requests = async (after: number) => {
    const { entities, raw } = await m
      .createQueryBuilder(SharingRequest, "s")
      .innerJoin(DataResource, "r", "r.id = s.resourceId")
      .addSelect("r.name", "resource_name")
      .where("s.status = :pending AND s.decisionDueOn < :today AND s.id > :after", { pending: SharingRequestStatus.PENDING, today, after })
      .orderBy("s.id", "ASC")
      .limit(take)
      .getRawAndEntities<{ resource_name: string }>();
    return entities.map((request, i) => ({ id: request.id, request, resourceName: raw[i].resource_name }));
  };
  for await (const batch of inIdOrder(take, requests))
    yield known(
      batch.map(({ request, resourceName }) =>
        sharingDecisionOverdue(request, { resource: resourceName, consumer: unitById.get(request.consumerUnitId)?.name ?? "" }, today),
      ),
    );

  const datasets = (after: number) =>
    m.find(OpenDataset, { where: { status: OpenDatasetStatus.PUBLISHED, id: MoreThan(after) }, relations: { resource: true }, order: { id: "ASC" }, take });
  for await (const batch of inIdOrder(take, datasets)) {
    const resourceIds = [...new Set(batch.map((d) => d.resourceId))];
    const items = await m.find(DataItem, {
      select: { resourceId: true, code: true, personalInformation: true, sharingType: true },
      where: { resourceId: In(resourceIds) },
    });
    const itemsOf = groupBy(items, (i) => i.resourceId);
    yield known(batch.map((d) => (d.resource ? openedAgainstRules(d, d.resource, itemsOf.get(d.resourceId) ?? [], timeZone) : null)));
  }

  const actionItems = (after: number) =>
    m.find(MeetingActionItem, { where: { status: ActionItemStatus.OPEN, dueDate: LessThan(today), id: MoreThan(after) }, order: { id: "ASC" }, take });
  for await (const batch of inIdOrder(take, actionItems)) yield known(batch.map((item) => actionItemOverdue(item, today)));
}

/** A range of resource IDs, (after, upTo]; upTo null: every ID after. */
interface ResourceRange {
  after: number;
  upTo: number | null;
}

/** The (non-retired) resources `take` at a time, as ranges of IDs; take undefined: all in one range, without a statement. */
async function* resourceRanges(ctx: RequestContext, take: number | undefined): AsyncGenerator<ResourceRange> {
  if (take === undefined) return yield { after: 0, upTo: null };
  for (let after = 0; ;) {
    const [last] = await ctx.manager
      .createQueryBuilder(DataResource, "r")
      .select("r.id", "id")
      .where("r.id > :after AND r.status <> :retired", { after, retired: ResourceStatus.RETIRED })
      .orderBy("r.id", "ASC")
      .offset(take - 1)
      .limit(1)
      .getRawMany<{ id: number }>();
    const upTo = last ? Number(last.id) : null;
    yield { after, upTo };
    if (upTo === null) return;
    after = upTo;
  }
}

function inResourceRange<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, column: string, { after, upTo }: ResourceRange): SelectQueryBuilder<T> {
  query.where(`${column} > :rangeAfter`, { rangeAfter: after });
  return upTo === null ? query : query.andWhere(`${column} <= :rangeUpTo`, { rangeUpTo: upTo });
}

/** Rows in ID order, `take` at a time (each read after the last ID of the one before); take undefined: all in one statement. */
async function* inIdOrder<T extends { id: number }>(take: number | undefined, read: (after: number) => Promise<T[]>): AsyncGenerator<T[]> {
  for (let after = 0; ;) {
    const rows = await read(after);
    if (rows.length) yield rows;
    if (take === undefined || rows.length < take) return;
    after = rows[rows.length - 1].id;
  }
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
    tally(rows, (f) => f.kind, Object.values(FindingKind)).map(({ value, count }) => ({ kind: value, label: labelOf(ctx, "FindingKind", value), count }));
  const byUnit = groupBy(findings, (f) => f.unitId);
  return {
    total: findings.length,
    byKind: byKind(findings),
    bySeverity: tally(findings, (f) => f.severity, Object.values(FindingSeverity)).map(({ value, count }) => ({
      severity: value,
      label: labelOf(ctx, "FindingSeverity", value),
      count,
    })),
    units: [...byUnit.keys()].sort((a, b) => a - b).map((unitId) => ({ unitId, total: byUnit.get(unitId)!.length, byKind: byKind(byUnit.get(unitId)!) })),
  };
}

/** A kind's label in the request's language. */
const labelOf = (ctx: RequestContext, enumName: "FindingKind" | "FindingSeverity", value: string): string => ctx.localise(enumLabelsOf(enumName)![value]);
