import { recordChanges } from "../../../common/audit";
import { unauthenticated } from "../../../common/auth";
import type { RequestContext } from "../../../common/context";
import { CatalogError, CommonErrorCode } from "../../../common/errors";
import { parseGlobalId, toGlobalId } from "../../../common/global-id";
import { linkSignature, signatureOfLink, signaturesMatch } from "../../../common/signed-link";
import { withTransaction } from "../../../common/transaction";
import { signedLinkAccount } from "../../access";
import { ExportMessages } from "../inventory.messages";
import { exportFileName, ExportScope, exportScope, ExportUnitReferences } from "./inventory-export.service";

/** The files a link may name, by their path under /exports/. */
export type ExportFile = "inventory.xlsx" | "inventory.csv" | "template.xlsx";

/** How long a signed link works: long enough to click, too short to pass around. */
const EXPORT_LINK_TTL_SECONDS = 600;

/** The query parameters a signed link adds to the export URL. */
export interface SignedLinkParameters {
  account: string;
  expires: string;
  signature: string;
}

export interface ExportLink {
  url: string;
  fileName: string;
  expiresAt: Date;
}

interface LinkClaims {
  file: ExportFile;
  accountId: number;
  unitIds: readonly number[];
  includeDescendants: boolean;
  /** Unix seconds. */
  expires: number;
}

/**
 * HMAC-SHA256 under a key derived from the server's signing key (never the key the access tokens
 * are signed with), over everything the link grants: the file, the account and its token version,
 * the units and the expiry. Changing any of them, or the account signing out everywhere, breaks it.
 */
function signatureOf(secret: Uint8Array, claims: LinkClaims, tokenVersion: number): Buffer {
  const units = [...new Set(claims.unitIds)].sort((a, b) => a - b).join(",");
  return linkSignature(secret, "cdo-inventory-export-link", [
    "v1",
    claims.file,
    claims.accountId,
    tokenVersion,
    units,
    claims.includeDescendants ? 1 : 0,
    claims.expires,
  ]);
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
  const signer = await signedLinkAccount(ctx.manager, ctx.viewer.account!.id, ctx.today());
  if (!signer) throw unauthenticated();
  const expires = Math.floor(ctx.now().getTime() / 1000) + EXPORT_LINK_TTL_SECONDS;
  const unitIds = scope.units.map((unit) => unit.id);
  const claims: LinkClaims = { file, accountId: ctx.viewer.account!.id, unitIds, includeDescendants, expires };
  const query = new URLSearchParams();
  for (const id of unitIds) query.append("unitId", toGlobalId("Unit", id));
  if (includeDescendants) query.set("includeDescendants", "true");
  query.set("account", toGlobalId("UserAccount", claims.accountId));
  query.set("expires", String(expires));
  query.set("signature", signatureOf(ctx.settings.auth.jwtSecret, claims, signer.tokenVersion).toString("base64url"));
  // Audited as the mutations are: who issued a link to which unit's file, until when (never the signature).
  ctx.operation = "inventoryExportLink";
  const link = { file, includeDescendants, expiresAt: new Date(expires * 1000).toISOString() };
  await withTransaction(ctx, (tx) =>
    recordChanges(
      tx,
      scope.units.map((unit) => [{ type: "Unit", id: unit.id, unit }, null, { exportLink: link }]),
    ),
  );
  const [, extension] = file.split(".");
  const title = file.startsWith("template") ? ExportMessages.templateTitle : ExportMessages.fileTitle;
  return { url: `/exports/${file}?${query}`, fileName: exportFileName(scope, title, extension, ctx.today()).chinese, expiresAt: new Date(expires * 1000) };
}

const linkInvalid = () => new CatalogError(CommonErrorCode.UNAUTHENTICATED, ExportMessages.linkInvalid, { field: "signature" });

/**
 * The export a signed link grants, checked: the signature over what the URL names, the expiry,
 * and the account (still there, not disabled, not signed out everywhere since). Returns the
 * request acting as that account, with the scope as the export checks it for them.
 */
export async function verifyExportLink(
  base: RequestContext,
  file: ExportFile,
  unitIds: readonly string[],
  includeDescendants: boolean,
  link: SignedLinkParameters,
): Promise<{ ctx: RequestContext; scope: ExportScope }> {
  const expires = /^\d{1,12}$/.test(link.expires) ? Number(link.expires) : NaN;
  const given = signatureOfLink(link.signature);
  let accountId: number;
  let units: number[];
  try {
    const account = parseGlobalId(link.account, "account");
    if (account.type !== "UserAccount") throw linkInvalid();
    accountId = account.rowId;
    units = unitIds.map((id) => {
      const unit = parseGlobalId(id, "unitId");
      if (unit.type !== "Unit") throw linkInvalid();
      return unit.rowId;
    });
  } catch {
    throw linkInvalid();
  }
  if (!given || Number.isNaN(expires) || units.length === 0) throw linkInvalid();
  const signer = await signedLinkAccount(base.manager, accountId, base.today());
  const claims: LinkClaims = { file, accountId, unitIds: units, includeDescendants, expires };
  // The same work whether the account exists or not; the signature is compared in constant time.
  const expected = signatureOf(base.settings.auth.jwtSecret, claims, signer?.tokenVersion ?? -1);
  if (!signer || !signaturesMatch(expected, given)) throw linkInvalid();
  if (expires * 1000 <= base.now().getTime()) throw new CatalogError(CommonErrorCode.UNAUTHENTICATED, ExportMessages.linkExpired, { field: "expires" });
  const ctx = base.as(signer.viewer);
  return { ctx, scope: await exportScope(ctx, { unitIds, unitCodes: [] }, includeDescendants) };
}
