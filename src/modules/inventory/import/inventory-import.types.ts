import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

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

@ObjectType("InventoryImportProblem", { description: "One thing wrong in an imported file, where a person finds it in Excel." })
export class InventoryImportProblemType {
  @Field(() => Int, { description: "Spreadsheet row, the header being row 1; 0 for the file as a whole." })
  row!: number;

  @Field(() => String, {
    nullable: true,
    description: "The template column's header (e.g. 共享类型); a column letter for a value outside the template; null for a whole row or file.",
  })
  column!: string | null;

  @Field({
    description:
      "The inventory rule's own code, as the API refuses with (e.g. CORE_DATA_NEVER_OPENED, RESOURCE_CODE_TAKEN), or one of the file's: SPREADSHEET_FORMAT_INVALID, VALUE_REQUIRED, UNKNOWN_LABEL, INVALID_NUMBER, INVALID_DATE, INVALID_TEXT, RESOURCE_COLUMNS_DIFFER, RESOURCE_ROWS_NOT_CONTIGUOUS, UNIT_NOT_FOUND, UNIT_OUTSIDE_SCOPE, STATUS_NOT_IMPORTABLE.",
  })
  code!: string;

  @Field({ description: "What is wrong, in the request's language." })
  message!: string;
}

@ObjectType("InventoryImportReport", {
  description:
    "What an inventory import did (applied), would do (dry run), or found wrong. A file with any problem writes nothing: applied is false and problems lists every problem, by row.",
})
export class InventoryImportReportType {
  @Field({ description: "True when the import was asked only to check the file (nothing written)." })
  dryRun!: boolean;

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

  @Field(() => Int, { description: "Functions (服务职能) the file names that their unit did not have yet." })
  functionsCreated!: number;

  @Field(() => Int, { description: "How many problems were found; problems lists the first 10,000." })
  problemCount!: number;

  @Field(() => [InventoryImportProblemType], { description: "The problems found, by row and column (at most 10,000); empty when the file is clean." })
  problems!: InventoryImportProblemType[];
}
