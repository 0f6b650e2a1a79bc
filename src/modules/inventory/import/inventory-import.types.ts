import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { InventoryImportProblemCode } from "./inventory-import.errors";

export enum SpreadsheetFormat {
  CSV = "CSV",
  XLSX = "XLSX",
}
registerEnumType(SpreadsheetFormat, {
  name: "SpreadsheetFormat",
  description: "The inventory template's file formats.",
  valuesConfig: {
    CSV: { description: "CSV: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK as Excel saves it." },
    XLSX: { description: "Excel workbook: its first sheet." },
  },
});

registerEnumType(InventoryImportProblemCode, {
  name: "InventoryImportProblemCode",
  description: "What is wrong in an imported row: the file's own problems, or the inventory rule it breaks (the same code the API refuses with).",
  valuesConfig: {
    SPREADSHEET_FORMAT_INVALID: { description: "The file is not the template: unreadable, headers missing, unknown or repeated, values under no header." },
    SPREADSHEET_TOO_LARGE: { description: "The file is past a reading bound (columns, cell or row length, inflated size, time)." },
    VALUE_REQUIRED: { description: "A required value is empty, or its column is missing while a new resource or item needs it." },
    UNKNOWN_LABEL: { description: "A cell that should hold one of the template's labels (e.g. 有条件共享) holds something else." },
    INVALID_NUMBER: { description: "Not a number where one is needed." },
    INVALID_DATE: { description: "Not a date where one is needed." },
    INVALID_TEXT: { description: "Too long for its field, or characters a code may not have." },
    RESOURCE_COLUMNS_DIFFER: { description: "A resource column holds another value than on the resource's first row." },
    RESOURCE_ROWS_NOT_CONTIGUOUS: { description: "The rows of one resource are not next to each other." },
    UNIT_NOT_FOUND: { description: "资源提供方代码 names no unit." },
    UNIT_OUTSIDE_SCOPE: { description: "资源提供方代码 names a unit that is not the target unit or one below it." },
    CLASSIFICATION_CODE_INVALID: { description: "分类代码 is not 类 (1 digit) + 项 (2) + 目 (3)." },
    CLASSIFICATION_CATEGORY_MISMATCH: { description: "资源属性分类 does not match the classification code's first digit." },
    RESOURCE_CODE_INVALID: { description: "信息资源代码 is not the classification code + '/' + a 5-digit sequence." },
    RESOURCE_CODE_TAKEN: { description: "信息资源代码 is already another resource's (unique district-wide)." },
    SHARING_CONDITIONS_REQUIRED: { description: "有条件共享 (conditional sharing) without its conditions." },
    NOT_SHARED_BASIS_REQUIRED: { description: "不予共享 (not shared) without its legal or policy basis." },
    OPEN_CONDITIONS_REQUIRED: { description: "有条件开放 (conditional opening) without its conditions." },
    CORE_DATA_NEVER_OPENED: { description: "核心数据 (core data) is never opened." },
    SENSITIVE_DATA_OPENED_UNCONDITIONALLY: { description: "Important or sensitive data (重要数据, or any sensitivity flag) is never opened unconditionally." },
    PERSONAL_INFORMATION_UNCONDITIONAL: { description: "A resource with a personal-information item is never shared or opened unconditionally as a whole." },
    OPENING_WIDER_THAN_SHARING: { description: "Opening to the public cannot be wider than sharing between government units." },
    ITEM_SHARING_LOOSER_THAN_RESOURCE: { description: "An item's own sharing type may only be stricter than its resource's." },
    ITEM_CODE_INVALID: { description: "信息项编码 is not 1–64 letters, digits, '_', '.' or '-' (the same rule as the API's)." },
    STATUS_NOT_ALLOWED: { description: "已退役 (retired) is not a status a file can set: retire with retireDataResource." },
    ITEM_CODE_DUPLICATE: { description: "Two items of one resource with the same code (case and width ignored)." },
    FUNCTION_NAME_TAKEN: { description: "The unit already has a function of that name (case and width ignored)." },
    FUNCTION_NOT_OF_PROVIDER: { description: "A function that is not the providing unit's." },
    RESOURCE_NAME_AMBIGUOUS: {
      description: "A row without 信息资源代码 whose 信息资源名称 is the name of several of the providing unit's resources: give the code to say which.",
    },
    ITEM_CODE_LOOKALIKE: {
      description:
        "信息项编码 written as a number (1) beside stored codes of another width (001, 0002): which item is meant is not guessed; write the code as text.",
    },
    RESOURCE_RETIRED: { description: "The resource is retired: readable with its history, no longer edited." },
  },
});

@ObjectType("InventoryImportProblem", { description: "One thing wrong in an imported file, where a person finds it in Excel." })
export class InventoryImportProblemType {
  @Field(() => Int, { description: "Spreadsheet row, the header being row 1; 0 for the file as a whole." })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: "The template column's header (e.g. 共享类型); a column letter for a value outside the template; null for a whole row or file.",
  })
  column!: string | null;

  @Field(() => InventoryImportProblemCode, {
    description:
      "The inventory rule's own code, as the API refuses with (e.g. CORE_DATA_NEVER_OPENED, RESOURCE_CODE_TAKEN), or one of the file's: SPREADSHEET_FORMAT_INVALID, VALUE_REQUIRED, UNKNOWN_LABEL, INVALID_NUMBER, INVALID_DATE, INVALID_TEXT, RESOURCE_COLUMNS_DIFFER, RESOURCE_ROWS_NOT_CONTIGUOUS, UNIT_NOT_FOUND, UNIT_OUTSIDE_SCOPE.",
  })
  code!: InventoryImportProblemCode;

  @Field({ description: "What is wrong, in the request's language." })
  message!: string;
}

@ObjectType("InventoryImportNameMatch", {
  description:
    "A row without 信息资源代码: matched by 信息资源名称 to the providing unit's one resource of that name (not retired), or a new resource. Several of that name are refused (RESOURCE_NAME_AMBIGUOUS).",
})
export class InventoryImportNameMatchType {
  @Field(() => Int, { description: "The resource's first row." })
  row!: number;

  @Field({ description: "信息资源名称 as the file gives it." })
  resourceName!: string;

  @Field({ description: "True: the row is the stored resource of that name (updated or unchanged); false: a new resource is created." })
  matched!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The matched resource's code, or the code the new resource gets (would get, in a dry run); null when the row has problems.",
  })
  resourceCode!: string | null;
}

@ObjectType("InventoryImportReport", {
  description:
    "What an inventory import did (applied), would do (dry run), or found wrong. A file with any problem writes nothing: applied is false and problems lists every problem, by row.",
})
export class InventoryImportReportType {
  @Field({ description: "True when the import was asked only to check the file (nothing written)." })
  dryRun!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      "The worksheet read: the one named in the sheet argument, else the first visible sheet with a header row (an instructions sheet such as 填表说明 and hidden sheets are passed over); null for CSV.",
  })
  sheetName!: string | null;

  @Field(() => Int, {
    description:
      "The row the column headers were read from (the lower row of a two-row header such as 信息资源 / 信息项 above the columns; title rows above it are skipped); 0 when no header row was found.",
  })
  headerRow!: number;

  @Field({ description: "True when the import was written; false for a dry run and for a file with problems (nothing was written)." })
  applied!: boolean;

  @Field(() => Int, { description: "Data rows read (the header and empty rows not counted)." })
  rowsRead!: number;

  @Field(() => Int, { description: "Resources the file adds (or would add, in a dry run)." })
  resourcesCreated!: number;

  @Field(() => Int, { description: "Resources whose fields, items or functions changed: each got version + 1 and one audit entry." })
  resourcesUpdated!: number;

  @Field(() => Int, { description: "Resources the file repeats as they are: left untouched." })
  resourcesUnchanged!: number;

  @Field(() => Int, { description: "Data items (信息项) added." })
  itemsCreated!: number;

  @Field(() => Int, { description: "Data items whose fields changed." })
  itemsUpdated!: number;

  @Field(() => Int, { description: "Data items the file repeats as they are." })
  itemsUnchanged!: number;

  @Field(() => Int, {
    description:
      "Stored data items of the file's resources that the file does not list: removed, as the API's items list removes them (one meaning: a resource's rows are its whole item list). Resources the file does not mention keep their items.",
  })
  itemsRemoved!: number;

  @Field(() => Int, { description: "Functions (服务职能) the file names that their unit did not have yet." })
  functionsCreated!: number;

  @Field(() => [InventoryImportNameMatchType], {
    description:
      "Every row without 信息资源代码 (at most 10,000), by row: the resource its name matched, or the one it creates. A dry run shows what a real import would match.",
  })
  nameMatches!: InventoryImportNameMatchType[];

  @Field(() => Int, { description: "How many problems were found; problems lists the first 10,000." })
  problemCount!: number;

  @Field(() => [InventoryImportProblemType], { description: "The problems found, by row and column (at most 10,000); empty when the file is clean." })
  problems!: InventoryImportProblemType[];
}
