import { setImmediate } from "node:timers/promises";
import { In } from "typeorm";
import { forbidden, requireSignedIn } from "../../../common/auth";
import type { RequestContext } from "../../../common/context";
import { badUserInput, CatalogError, CommonErrorCode, notFound } from "../../../common/errors";
import { rowIdOf } from "../../../common/global-id";
import type { Localised } from "../../../common/i18n";
import { CommonMessages, RecordNames } from "../../../common/messages";
import { Unit } from "../../organisation";
import { catalogColumnsCondition } from "../inventory.policy";
import { ExportMessages } from "../inventory.messages";
import { BulkStatements } from "../import/bulk-statements";
import { ExistingItem, ExistingResource, itemFromRow, resourceFromRow } from "../import/stored-inventory";
import type { CatalogCells } from "../spreadsheet/catalog-template";
import type { ResourceSheetRow } from "../spreadsheet/write-catalog";
import { itemCells, ProviderUnit, resourceCells } from "./export-cells";

/** Units one export (or one signed link) may name: a district's departments fit in a few requests, not a scan of every unit. */
export const MAX_EXPORT_UNITS = 50;
/** A unit code or ID as long as any could be. */
const MAX_UNIT_REFERENCE_LENGTH = 100;

/** The units an export covers, as named in the request: by global ID, by unit code, or both. */
export interface ExportUnitReferences {
  unitIds: readonly string[];
  unitCodes: readonly string[];
}

/** What an export reads: the units checked and found, in the order named. */
export interface ExportScope {
  units: Unit[];
  /** Also the resources of the units' subordinate units. */
  includeDescendants: boolean;
}

/** Resources read per page: the export never holds more than one page and its items. */
const PAGE_RESOURCES = 50;
/** Rows written between turns of the event loop, so a page of many items does not hold up other requests. */
const ROWS_PER_TURN = 250;

/**
 * Checks the request (signed in with a role, at most MAX_EXPORT_UNITS units, each one found)
 * before anything is written. What the export then reads is what the caller may read, as in
 * `dataResources`: the shared catalog of every unit, and drafts only within the caller's own units.
 */
export async function exportScope(ctx: RequestContext, references: ExportUnitReferences, includeDescendants: boolean): Promise<ExportScope> {
  requireSignedIn(ctx);
  if (ctx.viewer.roles.length === 0) throw forbidden(CommonMessages.noRole);
  const count = references.unitIds.length + references.unitCodes.length;
  if (count === 0) throw badUserInput("unitId", ExportMessages.unitsRequired);
  if (count > MAX_EXPORT_UNITS) throw badUserInput("unitId", ExportMessages.tooManyUnits(MAX_EXPORT_UNITS));
  const tooLong = [...references.unitIds, ...references.unitCodes].some((reference) => reference.length > MAX_UNIT_REFERENCE_LENGTH);
  if (tooLong) throw badUserInput("unitId", ExportMessages.unitsRequired);
  const ids = references.unitIds.map((id) => rowIdOf("Unit", id, "unitId"));
  const [byId, byCode] = await Promise.all([
    ids.length ? ctx.manager.findBy(Unit, { id: In(ids) }) : [],
    references.unitCodes.length ? ctx.manager.findBy(Unit, { code: In([...references.unitCodes]) }) : [],
  ]);
  if (byId.length < new Set(ids).size) throw notFound(RecordNames.Unit, "unitId");
  const codes = new Set(byCode.map((unit) => unit.code));
  const unknown = references.unitCodes.find((code) => !codes.has(code));
  if (unknown !== undefined) throw new CatalogError(CommonErrorCode.NOT_FOUND, ExportMessages.unitCodeUnknown(unknown), { field: "unitCode" });
  const units = new Map<number, Unit>();
  for (const unit of [...byId, ...byCode]) units.set(unit.id, unit);
  return { units: [...units.values()], includeDescendants };
}

/** The file's name: what, which unit (its name and code, or the first of several), and the day. */
export function exportFileName(scope: ExportScope, title: Localised, extension: string, today: string): { chinese: string; ascii: string } {
  const [first] = scope.units;
  const more = scope.units.length - 1;
  const units = more > 0 ? `${first.name}${ExportMessages.andOthers(scope.units.length).zh}` : first.name;
  const chinese = `${title.zh}_${units}_${first.code}_${today}.${extension}`;
  const ascii = `${title.en}_${first.code}${more > 0 ? `+${more}` : ""}_${today}.${extension}`;
  return { chinese: chinese.replace(/[\\/:*?"<>|\r\n]/g, "_"), ascii: ascii.replace(/[^A-Za-z0-9._+-]/g, "_") };
}

interface ResourcePage {
  resources: { resource: ExistingResource; unit: ProviderUnit; functions: string[] }[];
  /** With items: each resource's items; without: how many it has. */
  itemsOf: Map<number, ExistingItem[]>;
  itemCounts: Map<number, number>;
}

/** The items sheet (and the CSV): one row per item, a resource without items as one row with empty item columns. */
export async function* inventoryItemRows(ctx: RequestContext, scope: ExportScope, signal?: AbortSignal): AsyncGenerator<CatalogCells> {
  const turn = turns(signal);
  for await (const page of resourcePages(ctx, scope, true, signal)) {
    for (const { resource, unit, functions } of page.resources) {
      const cells = resourceCells(resource, unit, functions);
      const items = page.itemsOf.get(resource.id) ?? [];
      if (items.length === 0) {
        yield cells;
        await turn();
      }
      for (const item of items) {
        yield { ...cells, ...itemCells(item) };
        await turn();
      }
    }
  }
}

/** The resources sheet: one row per resource and its item count, so record counts add up. */
export async function* inventoryResourceRows(ctx: RequestContext, scope: ExportScope, signal?: AbortSignal): AsyncGenerator<ResourceSheetRow> {
  const turn = turns(signal);
  for await (const page of resourcePages(ctx, scope, false, signal)) {
    for (const { resource, unit, functions } of page.resources) {
      yield { cells: resourceCells(resource, unit, functions), itemCount: page.itemCounts.get(resource.id) ?? 0 };
      await turn();
    }
  }
}

function turns(signal: AbortSignal | undefined): () => Promise<void> {
  let rowsThisTurn = 0;
  return async () => {
    if (++rowsThisTurn < ROWS_PER_TURN) return;
    rowsThisTurn = 0;
    await setImmediate();
    signal?.throwIfAborted();
  };
}

/** The scope's resources by code, a page at a time (keyset), each page with its functions and items (or item counts). */
async function* resourcePages(ctx: RequestContext, scope: ExportScope, withItems: boolean, signal: AbortSignal | undefined): AsyncGenerator<ResourcePage> {
  const sql = new BulkStatements(ctx.manager);
  const where: string[] = [];
  const parameters: unknown[] = [];
  if (scope.includeDescendants) {
    where.push(`(${scope.units.map(() => "u.path LIKE ?").join(" OR ")})`);
    parameters.push(...scope.units.map((unit) => `${unit.path}%`));
  } else {
    where.push(`r.provider_unit_id IN (${sql.placeholders(scope.units.length)})`);
    parameters.push(...scope.units.map((unit) => unit.id));
  }
  if (!ctx.viewer.districtReader) {
    const scopes = ctx.viewer.unitRoles.map((role) => role.unitPath);
    // The shared catalog (inCatalog), and everything of the viewer's own units.
    where.push(`(${catalogColumnsCondition("r")}${scopes.map(() => " OR u.path LIKE ?").join("")})`);
    parameters.push(...scopes.map((path) => `${path}%`));
  }
  const query = `SELECT r.*, u.code AS unit_code, u.name AS unit_name FROM data_resources r INNER JOIN units u ON u.id = r.provider_unit_id WHERE ${where.join(" AND ")} AND r.code > ? ORDER BY r.code LIMIT ${PAGE_RESOURCES}`;

  let after = "";
  for (;;) {
    const rows = await sql.query(query, [...parameters, after]);
    if (rows.length === 0) return;
    const resources = rows.map((row) => ({ resource: resourceFromRow(row), unit: { code: String(row.unit_code), name: String(row.unit_name) } }));
    after = resources[resources.length - 1].resource.code;
    const ids = resources.map((r) => r.resource.id);
    const [itemRows, functionRows] = await Promise.all([
      withItems
        ? sql.query(`SELECT * FROM data_items WHERE resource_id IN (${sql.placeholders(ids.length)}) ORDER BY resource_id, code`, ids)
        : sql.query(`SELECT resource_id, COUNT(*) AS n FROM data_items WHERE resource_id IN (${sql.placeholders(ids.length)}) GROUP BY resource_id`, ids),
      sql.query<{ resource_id: number; name: string }>(
        `SELECT rf.resource_id, f.name FROM data_resource_functions rf INNER JOIN functions f ON f.id = rf.function_id WHERE rf.resource_id IN (${sql.placeholders(ids.length)}) ORDER BY f.name`,
        ids,
      ),
    ]);
    const itemsOf = new Map<number, ExistingItem[]>();
    const itemCounts = new Map<number, number>();
    for (const row of itemRows) {
      const id = Number(row.resource_id);
      if (!withItems) {
        itemCounts.set(id, Number(row.n));
        continue;
      }
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
    yield { resources: resources.map((r) => ({ ...r, functions: functionsOf.get(r.resource.id) ?? [] })), itemsOf, itemCounts };
    if (rows.length < PAGE_RESOURCES) return;
    // Other requests get their turn between pages, however fast the client reads.
    await setImmediate();
    signal?.throwIfAborted();
  }
}
