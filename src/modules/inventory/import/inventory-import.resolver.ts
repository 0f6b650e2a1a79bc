import { type FileUpload, GraphQLUpload } from "graphql-upload-minimal";
import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { AuthorizedOperations } from "../../../common/auth";
import type { RequestContext } from "../../../common/context";
import { importInventory, requireImportAccess } from "./inventory-import.service";
import { InventoryImportReportType, SpreadsheetFormat } from "./inventory-import.types";
import { discardInventoryUpload, spoolInventoryUpload } from "./inventory-upload";

@AuthorizedOperations()
@Resolver()
export class InventoryImportResolver {
  @Mutation(() => InventoryImportReportType, {
    description:
      "Imports a unit's inventory from the template (XLSX or CSV, one row per data item) as a GraphQL multipart upload; send the header apollo-require-preflight: true. " +
      "Resources are matched by 信息资源代码 and items by 信息项编码: re-importing creates no duplicates, and items the file leaves out stay as they are. " +
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
  ) {
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
      return await importInventory(ctx, upload.path, upload.format, { unitId, dryRun: dryRun ?? false });
    } finally {
      await upload.remove();
    }
  }
}
