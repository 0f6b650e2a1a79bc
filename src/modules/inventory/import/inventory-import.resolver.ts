import { type FileUpload, GraphQLUpload } from "graphql-upload-minimal";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { AuthorizedOperations } from "../../../common/auth";
import type { RequestContext } from "../../../common/context";
import { importInventory, requireImportAccess } from "./inventory-import.service";
import { InventoryImportReportType, SpreadsheetFormat } from "./inventory-import.types";
import { badUserInput } from "../../../common/errors";
import { ImportMessages } from "../inventory.messages";
import { codePointLength } from "./cell-reader";
import { discardInventoryUpload, spoolInventoryUpload } from "./inventory-upload";

/** Excel allows 31 characters in a sheet name. */
const MAX_SHEET_NAME = 31;

@AuthorizedOperations()
@Resolver()
export class InventoryImportResolver {
  @Mutation(() => InventoryImportReportType, {
    description:
      "Imports a unit's inventory from the template (XLSX or CSV, one row per data item) as a GraphQL multipart upload; send the header apollo-require-preflight: true. " +
      "Resources are matched by 信息资源代码 (a row without one by 信息资源名称 among the providing unit's resources: see nameMatches) and items by 信息项编码 (a number cell's 1 reads as the stored 001): re-importing creates no duplicates. " +
      "A resource's rows are its whole item list, as the API's items: stored items the file leaves out of a resource it lists are removed (itemsRemoved). " +
      "All or nothing: a file with any problem writes nothing and the report (applied: false) lists every problem by row and column; dryRun only checks. " +
      "The unit's data specialist or CDO, or district administrators; rows may name the unit or its subordinate units in 资源提供方代码.",
  })
  async importInventory(
    @Ctx() ctx: RequestContext,
    @Arg("file", () => GraphQLUpload, { description: "The inventory spreadsheet (.xlsx or .csv in the catalog template), sent as a GraphQL multipart upload." })
    file: Promise<FileUpload>,
    @Arg("unitId", () => ID, { description: "The unit whose inventory this is." }) unitId: string,
    @Arg("dryRun", () => Boolean, { nullable: true, defaultValue: false, description: "Check the file and report, writing nothing." })
    dryRun: boolean | undefined,
    @Arg("format", () => SpreadsheetFormat, { nullable: true, description: "Default: from the file name (.csv, .xlsx)." }) format?: SpreadsheetFormat,
    @Arg("sheet", () => String, {
      nullable: true,
      description: "XLSX: the worksheet to read, by name (hidden or not). Default: the first visible sheet with a header row in its first rows.",
    })
    sheet?: string,
  ) {
    if (sheet != null && codePointLength(sheet) > MAX_SHEET_NAME) throw badUserInput("sheet", ImportMessages.sheetNameTooLong(MAX_SHEET_NAME));
    // Nothing reaches the disk from a caller who may not import into the unit.
    try {
      await requireImportAccess(ctx, unitId);
    } catch (error) {
      discardInventoryUpload(file);
      throw error;
    }
    // The whole file on disk first: the import's transaction must not wait on a slow upload.
    const upload = await spoolInventoryUpload(file, format === SpreadsheetFormat.CSV ? "csv" : format === SpreadsheetFormat.XLSX ? "xlsx" : undefined);
    try {
      return await importInventory(ctx, upload.path, upload.format, { unitId, dryRun: dryRun ?? false, sheet: sheet ?? undefined });
    } finally {
      await upload.remove();
    }
  }
}
