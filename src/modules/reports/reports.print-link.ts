import type { RequestContext } from "../../common/context";
import { toGlobalId } from "../../common/global-id";
import { type LinkGrant, signLink, type SignedLinkParameters, verifyLink } from "../access";
import { reportMessages } from "./reports.messages";
import { requireReadableReport } from "./reports.service";

/** How long a print link works: long enough to open, too short to pass around. */
const PRINT_LINK_TTL_SECONDS = 600;

/** What a print link grants: one report (the account, its token version and the expiry are signed beside it). */
const printGrant = (reportRowId: number): LinkGrant => ({ purpose: "cdo-annual-report-print-link", subject: reportRowId });

/** The path of a report's printable page. */
const printPath = (reportGlobalId: string) => `/reports/annual/${reportGlobalId}.html`;

/** A short-lived link to a report the caller may read, signed for the caller's account. */
export async function issuePrintLink(ctx: RequestContext, id: string): Promise<{ url: string; expiresAt: Date }> {
  const { report } = await requireReadableReport(ctx, id);
  const { parameters, expiresAt } = await signLink(ctx, printGrant(report.id), PRINT_LINK_TTL_SECONDS);
  return { url: `${printPath(toGlobalId("AnnualReport", report.id))}?${new URLSearchParams(parameters)}`, expiresAt };
}

/**
 * The request a print link grants, checked (verifyLink: the signature over the report and the
 * account, the account, the expiry). Returns the request acting as that account; what it may read
 * is checked as for any request.
 */
export function verifyPrintLink(base: RequestContext, reportRowId: number, link: SignedLinkParameters): Promise<RequestContext> {
  return verifyLink(base, printGrant(reportRowId), link, { invalid: reportMessages.printLinkInvalid, expired: reportMessages.printLinkExpired });
}
