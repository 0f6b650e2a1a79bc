import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { OrganisationLoaders } from "../organisation";
import { AnnualReport, AnnualReportDeadline, AnnualReportReview } from "./annual-report.entity";
import { mayReadReportOf } from "./reports.policy";

/** The reports module's per-request loaders: one `IN (…)` statement per level of a page. */
export class ReportLoaders {
  private readonly ofUnitByYear = new Map<number, DataLoader<number, AnnualReport | null>>();

  constructor(private readonly ctx: RequestContext) {}

  readonly reportById = new DataLoader<number, AnnualReport | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(AnnualReport, { id: In([...ids]) }), (r) => r.id),
  );

  /** Each report's review steps, oldest first. */
  readonly reviewsOf = new DataLoader<number, AnnualReportReview[]>(async (ids) =>
    groupedByKey(ids, await this.ctx.manager.find(AnnualReportReview, { where: { reportId: In([...ids]) }, order: { id: "ASC" } }), (r) => r.reportId),
  );

  /** Years' deadlines, or null where none is set. */
  readonly deadlineByYear = new DataLoader<number, AnnualReportDeadline | null>(async (years) =>
    byKey(years, await this.ctx.manager.findBy(AnnualReportDeadline, { year: In([...years]) }), (d) => d.year),
  );

  /** A year's deadline (its due day), or null when none is set. */
  readonly deadlineOf = new DataLoader<number, string | null>(async (years) =>
    (await this.deadlineByYear.loadMany(years)).map((d) => (d instanceof AnnualReportDeadline ? d.dueOn : null)),
  );

  /** The units' reports for one year (Unit.annualReport(year)): one statement per year asked, whatever the number of units. */
  ofUnit(year: number): DataLoader<number, AnnualReport | null> {
    let loader = this.ofUnitByYear.get(year);
    if (!loader) {
      loader = new DataLoader(async (unitIds) =>
        byKey(unitIds, await this.ctx.manager.findBy(AnnualReport, { unitId: In([...unitIds]), year }), (r) => r.unitId),
      );
      this.ofUnitByYear.set(year, loader);
    }
    return loader;
  }
}

/** `node(id)` finds a report the caller may read (its unit's people, the CDOs above it, district readers), and any year's deadline. */
export const reportNodeTypes = [
  nodeType(AnnualReportDeadline, "AnnualReportDeadline", async (ctx, years) => {
    requireSignedIn(ctx);
    return (await ctx.loaders(ReportLoaders).deadlineByYear.loadMany(years)).map((d) => (d instanceof AnnualReportDeadline ? d : null));
  }),
  nodeType(AnnualReport, "AnnualReport", async (ctx, ids) => {
    requireSignedIn(ctx);
    const reports = await ctx.loaders(ReportLoaders).reportById.loadMany(ids);
    return Promise.all(
      reports.map(async (r) => {
        if (!(r instanceof AnnualReport)) return null;
        const unit = await ctx.loaders(OrganisationLoaders).unitById.load(r.unitId);
        return unit && mayReadReportOf(ctx.viewer, unit) ? r : null;
      }),
    );
  }),
];
