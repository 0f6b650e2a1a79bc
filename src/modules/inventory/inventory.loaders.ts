import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../common/context";
import { requireSignedIn } from "../../common/auth";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { plainRows } from "../../common/plain-rows";
import type { NodeSelection, Ordering, PageWindow } from "../../common/pagination";
import { type NestedList, windowRows } from "../../common/window-rows";
import { OrganisationLoaders, type Unit } from "../organisation";
import { CatalogFunction } from "./catalog-function.entity";
import { DataItem } from "./data-item.entity";
import { DataResource } from "./data-resource.entity";
import { catalogColumnsCondition, catalogCondition, inCatalog } from "./inventory.policy";

/** Nested pages' orders (keyset cursors); `column` names the table column in the windowed SQL. */
export const unitResourceOrder: Ordering = {
  list: "Unit.dataResources",
  keys: [
    { column: "code", property: "code" },
    { column: "id", property: "id" },
  ],
};
export const resourceItemOrder: Ordering = {
  list: "DataResource.items",
  keys: [
    { column: "code", property: "code" },
    { column: "id", property: "id" },
  ],
};
export const unitFunctionOrder: Ordering = {
  list: "Unit.functions",
  keys: [
    { column: "name", property: "name" },
    { column: "id", property: "id" },
  ],
};

/**
 * What the nested pages' rows always carry, whatever a client selects (see PlainRows.forFields): the
 * parent key and the order's keys (cursors), and the field resolvers of this module that read no more
 * than these keys. A field resolver missing here makes its page read every column, never a wrong value.
 */
const RESOURCE_PAGE_COLUMNS = ["id", "providerUnitId", "code"];
const RESOURCE_KEY_FIELDS = new Set(["id", "provider", "functions", "items", "cdo", "dataSpecialist"]);
const ITEM_PAGE_COLUMNS = ["id", "resourceId", "code"];
const ITEM_KEY_FIELDS = new Set(["id", "resource"]);
/** The nested lists' tables, as the windowed statement reads them. */
const unitResources: NestedList = { table: "data_resources", parentColumns: ["provider_unit_id"], keys: unitResourceOrder.keys, rowId: "id" };
const resourceItems: NestedList = { table: "data_items", parentColumns: ["resource_id"], keys: resourceItemOrder.keys, rowId: "id" };

/**
 * The inventory's per-request loaders. Nested pages (a unit's resources, a resource's items) are
 * fetched for every parent in one statement (windowRows), whatever the page size: one statement per
 * level.
 */
export class InventoryLoaders {
  private readonly windows = new Map<string, DataLoader<number, unknown[]>>();

  constructor(private readonly ctx: RequestContext) {}

  private get manager() {
    return this.ctx.manager;
  }

  readonly resourceById = new DataLoader<number, DataResource | null>(async (ids) =>
    byKey(ids, await plainRows(this.ctx.dataSource, DataResource).byIds(this.manager, ids), (r) => r.id),
  );

  readonly itemById = new DataLoader<number, DataItem | null>(async (ids) =>
    byKey(ids, await plainRows(this.ctx.dataSource, DataItem).byIds(this.manager, ids), (i) => i.id),
  );

  readonly functionById = new DataLoader<number, CatalogFunction | null>(async (ids) =>
    byKey(ids, await this.manager.findBy(CatalogFunction, { id: In([...ids]) }), (f) => f.id),
  );

  readonly functionsOfUnit = new DataLoader<number, CatalogFunction[]>(async (unitIds) =>
    groupedByKey(
      unitIds,
      await this.manager.find(CatalogFunction, { where: { unitId: In([...unitIds]) }, order: { name: "ASC", id: "ASC" } }),
      (f) => f.unitId,
    ),
  );

  readonly functionsOfResource = new DataLoader<number, CatalogFunction[]>(async (resourceIds) => {
    const rows = await this.manager
      .createQueryBuilder(CatalogFunction, "f")
      .innerJoin("data_resource_functions", "rf", "rf.function_id = f.id")
      .addSelect("rf.resource_id", "resource_id")
      .where("rf.resource_id IN (:...resourceIds)", { resourceIds })
      .orderBy("f.name", "ASC")
      .getRawAndEntities();
    const owner = new Map<CatalogFunction, number>();
    rows.entities.forEach((f, i) => owner.set(f, Number(rows.raw[i].resource_id)));
    return groupedByKey(resourceIds, rows.entities, (f) => owner.get(f)!);
  });

  readonly itemCountOf = new DataLoader<number, number>(async (resourceIds) => this.countBy(DataItem, "resourceId", resourceIds));

  /** Counts of a unit's resources: all statuses (within scope) or the catalog's only. */
  resourceCountOf(allStatuses: boolean): DataLoader<number, number> {
    return this.windowLoader(`count:${allStatuses}`, async (unitIds) =>
      this.countBy(DataResource, "providerUnitId", unitIds, allStatuses ? undefined : catalogCondition("x")),
    ) as DataLoader<number, number>;
  }

  /** A window of each unit's resources, by code (unitResourceOrder), with the columns the selection reads. */
  resourcesOfUnit(window: PageWindow, allStatuses: boolean, selection: NodeSelection | null): DataLoader<number, DataResource[]> {
    const mapper = plainRows(this.ctx.dataSource, DataResource).forFields(selection, RESOURCE_PAGE_COLUMNS, RESOURCE_KEY_FIELDS);
    return this.windowLoader(`resources:${window.key}:${allStatuses}:${mapper.columnsKey}`, async (unitIds) => {
      const statusFilter = allStatuses ? "" : `AND ${catalogColumnsCondition("w")}`;
      const rows = await windowRows(this.manager, mapper, unitResources, unitIds, window, { extra: statusFilter, perParent: true });
      return groupedByKey(unitIds, rows, (r) => r.providerUnitId);
    }) as DataLoader<number, DataResource[]>;
  }

  /** A window of a unit's resources the viewer may read: all of them within the viewer's units, the shared catalog elsewhere. */
  readableResourcesOfUnit(unit: Unit, window: PageWindow, selection: NodeSelection | null): Promise<DataResource[]> {
    return this.resourcesOfUnit(window, this.ctx.viewer.canRead(unit.path), selection).load(unit.id);
  }

  /** How many of a unit's resources the viewer may read (as readableResourcesOfUnit). */
  readableResourceCountOf(unit: Unit): Promise<number> {
    return this.resourceCountOf(this.ctx.viewer.canRead(unit.path)).load(unit.id);
  }

  /** A window of each resource's items, by code (resourceItemOrder), with the columns the selection reads. */
  itemsOfResource(window: PageWindow, selection: NodeSelection | null): DataLoader<number, DataItem[]> {
    const mapper = plainRows(this.ctx.dataSource, DataItem).forFields(selection, ITEM_PAGE_COLUMNS, ITEM_KEY_FIELDS);
    return this.windowLoader(`items:${window.key}:${mapper.columnsKey}`, async (resourceIds) => {
      const rows = await windowRows(this.manager, mapper, resourceItems, resourceIds, window);
      return groupedByKey(resourceIds, rows, (i) => i.resourceId);
    }) as DataLoader<number, DataItem[]>;
  }

  private windowLoader(key: string, batch: (ids: readonly number[]) => Promise<unknown[]>): DataLoader<number, unknown> {
    let loader = this.windows.get(key);
    if (!loader) {
      loader = new DataLoader<number, unknown[]>(batch as (ids: readonly number[]) => Promise<unknown[][]>);
      this.windows.set(key, loader);
    }
    return loader as DataLoader<number, unknown>;
  }

  private async countBy<T extends object>(entity: new () => T, property: string, ids: readonly number[], condition?: string): Promise<number[]> {
    const query = this.manager
      .createQueryBuilder(entity, "x")
      .select(`x.${property}`, "parent")
      .addSelect("COUNT(*)", "count")
      .where(`x.${property} IN (:...ids)`, { ids })
      .groupBy(`x.${property}`);
    if (condition) query.andWhere(condition);
    const rows = await query.getRawMany<{ parent: number; count: string | number }>();
    const counts = new Map(rows.map((row) => [Number(row.parent), Number(row.count)]));
    return ids.map((id) => counts.get(id) ?? 0);
  }
}

/** Whether the caller may read a resource: catalog statuses for every signed-in user, drafts within scope. */
export async function mayReadResource(ctx: RequestContext, resource: DataResource): Promise<boolean> {
  requireSignedIn(ctx);
  if (inCatalog(resource)) return true;
  const unit = await ctx.loaders(OrganisationLoaders).unitById.load(resource.providerUnitId);
  return unit !== null && ctx.viewer.canRead(unit.path);
}

// A resource (or item) the caller may not read is null, as a missing one: no existence oracle.
/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const inventoryNodeTypes = [
  nodeType(DataResource, "DataResource", async (ctx, ids) => {
    const resources = await ctx.loaders(InventoryLoaders).resourceById.loadMany(ids);
    return Promise.all(resources.map(async (r) => (r instanceof DataResource && (await mayReadResource(ctx, r)) ? r : null)));
  }),
  nodeType(DataItem, "DataItem", async (ctx, ids) => {
    const loaders = ctx.loaders(InventoryLoaders);
    const items = await loaders.itemById.loadMany(ids);
    return Promise.all(
      items.map(async (item) => {
        if (!(item instanceof DataItem)) return null;
        const resource = await loaders.resourceById.load(item.resourceId);
        return resource && (await mayReadResource(ctx, resource)) ? item : null;
      }),
    );
  }),
  nodeType(CatalogFunction, "Function", async (ctx, ids) => {
    requireSignedIn(ctx);
    return ctx.loaders(InventoryLoaders).functionById.loadMany(ids) as Promise<(CatalogFunction | null)[]>;
  }),
];
