import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { AuthorizedOperations } from "../../../common/auth";
import type { RequestContext } from "../../../common/context";
import { issueExportLink } from "./export-link";
import { DOWNLOAD_FILES, InventoryDownload, InventoryExportLink } from "./inventory-export.types";

@AuthorizedOperations()
@Resolver()
export class InventoryExportResolver {
  @Query(() => InventoryExportLink, {
    description:
      "A signed link to a unit's inventory export or template (up to 50 units, by ID or code), valid for 10 minutes, bound to your account and these units: " +
      "what it downloads is exactly what your own export would (same scope). Signing out everywhere, a password change or disabling the account ends it.",
  })
  inventoryExportLink(
    @Ctx() ctx: RequestContext,
    @Arg("file", () => InventoryDownload, { description: "Which file." }) file: InventoryDownload,
    @Arg("unitIds", () => [ID], { nullable: true, description: "Units by ID." }) unitIds: string[] | undefined,
    @Arg("unitCodes", () => [String], { nullable: true, description: "Units by code (e.g. 320402003)." }) unitCodes: string[] | undefined,
    @Arg("includeDescendants", () => Boolean, { nullable: true, defaultValue: false, description: "Also the units' subordinate units." })
    includeDescendants: boolean | undefined,
  ): Promise<InventoryExportLink> {
    return issueExportLink(ctx, DOWNLOAD_FILES[file], { unitIds: unitIds ?? [], unitCodes: unitCodes ?? [] }, includeDescendants ?? false);
  }
}
