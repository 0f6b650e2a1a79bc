import { unauthenticated } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { parseGlobalId, toGlobalId } from "../../common/global-id";
import { linkSignature, signatureOfLink, signaturesMatch } from "../../common/signed-link";
import { signedLinkAccount } from "../access";
import { reportMessages } from "./reports.messages";
import { requireReadableReport } from "./reports.service";

/** How long a print link works: long enough to open, too short to pass around. */
const PRINT_LINK_TTL_SECONDS = 600;

const PURPOSE = "cdo-annual-report-print-link";

/** The path of a report's printable page. */
const printPath = (reportGlobalId: string) => `/reports/annual/${reportGlobalId}.html`;

/** A short-lived link to a report the caller may read, signed for the caller's account. */
export async function issuePrintLink(ctx: RequestContext, id: string): Promise<{ url: string; expiresAt: Date }> {
  const { report } = await requireReadableReport(ctx, id);
  const signer = await signedLinkAccount(ctx.manager, ctx.viewer.account!.id, ctx.today());
  if (!signer) throw unauthenticated();
  const expires = Math.floor(ctx.now().getTime() / 1000) + PRINT_LINK_TTL_SECONDS;
  const accountId = ctx.viewer.account!.id;
  const signature = linkSignature(ctx.settings.auth.jwtSecret, PURPOSE, ["v1", report.id, accountId, signer.tokenVersion, expires]);
  const query = new URLSearchParams({ account: toGlobalId("UserAccount", accountId), expires: String(expires), signature: signature.toString("base64url") });
  return { url: `${printPath(toGlobalId("AnnualReport", report.id))}?${query}`, expiresAt: new Date(expires * 1000) };
}

const linkInvalid = () => new CatalogError(CommonErrorCode.UNAUTHENTICATED, reportMessages.printLinkInvalid, { field: "signature" });

/**
 * The request a print link grants, checked: the signature over the report and the account, the
 * expiry, and the account (still there, not disabled, not signed out everywhere since). Returns
 * the request acting as that account; what it may read is checked as for any request.
 */
export async function verifyPrintLink(
  base: RequestContext,
  reportRowId: number,
  link: { account: string; expires: string; signature: string },
): Promise<RequestContext> {
  const expires = /^\d{1,12}$/.test(link.expires) ? Number(link.expires) : NaN;
  const given = signatureOfLink(link.signature);
  let accountId: number;
  try {
    const account = parseGlobalId(link.account, "account");
    if (account.type !== "UserAccount") throw linkInvalid();
    accountId = account.rowId;
  } catch {
    throw linkInvalid();
  }
  if (!given || Number.isNaN(expires)) throw linkInvalid();
  const signer = await signedLinkAccount(base.manager, accountId, base.today());
  // The same work whether the account exists or not.
  const expected = linkSignature(base.settings.auth.jwtSecret, PURPOSE, ["v1", reportRowId, accountId, signer?.tokenVersion ?? -1, expires]);
  if (!signer || !signaturesMatch(expected, given)) throw linkInvalid();
  if (expires * 1000 <= base.now().getTime()) throw new CatalogError(CommonErrorCode.UNAUTHENTICATED, reportMessages.printLinkExpired, { field: "expires" });
  return base.as(signer.viewer);
}
