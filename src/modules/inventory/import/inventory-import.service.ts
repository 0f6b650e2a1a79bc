import { requireSignedIn, requireUnitAccess } from "../../../common/auth";
import type { RequestContext } from "../../../common/context";
import { notFound } from "../../../common/errors";
import { rowIdOf } from "../../../common/global-id";
import { withTransaction } from "../../../common/transaction";
import { Unit } from "../../organisation";
import { ResourceStatus } from "../inventory.enums";
import { parseResourceCode } from "../inventory.policy";
import { CATALOG_COLUMNS, CatalogCells, CatalogColumnKey, CatalogFileFormat, CatalogRow } from "../spreadsheet/catalog-template";
import { type CatalogSheetRead, readCatalogRows, SpreadsheetFormatError } from "../spreadsheet/read-catalog";
import { BulkStatements } from "./bulk-statements";
import { functionKey, planChanges, type PlannedResource, type ScopeUnit } from "./import-plan";
import { InventoryWriter } from "./import-writer";
import { type PlanningRun, planResource, type ResourceGroup, unitCodeOf } from "./plan-resource";
import {
  ExistingResource,
  storedFunctionNamesOf,
  storedFunctionsOf,
  storedItemsOf,
  storedResourcesByCode,
  storedResourcesByName,
  storedSequences,
} from "./stored-inventory";
import { ImportProblemCode, InventoryImportProblemCode } from "./inventory-import.errors";
import { COLUMN_HEADER } from "./cell-reader";
import type { Localised } from "../../../common/i18n";
import { RecordNames } from "../../../common/messages";
import { ImportMessages } from "../inventory.messages";

/**
 * 导入: a unit's function-data inventory from the spreadsheet template, in one transaction.
 *
 * - Rows are streamed and grouped by resource (信息资源代码; when it is empty, by provider and
 *   信息资源名称; a row with neither continues the resource above, as merged cells read). A
 *   resource's rows must be contiguous and repeat the same resource columns.
 * - Resources are planned and written in batches of a few hundred: one IN (…) lookup per table,
 *   then multi-row upserts (resources by code, items by resource and item code), so memory
 *   holds one batch whatever the file's size.
 * - Every rule of DOMAIN §2 is checked by `checkResource`, the API's own check, on the resource
 *   as it will be (items of the file merged with the items it already has).
 * - A dry run writes nothing and reports every problem. A real import stops writing at the first
 *   problem, keeps reading to report all of them, and then rolls everything back.
 * - Re-importing creates no duplicates: unchanged resources and items are left untouched; a
 *   changed resource gets version + 1 and one audit entry. A code-less resource is the provider's
 *   stored resource of that name when there is one (several: refused). A resource's rows are its
 *   whole item list, as the API's items (itemsNotListed): stored items it leaves out are removed;
 *   a resource the file does not mention keeps its items. A column the file leaves out keeps what
 *   the catalog holds. 服务职能, when the file has the column, is the resource's whole list of
 *   functions (as the API's functionIds): missing functions are created for the provider unit.
 */

interface ImportProblem {
  /** 1-based spreadsheet row (the header is row 1); 0 when the problem is the file as a whole. */
  row: number;
  /** The template's column header (e.g. 共享类型); a column letter for a cell outside the template; null for a whole row or file. */
  column: string | null;
  /** ImportProblemCode, or the inventory rule's own code (InventoryErrorCode). */
  code: InventoryImportProblemCode;
  message: string;
}

/** A row without 信息资源代码: matched by name to a stored resource of its provider, or a new resource. */
interface NameMatch {
  row: number;
  resourceName: string;
  matched: boolean;
  /** The matched resource's code, or the new one's (assigned); null when the row has problems. */
  resourceCode: string | null;
}

export interface InventoryImportReport {
  dryRun: boolean;
  /** The worksheet read (null for CSV) and the row of its column headers (0 when none was found). */
  sheetName: string | null;
  headerRow: number;
  /** Written and committed; never for a dry run or a file with problems. */
  applied: boolean;
  rowsRead: number;
  /** What the import did (applied), or would do (dry run, rejected: counting the resources without problems). */
  resourcesCreated: number;
  resourcesUpdated: number;
  resourcesUnchanged: number;
  itemsCreated: number;
  itemsUpdated: number;
  itemsUnchanged: number;
  /** Stored items of the file's resources that the file does not list (itemsNotListed, as the API's items). */
  itemsRemoved: number;
  functionsCreated: number;
  /** Each row without 信息资源代码 (the first MAX_LISTED_PROBLEMS), by row: what its name matched. */
  nameMatches: NameMatch[];
  /** All problems found; `problems` lists the first MAX_LISTED_PROBLEMS of them, by row. */
  problemCount: number;
  problems: ImportProblem[];
}

/** Where a benchmark learns how long the writing took (statements that write, and the commit). */
export interface ImportTimings {
  writeMs: number;
}

export interface ImportOptions {
  /** Global ID of the unit whose inventory this is: rows may name it or its subordinate units. */
  unitId: string;
  dryRun: boolean;
  /** XLSX: the worksheet to read, by name; without it, the first visible sheet with a header row. */
  sheet?: string;
  /** Called every few thousand rows with the number of data rows read so far. */
  onProgress?(rowsRead: number): void;
  timings?: ImportTimings;
}

/** Listed problems are capped so a file wrong on every row still makes a report of bounded size. */
const MAX_LISTED_PROBLEMS = 10_000;
/** Resources planned and written together. */
const BATCH_RESOURCES = 250;
const PROGRESS_EVERY_ROWS = 1_000;

const COLUMN_ORDER = new Map<string, number>(CATALOG_COLUMNS.map((c, i) => [c.header, i]));
const RESOURCE_KEYS = CATALOG_COLUMNS.filter((c) => c.group === "resource").map((c) => c.key) as CatalogColumnKey[];

/** Thrown inside the transaction to roll it back, carrying the report out. */
class RolledBack extends Error {
  constructor(readonly report: InventoryImportReport) {
    super("import rolled back");
  }
}

/**
 * Imports a unit's inventory from a template file (a path or a stream). The caller must edit
 * the unit's inventory. Returns the report; a file with problems writes nothing.
 */
export async function importInventory(
  ctx: RequestContext,
  source: NodeJS.ReadableStream | string,
  format: CatalogFileFormat,
  options: ImportOptions,
): Promise<InventoryImportReport> {
  let workDone = 0;
  try {
    const report = await withTransaction(
      ctx,
      async (tx) => {
        const target = await importTarget(tx, options.unitId);
        const run = new InventoryImport(tx, target, options);
        const result = await run.run(readCatalogRows(source, format, { sheet: options.sheet, read: run.sheetRead }));
        if (!result.applied) throw new RolledBack(result);
        workDone = performance.now();
        return result;
      },
      { replayable: typeof source === "string" },
    ); // an upload is read as it goes: a lost lock race answers CONFLICT
    // The commit is part of writing.
    if (options.timings) options.timings.writeMs += performance.now() - workDone;
    return report;
  } catch (error) {
    if (error instanceof RolledBack) return error.report;
    throw error;
  }
}

/** The unit an import writes into, if the viewer may edit its inventory (the one rule for API, upload and CLI). */
async function importTarget(ctx: RequestContext, unitId: string): Promise<Unit> {
  requireSignedIn(ctx);
  const target = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", unitId, "unitId") });
  if (!target) throw notFound(RecordNames.Unit, "unitId");
  requireUnitAccess(ctx, target, "editInventory");
  return target;
}

/** Checked before an upload is spooled to disk (and again inside the import's transaction): no file from a caller who may not import. */
export async function requireImportAccess(ctx: RequestContext, unitId: string): Promise<void> {
  await importTarget(ctx, unitId);
}

// ── Values ───────────────────────────────────────────────────────────────────

// ── The import ───────────────────────────────────────────────────────────────

class InventoryImport implements PlanningRun {
  private readonly sql: BulkStatements;
  private readonly problems: ImportProblem[] = [];
  private readonly nameMatches: NameMatch[] = [];
  private problemCount = 0;
  private readonly counts = {
    resourcesCreated: 0,
    resourcesUpdated: 0,
    resourcesUnchanged: 0,
    itemsCreated: 0,
    itemsUpdated: 0,
    itemsUnchanged: 0,
    itemsRemoved: 0,
    functionsCreated: 0,
  };
  private rowsRead = 0;
  /** Which sheet and header row the reader took. */
  readonly sheetRead: CatalogSheetRead = { sheetName: null, headerRow: 0 };
  private columns: Set<CatalogColumnKey> | undefined;
  private readonly missingColumnsReported = new Set<CatalogColumnKey>();

  private current: ResourceGroup | undefined;
  private batch: ResourceGroup[] = [];
  /** Group keys met so far: a key met again is a resource whose rows are apart. */
  private readonly groupKeys = new Set<string>();
  /** Resource codes of the file (given or assigned), with the row of their resource. */
  readonly codesInFile = new Map<string, number>();

  readonly unitsByCode = new Map<string, ScopeUnit>();
  readonly unitsOutside = new Map<string, "outside" | "unknown">();
  /** Highest sequence per classification code: the database's, then what this import took. */
  readonly sequences = new Map<string, number>();
  /** The functions of each provider unit, by functionKey(name); id 0 for one a dry run would create. */
  private readonly functionsOfUnit = new Map<number, Map<string, { id: number; name: string }>>();

  private readonly writer: InventoryWriter;

  constructor(
    readonly tx: RequestContext,
    readonly target: Unit,
    private readonly options: ImportOptions,
  ) {
    this.sql = new BulkStatements(tx.manager);
    this.writer = new InventoryWriter(tx, this.sql, this.functionsOfUnit, options.timings);
  }

  /** Nothing more is written once a problem is found (and a dry run writes nothing at all). */
  private get writing(): boolean {
    return !this.options.dryRun && this.problemCount === 0;
  }

  problem(row: number, key: CatalogColumnKey | null, code: InventoryImportProblemCode, message: Localised): void {
    this.problemAt(row, key ? COLUMN_HEADER.get(key)! : null, code, message);
  }

  private problemAt(row: number, column: string | null, code: InventoryImportProblemCode, message: Localised): void {
    this.problemCount++;
    // In the language of the import's context (the request's; the command's is its terminal's), as every message.
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ row, column, code, message: this.tx.localise(message) });
  }

  async run(rows: AsyncIterable<CatalogRow>): Promise<InventoryImportReport> {
    await this.loadScope();
    try {
      for await (const row of rows) {
        this.rowsRead++;
        this.accept(row);
        if (this.batch.length >= BATCH_RESOURCES) await this.flush();
        if (this.rowsRead % PROGRESS_EVERY_ROWS === 0) this.options.onProgress?.(this.rowsRead);
      }
    } catch (error) {
      if (!(error instanceof SpreadsheetFormatError)) throw error;
      const code =
        error.code === ImportProblemCode.SPREADSHEET_TOO_LARGE ? ImportProblemCode.SPREADSHEET_TOO_LARGE : ImportProblemCode.SPREADSHEET_FORMAT_INVALID;
      for (const p of error.problems) this.problemAt(p.row, p.column, code, p.message);
    }
    this.closeGroup();
    await this.flush();
    this.options.onProgress?.(this.rowsRead);
    this.problems.sort((a, b) => a.row - b.row || (COLUMN_ORDER.get(a.column ?? "") ?? -1) - (COLUMN_ORDER.get(b.column ?? "") ?? -1));
    return {
      dryRun: this.options.dryRun,
      ...this.sheetRead,
      applied: this.writing,
      rowsRead: this.rowsRead,
      ...this.counts,
      nameMatches: this.nameMatches,
      problemCount: this.problemCount,
      problems: this.problems,
    };
  }

  /** The target unit and the units below it, by code: the units rows may name. */
  private async loadScope(): Promise<void> {
    const units = await this.sql.query<ScopeUnit>(`SELECT id, code, path, name FROM units WHERE path LIKE ?`, [`${this.target.path}%`]);
    for (const unit of units) this.unitsByCode.set(unit.code, { ...unit, id: Number(unit.id) });
  }

  // ── Grouping rows into resources (synchronous, per row) ──

  private accept(row: CatalogRow): void {
    const cells = row.cells;
    this.columns ??= new Set(Object.keys(cells) as CatalogColumnKey[]);
    const code = cells.resourceCode ?? "";
    const name = cells.resourceName ?? "";
    const current = this.current;
    if (code === "" && name === "" && current) {
      // No code, no name: the rows of the resource above go on (merged cells read this way).
      this.compareResourceCells(row, current, true);
      current.rows.push(row);
      return;
    }
    const key = code !== "" ? code : `\u0000${unitCodeOf(cells)}\u0000${name}`;
    if (current && current.key === key) {
      this.compareResourceCells(row, current, false);
      current.rows.push(row);
      return;
    }
    this.closeGroup();
    const group: ResourceGroup = { key, firstRow: row.rowNumber, cells, rows: [row], broken: false };
    if (this.groupKeys.has(key)) {
      group.broken = true;
      this.problem(
        row.rowNumber,
        code !== "" ? "resourceCode" : "resourceName",
        ImportProblemCode.RESOURCE_ROWS_NOT_CONTIGUOUS,
        ImportMessages.rowsNotContiguous(code || name),
      );
    }
    this.groupKeys.add(key);
    this.current = group;
  }

  private compareResourceCells(row: CatalogRow, group: ResourceGroup, blanksRepeat: boolean): void {
    const first = group.cells;
    const cells = row.cells;
    for (const key of RESOURCE_KEYS) {
      const value = cells[key];
      if (value === undefined || value === first[key] || (blanksRepeat && value === "")) continue;
      group.broken = true;
      this.problem(
        row.rowNumber,
        key,
        ImportProblemCode.RESOURCE_COLUMNS_DIFFER,
        ImportMessages.columnsDiffer(COLUMN_HEADER.get(key)!, value, first[key] ?? "", group.firstRow),
      );
    }
  }

  private closeGroup(): void {
    if (this.current) this.batch.push(this.current);
    this.current = undefined;
  }

  // ── Planning and writing a batch of resources ──

  private async flush(): Promise<void> {
    const groups = this.batch;
    this.batch = [];
    if (groups.length === 0) return;

    await this.resolveUnknownUnits(groups);
    const existing = await this.existingResources(groups);
    await this.matchByName(groups);
    const existingIds = [...existing.values(), ...groups.flatMap((g) => (g.sameName?.length === 1 ? g.sameName : []))].map((r) => r.id);
    const [itemsOf, functionsOf] = await Promise.all([storedItemsOf(this.sql, existingIds), storedFunctionNamesOf(this.sql, existingIds)]);
    await this.loadSequences(groups);

    const planned: PlannedResource[] = [];
    for (const group of groups) {
      const plan = planResource(this, group, existing, itemsOf, functionsOf);
      if (plan) planned.push(plan);
    }
    await this.loadFunctions(planned);
    for (const plan of planned) this.count(plan);
    if (this.writing) await this.writer.write(planned);
  }

  private async resolveUnknownUnits(groups: ResourceGroup[]): Promise<void> {
    const unknown = new Set<string>();
    for (const group of groups) {
      const code = unitCodeOf(group.cells);
      if (code && !this.unitsByCode.has(code) && !this.unitsOutside.has(code)) unknown.add(code);
    }
    if (unknown.size === 0) return;
    const codes = [...unknown];
    const found = await this.sql.query<{ code: string }>(`SELECT code FROM units WHERE code IN (${this.sql.placeholders(codes.length)})`, codes);
    const known = new Set(found.map((u) => u.code));
    for (const code of codes) this.unitsOutside.set(code, known.has(code) ? "outside" : "unknown");
  }

  private existingResources(groups: ResourceGroup[]): Promise<Map<string, ExistingResource>> {
    const codes = [...new Set(groups.map((g) => g.cells.resourceCode ?? "").filter((code) => code !== ""))];
    return storedResourcesByCode(this.sql, codes, !this.options.dryRun);
  }

  /** The providing unit of a group: the target unless the row names one of its subordinate units. */
  private providerOf(cells: CatalogCells): ScopeUnit | undefined {
    const code = unitCodeOf(cells);
    return this.unitsByCode.get(code === "" ? this.target.code : code);
  }

  /** Code-less resources are looked up by name among their provider's resources (retired ones left aside). */
  private async matchByName(groups: ResourceGroup[]): Promise<void> {
    const codeless = groups.filter((g) => !g.cells.resourceCode && g.cells.resourceName && this.providerOf(g.cells));
    if (codeless.length === 0) return;
    const providerIds = [...new Set(codeless.map((g) => this.providerOf(g.cells)!.id))];
    const names = [...new Set(codeless.map((g) => g.cells.resourceName!))];
    const found = await storedResourcesByName(this.sql, providerIds, names, !this.options.dryRun);
    for (const group of codeless) {
      const providerId = this.providerOf(group.cells)!.id;
      // Exact names: MySQL's collation may match more than SQLite's.
      group.sameName = found.filter((r) => r.providerUnitId === providerId && r.name === group.cells.resourceName && r.status !== ResourceStatus.RETIRED);
    }
  }

  /** MAX(sequence) of each classification the batch assigns codes in, as the API's nextSequence. */
  private async loadSequences(groups: ResourceGroup[]): Promise<void> {
    const wanted = new Set<string>();
    for (const group of groups) {
      const classification = group.cells.classificationCode || parseResourceCode(group.cells.resourceCode ?? "")?.classificationCode;
      if (classification && !this.sequences.has(classification)) wanted.add(classification);
    }
    for (const [code, max] of await storedSequences(this.sql, [...wanted])) this.sequences.set(code, max);
  }

  private async loadFunctions(planned: PlannedResource[]): Promise<void> {
    const unitIds = [...new Set(planned.filter((p) => p.functionNames?.length && !this.functionsOfUnit.has(p.provider.id)).map((p) => p.provider.id))];
    for (const [unitId, functions] of await storedFunctionsOf(this.sql, unitIds)) {
      this.functionsOfUnit.set(unitId, new Map(functions.map((fn) => [functionKey(fn.name), fn])));
    }
  }

  /** What the report says of a code-less row: the resource its name matched, or the one it creates. */
  noteNameMatch(group: ResourceGroup, matched: ExistingResource | undefined, code: string | null): void {
    if (group.cells.resourceCode || !group.cells.resourceName || this.nameMatches.length >= MAX_LISTED_PROBLEMS) return;
    this.nameMatches.push({ row: group.firstRow, resourceName: group.cells.resourceName, matched: matched !== undefined, resourceCode: code });
  }

  cellsHaveColumn(key: CatalogColumnKey): boolean {
    return this.columns?.has(key) ?? false;
  }

  /** A column the file leaves out but a new resource or item needs: one problem for the file, not one per row. */
  missingColumn(key: CatalogColumnKey, who: Localised): void {
    if (this.missingColumnsReported.has(key)) return;
    this.missingColumnsReported.add(key);
    this.problem(0, key, ImportProblemCode.VALUE_REQUIRED, ImportMessages.missingColumn(COLUMN_HEADER.get(key)!, who));
  }

  private count(plan: PlannedResource): void {
    const c = this.counts;
    if (!plan.existing) c.resourcesCreated++;
    else if (planChanges(plan)) c.resourcesUpdated++;
    else c.resourcesUnchanged++;
    c.itemsCreated += plan.newItems.length;
    c.itemsUpdated += plan.changedItems.length;
    c.itemsRemoved += plan.removedItems.length;
    c.itemsUnchanged += plan.unchangedItems;
    for (const name of plan.functionNames ?? []) {
      let functions = this.functionsOfUnit.get(plan.provider.id);
      if (!functions) this.functionsOfUnit.set(plan.provider.id, (functions = new Map()));
      if (!functions.has(functionKey(name))) {
        functions.set(functionKey(name), { id: 0, name });
        c.functionsCreated++;
      }
    }
  }
}
