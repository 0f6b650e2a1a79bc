/**
 * The district's function-data inventory template (部门职能数据清单 / 政务数据资源目录): one row per
 * data item (信息项), the resource's columns repeated on every row of that resource. The order
 * here is the column order of the template the writer produces.
 */
type CatalogColumnGroup = "resource" | "item";

export interface CatalogColumn {
  /** The header cell, exactly as the template prints it. */
  readonly header: string;
  readonly key: string;
  readonly group: CatalogColumnGroup;
  /** A file without this header is refused; other headers may be left out. */
  readonly required?: true;
  /**
   * Written by the export for people to read (the unit's name beside its code), not by the
   * template; the import accepts the column and goes by the code.
   */
  readonly exportOnly?: true;
}

export const CATALOG_COLUMNS = [
  { header: "信息资源代码", key: "resourceCode", group: "resource", required: true },
  { header: "信息资源名称", key: "resourceName", group: "resource", required: true },
  { header: "资源提供方代码", key: "providerUnitCode", group: "resource" },
  { header: "资源提供方名称", key: "providerUnitName", group: "resource", exportOnly: true },
  { header: "资源属性分类", key: "catalogCategory", group: "resource" },
  { header: "分类代码", key: "classificationCode", group: "resource" },
  { header: "信息资源摘要", key: "summary", group: "resource" },
  { header: "信息资源格式", key: "format", group: "resource" },
  { header: "来源系统", key: "sourceSystem", group: "resource" },
  { header: "更新周期", key: "updateFrequency", group: "resource" },
  { header: "数据量", key: "recordCount", group: "resource" },
  { header: "生命周期阶段", key: "lifecycleStage", group: "resource" },
  { header: "发布状态", key: "status", group: "resource" },
  { header: "共享类型", key: "sharingType", group: "resource" },
  { header: "共享条件", key: "sharingConditions", group: "resource" },
  { header: "不予共享依据", key: "notSharedBasis", group: "resource" },
  { header: "共享方式", key: "sharingMethod", group: "resource" },
  { header: "开放类型", key: "openType", group: "resource" },
  { header: "开放条件", key: "openConditions", group: "resource" },
  { header: "数据分级", key: "level", group: "resource" },
  { header: "涉及国家利益", key: "nationalInterest", group: "resource" },
  { header: "涉及公共安全", key: "publicSafety", group: "resource" },
  { header: "涉及商业秘密", key: "tradeSecret", group: "resource" },
  { header: "涉及个人隐私", key: "personalPrivacy", group: "resource" },
  { header: "发布日期", key: "publishedDate", group: "resource" },
  { header: "服务职能", key: "functions", group: "resource" },
  { header: "信息项编码", key: "itemCode", group: "item" },
  { header: "信息项名称", key: "itemName", group: "item", required: true },
  { header: "数据类型", key: "dataType", group: "item" },
  { header: "数据长度", key: "length", group: "item" },
  { header: "信息项描述", key: "itemDescription", group: "item" },
  { header: "是否个人信息", key: "personalInformation", group: "item" },
  { header: "信息项共享类型", key: "itemSharingType", group: "item" },
] as const satisfies readonly CatalogColumn[];

export type CatalogColumnKey = (typeof CATALOG_COLUMNS)[number]["key"];

/** The template's cells of one row, by column key. */
export type CatalogCells = Partial<Record<CatalogColumnKey, string>>;

export interface CatalogRow {
  /** 1-based spreadsheet row number, the header being row 1: what a person sees in Excel. */
  rowNumber: number;
  /**
   * Trimmed cell text for every column the file has ("" when the cell is empty); a column the
   * file leaves out has no key.
   */
  cells: CatalogCells;
}

export type CatalogFileFormat = "csv" | "xlsx";

/**
 * The form a header is compared in: NFKC folds full-width parentheses, asterisks and letters to
 * their half-width forms; whitespace (a BOM included) and a leading required-field asterisk go.
 */
function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\uFEFF\u200B]+/g, "")
    .replace(/^\*+/, "");
}

const columnsByHeader = new Map<string, (typeof CATALOG_COLUMNS)[number]>(CATALOG_COLUMNS.map((column) => [normalizeHeader(column.header), column]));

export function catalogColumnForHeader(header: string): (typeof CATALOG_COLUMNS)[number] | undefined {
  return columnsByHeader.get(normalizeHeader(header));
}
