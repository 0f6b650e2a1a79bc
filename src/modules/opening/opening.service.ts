import { In, SelectQueryBuilder } from "typeorm";
import { chunks } from "../../common/chunks";
import { recordChange, recordChanges } from "../../common/audit";
import { requireSignedIn, requireUnitAccess } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf, toGlobalId } from "../../common/global-id";
import type { Localised } from "../../common/i18n";
import { containsPattern } from "../../common/loader-helpers";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { DataItem, DataResource, inCatalog, OpenType } from "../inventory";
import { OrganisationLoaders, Unit } from "../organisation";
import { OpenDataset, OpenDatasetUsage, OpenDistribution } from "./open-dataset.entity";
import { DistributionFormat, formatFacts, OpenDatasetStatus, OpenTheme } from "./opening.enums";
import { OpeningError, OpeningErrorCode } from "./opening.errors";
import { OpeningLoaders, withPublicStatus } from "./opening.loaders";
import { openingMessages, openThemeLabels } from "./opening.messages";
import { checkPublication, isPortalUrl, listedCondition, OPENING_LIMITS, searchKey } from "./opening.policy";
import type {
  DistributionFormatFacet,
  MostDownloadedArgs,
  OpenDatasetDownloads,
  OpenDatasetFacets,
  OpenDatasetFilter,
  OpenThemeFacet,
  PublicUnit,
  PublicUnitFacet,
  PublishOpenDatasetInput,
  RecordOpenDataUsageInput,
  RecordOpenDataUsagePayload,
  WithdrawOpenDatasetInput,
} from "./opening.types";

const badInput = (field: string, message: Localised) => new CatalogError(CommonErrorCode.BAD_USER_INPUT, message, { field });
const notFound = (field: string, message: Localised) => new CatalogError(CommonErrorCode.NOT_FOUND, message, { field });

/** A unit as the public sees it: its ID and name. */
export function publicUnitOf(unit: Unit): PublicUnit {
  return { id: toGlobalId("Unit", unit.id), name: unit.name };
}

// ── Publishing and withdrawing ───────────────────────────────────────────────

function optionalText(value: string | null | undefined, max: number, field: string, message: Localised): string | null | undefined {
  if (value == null) return value;
  const trimmed = value.trim();
  if (trimmed.length > max) throw badInput(field, message);
  return trimmed || null;
}

/** Every bound of the input, before any query. */
function checkPublicationInput(ctx: RequestContext, input: PublishOpenDatasetInput): void {
  const limits = OPENING_LIMITS;
  if (input.title != null && (input.title.trim().length === 0 || input.title.trim().length > limits.title))
    throw badInput("title", openingMessages.titleLength(limits.title));
  optionalText(input.description, limits.description, "description", openingMessages.descriptionLength(limits.description));
  optionalText(input.openConditions, limits.openConditions, "openConditions", openingMessages.conditionsLength(limits.openConditions));
  if (input.openType === OpenType.NOT_OPEN) throw badInput("openType", openingMessages.openTypeRequired);
  if (input.issued != null && input.issued > ctx.today()) throw badInput("issued", openingMessages.issuedInFuture);
  if (input.distributions.length < 1 || input.distributions.length > limits.distributions)
    throw badInput("distributions", openingMessages.distributionCount(limits.distributions));
  input.distributions.forEach((d, i) => {
    optionalText(d.title, limits.distributionTitle, `distributions.${i}.title`, openingMessages.distributionTitleLength(limits.distributionTitle));
    if (!isPortalUrl(d.accessUrl)) throw badInput(`distributions.${i}.accessUrl`, openingMessages.urlInvalid(limits.url));
    if (d.downloadUrl != null && !isPortalUrl(d.downloadUrl)) throw badInput(`distributions.${i}.downloadUrl`, openingMessages.urlInvalid(limits.url));
  });
}

/**
 * Opens a published resource to the public: the provider unit's CDO or data specialist (or the
 * district office), under the opening rules (opening.policy.ts), audited, in one transaction.
 */
export async function publishOpenDataset(ctx: RequestContext, input: PublishOpenDatasetInput): Promise<OpenDataset> {
  requireSignedIn(ctx);
  checkPublicationInput(ctx, input);
  const resourceRowId = rowIdOf("DataResource", input.resourceId, "resourceId");
  return withTransaction(ctx, async (tx) => {
    const resource = await tx.manager.findOneBy(DataResource, { id: resourceRowId });
    const provider = resource && (await tx.manager.findOneBy(Unit, { id: resource.providerUnitId }));
    // A draft outside the caller's units answers as a missing one; another unit's catalogued resource is FORBIDDEN.
    if (!resource || !provider || (!inCatalog(resource) && !tx.viewer.canRead(provider.path))) throw notFound("resourceId", openingMessages.resourceNotFound);
    requireUnitAccess(tx, provider, "editInventory");

    const items = await tx.manager.find(DataItem, { select: { code: true, personalInformation: true, sharingType: true }, where: { resourceId: resource.id } });
    const openType = input.openType ?? resource.openType;
    const openConditions = input.openConditions?.trim() || null;
    const conditions = openType === OpenType.CONDITIONAL ? (openConditions ?? resource.openConditions) : null;
    const violation = checkPublication(resource, items, { openType, openConditions: conditions });
    if (violation) throw new OpeningError(violation.code, violation.message, { field: violation.field });

    const existing = await tx.manager.findOneBy(OpenDataset, { resourceId: resource.id });
    if (existing) throw new OpeningError(OpeningErrorCode.OPEN_DATASET_EXISTS, openingMessages.datasetExists(existing.title), { field: "resourceId" });

    const now = tx.now();
    const title = input.title?.trim() || resource.name;
    const description = input.description?.trim() || resource.summary;
    const dataset = tx.manager.create(OpenDataset, {
      resourceId: resource.id,
      providerUnitId: provider.id,
      identifier: resource.code,
      title,
      description,
      searchText: searchKey(`${title}\n${description ?? ""}`),
      theme: input.theme,
      licence: input.licence,
      updateFrequency: input.updateFrequency ?? resource.updateFrequency,
      openType,
      openConditions: conditions,
      issued: input.issued ?? tx.today(),
      status: OpenDatasetStatus.PUBLISHED,
      withdrawnOn: null,
      withdrawalReason: null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(OpenDataset, dataset);
    const distributions = input.distributions.map((d, position) =>
      tx.manager.create(OpenDistribution, {
        datasetId: dataset.id,
        position,
        title: d.title?.trim() || null,
        format: d.format,
        mediaType: formatFacts[d.format].mediaType,
        accessUrl: d.accessUrl,
        downloadUrl: d.downloadUrl ?? null,
      }),
    );
    await tx.manager.insert(OpenDistribution, distributions);
    const { searchText: _searchText, ...audited } = dataset;
    await recordChange(tx, { type: "OpenDataset", id: dataset.id, unit: provider }, null, {
      ...audited,
      distributions: distributions.map(({ format, accessUrl, downloadUrl }) => ({ format, accessUrl, downloadUrl })),
    });
    return dataset;
  });
}

/** Withdraws an open dataset: it stays listed as WITHDRAWN (for whoever linked to it), without its files. */
export async function withdrawOpenDataset(ctx: RequestContext, input: WithdrawOpenDatasetInput): Promise<OpenDataset> {
  requireSignedIn(ctx);
  const reason = input.reason.trim();
  if (!reason || reason.length > OPENING_LIMITS.withdrawalReason) throw badInput("reason", openingMessages.reasonLength(OPENING_LIMITS.withdrawalReason));
  const rowId = rowIdOf("OpenDataset", input.id, "id");
  return withTransaction(ctx, async (tx) => {
    const dataset = await tx.manager.findOneBy(OpenDataset, { id: rowId });
    const provider = dataset && (await tx.manager.findOneBy(Unit, { id: dataset.providerUnitId }));
    if (!dataset || !provider) throw notFound("id", openingMessages.datasetNotFound);
    requireUnitAccess(tx, provider, "editInventory");
    if (dataset.status === OpenDatasetStatus.WITHDRAWN)
      throw new OpeningError(OpeningErrorCode.OPEN_DATASET_WITHDRAWN, openingMessages.datasetWithdrawn(dataset.title), { field: "id" });
    const before = { status: dataset.status, withdrawnOn: dataset.withdrawnOn, withdrawalReason: dataset.withdrawalReason };
    const after = { status: OpenDatasetStatus.WITHDRAWN, withdrawnOn: tx.today(), withdrawalReason: reason };
    // Conditional on the status read: of two withdrawals at once, one wins and the other is told.
    const { affected } = await tx.manager.update(OpenDataset, { id: dataset.id, status: OpenDatasetStatus.PUBLISHED }, { ...after, updatedAt: tx.now() });
    if (affected === 0) throw new OpeningError(OpeningErrorCode.OPEN_DATASET_WITHDRAWN, openingMessages.datasetWithdrawn(dataset.title), { field: "id" });
    await recordChange(tx, { type: "OpenDataset", id: dataset.id, unit: provider }, before, after);
    return Object.assign(dataset, after, { updatedAt: tx.now() });
  });
}

// ── Usage ────────────────────────────────────────────────────────────────────

/**
 * The portal's daily figures, in one transaction: a day already recorded for a dataset is replaced
 * (re-sending a batch changes nothing). Bounded before any query; each changed day is audited.
 */
export async function recordOpenDataUsage(ctx: RequestContext, input: RecordOpenDataUsageInput): Promise<RecordOpenDataUsagePayload> {
  requireSignedIn(ctx);
  const { entries } = input;
  if (entries.length < 1 || entries.length > OPENING_LIMITS.usageBatch) throw badInput("entries", openingMessages.usageBatchSize(OPENING_LIMITS.usageBatch));
  const today = ctx.today();
  const seen = new Set<string>();
  const parsed = entries.map((entry, i) => {
    const datasetId = rowIdOf("OpenDataset", entry.datasetId, `entries.${i}.datasetId`);
    for (const field of ["downloads", "apiCalls"] as const) {
      const n = entry[field];
      if (!Number.isInteger(n) || n < 0 || n > OPENING_LIMITS.usageCount)
        throw badInput(`entries.${i}.${field}`, openingMessages.usageCount(OPENING_LIMITS.usageCount));
    }
    if (entry.day > today) throw new OpeningError(OpeningErrorCode.USAGE_DATE_OUT_OF_RANGE, openingMessages.usageDateOutOfRange, { field: `entries.${i}.day` });
    const key = `${datasetId}|${entry.day}`;
    if (seen.has(key)) throw badInput(`entries.${i}`, openingMessages.usageTwice);
    seen.add(key);
    return { datasetId, day: entry.day, downloads: entry.downloads, apiCalls: entry.apiCalls, index: i };
  });
  return withTransaction(ctx, async (tx) => {
    const ids = [...new Set(parsed.map((p) => p.datasetId))];
    const datasets = new Map((await tx.manager.findBy(OpenDataset, { id: In(ids) })).map((d) => [d.id, d]));
    const units = new Map((await tx.manager.findBy(Unit, { id: In([...new Set([...datasets.values()].map((d) => d.providerUnitId))]) })).map((u) => [u.id, u]));
    for (const p of parsed) {
      const dataset = datasets.get(p.datasetId);
      if (!dataset) throw notFound(`entries.${p.index}.datasetId`, openingMessages.datasetNotFound);
      requireUnitAccess(tx, units.get(dataset.providerUnitId)!, "manage");
      if (p.day < dataset.issued)
        throw new OpeningError(OpeningErrorCode.USAGE_DATE_OUT_OF_RANGE, openingMessages.usageDateOutOfRange, { field: `entries.${p.index}.day` });
    }
    const stored = await tx.manager
      .createQueryBuilder(OpenDatasetUsage, "u")
      .where("u.datasetId IN (:...ids)", { ids })
      .andWhere("u.day IN (:...days)", { days: [...new Set(parsed.map((p) => p.day))] })
      .getMany();
    const storedByKey = new Map(stored.map((u) => [`${u.datasetId}|${u.day}`, u]));
    const inserts: OpenDatasetUsage[] = [];
    const changes: [Parameters<typeof recordChanges>[1][number][0], object | null, object][] = [];
    let unchanged = 0;
    for (const p of parsed) {
      const was = storedByKey.get(`${p.datasetId}|${p.day}`);
      const figures = { day: p.day, downloads: p.downloads, apiCalls: p.apiCalls };
      if (was && was.downloads === p.downloads && was.apiCalls === p.apiCalls) {
        unchanged += 1;
        continue;
      }
      if (was) await tx.manager.update(OpenDatasetUsage, { datasetId: p.datasetId, day: p.day }, { downloads: p.downloads, apiCalls: p.apiCalls });
      else inserts.push(tx.manager.create(OpenDatasetUsage, { datasetId: p.datasetId, ...figures }));
      const unit = units.get(datasets.get(p.datasetId)!.providerUnitId)!;
      changes.push([{ type: "OpenDataset", id: p.datasetId, unit }, was ? { day: was.day, downloads: was.downloads, apiCalls: was.apiCalls } : null, figures]);
    }
    for (const part of chunks(inserts, 200)) await tx.manager.insert(OpenDatasetUsage, part);
    await recordChanges(tx, changes);
    return { recorded: changes.length, unchanged };
  });
}

// ── The public catalog ───────────────────────────────────────────────────────

/** The public catalog's query: listed datasets (or all, withdrawn included), filtered. */
async function openDatasetQuery(ctx: RequestContext, filter: OpenDatasetFilter = {}): Promise<SelectQueryBuilder<OpenDataset>> {
  const max = OPENING_LIMITS.filterValues;
  for (const field of ["themes", "unitIds", "formats"] as const) {
    if ((filter[field]?.length ?? 0) > max) throw badInput(`filter.${field}`, openingMessages.filterTooLong(max));
  }
  const search = filter.search == null ? "" : searchKey(filter.search);
  if (search.length > OPENING_LIMITS.search) throw badInput("filter.search", openingMessages.searchTooLong(OPENING_LIMITS.search));
  const unitRowIds = filter.unitIds?.map((id, i) => rowIdOf("Unit", id, `filter.unitIds.${i}`));

  // The resource comes along for the public status (withPublicStatus), never further.
  const query = ctx.manager.createQueryBuilder(OpenDataset, "d").innerJoinAndSelect("d.resource", "r");
  if (!filter.includeWithdrawn) query.andWhere(listedCondition("d", "r"));
  if (search) query.andWhere("d.searchText LIKE :search ESCAPE '!'", { search: containsPattern(search) });
  if (filter.themes?.length) query.andWhere("d.theme IN (:...themes)", { themes: filter.themes });
  if (unitRowIds?.length) query.andWhere("d.providerUnitId IN (:...units)", { units: unitRowIds });
  if (filter.formats?.length)
    query.andWhere("EXISTS (SELECT 1 FROM open_distributions f WHERE f.dataset_id = d.id AND f.format IN (:...formats))", { formats: filter.formats });
  return query;
}

/** Facet counts over every match, each one GROUP BY only when asked for. */
function facetsOf(ctx: RequestContext, base: () => SelectQueryBuilder<OpenDataset>): OpenDatasetFacets {
  const grouped = async (column: string, query = base(), count = "COUNT(*)") => {
    const rows = await query
      .select(column, "value")
      .addSelect(count, "count")
      .groupBy(column)
      .orderBy("count", "DESC")
      .addOrderBy(column, "ASC")
      .getRawMany<{ value: string | number; count: string | number }>();
    return rows.map((row) => ({ value: row.value, count: Number(row.count) }));
  };
  return {
    get byTheme(): Promise<OpenThemeFacet[]> {
      return grouped("d.theme").then((rows) =>
        rows.map((row) => ({ theme: row.value as OpenTheme, label: ctx.localise(openThemeLabels[row.value as string]), count: row.count })),
      );
    },
    get byUnit(): Promise<PublicUnitFacet[]> {
      return grouped("d.providerUnitId").then(async (rows) => {
        const units = await ctx.loaders(OrganisationLoaders).unitById.loadMany(rows.map((row) => Number(row.value)));
        return rows.map((row, i) => ({ unit: publicUnitOf(units[i] as Unit), count: row.count }));
      });
    },
    get byFormat(): Promise<DistributionFormatFacet[]> {
      const query = base().innerJoin(OpenDistribution, "f", "f.datasetId = d.id");
      return grouped("f.format", query, "COUNT(DISTINCT d.id)").then((rows) =>
        rows.map((row) => ({ format: row.value as DistributionFormat, count: row.count })),
      );
    },
  } as unknown as OpenDatasetFacets;
}

/** openDatasets: the public catalog, newest first, Relay-paged, with facets. Anyone may read it. */
export async function findOpenDatasets(ctx: RequestContext, filter: OpenDatasetFilter | null | undefined, page: ConnectionArgs) {
  const query = await openDatasetQuery(ctx, filter ?? {});
  query.orderBy("d.issued", "DESC").addOrderBy("d.id", "DESC");
  const connection = paginateQuery(query, page);
  const withStatus = {
    get edges() {
      return connection.edges.then((edges) =>
        edges.map((edge) => ({
          // The page's cursor (encoded when asked for), beside the node with its public status.
          get cursor() {
            return edge.cursor;
          },
          node: withPublicStatus(edge.node),
        })),
      );
    },
    get nodes() {
      return connection.nodes.then((nodes) => nodes.map(withPublicStatus));
    },
    get pageInfo() {
      return connection.pageInfo;
    },
    get totalCount() {
      return connection.totalCount;
    },
  };
  return Object.assign(withStatus, { facets: facetsOf(ctx, () => query.clone().orderBy()) });
}

/** openDataset(id): any dataset ever published (withdrawn ones too, for whoever linked to them); null if none. */
export function findOpenDataset(ctx: RequestContext, id: string): Promise<OpenDataset | null> {
  return ctx.loaders(OpeningLoaders).datasetById.load(rowIdOf("OpenDataset", id));
}

// ── Cross-unit: most downloaded ──────────────────────────────────────────────

const DAY_MS = 86_400_000;

/** The most-downloaded datasets of a period: one ranking statement, then the datasets in one. */
export async function mostDownloadedOpenDatasets(ctx: RequestContext, args: MostDownloadedArgs): Promise<OpenDatasetDownloads[]> {
  const size = args.first ?? 10;
  if (!Number.isInteger(size) || size < 1 || size > OPENING_LIMITS.rankingSize)
    throw badInput("first", openingMessages.rankingSize(OPENING_LIMITS.rankingSize));
  const days = (Date.parse(args.to) - Date.parse(args.from)) / DAY_MS;
  if (!(days >= 0 && days < OPENING_LIMITS.periodDays)) throw badInput("to", openingMessages.periodInvalid(OPENING_LIMITS.periodDays));
  const rows = await ctx.manager
    .createQueryBuilder(OpenDatasetUsage, "u")
    .select("u.datasetId", "datasetId")
    .addSelect("SUM(u.downloads)", "downloads")
    .addSelect("SUM(u.apiCalls)", "apiCalls")
    .where("u.day BETWEEN :from AND :to", { from: args.from, to: args.to })
    .groupBy("u.datasetId")
    .orderBy("downloads", "DESC")
    .addOrderBy("u.datasetId", "ASC")
    .limit(size)
    .getRawMany<{ datasetId: number | string; downloads: number | string; apiCalls: number | string }>();
  const datasets = await ctx.loaders(OpeningLoaders).datasetById.loadMany(rows.map((row) => Number(row.datasetId)));
  return rows.map((row, i) => ({ rank: i + 1, dataset: datasets[i] as OpenDataset, downloads: Number(row.downloads), apiCalls: Number(row.apiCalls) }));
}

// ── Harvesting (DCAT, CKAN) ──────────────────────────────────────────────────

/** A dataset with what harvesters read of it: its publisher and distributions. */
export interface HarvestedDataset {
  dataset: OpenDataset;
  publisher: PublicUnit;
  distributions: OpenDistribution[];
}

async function harvested(ctx: RequestContext, datasets: OpenDataset[]): Promise<HarvestedDataset[]> {
  const loaders = ctx.loaders(OpeningLoaders);
  const units = await ctx.loaders(OrganisationLoaders).unitById.loadMany([...new Set(datasets.map((d) => d.providerUnitId))]);
  const unitById = new Map((units.filter((u) => u && !(u instanceof Error)) as Unit[]).map((u) => [u.id, u]));
  const distributions = await loaders.distributionsOf.loadMany(datasets.map((d) => d.id));
  return datasets.map((dataset, i) => ({
    dataset: withPublicStatus(dataset),
    publisher: publicUnitOf(unitById.get(dataset.providerUnitId)!),
    distributions: dataset.status === OpenDatasetStatus.PUBLISHED ? (distributions[i] as OpenDistribution[]) : [],
  }));
}

/** Every listed dataset, newest first (the DCAT catalog): three statements, whatever the count. */
export async function harvestCatalog(ctx: RequestContext): Promise<HarvestedDataset[]> {
  const query = await openDatasetQuery(ctx);
  return harvested(ctx, await query.orderBy("d.issued", "DESC").addOrderBy("d.id", "DESC").getMany());
}

/** package_list without a limit lists them all, up to this (MySQL wants a LIMIT with every OFFSET). */
const MAX_LISTED = 100_000;

/** CKAN's package_list: listed datasets' names in name order, offset-paged. */
export async function listedIdentifiers(ctx: RequestContext, limit: number | null, offset: number): Promise<string[]> {
  const query = (await openDatasetQuery(ctx)).select("d.identifier", "identifier").orderBy("d.identifier", "ASC");
  const rows = await query
    .offset(offset)
    .limit(limit ?? MAX_LISTED)
    .getRawMany<{ identifier: string }>();
  return rows.map((row) => row.identifier);
}

/** CKAN's package_show: by global ID or identifier, withdrawn ones included; null if none. */
export async function harvestOne(ctx: RequestContext, idOrIdentifier: string): Promise<HarvestedDataset | null> {
  const query = ctx.manager
    .createQueryBuilder(OpenDataset, "d")
    .leftJoinAndSelect("d.resource", "r")
    .where("d.identifier = :identifier", { identifier: idOrIdentifier });
  try {
    query.orWhere("d.id = :id", { id: rowIdOf("OpenDataset", idOrIdentifier) });
  } catch {
    // Not a global ID: the identifier alone.
  }
  const dataset = await query.getOne();
  return dataset ? (await harvested(ctx, [dataset]))[0] : null;
}

/** CKAN's package_search: listed datasets matching q (the catalog's search), offset-paged, with the total. */
export async function searchForHarvest(ctx: RequestContext, q: string, rows: number, start: number): Promise<{ count: number; results: HarvestedDataset[] }> {
  const query = await openDatasetQuery(ctx, { search: q });
  const count = await query.clone().getCount();
  const page = rows === 0 ? [] : await query.orderBy("d.issued", "DESC").addOrderBy("d.id", "DESC").offset(start).limit(rows).getMany();
  return { count, results: await harvested(ctx, page) };
}
