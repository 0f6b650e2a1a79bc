import { requireSignedIn, requireUnitAccess } from "../../../common/auth";
import type { RequestContext } from "../../../common/context";
import { notFound } from "../../../common/errors";
import { rowIdOf } from "../../../common/global-id";
import { withTransaction } from "../../../common/transaction";
import { Unit } from "../../organisation";
import { LifecycleStage, ResourceStatus } from "../inventory.enums";
import { InventoryErrorCode } from "../inventory.errors";
import {
  catalogKey,
  categoryOfClassification,
  checkItemCode,
  checkResource,
  checkStatus,
  itemCodeAsStored,
  itemCodeCaseClash,
  itemsNotListed,
  ItemFacts,
  parseResourceCode,
  publishedDateOf,
  resourceCode,
  RuleViolation,
  TEXT_LIMITS,
  uniquenessMessages,
} from "../inventory.policy";
import { CATALOG_COLUMNS, CatalogCells, CatalogColumnKey, CatalogFileFormat, CatalogRow } from "../spreadsheet/catalog-template";
import { type CatalogSheetRead, readCatalogRows, SpreadsheetFormatError } from "../spreadsheet/read-catalog";
import { BulkStatements } from "./bulk-statements";
import { functionKey, planChanges, type PlannedResource, type ScopeUnit } from "./import-plan";
import { InventoryWriter } from "./import-writer";
import {
  COMPARED_FIELDS,
  ExistingItem,
  ExistingResource,
  ItemValues,
  ResourceValues,
  storedFunctionNamesOf,
  storedFunctionsOf,
  storedItemsOf,
  storedResourcesByCode,
  storedResourcesByName,
  storedSequences,
} from "./stored-inventory";
import { ImportProblemCode, InventoryImportProblemCode } from "./inventory-import.errors";
import { CellReader, codePointLength, COLUMN_HEADER } from "./cell-reader";
import { itemChanged } from "./table-rows";
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
} from "./inventory-labels";
import { type Localised, localise } from "../../../common/i18n";
import { RecordNames } from "../../../common/messages";
import { ImportMessages, InventoryMessages } from "../inventory.messages";

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
 *   changed resource gets version + 1 and one audit entry. Items the file does not mention stay
 *   as they are (the import never deletes an item); a column the file leaves out keeps what the
 *   catalog holds. 服务职能, when the file has the column, is the resource's whole list of
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
const ITEM_KEYS = CATALOG_COLUMNS.filter((c) => c.group === "item").map((c) => c.key) as CatalogColumnKey[];

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

/** A row as the reader gives it, and the resource its rows make. */
interface ResourceGroup {
  key: string;
  firstRow: number;
  cells: CatalogCells;
  rows: CatalogRow[];
  /** A problem already found while grouping (rows apart, columns differing). */
  broken: boolean;
  /** Without 信息资源代码: the providing unit's resources of that name (none: a new resource). */
  sameName?: ExistingResource[];
}

/** Unit codes are kept upper-case (as createUnit stores them). */
function unitCodeOf(cells: CatalogCells): string {
  return (cells.providerUnitCode ?? "").toUpperCase();
}

function sameFunctionSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(functionKey));
  return b.every((name) => keys.has(functionKey(name)));
}

// ── The import ───────────────────────────────────────────────────────────────

class InventoryImport {
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
  private readonly codesInFile = new Map<string, number>();

  private readonly unitsByCode = new Map<string, ScopeUnit>();
  private readonly unitsOutside = new Map<string, "outside" | "unknown">();
  /** Highest sequence per classification code: the database's, then what this import took. */
  private readonly sequences = new Map<string, number>();
  /** The functions of each provider unit, by functionKey(name); id 0 for one a dry run would create. */
  private readonly functionsOfUnit = new Map<number, Map<string, { id: number; name: string }>>();

  private readonly writer: InventoryWriter;

  constructor(
    private readonly tx: RequestContext,
    private readonly target: Unit,
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
    // In the language of the request (the CLI's: Chinese), as every message.
    if (this.problems.length < MAX_LISTED_PROBLEMS) this.problems.push({ row, column, code, message: localise(message) });
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
      const plan = this.plan(group, existing, itemsOf, functionsOf);
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

  /** Checks one resource against the file's rules and the policy; the plan to write it, or undefined with its problems reported. */
  private plan(
    group: ResourceGroup,
    existingByCode: Map<string, ExistingResource>,
    itemsOf: Map<number, ExistingItem[]>,
    functionsOf: Map<number, string[]>,
  ): PlannedResource | undefined {
    const cells = new CellReader(this, group.firstRow, group.cells);
    if (group.broken) cells.ok = false;
    const row = group.firstRow;

    // The provider: the target unit unless the row names one of its subordinate units.
    const providerCode = unitCodeOf(group.cells);
    const provider: ScopeUnit | undefined = providerCode === "" ? this.unitsByCode.get(this.target.code) : this.unitsByCode.get(providerCode);
    if (!provider) {
      const why = this.unitsOutside.get(providerCode);
      cells.fail(
        "providerUnitCode",
        why === "outside" ? ImportProblemCode.UNIT_OUTSIDE_SCOPE : ImportProblemCode.UNIT_NOT_FOUND,
        why === "outside" ? ImportMessages.unitOutsideScope(providerCode, this.target.name) : ImportMessages.unitNotFound(providerCode),
      );
    }

    const sameName = group.sameName ?? [];
    if (sameName.length > 1) {
      const codes = sameName.map((r) => r.code).sort();
      cells.fail("resourceName", ImportProblemCode.RESOURCE_NAME_AMBIGUOUS, ImportMessages.resourceNameAmbiguous(group.cells.resourceName!, codes));
    }
    // A code-less row matched by name is that resource, as if its code were given.
    const matched = sameName.length === 1 ? sameName[0] : undefined;
    const givenCode = group.cells.resourceCode || matched?.code || "";
    const existing = matched ?? (givenCode ? existingByCode.get(givenCode) : undefined);
    if (existing && provider && existing.providerUnitId !== provider.id) {
      // As the API: the code is taken, and nothing of the other unit's resource (perhaps a draft the caller may not read) is named.
      cells.fail("resourceCode", InventoryErrorCode.RESOURCE_CODE_TAKEN, uniquenessMessages.resourceCodeTaken(givenCode));
    }
    const earlier = givenCode ? this.codesInFile.get(givenCode) : undefined;
    if (earlier !== undefined && !group.broken) {
      cells.fail("resourceCode", InventoryErrorCode.RESOURCE_CODE_TAKEN, ImportMessages.codeGivenTwice(givenCode, earlier));
    }

    // Resource fields: an absent column keeps what is stored (or takes the API's default for a new resource).
    const required = <T>(key: CatalogColumnKey, value: T | null | undefined, stored: T | undefined): T | undefined => {
      if (value !== undefined && value !== null) return value;
      const raw = group.cells[key];
      if (raw !== undefined && raw !== "") return undefined; // a bad cell, reported already
      if (raw === "") return cells.fail(key, ImportProblemCode.VALUE_REQUIRED, ImportMessages.valueRequired(COLUMN_HEADER.get(key)!));
      if (stored !== undefined) return stored;
      this.missingColumn(key, ImportMessages.aNewResource);
      cells.ok = false;
      return undefined;
    };
    const optional = <T>(value: T | null | undefined, stored: T | null | undefined): T | null => (value !== undefined ? value : (stored ?? null));

    const name = required("resourceName", cells.text("resourceName", TEXT_LIMITS.resourceName), existing?.name);
    const classificationCell = cells.text("classificationCode", 6);
    const classificationCode = required(
      "classificationCode",
      classificationCell ?? parseResourceCode(givenCode)?.classificationCode,
      existing?.classificationCode,
    );
    const categoryCell = cells.label("catalogCategory", catalogCategoryLabels);
    const derivedCategory = classificationCode ? categoryOfClassification(classificationCode) : undefined;
    const catalogCategory = required("catalogCategory", categoryCell ?? derivedCategory, existing?.catalogCategory);
    const format = required("format", cells.label("format", resourceFormatLabels), existing?.format);
    const updateFrequency = required("updateFrequency", cells.label("updateFrequency", updateFrequencyLabels), existing?.updateFrequency);
    const lifecycleCell = cells.label("lifecycleStage", lifecycleStageLabels);
    const lifecycleStage = lifecycleCell ?? existing?.lifecycleStage ?? LifecycleStage.PLANNING;
    const statusCell = cells.label("status", resourceStatusLabels);
    const status = statusCell ?? existing?.status ?? ResourceStatus.DRAFT;
    const sharingType = required("sharingType", cells.label("sharingType", sharingTypeLabels), existing?.sharingType);
    const openType = required("openType", cells.label("openType", openTypeLabels), existing?.openType);
    const level = required("level", cells.label("level", dataLevelLabels), existing?.level);
    const summary = optional(cells.text("summary", TEXT_LIMITS.summary), existing?.summary);
    const sourceSystem = optional(cells.text("sourceSystem", TEXT_LIMITS.sourceSystem), existing?.sourceSystem);
    const recordCount = optional(cells.integer("recordCount", 0), existing?.recordCount);
    const sharingConditions = optional(cells.text("sharingConditions", TEXT_LIMITS.conditions), existing?.sharingConditions);
    const notSharedBasis = optional(cells.text("notSharedBasis", TEXT_LIMITS.conditions), existing?.notSharedBasis);
    const sharingMethod = optional(cells.label("sharingMethod", sharingMethodLabels), existing?.sharingMethod);
    const openConditions = optional(cells.text("openConditions", TEXT_LIMITS.conditions), existing?.openConditions);
    const flag = (key: CatalogColumnKey, stored: boolean | undefined) => cells.yesNo(key) ?? stored ?? false;
    const nationalInterest = flag("nationalInterest", existing?.nationalInterest);
    const publicSafety = flag("publicSafety", existing?.publicSafety);
    const tradeSecret = flag("tradeSecret", existing?.tradeSecret);
    const personalPrivacy = flag("personalPrivacy", existing?.personalPrivacy);
    const publishedDate = publishedDateOf(
      status,
      optional(cells.date("publishedDate"), existing?.publishedDate),
      existing?.publishedDate ?? null,
      this.tx.today(),
    );
    const statusRefused = checkStatus(existing?.status ?? null, status);
    if (statusRefused) cells.fail("status", statusRefused.code, statusRefused.message);

    let functionNames: string[] | undefined;
    const functionsCell = cells.text("functions", 10_000);
    if (functionsCell !== undefined) {
      functionNames = [];
      const seen = new Set<string>();
      for (const part of (functionsCell ?? "").split(/[;；]/)) {
        const fn = part.trim();
        if (fn === "" || seen.has(functionKey(fn))) continue;
        seen.add(functionKey(fn));
        if (codePointLength(fn) > TEXT_LIMITS.functionName)
          cells.fail("functions", ImportProblemCode.INVALID_TEXT, ImportMessages.functionNameTooLong(fn.slice(0, 40)));
        functionNames.push(fn);
      }
    }

    // Items: the file's rows, merged by code with the items the resource already has.
    const storedItems = existing ? (itemsOf.get(existing.id) ?? []) : [];
    const storedByCode = new Map(storedItems.map((item) => [item.code, item]));
    const storedByKey = new Map(storedItems.map((item) => [catalogKey(item.code), item.code]));
    const fileItems: { row: number; values: ItemValues | undefined; code: string; facts: ItemFacts | undefined }[] = [];
    const lowerCodes = new Map<string, number>();
    for (const itemRow of group.rows) {
      const item = this.parseItem(itemRow, storedByCode, storedByKey, lowerCodes);
      if (item === null) continue;
      if (!item.ok) cells.ok = false;
      fileItems.push(item);
    }

    // The policy, on the resource as it will be.
    let code = givenCode;
    let sequence = parseResourceCode(givenCode)?.sequence ?? 0;
    if (!givenCode && classificationCode && /^[1-3]\d{5}$/.test(classificationCode)) {
      sequence = (this.sequences.get(classificationCode) ?? 0) + 1;
      code = resourceCode(classificationCode, sequence);
    }
    const facts = catalogCategory && classificationCode && sharingType && openType && level && fileItems.every((i) => i.facts);
    if (facts) {
      // The file's rows are the resource's whole item list (itemsNotListed): what it leaves out is removed.
      const items: ItemFacts[] = fileItems.map((i) => i.facts!);
      const violations = checkResource(
        {
          code,
          classificationCode,
          catalogCategory,
          sharingType,
          sharingConditions,
          notSharedBasis,
          openType,
          openConditions,
          level,
          nationalInterest,
          publicSafety,
          tradeSecret,
          personalPrivacy,
        },
        items,
      );
      for (const violation of violations) {
        // Without a code the server assigns one: only the classification code can be wrong then.
        if (!givenCode && violation.code === InventoryErrorCode.RESOURCE_CODE_INVALID) continue;
        // Item codes are checked as their rows are read (checkItemCode), and reported there.
        if (violation.code === InventoryErrorCode.ITEM_CODE_INVALID) continue;
        this.ruleProblem(violation, row, fileItems, !classificationCell && givenCode !== "");
        cells.ok = false;
      }
    }

    if (!cells.ok || !provider) {
      this.noteNameMatch(group, matched, null);
      return undefined;
    }

    // Assign the code only now that the resource is sure to be written.
    if (!givenCode) this.sequences.set(classificationCode!, sequence);
    else {
      const parsed = parseResourceCode(givenCode);
      if (parsed && parsed.sequence > (this.sequences.get(parsed.classificationCode) ?? 0)) this.sequences.set(parsed.classificationCode, parsed.sequence);
    }
    this.codesInFile.set(code, row);
    this.noteNameMatch(group, matched, code);

    const values: ResourceValues = {
      code,
      classificationCode: classificationCode!,
      sequence,
      catalogCategory: catalogCategory!,
      name: name!,
      providerUnitId: provider.id,
      summary,
      format: format!,
      sourceSystem,
      updateFrequency: updateFrequency!,
      recordCount,
      lifecycleStage,
      status,
      sharingType: sharingType!,
      sharingConditions,
      notSharedBasis,
      sharingMethod,
      openType: openType!,
      openConditions,
      level: level!,
      nationalInterest,
      publicSafety,
      tradeSecret,
      personalPrivacy,
      publishedDate,
    };

    const newItems: ItemValues[] = [];
    const changedItems: { before: ExistingItem; after: ItemValues }[] = [];
    let unchangedItems = 0;
    for (const { values: item } of fileItems) {
      const before = storedByCode.get(item!.code);
      if (!before) newItems.push(item!);
      else if (itemChanged(before, item!)) changedItems.push({ before, after: item! });
      else unchangedItems++;
    }
    const removedItems = itemsNotListed(
      storedItems,
      fileItems.map((i) => i.code),
    );
    const fieldsChanged = !existing || COMPARED_FIELDS.some((field) => existing[field] !== values[field]);
    const functionsBefore = existing ? (functionsOf.get(existing.id) ?? []) : [];
    const linksChange = functionNames !== undefined && !sameFunctionSet(functionsBefore, functionNames);
    const plan: PlannedResource = {
      values,
      existing,
      provider,
      fieldsChanged,
      newItems,
      changedItems,
      unchangedItems,
      removedItems,
      functionNames: linksChange ? functionNames : undefined,
      functionsBefore: linksChange ? functionsBefore : undefined,
    };
    if (existing?.status === ResourceStatus.RETIRED && planChanges(plan)) {
      this.problem(row, "resourceCode", InventoryErrorCode.RESOURCE_RETIRED, InventoryMessages.resourceRetired(code));
      return undefined;
    }
    return plan;
  }

  /** One item row: null when the row has no item (a resource without items). */
  private parseItem(
    row: CatalogRow,
    storedByCode: Map<string, ExistingItem>,
    storedByKey: Map<string, string>,
    lowerCodes: Map<string, number>,
  ): { row: number; values: ItemValues | undefined; code: string; facts: ItemFacts | undefined; ok: boolean } | null {
    const c = row.cells;
    let empty = true;
    for (const key of ITEM_KEYS) {
      const value = c[key];
      if (value !== undefined && value !== "") {
        empty = false;
        break;
      }
    }
    if (empty) return null;
    const cells = new CellReader(this, row.rowNumber, c);
    let code = c.itemCode ?? "";
    if (c.itemCode === undefined) {
      this.missingColumn("itemCode", ImportMessages.everyItem);
      cells.ok = false;
    } else if (code === "") cells.fail("itemCode", ImportProblemCode.VALUE_REQUIRED, ImportMessages.itemCodeRequired);
    else if (checkItemCode(code, "itemCode")) {
      const invalid = checkItemCode(code, "itemCode")!;
      cells.fail("itemCode", invalid.code, invalid.message);
    } else {
      // A number cell's `1` for the stored `001` (inventory.policy.ts): the stored code, or refused.
      const asStored = itemCodeAsStored(code, storedByCode.keys());
      if ("lookalikes" in asStored) {
        cells.fail("itemCode", ImportProblemCode.ITEM_CODE_LOOKALIKE, ImportMessages.itemCodeLookalike(code, asStored.lookalikes));
        code = "";
      } else code = asStored.code;
      // The API's uniqueness rule: codes compare under catalogKey (case ignored).
      const key = catalogKey(code);
      const twin = code === "" ? undefined : lowerCodes.get(key);
      if (twin !== undefined) {
        cells.fail("itemCode", InventoryErrorCode.ITEM_CODE_DUPLICATE, ImportMessages.alsoOnRow(uniquenessMessages.itemCodeTwice(code), twin));
        code = "";
      } else if (code !== "") lowerCodes.set(key, row.rowNumber);
      const clash = code !== "" ? itemCodeCaseClash(code, storedByKey) : null;
      if (clash) {
        cells.fail("itemCode", clash.code, clash.message);
        code = "";
      }
    }
    const before = code ? storedByCode.get(code) : undefined;
    const name = cells.text("itemName", TEXT_LIMITS.itemName);
    if (name === null) cells.fail("itemName", ImportProblemCode.VALUE_REQUIRED, ImportMessages.itemNameRequired);
    const typeCell = cells.label("dataType", itemDataTypeLabels);
    let dataType = typeCell ?? before?.dataType;
    if (typeCell === null) dataType = cells.fail("dataType", ImportProblemCode.VALUE_REQUIRED, ImportMessages.dataTypeRequired);
    else if (dataType === undefined && typeCell === undefined) {
      if (this.cellsHaveColumn("dataType")) cells.ok = false;
      else {
        this.missingColumn("dataType", ImportMessages.aNewItem);
        cells.ok = false;
      }
    }
    const lengthCell = cells.integer("length", 1);
    const description = cells.text("itemDescription", TEXT_LIMITS.itemDescription);
    const personal = cells.yesNo("personalInformation");
    const sharingCell = cells.label("itemSharingType", sharingTypeLabels);
    const values: ItemValues | undefined =
      name && dataType && code
        ? {
            code,
            name,
            dataType,
            length: lengthCell !== undefined ? lengthCell : (before?.length ?? null),
            description: description !== undefined ? description : (before?.description ?? null),
            personalInformation: personal ?? before?.personalInformation ?? false,
            sharingType: sharingCell !== undefined ? sharingCell : (before?.sharingType ?? null),
          }
        : undefined;
    // What the policy needs of the item, whenever its code and those two cells are good.
    const badFacts = (c.personalInformation !== undefined && personal === undefined) || (c.itemSharingType !== undefined && sharingCell === undefined);
    const facts: ItemFacts | undefined =
      code && !badFacts
        ? {
            code,
            personalInformation: personal ?? before?.personalInformation ?? false,
            sharingType: sharingCell !== undefined ? sharingCell : (before?.sharingType ?? null),
          }
        : undefined;
    return { row: row.rowNumber, values, code, facts, ok: cells.ok && values !== undefined };
  }

  /** A rule's violation at its row and column: an item's on its row, the resource's on its first row. */
  private ruleProblem(violation: RuleViolation, row: number, fileItems: { row: number }[], classificationFromCode: boolean): void {
    const item = /^items\.(\d+)\.(\w+)$/.exec(violation.field);
    if (item) {
      const key: CatalogColumnKey = item[2] === "sharingType" ? "itemSharingType" : "itemCode";
      this.problem(fileItems[Number(item[1])].row, key, violation.code, violation.message);
      return;
    }
    const column: Record<string, CatalogColumnKey> = {
      classificationCode: classificationFromCode ? "resourceCode" : "classificationCode",
      code: "resourceCode",
      sharingConditions: "sharingConditions",
      notSharedBasis: "notSharedBasis",
      openConditions: "openConditions",
      openType: "openType",
      sharingType: "sharingType",
    };
    this.problem(row, column[violation.field] ?? null, violation.code, violation.message);
  }

  /** What the report says of a code-less row: the resource its name matched, or the one it creates. */
  private noteNameMatch(group: ResourceGroup, matched: ExistingResource | undefined, code: string | null): void {
    if (group.cells.resourceCode || !group.cells.resourceName || this.nameMatches.length >= MAX_LISTED_PROBLEMS) return;
    this.nameMatches.push({ row: group.firstRow, resourceName: group.cells.resourceName, matched: matched !== undefined, resourceCode: code });
  }

  private cellsHaveColumn(key: CatalogColumnKey): boolean {
    return this.columns?.has(key) ?? false;
  }

  /** A column the file leaves out but a new resource or item needs: one problem for the file, not one per row. */
  private missingColumn(key: CatalogColumnKey, who: Localised): void {
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
