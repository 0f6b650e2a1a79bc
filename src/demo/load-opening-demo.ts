import { In } from "typeorm";
import type { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import { DataResource } from "../modules/inventory";
import { OpenTheme, OpenLicence, DistributionFormat, publishOpenDataset, recordOpenDataUsage, withdrawOpenDataset } from "../modules/opening";
import { demoOpenDatasets } from "./opening.data";

const DAY_MS = 86_400_000;

function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(today) - days * DAY_MS).toISOString().slice(0, 10);
}

/** The demo's open datasets, through the opening services and rules, with 30 days of portal figures. Returns how many. */
export async function loadOpenDataDemo(tx: RequestContext): Promise<number> {
  const resources = await tx.manager.findBy(DataResource, { name: In(demoOpenDatasets.map((d) => d.resourceName)) });
  const byName = new Map(resources.map((r) => [r.name, r]));
  const today = tx.today();
  const entries = [];
  for (const demo of demoOpenDatasets) {
    const dataset = await publishOpenDataset(tx, {
      resourceId: toGlobalId("DataResource", byName.get(demo.resourceName)!.id),
      title: demo.title,
      theme: demo.theme as OpenTheme,
      licence: demo.licence as OpenLicence,
      issued: daysBefore(today, demo.issuedDaysAgo),
      distributions: demo.distributions.map((d) => ({ ...d, format: d.format as DistributionFormat })),
    });
    const datasetId = toGlobalId("OpenDataset", dataset.id);
    // A steady weekly rhythm (fewer on weekends), so the rankings have something to tell apart.
    for (let ago = 30; ago >= 1; ago--) {
      const day = daysBefore(today, ago);
      const weekend = [0, 6].includes(new Date(day).getUTCDay());
      const share = weekend ? 0.4 : 1 + (ago % 3) * 0.2;
      entries.push({ datasetId, day, downloads: Math.round(demo.dailyDownloads * share), apiCalls: Math.round(demo.dailyApiCalls * share) });
    }
    if (demo.withdrawal) await withdrawOpenDataset(tx, { id: datasetId, reason: demo.withdrawal });
  }
  await recordOpenDataUsage(tx, { entries });
  return demoOpenDatasets.length;
}
