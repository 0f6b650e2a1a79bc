import type { RequestContext } from "../../../common/context";
import { enumLabelsOf } from "../../../common/enum-labels";
import { BulkStatements } from "../import/bulk-statements";
import { yesNoLabels } from "../import/inventory-labels";
import { CATALOG_COLUMNS, CatalogColumnKey } from "../spreadsheet/catalog-template";
import { templateColumnIndex, writeTemplateWorkbook } from "../spreadsheet/write-catalog";
import type { XlsxListValidation, XlsxSheet } from "../spreadsheet/xlsx-writer";
import type { ExportScope } from "./inventory-export.service";

/** Rows of the data sheet that carry the drop-down lists. */
const TEMPLATE_ROWS = 2000;
/** Functions listed at most (a unit has tens; the bound keeps a many-unit template small). */
const MAX_TEMPLATE_FUNCTIONS = 2000;
const OPTIONS_SHEET = "选项";

/**
 * The enumerated columns and the GraphQL enum whose registered labels (enum-labels.ts) their
 * drop-down offers; the yes/no columns offer 是/否.
 */
const ENUM_COLUMNS: Partial<Record<CatalogColumnKey, string>> = {
  catalogCategory: "CatalogCategory",
  format: "ResourceFormat",
  updateFrequency: "UpdateFrequency",
  lifecycleStage: "LifecycleStage",
  status: "ResourceStatus",
  sharingType: "SharingType",
  sharingMethod: "SharingMethod",
  openType: "OpenType",
  level: "DataLevel",
  dataType: "ItemDataType",
  itemSharingType: "SharingType",
};
const YES_NO_COLUMNS: CatalogColumnKey[] = ["nationalInterest", "publicSafety", "tradeSecret", "personalPrivacy", "personalInformation"];
const YES_NO = "是否";

/** What each column wants, for the instructions sheet (填表说明). */
const COLUMN_NOTES: Partial<Record<CatalogColumnKey, string>> = {
  resourceCode: "分类代码/顺序号，如 301002/00015；新资源可留空，由系统编号",
  resourceName: "同一资源的多个信息项逐行填写，资源各列保持一致（或合并单元格）",
  providerUnitCode: "本单位或下级单位的代码，见「本单位职能」表",
  providerUnitName: "仅供阅读，导入时以代码为准",
  classificationCode: "六位分类代码",
  recordCount: "数字，如 101648",
  publishedDate: "日期，如 2026-11-01",
  functions: "本单位职能名称（见「本单位职能」表），多个以「；」分隔",
  itemCode: "文本，保留前导零，如 001",
  length: "数字",
};

/**
 * The empty template of the units in `scope`: the data sheet first (what the import reads), with
 * a drop-down of the Chinese labels on every enumerated column; then 填表说明, then the units'
 * functions (本单位职能) to choose 服务职能 from; then the hidden lists the drop-downs read.
 */
export async function writeInventoryTemplate(ctx: RequestContext, scope: ExportScope, output: NodeJS.WritableStream): Promise<void> {
  const functions = await unitFunctions(ctx, scope);
  const lists = new Map<string, readonly string[]>();
  const listOf = (enumName: string) => Object.values(enumLabelsOf(enumName) ?? {}).map((label) => label.zh);
  for (const enumName of new Set(Object.values(ENUM_COLUMNS))) lists.set(enumName, listOf(enumName));
  lists.set(YES_NO, yesNoLabels.labels);
  const listNames = [...lists.keys()];
  const source = (name: string) => {
    const column = listNames.indexOf(name);
    const letter = String.fromCharCode(65 + column);
    return `'${OPTIONS_SHEET}'!$${letter}$2:$${letter}$${lists.get(name)!.length + 1}`;
  };
  const validations: XlsxListValidation[] = [
    ...Object.entries(ENUM_COLUMNS).map(([key, enumName]) => ({
      column: templateColumnIndex(key as CatalogColumnKey),
      source: source(enumName),
      lastRow: TEMPLATE_ROWS,
    })),
    ...YES_NO_COLUMNS.map((key) => ({ column: templateColumnIndex(key), source: source(YES_NO), lastRow: TEMPLATE_ROWS })),
  ];
  const longest = Math.max(...[...lists.values()].map((labels) => labels.length));
  const options: XlsxSheet = {
    name: OPTIONS_SHEET,
    hidden: true,
    columns: listNames.map((name) => ({ header: name, width: 16, kind: "text" })),
    rows: Array.from({ length: longest }, (_, row) => listNames.map((name) => lists.get(name)![row])),
  };
  const instructions: XlsxSheet = {
    name: "填表说明",
    columns: [
      { header: "列名", width: 18, kind: "text" },
      { header: "是否必填", width: 10, kind: "text" },
      { header: "填写说明", width: 80, kind: "text" },
    ],
    rows: [
      ...CATALOG_COLUMNS.map((column) => {
        const enumName = ENUM_COLUMNS[column.key] ?? (YES_NO_COLUMNS.includes(column.key) ? YES_NO : undefined);
        const note = enumName ? `下拉选择：${lists.get(enumName)!.join("、")}` : (COLUMN_NOTES[column.key] ?? "");
        return [column.header, "required" in column ? "是" : "否", note];
      }),
      ["", "", ""],
      ["说明", "", "一个信息项一行；在第一个工作表「职能数据清单」中填写，导入时读取该表。"],
    ],
  };
  const functionSheet: XlsxSheet = {
    name: "本单位职能",
    columns: [
      { header: "单位代码", width: 14, kind: "text" },
      { header: "单位名称", width: 24, kind: "text" },
      { header: "职能名称", width: 30, kind: "text" },
      { header: "设定依据", width: 40, kind: "text" },
    ],
    rows: functions.map((f) => [f.unit_code, f.unit_name, f.name, f.legal_basis ?? ""]),
  };
  await writeTemplateWorkbook(validations, [instructions, functionSheet, options], output);
}

interface FunctionRow {
  unit_code: string;
  unit_name: string;
  name: string;
  legal_basis: string | null;
}

/** The functions of the scope's units (and, with descendants, of their subordinate units), by unit code and name. */
async function unitFunctions(ctx: RequestContext, scope: ExportScope): Promise<FunctionRow[]> {
  const sql = new BulkStatements(ctx.manager);
  const where = scope.includeDescendants
    ? `(${scope.units.map(() => "u.path LIKE ?").join(" OR ")})`
    : `f.unit_id IN (${sql.placeholders(scope.units.length)})`;
  const parameters = scope.includeDescendants ? scope.units.map((unit) => `${unit.path}%`) : scope.units.map((unit) => unit.id);
  return sql.query<FunctionRow>(
    `SELECT u.code AS unit_code, u.name AS unit_name, f.name, f.legal_basis FROM functions f INNER JOIN units u ON u.id = f.unit_id WHERE ${where} ORDER BY u.code, f.name LIMIT ${MAX_TEMPLATE_FUNCTIONS}`,
    parameters,
  );
}
