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
      "The inventory rule's own code, as the API refuses with (e.g. CORE_DATA_NEVER_OPENED, RESOURCE_CODE_TAKEN), or one of the file's: SPREADSHEET_FORMAT_INVALID, VALUE_REQUIRED, UNKNOWN_LABEL, INVALID_NUMBER, INVALID_DATE, INVALID_TEXT, RESOURCE_COLUMNS_DIFFER, RESOURCE_ROWS_NOT_CONTIGUOUS, UNIT_NOT_FOUND, UNIT_OUTSIDE_SCOPE.",
  })
  code!: string;

  @Field()
  message!: string;
}

@ObjectType("InventoryImportReport", {
  description:
    "What an inventory import did (applied), would do (dry run), or found wrong. A file with any problem writes nothing: applied is false and problems lists every problem, by row.",
})
export class InventoryImportReportType {
  @Field()
  dryRun!: boolean;

  @Field({ description: "True when the import was written; false for a dry run and for a file with problems (nothing was written)." })
  applied!: boolean;

  @Field(() => Int, { description: "Data rows read (the header and empty rows not counted)." })
  rowsRead!: number;

  @Field(() => Int)
  resourcesCreated!: number;

  @Field(() => Int, { description: "Resources whose fields, items or functions changed: each got version + 1 and one audit entry." })
  resourcesUpdated!: number;

  @Field(() => Int, { description: "Resources the file repeats as they are: left untouched." })
  resourcesUnchanged!: number;

  @Field(() => Int)
  itemsCreated!: number;

  @Field(() => Int)
  itemsUpdated!: number;

  @Field(() => Int)
  itemsUnchanged!: number;

  @Field(() => Int, { description: "Functions (服务职能) the file names that their unit did not have yet." })
  functionsCreated!: number;

  @Field(() => Int, { description: "How many problems were found; problems lists the first 10,000." })
  problemCount!: number;

  @Field(() => [InventoryImportProblemType])
  problems!: InventoryImportProblemType[];
}
