import { CatalogCategory, DataLevel, OpenType, ResourceStatus, SharingType } from "./inventory.enums";
import type { Localised } from "../../common/i18n";
import { InventoryErrorCode } from "./inventory.errors";
import { InventoryRuleMessages } from "./inventory.messages";

/**
 * The inventory rules (天宁区首席数据官制度 三(二)2-3, DOMAIN §2), as pure checks shared by the
 * API and the spreadsheet import, so both refuse exactly the same things with the same codes.
 */

export interface RuleViolation {
  code: InventoryErrorCode;
  field: string;
  message: Localised;
}

export interface ResourceFacts {
  code: string;
  classificationCode: string;
  catalogCategory: CatalogCategory;
  sharingType: SharingType;
  sharingConditions: string | null;
  notSharedBasis: string | null;
  openType: OpenType;
  openConditions: string | null;
  level: DataLevel;
  nationalInterest: boolean;
  publicSafety: boolean;
  tradeSecret: boolean;
  personalPrivacy: boolean;
}

export interface ItemFacts {
  code: string;
  personalInformation: boolean;
  sharingType: SharingType | null;
}

const CATEGORY_DIGIT: Record<CatalogCategory, string> = {
  [CatalogCategory.BASIC]: "1",
  [CatalogCategory.THEMATIC]: "2",
  [CatalogCategory.DEPARTMENTAL]: "3",
};

/** The classification code's first digit (类) names the catalog category: 1 basic, 2 thematic, 3 departmental. */
export function categoryOfClassification(classificationCode: string): CatalogCategory | undefined {
  return (Object.keys(CATEGORY_DIGIT) as CatalogCategory[]).find((category) => CATEGORY_DIGIT[category] === classificationCode[0]);
}

/** 信息项编码: what the API's input and the import's cells both accept. */
const ITEM_CODE_PATTERN = /^[0-9A-Za-z_.-]{1,64}$/;

/** The longest texts (characters) the catalog keeps, as its columns hold them: the API's input bounds and the import's cells alike. */
export const TEXT_LIMITS = {
  resourceName: 200,
  summary: 2000,
  sourceSystem: 200,
  /** sharingConditions, notSharedBasis, openConditions. */
  conditions: 1000,
  itemName: 200,
  itemDescription: 1000,
  functionName: 200,
  legalBasis: 1000,
} as const;

export function checkItemCode(code: string, field: string): RuleViolation | null {
  if (ITEM_CODE_PATTERN.test(code)) return null;
  return { code: InventoryErrorCode.ITEM_CODE_INVALID, field, message: InventoryRuleMessages.itemCodeInvalid(code) };
}

/**
 * The statuses a write may give: a new resource is DRAFT or PUBLISHED, and only retireDataResource
 * retires (an update or an import never does). `stored` is null for a new resource.
 */
export function checkStatus(stored: ResourceStatus | null, wanted: ResourceStatus): RuleViolation | null {
  if (wanted !== ResourceStatus.RETIRED || stored === ResourceStatus.RETIRED) return null;
  return {
    code: InventoryErrorCode.STATUS_NOT_ALLOWED,
    field: "status",
    message: stored === null ? InventoryRuleMessages.newResourceStatus : InventoryRuleMessages.retireWithMutation,
  };
}

/**
 * 发布日期: a published resource without a date keeps the date it was published on, or was
 * published today. Any other status keeps what it is given.
 */
export function publishedDateOf(status: ResourceStatus, given: string | null, stored: string | null, today: string): string | null {
  if (status !== ResourceStatus.PUBLISHED || given) return given;
  return stored ?? today;
}

/**
 * The district's shared catalog, readable by every signed-in role: published resources, and
 * retired ones that once were published. Drafts (and drafts retired unpublished) stay within scope.
 */
export function inCatalog(resource: { status: ResourceStatus; publishedDate: string | null }): boolean {
  return resource.status === ResourceStatus.PUBLISHED || (resource.status === ResourceStatus.RETIRED && resource.publishedDate !== null);
}

/** inCatalog in SQL, for a query-builder alias (entity property names). */
export function catalogCondition(alias: string): string {
  return catalogSql(`${alias}.status`, `${alias}.publishedDate`);
}

/** inCatalog in SQL over the table's own columns (status, published_date), for hand-written statements. */
export function catalogColumnsCondition(tableAlias: string): string {
  return catalogSql(`${tableAlias}.status`, `${tableAlias}.published_date`);
}

function catalogSql(status: string, publishedDate: string): string {
  return `(${status} = '${ResourceStatus.PUBLISHED}' OR (${status} = '${ResourceStatus.RETIRED}' AND ${publishedDate} IS NOT NULL))`;
}

const strictness: Record<SharingType, number> = { [SharingType.UNCONDITIONAL]: 0, [SharingType.CONDITIONAL]: 1, [SharingType.NOT_SHARED]: 2 };
const openness: Record<OpenType, number> = { [OpenType.UNCONDITIONAL]: 0, [OpenType.CONDITIONAL]: 1, [OpenType.NOT_OPEN]: 2 };

const SEQUENCE_DIGITS = 5;

export function resourceCode(classificationCode: string, sequence: number): string {
  return `${classificationCode}/${String(sequence).padStart(SEQUENCE_DIGITS, "0")}`;
}

/** Splits "301002/00015" into its classification code and sequence, or null if it is not of that form. */
export function parseResourceCode(code: string): { classificationCode: string; sequence: number } | null {
  const match = /^(\d{6})\/(\d{5})$/.exec(code);
  return match ? { classificationCode: match[1], sequence: Number(match[2]) } : null;
}

/**
 * The key under which item codes and function names are unique. MariaDB's utf8mb4_unicode_ci
 * ignores case, width and accents, SQLite compares bytes: both databases apply this one rule
 * instead, before writing, so `a1` then `A1` is refused the same way on both.
 */
export function catalogKey(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Messages of the uniqueness rules, shared by the API and the import (kept in inventory.messages.ts). */
export const uniquenessMessages = {
  resourceCodeTaken: InventoryRuleMessages.resourceCodeTaken,
  itemCodeTwice: InventoryRuleMessages.itemCodeTwice,
  itemCodeCase: InventoryRuleMessages.itemCodeCase,
  functionNameTaken: InventoryRuleMessages.functionNameTaken,
};

/**
 * An item code that equals one the resource already holds but for case or width: refused
 * (never a second item, never a silent rename). Null when the code is new or exactly the stored one.
 */
export function itemCodeCaseClash(code: string, storedByKey: ReadonlyMap<string, string>): RuleViolation | null {
  const stored = storedByKey.get(catalogKey(code));
  if (stored === undefined || stored === code) return null;
  return { code: InventoryErrorCode.ITEM_CODE_DUPLICATE, field: "code", message: uniquenessMessages.itemCodeCase(code, stored) };
}

export function isSensitive(r: Pick<ResourceFacts, "level" | "nationalInterest" | "publicSafety" | "tradeSecret" | "personalPrivacy">): boolean {
  return r.level !== DataLevel.GENERAL || r.nationalInterest || r.publicSafety || r.tradeSecret || r.personalPrivacy;
}

export function checkResource(r: ResourceFacts, items: readonly ItemFacts[]): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const violate = (code: InventoryErrorCode, field: string, message: Localised) => violations.push({ code, field, message });

  if (!/^[1-3]\d{5}$/.test(r.classificationCode)) {
    violate(InventoryErrorCode.CLASSIFICATION_CODE_INVALID, "classificationCode", InventoryRuleMessages.classificationCodeInvalid(r.classificationCode));
  } else if (r.classificationCode[0] !== CATEGORY_DIGIT[r.catalogCategory]) {
    violate(
      InventoryErrorCode.CLASSIFICATION_CATEGORY_MISMATCH,
      "classificationCode",
      InventoryRuleMessages.classificationCategoryMismatch(r.catalogCategory, CATEGORY_DIGIT[r.catalogCategory], r.classificationCode),
    );
  }
  const parsed = parseResourceCode(r.code);
  if (!parsed || parsed.classificationCode !== r.classificationCode || parsed.sequence < 1) {
    violate(InventoryErrorCode.RESOURCE_CODE_INVALID, "code", InventoryRuleMessages.resourceCodeInvalid(r.code, resourceCode(r.classificationCode, 15)));
  }

  if (r.sharingType === SharingType.CONDITIONAL && !r.sharingConditions?.trim()) {
    violate(InventoryErrorCode.SHARING_CONDITIONS_REQUIRED, "sharingConditions", InventoryRuleMessages.sharingConditionsRequired);
  }
  if (r.sharingType === SharingType.NOT_SHARED && !r.notSharedBasis?.trim()) {
    violate(InventoryErrorCode.NOT_SHARED_BASIS_REQUIRED, "notSharedBasis", InventoryRuleMessages.notSharedBasisRequired);
  }
  if (r.openType === OpenType.CONDITIONAL && !r.openConditions?.trim()) {
    violate(InventoryErrorCode.OPEN_CONDITIONS_REQUIRED, "openConditions", InventoryRuleMessages.openConditionsRequired);
  }

  if (r.level === DataLevel.CORE && r.openType !== OpenType.NOT_OPEN) {
    violate(InventoryErrorCode.CORE_DATA_NEVER_OPENED, "openType", InventoryRuleMessages.coreDataNeverOpened);
  } else if (isSensitive(r) && r.openType === OpenType.UNCONDITIONAL) {
    violate(InventoryErrorCode.SENSITIVE_DATA_OPENED_UNCONDITIONALLY, "openType", InventoryRuleMessages.sensitiveDataOpenedUnconditionally);
  }
  if (openness[r.openType] < strictness[r.sharingType]) {
    violate(InventoryErrorCode.OPENING_WIDER_THAN_SHARING, "openType", InventoryRuleMessages.openingWiderThanSharing(r.sharingType, r.openType));
  }

  const personal = items.filter((item) => item.personalInformation);
  if (personal.length && (r.sharingType === SharingType.UNCONDITIONAL || r.openType === OpenType.UNCONDITIONAL)) {
    violate(
      InventoryErrorCode.PERSONAL_INFORMATION_UNCONDITIONAL,
      r.sharingType === SharingType.UNCONDITIONAL ? "sharingType" : "openType",
      InventoryRuleMessages.personalInformationUnconditional(personal.map((i) => i.code).join(", ")),
    );
  }

  const seen = new Set<string>();
  items.forEach((item, index) => {
    const invalid = checkItemCode(item.code, `items.${index}.code`);
    if (invalid) violations.push(invalid);
    const key = catalogKey(item.code);
    if (seen.has(key)) violate(InventoryErrorCode.ITEM_CODE_DUPLICATE, `items.${index}.code`, uniquenessMessages.itemCodeTwice(item.code));
    seen.add(key);
    if (item.sharingType && strictness[item.sharingType] < strictness[r.sharingType]) {
      violate(
        InventoryErrorCode.ITEM_SHARING_LOOSER_THAN_RESOURCE,
        `items.${index}.sharingType`,
        InventoryRuleMessages.itemSharingLooser(item.code, item.sharingType, r.sharingType),
      );
    }
  });
  return violations;
}

// ── Item codes as spreadsheets give them, and items a list leaves out ──

const DIGITS = /^\d+$/;

/**
 * An item code as the resource stores it. Item codes are text, but a spreadsheet cell typed as a
 * number turns `001` into `1`. A code of digits only that is not stored as given is read as the
 * stored digits-only code of the same value (`1` → `001`) when there is exactly one; when the
 * resource's digits-only codes all have one width, a new one is padded to it (`3` → `003`, the
 * declared width). Several stored codes of that value (`01` and `001`) are a look-alike the
 * reader cannot choose between: refused, never added beside them.
 */
export function itemCodeAsStored(code: string, storedCodes: Iterable<string>): { code: string } | { lookalikes: string[] } {
  if (!DIGITS.test(code)) return { code };
  const digitCodes = [...storedCodes].filter((stored) => DIGITS.test(stored));
  if (digitCodes.includes(code)) return { code };
  const value = code.replace(/^0+(?=\d)/, "");
  const same = digitCodes.filter((stored) => stored.replace(/^0+(?=\d)/, "") === value);
  if (same.length === 1) return { code: same[0] };
  if (same.length > 1) return { lookalikes: same };
  const widths = new Set(digitCodes.map((stored) => stored.length));
  const [width] = widths;
  return widths.size === 1 && width > code.length ? { code: code.padStart(width, "0") } : { code };
}

/**
 * The one meaning of "items not listed", for the API's `items` and the import alike: a list of a
 * resource's items is its whole list. Stored items whose code the list does not name are removed
 * (with their sharing-request items; quality rules on them lose the item). An API update without
 * `items` and a resource the file does not mention keep their items.
 */
export function itemsNotListed<T extends { code: string }>(stored: readonly T[], listedCodes: Iterable<string>): T[] {
  const listed = new Set(listedCodes);
  return stored.filter((item) => !listed.has(item.code));
}
