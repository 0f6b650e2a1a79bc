import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode, RETRY_AFTER_SECONDS, serviceUnavailable } from "../../common/errors";
import { parseGlobalId } from "../../common/global-id";
import { inLocale, type Locale, localeOf } from "../../common/i18n";
import { logger } from "../../common/logger";
import { CommonMessages } from "../../common/messages";
import { isDatabaseUnavailable } from "../../database/database-errors";
import { OrganisationLoaders, Person } from "../organisation";
import { ReportLoaders } from "./reports.loaders";
import { reportMessages } from "./reports.messages";
import { renderAnnualReport, renderRefusal } from "./reports.print";
import { verifyPrintLink } from "./reports.print-link";
import { isLate } from "./reports.policy";
import { readableReport } from "./reports.service";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, SERVICE_UNAVAILABLE: 503 };
/** The page is self-contained: its own inline style, nothing else (no script, no image, no frame). */
const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const notFound = () => new CatalogError(CommonErrorCode.NOT_FOUND, reportMessages.printNotFound);

function query(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The report's page as the viewer may see it (its words in `locale`), or NOT_FOUND alike for a missing report and one outside the viewer's units. */
async function page(ctx: RequestContext, rowId: number, locale: Locale): Promise<string> {
  const found = await readableReport(ctx, rowId);
  if (!found) throw notFound();
  const { report, unit } = found;
  const reports = ctx.loaders(ReportLoaders);
  const people = ctx.loaders(OrganisationLoaders).personById;
  const [cdo, deadline, reviews] = await Promise.all([
    people.load(report.cdoPersonId),
    reports.deadlineOf.load(report.year),
    reports.reviewsOf.load(report.id),
  ]);
  const actors = await people.loadMany(reviews.map((r) => r.actorPersonId).filter((id): id is number => id !== null));
  const nameOf = new Map(actors.filter((p): p is Person => p !== null && !(p instanceof Error)).map((p) => [p.id, p.name]));
  return renderAnnualReport(
    {
      report,
      unitName: unit.name,
      cdoName: cdo?.name ?? null,
      deadline,
      late: isLate(report, deadline, ctx.today(), ctx.settings.districtTimeZone),
      reviews: reviews.map((review) => ({ review, by: (review.actorPersonId !== null && nameOf.get(review.actorPersonId)) || review.actorUsername })),
      timeZone: ctx.settings.districtTimeZone,
    },
    locale,
  );
}

/**
 * GET /reports/annual/<report ID>.html: the printable report (A4, Chinese), with the API's bearer
 * token or a signed link (`account`, `expires`, `signature`, from the annualReportPrintLink query).
 * Refusals are small pages in the request's language: 401 without a valid token or link, 404 for a
 * report that is missing or outside the viewer's units (alike, so the page is no existence oracle).
 * `contextFor` is given the request, so that its context follows the request's trace.
 */
export function annualReportPrintRoute(contextFor: (req: IncomingMessage, authorization: string | undefined) => Promise<RequestContext>): RequestHandler {
  return async (req, res) => {
    const locale = localeOf(req);
    res.setHeader("cache-control", "private, no-store").setHeader("content-security-policy", PRINT_CSP).setHeader("referrer-policy", "no-referrer");
    try {
      const match = /^([A-Za-z0-9_-]{1,64})\.html$/.exec(String(req.params.file ?? ""));
      let rowId: number;
      try {
        const id = match ? parseGlobalId(match[1]) : null;
        if (!id || id.type !== "AnnualReport") throw notFound();
        rowId = id.rowId;
      } catch {
        throw notFound();
      }
      const signature = query(req.query.signature);
      let ctx: RequestContext;
      if (signature !== undefined) {
        ctx = await verifyPrintLink(await contextFor(req, undefined), rowId, {
          account: query(req.query.account) ?? "",
          expires: query(req.query.expires) ?? "",
          signature,
        });
      } else {
        ctx = await contextFor(req, req.headers.authorization);
        if (!ctx.viewer.signedIn) throw new CatalogError(CommonErrorCode.UNAUTHENTICATED, reportMessages.printSignIn);
      }
      res
        .status(200)
        .type("text/html; charset=utf-8")
        .send(await page(ctx, rowId, locale));
    } catch (thrown) {
      const error = isDatabaseUnavailable(thrown) ? serviceUnavailable() : thrown;
      if (error instanceof CatalogError) {
        const code = String(error.extensions.code);
        if (code === CommonErrorCode.SERVICE_UNAVAILABLE) res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
        return void res
          .status(STATUS[code] ?? 400)
          .type("text/html; charset=utf-8")
          .send(renderRefusal(inLocale(error.localised, locale)));
      }
      logger.error("annual report page failed", { requestId: res.getHeader("x-request-id"), error: (error as Error).message });
      res
        .status(500)
        .type("text/html; charset=utf-8")
        .send(renderRefusal(inLocale(CommonMessages.internalError(String(res.getHeader("x-request-id"))), locale)));
    }
  };
}
