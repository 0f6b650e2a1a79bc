import { In, SelectQueryBuilder } from "typeorm";
import { diff, recordChange, recordChanges } from "../../common/audit";
import { requireSignedIn, requireUnitAccess } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { containsPattern } from "../../common/loader-helpers";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { OrganisationLoaders, Unit } from "../organisation";
import { recordCatalogChecks } from "../quality";
import { CatalogFunction } from "./catalog-function.entity";
import { DataItem } from "./data-item.entity";
import { DataResource } from "./data-resource.entity";
import { ResourceStatus, SharingType } from "./inventory.enums";
import { InventoryError, InventoryErrorCode } from "./inventory.errors";
import { InventoryLoaders, mayReadResource } from "./inventory.loaders";
import {
  catalogCondition,
  catalogKey,
  checkResource,
  checkStatus,
  itemCodeCaseClash,
  itemsNotListed,
  parseResourceCode,
  publishedDateOf,
  resourceCode,
  RuleViolation,
  uniquenessMessages,
} from "./inventory.policy";
import {
  CreateDataResourceInput,
  CreateFunctionInput,
  DataItemInput,
  DataResourceFacets,
  DataResourceFilter,
  DataResourceOrder,
  DataResourceOrderField,
  LevelFacet,
  OpenTypeFacet,
  SensitivityFlag,
  SharingTypeFacet,
  UnitFacet,
  UpdateDataResourceInput,
} from "./inventory.types";
import { CommonMessages, RecordNames } from "../../common/messages";
import { InventoryMessages } from "./inventory.messages";
import { indexResourceText } from "./resource-search-grams";

const sensitivityColumn: Record<SensitivityFlag, string> = {
  [SensitivityFlag.NATIONAL_INTEREST]: "r.nationalInterest",
  [SensitivityFlag.PUBLIC_SAFETY]: "r.publicSafety",
  [SensitivityFlag.TRADE_SECRET]: "r.tradeSecret",
  [SensitivityFlag.PERSONAL_PRIVACY]: "r.personalPrivacy",
};

const orderColumn: Record<DataResourceOrderField, string> = {
  [DataResourceOrderField.CODE]: "r.code",
  [DataResourceOrderField.NAME]: "r.name",
  [DataResourceOrderField.UPDATED_AT]: "r.updatedAt",
  [DataResourceOrderField.RECORD_COUNT]: "r.recordCount",
};

// ── Reading ──────────────────────────────────────────────────────────────────

/** dataResource(id|code): null when there is none; a malformed ID stays BAD_USER_INPUT. */
export async function findDataResource(ctx: RequestContext, id: string | undefined, code: string | undefined): Promise<DataResource | null> {
  requireSignedIn(ctx);
  const resource =
    id != null
      ? await ctx.loaders(InventoryLoaders).resourceById.load(rowIdOf("DataResource", id))
      : await ctx.manager.findOneBy(DataResource, { code: code! });
  // A draft outside the caller's scope answers as a missing resource (no existence oracle).
  return resource && (await mayReadResource(ctx, resource)) ? resource : null;
}

/**
 * The resource a mutation targets, with its provider. One the caller may not even read answers
 * NOT_FOUND, as a missing one; one they may read but not edit (another unit's published resource) FORBIDDEN.
 */
async function editableResource(tx: RequestContext, id: string): Promise<{ resource: DataResource; provider: Unit }> {
  const resource = await tx.manager.findOneBy(DataResource, { id: rowIdOf("DataResource", id) });
  if (!resource || !(await mayReadResource(tx, resource))) throw notFound(RecordNames.DataResource);
  const provider = (await tx.manager.findOneBy(Unit, { id: resource.providerUnitId }))!;
  requireUnitAccess(tx, provider, "editInventory");
  return { resource, provider };
}

/** The filtered query, with the caller's visibility applied: the shared catalog, plus drafts within scope. */
async function resourceQuery(ctx: RequestContext, filter: DataResourceFilter = {}) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(DataResource, "r").innerJoin(Unit, "unit", "unit.id = r.providerUnitId");
  if (filter.unitId != null) {
    const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", filter.unitId, "filter.unitId") });
    if (!unit) throw notFound(RecordNames.Unit, "filter.unitId");
    if (filter.includeDescendants) query.andWhere("unit.path LIKE :under", { under: `${unit.path}%` });
    else query.andWhere("r.providerUnitId = :unitRowId", { unitRowId: unit.id });
  }
  const anyOf = (column: string, values: readonly string[] | undefined, name: string) => {
    if (values?.length) query.andWhere(`${column} IN (:...${name})`, { [name]: values });
  };
  anyOf("r.catalogCategory", filter.catalogCategories, "categories");
  anyOf("r.level", filter.levels, "levels");
  anyOf("r.sharingType", filter.sharingTypes, "sharingTypes");
  anyOf("r.openType", filter.openTypes, "openTypes");
  anyOf("r.lifecycleStage", filter.lifecycleStages, "stages");
  anyOf("r.status", filter.statuses, "statuses");
  anyOf("r.updateFrequency", filter.updateFrequencies, "frequencies");
  if (filter.classificationCodePrefix) query.andWhere("r.classificationCode LIKE :prefix", { prefix: `${filter.classificationCodePrefix}%` });
  if (filter.sensitivity?.length) query.andWhere(`(${filter.sensitivity.map((flag) => `${sensitivityColumn[flag]} = :yes`).join(" OR ")})`, { yes: true });
  const search = filter.search?.trim();
  if (search) {
    query.andWhere(
      "(r.name LIKE :search ESCAPE '!' OR r.summary LIKE :search ESCAPE '!' OR EXISTS (SELECT 1 FROM data_items item WHERE item.resource_id = r.id AND item.name LIKE :search ESCAPE '!'))",
      { search: containsPattern(search) },
    );
  }
  if (!ctx.viewer.districtReader) {
    const scopes = ctx.viewer.unitRoles.map((role) => role.unitPath);
    const own = scopes.map((_, i) => `unit.path LIKE :scope${i}`);
    query.andWhere(
      `(${catalogCondition("r")}${own.length ? ` OR ${own.join(" OR ")}` : ""})`,
      Object.fromEntries(scopes.map((path, i) => [`scope${i}`, `${path}%`])),
    );
  }
  return query;
}

/** Facet counts over every match (not just the page), each one GROUP BY only when asked for. */
function facetsOf(ctx: RequestContext, base: () => SelectQueryBuilder<DataResource>): DataResourceFacets {
  const grouped = async (column: string) => {
    const rows = await base()
      .select(column, "value")
      .addSelect("COUNT(*)", "count")
      .groupBy(column)
      .orderBy("count", "DESC")
      .addOrderBy(column, "ASC")
      .getRawMany<{ value: string; count: string | number }>();
    return rows.map((row) => ({ value: row.value, count: Number(row.count) }));
  };
  return {
    get byUnit(): Promise<UnitFacet[]> {
      return grouped("r.providerUnitId").then(async (rows) => {
        const units = await ctx.loaders(OrganisationLoaders).unitById.loadMany(rows.map((row) => Number(row.value)));
        return rows.map((row, i) => ({ unit: units[i] as Unit, count: row.count }));
      });
    },
    get bySharingType(): Promise<SharingTypeFacet[]> {
      return grouped("r.sharingType") as Promise<SharingTypeFacet[]>;
    },
    get byOpenType(): Promise<OpenTypeFacet[]> {
      return grouped("r.openType") as Promise<OpenTypeFacet[]>;
    },
    get byLevel(): Promise<LevelFacet[]> {
      return grouped("r.level") as Promise<LevelFacet[]>;
    },
  } as unknown as DataResourceFacets;
}

export async function findDataResources(
  ctx: RequestContext,
  filter: DataResourceFilter | undefined,
  orderBy: DataResourceOrder | undefined,
  page: ConnectionArgs,
) {
  const query = await resourceQuery(ctx, filter);
  const direction = orderBy?.direction ?? "ASC";
  query.orderBy(orderColumn[orderBy?.field ?? DataResourceOrderField.CODE], direction).addOrderBy("r.id", direction);
  const connection = paginateQuery(query, page);
  return Object.assign(connection, { facets: facetsOf(ctx, () => query.clone().orderBy()) });
}

// ── Functions ────────────────────────────────────────────────────────────────

export async function createFunction(ctx: RequestContext, input: CreateFunctionInput): Promise<CatalogFunction> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const unit = await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", input.unitId, "unitId") });
    if (!unit) throw notFound(RecordNames.Unit, "unitId");
    requireUnitAccess(tx, unit, "editInventory");
    const name = input.name.trim();
    await requireFunctionNameFree(tx, unit, name);
    const now = tx.now();
    const fn = tx.manager.create(CatalogFunction, { unitId: unit.id, name, legalBasis: input.legalBasis?.trim() || null, createdAt: now, updatedAt: now });
    await tx.manager.insert(CatalogFunction, fn);
    await recordChange(tx, { type: "Function", id: fn.id, unit }, null, fn);
    return fn;
  });
}

/** A unit's function names are unique under catalogKey (case and width ignored), on both databases. */
async function requireFunctionNameFree(tx: RequestContext, unit: Unit, name: string): Promise<void> {
  const key = catalogKey(name);
  const names = await tx.manager.find(CatalogFunction, { select: { id: true, name: true }, where: { unitId: unit.id } });
  const taken = names.find((fn) => catalogKey(fn.name) === key);
  if (taken) throw new InventoryError(InventoryErrorCode.FUNCTION_NAME_TAKEN, uniquenessMessages.functionNameTaken(taken.name, unit.name), { field: "name" });
}

// ── Writing resources ────────────────────────────────────────────────────────

/** A rule's violation as the API's error (the import reports the same violation as a problem of its row). */
function refuse(violation: RuleViolation | null): void {
  if (violation) throw new InventoryError(violation.code, violation.message, { field: violation.field });
}

function firstViolation(resource: DataResource, items: readonly { code: string; personalInformation: boolean; sharingType: SharingType | null }[]): void {
  const violations = checkResource(resource, items);
  if (violations.length) {
    const [first] = violations;
    throw new InventoryError(first.code, first.message, { field: first.field, violations });
  }
}

async function functionIdsOf(tx: RequestContext, ids: readonly string[] | undefined, provider: Unit): Promise<number[] | undefined> {
  if (!ids) return undefined;
  const rowIds = ids.map((id) => rowIdOf("Function", id, "functionIds"));
  const found = rowIds.length ? await tx.manager.findBy(CatalogFunction, { id: In(rowIds) }) : [];
  if (found.length !== new Set(rowIds).size) throw notFound(RecordNames.Function, "functionIds");
  const foreign = found.find((f) => f.unitId !== provider.id);
  if (foreign)
    throw new InventoryError(InventoryErrorCode.FUNCTION_NOT_OF_PROVIDER, InventoryMessages.functionNotOfProvider(foreign.name, provider.name), {
      field: "functionIds",
    });
  // A function listed twice is linked once (the link table's key would refuse it as a race).
  return [...new Set(rowIds)];
}

function itemEntity(tx: RequestContext, resourceId: number, input: DataItemInput, now: Date): DataItem {
  return tx.manager.create(DataItem, {
    resourceId,
    code: input.code.trim(),
    name: input.name.trim(),
    dataType: input.dataType,
    length: input.length ?? null,
    description: input.description?.trim() || null,
    personalInformation: input.personalInformation ?? false,
    sharingType: input.sharingType ?? null,
    createdAt: now,
    updatedAt: now,
  });
}

const ITEMS_PER_INSERT = 200;

/** The next free sequence of a classification (max + 1). A concurrent twin loses on the unique index: CONFLICT. */
async function nextSequence(tx: RequestContext, classificationCode: string): Promise<number> {
  const [{ max }] = await tx.manager.query(`SELECT MAX(sequence) AS max FROM data_resources WHERE classification_code = ?`, [classificationCode]);
  return Number(max ?? 0) + 1;
}

export async function createDataResource(ctx: RequestContext, input: CreateDataResourceInput): Promise<DataResource> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const provider = await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", input.providerUnitId, "providerUnitId") });
    if (!provider) throw notFound(RecordNames.Unit, "providerUnitId");
    requireUnitAccess(tx, provider, "editInventory");
    refuse(checkStatus(null, input.status));

    const classificationCode = input.classificationCode.trim();
    const given = input.code?.trim();
    const parsed = given ? parseResourceCode(given) : null;
    const sequence = parsed?.sequence ?? (given ? 0 : await nextSequence(tx, classificationCode));
    const now = tx.now();
    const resource = tx.manager.create(DataResource, {
      code: given || resourceCode(classificationCode, sequence),
      classificationCode,
      sequence,
      catalogCategory: input.catalogCategory,
      name: input.name.trim(),
      providerUnitId: provider.id,
      summary: input.summary?.trim() || null,
      format: input.format,
      sourceSystem: input.sourceSystem?.trim() || null,
      updateFrequency: input.updateFrequency,
      recordCount: input.recordCount ?? null,
      lifecycleStage: input.lifecycleStage,
      status: input.status,
      sharingType: input.sharingType,
      sharingConditions: input.sharingConditions?.trim() || null,
      notSharedBasis: input.notSharedBasis?.trim() || null,
      sharingMethod: input.sharingMethod ?? null,
      openType: input.openType,
      openConditions: input.openConditions?.trim() || null,
      level: input.level,
      nationalInterest: input.nationalInterest,
      publicSafety: input.publicSafety,
      tradeSecret: input.tradeSecret,
      personalPrivacy: input.personalPrivacy,
      publishedDate: publishedDateOf(input.status, input.publishedDate ?? null, null, tx.today()),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const items = (input.items ?? []).map((item) => itemEntity(tx, 0, item, now));
    firstViolation(resource, items);
    if (await tx.manager.existsBy(DataResource, { code: resource.code })) {
      throw new InventoryError(InventoryErrorCode.RESOURCE_CODE_TAKEN, uniquenessMessages.resourceCodeTaken(resource.code), { field: "code" });
    }
    const functionIds = await functionIdsOf(tx, input.functionIds, provider);

    await tx.manager.insert(DataResource, resource);
    for (const item of items) item.resourceId = resource.id;
    // In slices: TypeORM reads back the inserted rows with one OR per row, past SQLite's expression depth (1000) otherwise.
    for (let i = 0; i < items.length; i += ITEMS_PER_INSERT) await tx.manager.insert(DataItem, items.slice(i, i + ITEMS_PER_INSERT));
    if (functionIds?.length) await tx.manager.createQueryBuilder().relation(DataResource, "servedFunctions").of(resource.id).add(functionIds);
    await indexResourceText(tx.manager, [resource]);
    await recordChange(tx, { type: "DataResource", id: resource.id, unit: provider }, null, {
      ...resource,
      functionIds: functionIds ?? [],
      items: items.map((i) => i.code),
    });
    await recordChanges(
      tx,
      items.map((item) => [{ type: "DataItem", id: item.id, unit: provider }, null, item]),
    );
    await recordCatalogChecks(tx, [resource.id]); // the catalog's own quality checks (timeliness, metadata completeness)
    return resource;
  });
}

interface ItemChanges {
  created: DataItem[];
  updated: { before: DataItem; after: DataItem }[];
  removed: DataItem[];
}

const ITEM_FIELDS = ["name", "dataType", "length", "description", "personalInformation", "sharingType"] as const;

/**
 * What replacing a resource's items by code changes: new codes are added, known ones updated
 * where a field differs, missing ones removed. A code equal to a stored one but for case is refused.
 */
async function planItems(tx: RequestContext, resource: DataResource, inputs: DataItemInput[], now: Date): Promise<ItemChanges> {
  const existing = await tx.manager.findBy(DataItem, { resourceId: resource.id });
  const byCode = new Map(existing.map((item) => [item.code, item]));
  const storedByKey = new Map(existing.map((item) => [catalogKey(item.code), item.code]));
  const changes: ItemChanges = { created: [], updated: [], removed: [] };
  inputs.forEach((input, index) => {
    const fresh = itemEntity(tx, resource.id, input, now);
    const clash = itemCodeCaseClash(fresh.code, storedByKey);
    if (clash) throw new InventoryError(clash.code, clash.message, { field: `items.${index}.code` });
    const old = byCode.get(fresh.code);
    if (!old) changes.created.push(fresh);
    else if (ITEM_FIELDS.some((field) => old[field] !== fresh[field])) {
      const after = tx.manager.create(DataItem, { ...old, updatedAt: now });
      for (const field of ITEM_FIELDS) (after as unknown as Record<string, unknown>)[field] = fresh[field];
      changes.updated.push({ before: old, after });
    }
  });
  changes.removed = itemsNotListed(
    existing,
    inputs.map((i) => i.code.trim()),
  );
  return changes;
}

function itemsChange(changes: ItemChanges | undefined): boolean {
  return changes !== undefined && changes.created.length + changes.updated.length + changes.removed.length > 0;
}

async function writeItems(tx: RequestContext, provider: Unit, changes: ItemChanges): Promise<void> {
  const { created, updated, removed } = changes;
  for (let i = 0; i < created.length; i += ITEMS_PER_INSERT) await tx.manager.insert(DataItem, created.slice(i, i + ITEMS_PER_INSERT));
  for (const { after } of updated) await tx.manager.save(DataItem, after);
  if (removed.length) await tx.manager.delete(DataItem, { id: In(removed.map((item) => item.id)) });
  const target = (id: number) => ({ type: "DataItem", id, unit: provider });
  await recordChanges(tx, [
    ...created.map((item) => [target(item.id), null, item] as const),
    ...updated.map(({ before, after }) => [target(after.id), before, after] as const),
    ...removed.map((item) => [target(item.id), item, null] as const),
  ]);
}

/**
 * Writes a changed resource only if nobody changed it since the version the caller read: the
 * UPDATE's WHERE carries the version, and zero rows touched means a stale edit (CONFLICT).
 */
async function saveVersioned(tx: RequestContext, resource: DataResource, expectedVersion: number): Promise<void> {
  const { id, version: _v, createdAt: _c, ...fields } = resource;
  const result = await tx.manager.update(DataResource, { id, version: expectedVersion }, { ...fields, version: expectedVersion + 1 });
  if (result.affected === 0) staleVersion(resource.code);
  resource.version = expectedVersion + 1;
}

function staleVersion(code: string): never {
  throw new CatalogError(CommonErrorCode.CONFLICT, InventoryMessages.staleVersion(code), {
    field: "version",
  });
}

/** Fields a resource always has: null on update is a mistake, not "clear". */
const REQUIRED_ON_UPDATE = [
  "name",
  "format",
  "updateFrequency",
  "lifecycleStage",
  "status",
  "sharingType",
  "openType",
  "level",
  "nationalInterest",
  "publicSafety",
  "tradeSecret",
  "personalPrivacy",
  "functionIds",
  "items",
] as const;

export async function updateDataResource(ctx: RequestContext, input: UpdateDataResourceInput): Promise<DataResource> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const { resource, provider } = await editableResource(tx, input.id);
    if (resource.status === ResourceStatus.RETIRED)
      throw new InventoryError(InventoryErrorCode.RESOURCE_RETIRED, InventoryMessages.resourceRetired(resource.code));
    if (input.version !== resource.version) staleVersion(resource.code);
    if (input.status != null) refuse(checkStatus(resource.status, input.status));
    for (const field of REQUIRED_ON_UPDATE) {
      if (input[field] === null) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, CommonMessages.cannotBeCleared(field), { field });
    }

    const byId = (a: number, b: number) => a - b;
    const previousFunctions = input.functionIds
      ? (await tx.loaders(InventoryLoaders).functionsOfResource.load(resource.id)).map((f) => f.id).sort(byId)
      : undefined;
    const before = previousFunctions ? { ...resource, functionIds: previousFunctions } : { ...resource };
    const text = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);
    const patch: Partial<DataResource> = {
      name: input.name?.trim(),
      summary: text(input.summary),
      format: input.format,
      sourceSystem: text(input.sourceSystem),
      updateFrequency: input.updateFrequency,
      recordCount: input.recordCount,
      lifecycleStage: input.lifecycleStage,
      status: input.status,
      sharingType: input.sharingType,
      sharingConditions: text(input.sharingConditions),
      notSharedBasis: text(input.notSharedBasis),
      sharingMethod: input.sharingMethod,
      openType: input.openType,
      openConditions: text(input.openConditions),
      level: input.level,
      nationalInterest: input.nationalInterest,
      publicSafety: input.publicSafety,
      tradeSecret: input.tradeSecret,
      personalPrivacy: input.personalPrivacy,
      publishedDate: input.publishedDate,
    };
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) (resource as unknown as Record<string, unknown>)[key] = value;
    resource.publishedDate = publishedDateOf(resource.status, resource.publishedDate, before.publishedDate, tx.today());

    const now = tx.now();
    const items = input.items ?? (await tx.manager.findBy(DataItem, { resourceId: resource.id }));
    firstViolation(
      resource,
      items.map((i) => ({ code: i.code.trim(), personalInformation: i.personalInformation ?? false, sharingType: i.sharingType ?? null })),
    );
    const functionIds = (await functionIdsOf(tx, input.functionIds, provider))?.sort(byId);
    const itemChanges = input.items ? await planItems(tx, resource, input.items, now) : undefined;

    // An update that changes nothing writes nothing: the version stays, the trail gets no entry.
    const after = functionIds ? { ...resource, functionIds } : resource;
    if (Object.keys(diff(before, after)).length === 0 && !itemsChange(itemChanges)) return resource;

    resource.updatedAt = now;
    await saveVersioned(tx, resource, input.version);
    if (resource.name !== before.name || resource.summary !== before.summary) await indexResourceText(tx.manager, [resource]);
    if (itemChanges) await writeItems(tx, provider, itemChanges);
    if (functionIds) {
      await tx.manager.query("DELETE FROM data_resource_functions WHERE resource_id = ?", [resource.id]);
      if (functionIds.length) await tx.manager.createQueryBuilder().relation(DataResource, "servedFunctions").of(resource.id).add(functionIds);
    }
    await recordChange(tx, { type: "DataResource", id: resource.id, unit: provider }, before, functionIds ? { ...resource, functionIds } : resource);
    await recordCatalogChecks(tx, [resource.id]); // the catalog's own quality checks (timeliness, metadata completeness)
    return resource;
  });
}

/** Retires a resource: it stays readable, with its history, and is no longer edited. */
export async function retireDataResource(ctx: RequestContext, id: string, version: number): Promise<DataResource> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const { resource, provider } = await editableResource(tx, id);
    if (resource.status === ResourceStatus.RETIRED)
      throw new InventoryError(InventoryErrorCode.RESOURCE_RETIRED, InventoryMessages.alreadyRetired(resource.code));
    if (version !== resource.version) staleVersion(resource.code);
    const before = { ...resource };
    resource.status = ResourceStatus.RETIRED;
    resource.updatedAt = tx.now();
    await saveVersioned(tx, resource, version);
    await recordChange(tx, { type: "DataResource", id: resource.id, unit: provider }, before, resource);
    return resource;
  });
}
