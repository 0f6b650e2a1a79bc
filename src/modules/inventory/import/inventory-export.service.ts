import { setImmediate } from "node:timers/promises";
import { forbidden, requireSignedIn } from "../../../common/auth";
import type { RequestContext } from "../../../common/context";
import { notFound } from "../../../common/errors";
import { rowIdOf } from "../../../common/global-id";
import { Unit } from "../../organisation";
import { catalogColumnsCondition } from "../inventory.policy";
import { CatalogCells } from "../spreadsheet/catalog-template";
import { BulkStatements } from "./bulk-statements";
import {
  catalogCategoryLabels,
  dataLevelLabels,
  itemDataTypeLabels,
  lifecycleStageLabels,
  openTypeLabels,
  resourceFormatLabels,
  resourceStatusLabels,
  sharingMethodLabels,
  sharingTypeLabels,
  updateFrequencyLabels,
  yesNoLabels,
} from "./inventory-labels";
import { ExistingItem, ExistingResource, itemFromRow, resourceFromRow } from "./stored-inventory";
import { CommonMessages, RecordNames } from "../../../common/messages";

export interface InventoryExportOptions {
  /** Stops reading at the next page (the client went away, the server is stopping). */
  signal?: AbortSignal;
  /** Global ID of the unit whose inventory to export. */
  unitId: string;
  /** Also the resources of the unit's subordinate units. */
  includeDescendants: boolean;
}

/** Resources read per page: the export never holds more than one page and its items. */
const PAGE_RESOURCES = 50;
/** Rows written between turns of the event loop, so a page of many items does not hold up other requests. */
const ROWS_PER_TURN = 250;

/**
 * 导出: a unit's inventory as the import template, one row per item (a resource without items
 * as one row with empty item columns), resources and items by code, Chinese labels. What the
 * caller may read, as in `dataResources`: the shared catalog of every unit (published, or retired
 * once published), and drafts only within the caller's own units. Importing the file again
 * changes nothing. Checks the request (signed in, the unit exists) before anything is written, then
 * returns the template rows, read a page at a time as they are consumed (the route writes them).
 */
export async function inventoryRows(ctx: RequestContext, options: InventoryExportOptions): Promise<AsyncIterable<CatalogCells>> {
  requireSignedIn(ctx);
  if (ctx.viewer.roles.length === 0) throw forbidden(CommonMessages.noRole);
  const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", options.unitId, "unitId") });
  if (!unit) throw notFound(RecordNames.Unit, "unitId");
  return pages(ctx, unit, options.includeDescendants, options.signal);
}

async function* pages(ctx: RequestContext, unit: Unit, includeDescendants: boolean, signal: AbortSignal | undefined): AsyncGenerator<CatalogCells> {
  const sql = new BulkStatements(ctx.manager);
  const where: string[] = [];
  const parameters: unknown[] = [];
  if (includeDescendants) {
    where.push("u.path LIKE ?");
    parameters.push(`${unit.path}%`);
  } else {
    where.push("r.provider_unit_id = ?");
    parameters.push(unit.id);
  }
  if (!ctx.viewer.districtReader) {
    const scopes = ctx.viewer.unitRoles.map((role) => role.unitPath);
    // The shared catalog (inCatalog), and everything of the viewer's own units.
    where.push(`(${catalogColumnsCondition("r")}${scopes.map(() => " OR u.path LIKE ?").join("")})`);
    parameters.push(...scopes.map((path) => `${path}%`));
  }
  const query = `SELECT r.*, u.code AS unit_code FROM data_resources r INNER JOIN units u ON u.id = r.provider_unit_id WHERE ${where.join(" AND ")} AND r.code > ? ORDER BY r.code LIMIT ${PAGE_RESOURCES}`;

  let after = "";
  for (;;) {
    const rows = await sql.query(query, [...parameters, after]);
    if (rows.length === 0) return;
    const resources = rows.map((row) => ({ resource: resourceFromRow(row), unitCode: String(row.unit_code) }));
    after = resources[resources.length - 1].resource.code;
    const ids = resources.map((r) => r.resource.id);
    const [itemRows, functionRows] = await Promise.all([
      sql.query(`SELECT * FROM data_items WHERE resource_id IN (${sql.placeholders(ids.length)}) ORDER BY resource_id, code`, ids),
      sql.query<{ resource_id: number; name: string }>(
        `SELECT rf.resource_id, f.name FROM data_resource_functions rf INNER JOIN functions f ON f.id = rf.function_id WHERE rf.resource_id IN (${sql.placeholders(ids.length)}) ORDER BY f.name`,
        ids,
      ),
    ]);
    const itemsOf = new Map<number, ExistingItem[]>();
    for (const row of itemRows) {
      const id = Number(row.resource_id);
      let list = itemsOf.get(id);
      if (!list) itemsOf.set(id, (list = []));
      list.push(itemFromRow(row));
    }
    const functionsOf = new Map<number, string[]>();
    for (const row of functionRows) {
      const id = Number(row.resource_id);
      let list = functionsOf.get(id);
      if (!list) functionsOf.set(id, (list = []));
      list.push(row.name);
    }
    let rowsThisTurn = 0;
    const turn = async () => {
      if (++rowsThisTurn < ROWS_PER_TURN) return;
      rowsThisTurn = 0;
      await setImmediate();
      signal?.throwIfAborted();
    };
    for (const { resource, unitCode } of resources) {
      const cells = resourceCells(resource, unitCode, functionsOf.get(resource.id) ?? []);
      const items = itemsOf.get(resource.id) ?? [];
      if (items.length === 0) {
        yield cells;
        await turn();
      }
      for (const item of items) {
        yield { ...cells, ...itemCells(item) };
        await turn();
      }
    }
    if (rows.length < PAGE_RESOURCES) return;
    // Other requests get their turn between pages, however fast the client reads.
    await setImmediate();
    signal?.throwIfAborted();
  }
}

const text = (value: string | null) => value ?? "";

function resourceCells(r: ExistingResource, unitCode: string, functions: string[]): CatalogCells {
  return {
    resourceCode: r.code,
    resourceName: r.name,
    providerUnitCode: unitCode,
    catalogCategory: catalogCategoryLabels.label(r.catalogCategory),
    classificationCode: r.classificationCode,
    summary: text(r.summary),
    format: resourceFormatLabels.label(r.format),
    sourceSystem: text(r.sourceSystem),
    updateFrequency: updateFrequencyLabels.label(r.updateFrequency),
    recordCount: r.recordCount == null ? "" : String(r.recordCount),
    lifecycleStage: lifecycleStageLabels.label(r.lifecycleStage),
    status: resourceStatusLabels.label(r.status),
    sharingType: sharingTypeLabels.label(r.sharingType),
    sharingConditions: text(r.sharingConditions),
    notSharedBasis: text(r.notSharedBasis),
    sharingMethod: r.sharingMethod ? sharingMethodLabels.label(r.sharingMethod) : "",
    openType: openTypeLabels.label(r.openType),
    openConditions: text(r.openConditions),
    level: dataLevelLabels.label(r.level),
    nationalInterest: yesNoLabels.label(r.nationalInterest),
    publicSafety: yesNoLabels.label(r.publicSafety),
    tradeSecret: yesNoLabels.label(r.tradeSecret),
    personalPrivacy: yesNoLabels.label(r.personalPrivacy),
    publishedDate: text(r.publishedDate),
    functions: functions.join("；"),
  };
}

function itemCells(item: ExistingItem): CatalogCells {
  return {
    itemCode: item.code,
    itemName: item.name,
    dataType: itemDataTypeLabels.label(item.dataType),
    length: item.length == null ? "" : String(item.length),
    itemDescription: text(item.description),
    personalInformation: yesNoLabels.label(item.personalInformation),
    itemSharingType: item.sharingType ? sharingTypeLabels.label(item.sharingType) : "",
  };
}
