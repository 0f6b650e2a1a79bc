/**
 * The import's planning of one resource: its rows (grouped by the import) checked against the
 * file's rules and the inventory policy, as the resource will be, and what writing it takes.
 */
import type { RequestContext } from "../../../common/context";
import type { Localised } from "../../../common/i18n";
import type { Unit } from "../../organisation";
import { LifecycleStage, ResourceStatus } from "../inventory.enums";
import { InventoryErrorCode } from "../inventory.errors";
import { ImportMessages, InventoryMessages } from "../inventory.messages";
import {
  catalogKey,
  categoryOfClassification,
  checkItemCode,
  checkResource,
  checkStatus,
  itemCodeAsStored,
  itemCodeCaseClash,
  ItemFacts,
  itemsNotListed,
  parseResourceCode,
  publishedDateOf,
  resourceCode,
  RuleViolation,
  TEXT_LIMITS,
  uniquenessMessages,
} from "../inventory.policy";
import { CATALOG_COLUMNS, CatalogCells, CatalogColumnKey, CatalogRow } from "../spreadsheet/catalog-template";
import { CellReader, codePointLength, COLUMN_HEADER, type ProblemReport } from "./cell-reader";
import { functionKey, planChanges, type PlannedResource, type ScopeUnit } from "./import-plan";
import { ImportProblemCode } from "./inventory-import.errors";
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
import { COMPARED_FIELDS, type ExistingItem, type ExistingResource, type ItemValues, type ResourceValues } from "./stored-inventory";
import { itemChanged } from "./table-rows";

const ITEM_KEYS = CATALOG_COLUMNS.filter((c) => c.group === "item").map((c) => c.key) as CatalogColumnKey[];

/** What planning reads and records of the import it is part of. */
export interface PlanningRun extends ProblemReport {
  readonly tx: RequestContext;
  readonly target: Unit;
  /** The target unit and the units below it, by code. */
  readonly unitsByCode: Map<string, ScopeUnit>;
  readonly unitsOutside: Map<string, "outside" | "unknown">;
  /** Highest sequence per classification code: the database's, then what this import took. */
  readonly sequences: Map<string, number>;
  /** Resource codes of the file (given or assigned), with the row of their resource. */
  readonly codesInFile: Map<string, number>;
  cellsHaveColumn(key: CatalogColumnKey): boolean;
  missingColumn(key: CatalogColumnKey, who: Localised): void;
  noteNameMatch(group: ResourceGroup, matched: ExistingResource | undefined, code: string | null): void;
}

/** A row as the reader gives it, and the resource its rows make. */
export interface ResourceGroup {
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
export function unitCodeOf(cells: CatalogCells): string {
  return (cells.providerUnitCode ?? "").toUpperCase();
}

function sameFunctionSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const keys = new Set(a.map(functionKey));
  return b.every((name) => keys.has(functionKey(name)));
}

/** Checks one resource against the file's rules and the policy; the plan to write it, or undefined with its problems reported. */
export function planResource(
  run: PlanningRun,
  group: ResourceGroup,
  existingByCode: Map<string, ExistingResource>,
  itemsOf: Map<number, ExistingItem[]>,
  functionsOf: Map<number, string[]>,
): PlannedResource | undefined {
  const cells = new CellReader(run, group.firstRow, group.cells);
  if (group.broken) cells.ok = false;
  const row = group.firstRow;

  // The provider: the target unit unless the row names one of its subordinate units.
  const providerCode = unitCodeOf(group.cells);
  const provider: ScopeUnit | undefined = providerCode === "" ? run.unitsByCode.get(run.target.code) : run.unitsByCode.get(providerCode);
  if (!provider) {
    const why = run.unitsOutside.get(providerCode);
    cells.fail(
      "providerUnitCode",
      why === "outside" ? ImportProblemCode.UNIT_OUTSIDE_SCOPE : ImportProblemCode.UNIT_NOT_FOUND,
      why === "outside" ? ImportMessages.unitOutsideScope(providerCode, run.target.name) : ImportMessages.unitNotFound(providerCode),
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
  const earlier = givenCode ? run.codesInFile.get(givenCode) : undefined;
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
    run.missingColumn(key, ImportMessages.aNewResource);
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
    run.tx.today(),
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
    const item = parseItem(run, itemRow, storedByCode, storedByKey, lowerCodes);
    if (item === null) continue;
    if (!item.ok) cells.ok = false;
    fileItems.push(item);
  }

  // The policy, on the resource as it will be.
  let code = givenCode;
  let sequence = parseResourceCode(givenCode)?.sequence ?? 0;
  if (!givenCode && classificationCode && /^[1-3]\d{5}$/.test(classificationCode)) {
    sequence = (run.sequences.get(classificationCode) ?? 0) + 1;
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
      ruleProblem(run, violation, row, fileItems, !classificationCell && givenCode !== "");
      cells.ok = false;
    }
  }

  if (!cells.ok || !provider) {
    run.noteNameMatch(group, matched, null);
    return undefined;
  }

  // Assign the code only now that the resource is sure to be written.
  if (!givenCode) run.sequences.set(classificationCode!, sequence);
  else {
    const parsed = parseResourceCode(givenCode);
    if (parsed && parsed.sequence > (run.sequences.get(parsed.classificationCode) ?? 0)) run.sequences.set(parsed.classificationCode, parsed.sequence);
  }
  run.codesInFile.set(code, row);
  run.noteNameMatch(group, matched, code);

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
    run.problem(row, "resourceCode", InventoryErrorCode.RESOURCE_RETIRED, InventoryMessages.resourceRetired(code));
    return undefined;
  }
  return plan;
}

/** One item row: null when the row has no item (a resource without items). */
function parseItem(
  run: PlanningRun,
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
  const cells = new CellReader(run, row.rowNumber, c);
  let code = c.itemCode ?? "";
  if (c.itemCode === undefined) {
    run.missingColumn("itemCode", ImportMessages.everyItem);
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
    if (run.cellsHaveColumn("dataType")) cells.ok = false;
    else {
      run.missingColumn("dataType", ImportMessages.aNewItem);
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
function ruleProblem(run: PlanningRun, violation: RuleViolation, row: number, fileItems: { row: number }[], classificationFromCode: boolean): void {
  const item = /^items\.(\d+)\.(\w+)$/.exec(violation.field);
  if (item) {
    const key: CatalogColumnKey = item[2] === "sharingType" ? "itemSharingType" : "itemCode";
    run.problem(fileItems[Number(item[1])].row, key, violation.code, violation.message);
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
  run.problem(row, column[violation.field] ?? null, violation.code, violation.message);
}
