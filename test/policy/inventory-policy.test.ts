/** The inventory rules as pure functions (no server, no database): each rule alone, and its SQL form beside its TypeScript form. */
import { DataSource } from "typeorm";
import { CatalogCategory, DataLevel, OpenType, ResourceStatus, SharingType } from "../../src/modules/inventory/inventory.enums";
import {
  catalogColumnsCondition,
  catalogCondition,
  categoryOfClassification,
  catalogKey,
  checkItemCode,
  checkResource,
  checkStatus,
  inCatalog,
  isSensitive,
  itemCodeCaseClash,
  ItemFacts,
  parseResourceCode,
  publishedDateOf,
  resourceCode,
  ResourceFacts,
} from "../../src/modules/inventory/inventory.policy";

/** A resource that breaks no rule: departmental, conditionally shared, not opened, general. */
const fine: ResourceFacts = {
  code: "301002/00015",
  classificationCode: "301002",
  catalogCategory: CatalogCategory.DEPARTMENTAL,
  sharingType: SharingType.CONDITIONAL,
  sharingConditions: "仅限于社会救助审核使用",
  notSharedBasis: null,
  openType: OpenType.NOT_OPEN,
  openConditions: null,
  level: DataLevel.GENERAL,
  nationalInterest: false,
  publicSafety: false,
  tradeSecret: false,
  personalPrivacy: false,
};
const item = (code: string, facts: Partial<ItemFacts> = {}): ItemFacts => ({ code, personalInformation: false, sharingType: null, ...facts });
const codesOf = (r: Partial<ResourceFacts>, items: ItemFacts[] = [item("XM001")]) => checkResource({ ...fine, ...r }, items).map((v) => [v.code, v.field]);

describe("checkResource: each inventory rule alone", () => {
  it("passes a resource that breaks no rule", () => {
    expect(codesOf({})).toEqual([]);
  });

  it.each([
    ["CLASSIFICATION_CODE_INVALID", { classificationCode: "401002", code: "401002/00001" }, "classificationCode"],
    ["CLASSIFICATION_CATEGORY_MISMATCH", { catalogCategory: CatalogCategory.BASIC }, "classificationCode"],
    ["RESOURCE_CODE_INVALID", { code: "301002/1" }, "code"],
    ["RESOURCE_CODE_INVALID", { code: "301003/00001" }, "code"],
    ["RESOURCE_CODE_INVALID", { code: "301002/00000" }, "code"],
    ["SHARING_CONDITIONS_REQUIRED", { sharingConditions: "  " }, "sharingConditions"],
    ["NOT_SHARED_BASIS_REQUIRED", { sharingType: SharingType.NOT_SHARED }, "notSharedBasis"],
    ["OPEN_CONDITIONS_REQUIRED", { openType: OpenType.CONDITIONAL }, "openConditions"],
    ["CORE_DATA_NEVER_OPENED", { level: DataLevel.CORE, openType: OpenType.CONDITIONAL, openConditions: "科研" }, "openType"],
    [
      "SENSITIVE_DATA_OPENED_UNCONDITIONALLY",
      { personalPrivacy: true, sharingType: SharingType.UNCONDITIONAL, sharingConditions: null, openType: OpenType.UNCONDITIONAL },
      "openType",
    ],
    [
      "OPENING_WIDER_THAN_SHARING",
      { sharingType: SharingType.NOT_SHARED, notSharedBasis: "《统计法》", openType: OpenType.CONDITIONAL, openConditions: "科研" },
      "openType",
    ],
  ] as const)("%s for %j", (code, facts, field) => {
    expect(codesOf(facts)).toEqual([[code, field]]);
  });

  it("refuses personal information in a resource shared unconditionally, naming the field that opens it", () => {
    const personal = [item("SFZH", { personalInformation: true })];
    expect(codesOf({ sharingType: SharingType.UNCONDITIONAL, sharingConditions: null }, personal)).toEqual([
      ["PERSONAL_INFORMATION_UNCONDITIONAL", "sharingType"],
    ]);
  });

  it("refuses an item looser than its resource, a bad item code and codes equal but for case, each at its item", () => {
    expect(codesOf({}, [item("XM001"), item("XM002", { sharingType: SharingType.UNCONDITIONAL })])).toEqual([
      ["ITEM_SHARING_LOOSER_THAN_RESOURCE", "items.1.sharingType"],
    ]);
    expect(codesOf({}, [item("XM001"), item("编码")])).toEqual([["ITEM_CODE_INVALID", "items.1.code"]]);
    expect(codesOf({}, [item("a1"), item("A1")])).toEqual([["ITEM_CODE_DUPLICATE", "items.1.code"]]);
  });
});

describe("the smaller rules", () => {
  it("item codes: 1–64 letters, digits, '_', '.' or '-'", () => {
    for (const good of ["A", "XM_001", "a.b-c", "x".repeat(64)]) expect(checkItemCode(good, "code")).toBeNull();
    for (const bad of ["", "编码", "a b", "x".repeat(65)]) expect(checkItemCode(bad, "code")?.code).toBe("ITEM_CODE_INVALID");
  });

  it("statuses: a new resource is a draft or published, and only retireDataResource retires", () => {
    expect(checkStatus(null, ResourceStatus.DRAFT)).toBeNull();
    expect(checkStatus(null, ResourceStatus.PUBLISHED)).toBeNull();
    expect(checkStatus(null, ResourceStatus.RETIRED)?.code).toBe("STATUS_NOT_ALLOWED");
    expect(checkStatus(ResourceStatus.PUBLISHED, ResourceStatus.RETIRED)?.code).toBe("STATUS_NOT_ALLOWED");
    expect(checkStatus(ResourceStatus.RETIRED, ResourceStatus.RETIRED)).toBeNull();
  });

  it("published date: given, else the stored one, else today, for published resources only", () => {
    expect(publishedDateOf(ResourceStatus.PUBLISHED, null, null, "2026-11-30")).toBe("2026-11-30");
    expect(publishedDateOf(ResourceStatus.PUBLISHED, null, "2024-01-15", "2026-11-30")).toBe("2024-01-15");
    expect(publishedDateOf(ResourceStatus.PUBLISHED, "2025-03-01", "2024-01-15", "2026-11-30")).toBe("2025-03-01");
    expect(publishedDateOf(ResourceStatus.DRAFT, null, "2024-01-15", "2026-11-30")).toBeNull();
  });

  it("the classification's first digit names the category, and the resource code is the classification plus a 5-digit sequence", () => {
    expect(["101001", "201001", "301001", "401001", ""].map(categoryOfClassification)).toEqual([
      CatalogCategory.BASIC,
      CatalogCategory.THEMATIC,
      CatalogCategory.DEPARTMENTAL,
      undefined,
      undefined,
    ]);
    expect(resourceCode("301002", 15)).toBe("301002/00015");
    expect(parseResourceCode("301002/00015")).toEqual({ classificationCode: "301002", sequence: 15 });
    expect(parseResourceCode("301002-15")).toBeNull();
  });

  it("uniqueness keys ignore case, width and accents; a stored code in another case is refused", () => {
    expect(catalogKey("ＡＢＣ信息登记")).toBe(catalogKey("abc信息登记"));
    expect(catalogKey("Café")).toBe("cafe");
    const stored = new Map([[catalogKey("a1"), "a1"]]);
    expect(itemCodeCaseClash("a1", stored)).toBeNull();
    expect(itemCodeCaseClash("b1", stored)).toBeNull();
    expect(itemCodeCaseClash("A1", stored)?.code).toBe("ITEM_CODE_DUPLICATE");
  });

  it("sensitivity: any level above general, or any flag", () => {
    expect(isSensitive(fine)).toBe(false);
    expect(isSensitive({ ...fine, level: DataLevel.IMPORTANT })).toBe(true);
    expect(isSensitive({ ...fine, nationalInterest: true })).toBe(true);
  });
});

describe("the shared catalog, in TypeScript and SQL alike", () => {
  const cases = [
    [ResourceStatus.DRAFT, null, false],
    [ResourceStatus.DRAFT, "2024-01-15", false],
    [ResourceStatus.PUBLISHED, "2024-01-15", true],
    [ResourceStatus.RETIRED, null, false],
    [ResourceStatus.RETIRED, "2024-01-15", true],
  ] as const;

  it.each(cases)("%s with published date %s: in the catalog %s", (status, publishedDate, expected) => {
    expect(inCatalog({ status, publishedDate })).toBe(expected);
  });

  it("selects the same rows in SQL, over entity properties and over table columns (evaluated by SQLite in memory)", async () => {
    const db = await new DataSource({ type: "better-sqlite3", database: ":memory:" }).initialize();
    // Both spellings of the date column, so the one table answers both forms of the condition.
    await db.query("CREATE TABLE r (id INTEGER PRIMARY KEY, status TEXT, publishedDate TEXT, published_date TEXT)");
    for (const [id, [status, publishedDate]] of cases.entries())
      await db.query("INSERT INTO r VALUES (?, ?, ?, ?)", [id, status, publishedDate, publishedDate]);
    const selected = async (condition: string) =>
      ((await db.query(`SELECT id FROM r WHERE ${condition} ORDER BY id`)) as { id: number }[]).map((row) => row.id);
    const expected = cases.flatMap(([, , inCatalog], id) => (inCatalog ? [id] : []));
    expect(await selected(catalogCondition("r"))).toEqual(expected);
    expect(await selected(catalogColumnsCondition("r"))).toEqual(expected);
    await db.destroy();
  });
});
