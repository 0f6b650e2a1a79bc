import { recordChanges } from "../../../common/audit";
import type { RequestContext } from "../../../common/context";
import { parseGlobalId, toGlobalId } from "../../../common/global-id";
import { withTransaction } from "../../../common/transaction";
import { type LinkGrant, signLink, type SignedLinkParameters, verifyLink } from "../../access";
import { ExportMessages } from "../inventory.messages";
import { exportFileName, ExportScope, exportScope, ExportUnitReferences } from "./inventory-export.service";

/** The files a link may name, by their path under /exports/. */
export type ExportFile = "inventory.xlsx" | "inventory.csv" | "template.xlsx";

/** How long a signed link works: long enough to click, too short to pass around. */
const EXPORT_LINK_TTL_SECONDS = 600;

export interface ExportLink {
  url: string;
  fileName: string;
  expiresAt: Date;
}

/**
 * What an export link grants: the file, the units (each once, in order) and whether their
 * descendants are included; the account, its token version and the expiry are signed beside them.
 */
function exportGrant(file: ExportFile, unitIds: readonly number[], includeDescendants: boolean): LinkGrant {
  const units = [...new Set(unitIds)].sort((a, b) => a - b).join(",");
  return { purpose: "cdo-inventory-export-link", subject: file, scope: [units, includeDescendants ? 1 : 0] };
}

/**
 * A short-lived link to an export that a browser can follow without the bearer token: the
 * caller's own export (same units, same scope), signed for the caller's account. The request is
 * checked as the export would check it before the link is made.
 */
export async function issueExportLink(
  ctx: RequestContext,
  file: ExportFile,
  references: ExportUnitReferences,
  includeDescendants: boolean,
): Promise<ExportLink> {
  const scope = await exportScope(ctx, references, includeDescendants);
  const unitIds = scope.units.map((unit) => unit.id);
  const { parameters, expiresAt } = await signLink(ctx, exportGrant(file, unitIds, includeDescendants), EXPORT_LINK_TTL_SECONDS);
  const query = new URLSearchParams();
  for (const id of unitIds) query.append("unitId", toGlobalId("Unit", id));
  if (includeDescendants) query.set("includeDescendants", "true");
  for (const [name, value] of Object.entries(parameters)) query.set(name, value);
  // Audited as the mutations are: who issued a link to which unit's file, until when (never the signature).
  ctx.operation = "inventoryExportLink";
  const link = { file, includeDescendants, expiresAt: expiresAt.toISOString() };
  await withTransaction(ctx, (tx) =>
    recordChanges(
      tx,
      scope.units.map((unit) => [{ type: "Unit", id: unit.id, unit }, null, { exportLink: link }]),
    ),
  );
  const [, extension] = file.split(".");
  const title = file.startsWith("template") ? ExportMessages.templateTitle : ExportMessages.fileTitle;
  return { url: `/exports/${file}?${query}`, fileName: exportFileName(scope, title, extension, ctx.today()).chinese, expiresAt };
}

/**
 * The export a signed link grants, checked (verifyLink: the signature over what the URL names, the
 * account, the expiry). Returns the request acting as that account, with the scope as the export
 * checks it for them.
 */
export async function verifyExportLink(
  base: RequestContext,
  file: ExportFile,
  unitIds: readonly string[],
  includeDescendants: boolean,
  link: SignedLinkParameters,
): Promise<{ ctx: RequestContext; scope: ExportScope }> {
  let grant: LinkGrant | null;
  try {
    const units = unitIds.map((id) => {
      const unit = parseGlobalId(id, "unitId");
      if (unit.type !== "Unit") throw new TypeError("not a unit");
      return unit.rowId;
    });
    grant = units.length === 0 ? null : exportGrant(file, units, includeDescendants);
  } catch {
    grant = null;
  }
  const ctx = await verifyLink(base, grant, link, { invalid: ExportMessages.linkInvalid, expired: ExportMessages.linkExpired });
  return { ctx, scope: await exportScope(ctx, { unitIds, unitCodes: [] }, includeDescendants) };
}
