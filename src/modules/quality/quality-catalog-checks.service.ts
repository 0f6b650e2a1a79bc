/** The catalog's own quality checks (timeliness, metadata completeness), recorded as CATALOG measurements. */
import { type MeasurementRow, writeMeasurements } from "./quality-measurement-writes";
import { measuredResources } from "./quality-measurement.service";
import type { RequestContext } from "../../common/context";
import { withTransaction } from "../../common/transaction";
import { BulkStatements } from "../inventory";
import { QualityDimension, QualitySource } from "./quality.enums";
import { qualityMessages } from "./quality.messages";
import { districtDay, metadataCompleteness, rateCenti, timelinessCenti, UPDATE_PERIOD_DAYS } from "./quality.policy";
import { chunks } from "../../common/chunks";
import { dateOfRow } from "./quality-sql";

/**
 * Timeliness and metadata completeness of resources, as CATALOG measurements at this moment,
 * recorded through the same roll-ups. Called by the inventory's write path (through the front
 * door), by the demo loader and by `npm run quality:refresh`. With `onlyChanged`, a resource whose
 * score equals its latest one in that dimension gets no new row (the daily refresh of timeliness).
 */
export async function recordCatalogChecks(tx: RequestContext, resourceIds: readonly number[], { onlyChanged = false } = {}): Promise<number> {
  if (resourceIds.length === 0) return 0;
  const sql = new BulkStatements(tx.manager);
  const now = tx.now();
  const day = districtDay(tx.settings.districtTimeZone, now);
  const rows: MeasurementRow[] = [];
  const resources = await measuredResources(tx, resourceIds);
  for (const part of chunks([...resources.keys()])) {
    const marks = sql.placeholders(part.length);
    const facts = await sql.query<{
      id: number;
      summary: string | null;
      source_system: string | null;
      record_count: number | null;
      published_date: string | null;
      sharing_method: string | null;
      sharing_type: string;
      update_frequency: string;
      updated_at: unknown;
    }>(
      `SELECT id, summary, source_system, record_count, published_date, sharing_method, sharing_type, update_frequency, updated_at FROM data_resources WHERE id IN (${marks})`,
      part,
    );
    const items = await sql.query<{ resource_id: number; items: number; described: number }>(
      `SELECT resource_id, COUNT(*) AS items, SUM(CASE WHEN description IS NOT NULL AND description <> '' THEN 1 ELSE 0 END) AS described FROM data_items WHERE resource_id IN (${marks}) GROUP BY resource_id`,
      part,
    );
    const latest = onlyChanged
      ? await sql.query<{ resource_id: number; dimension: string; score_centi: number | null }>(
          `SELECT resource_id, dimension, score_centi FROM quality_latest WHERE resource_id IN (${marks}) AND dimension IN ('${QualityDimension.TIMELINESS}', '${QualityDimension.COMPLETENESS}')`,
          part,
        )
      : [];
    const itemCounts = new Map(items.map((i) => [Number(i.resource_id), { items: Number(i.items), described: Number(i.described ?? 0) }]));
    const latestScore = new Map(latest.map((l) => [`${l.resource_id}|${l.dimension}`, l.score_centi === null ? null : Number(l.score_centi)]));
    const add = (resourceId: number, dimension: QualityDimension, scoreCenti: number, passed: number | null, total: number | null, note: string) => {
      if (onlyChanged && latestScore.get(`${resourceId}|${dimension}`) === scoreCenti) return;
      rows.push({ resourceId, ruleId: null, dimension, scoreCenti, passed, total, source: QualitySource.CATALOG, measuredAt: now, day, note });
    };
    for (const r of facts) {
      const id = Number(r.id);
      const counts = itemCounts.get(id) ?? { items: 0, described: 0 };
      const { passed, total } = metadataCompleteness({
        summary: r.summary,
        sourceSystem: r.source_system,
        recordCount: r.record_count === null ? null : Number(r.record_count),
        publishedDate: r.published_date,
        sharingMethod: r.sharing_method,
        sharingType: r.sharing_type,
        itemCount: counts.items,
        describedItemCount: counts.described,
      });
      add(id, QualityDimension.COMPLETENESS, rateCenti(passed, total), passed, total, qualityMessages.catalogCompleteness(passed, total).zh);
      const lastUpdate = dateOfRow(r.updated_at);
      const timeliness = timelinessCenti(r.update_frequency, lastUpdate, now);
      if (timeliness !== null) {
        const age = Math.floor((now.getTime() - lastUpdate.getTime()) / 86_400_000);
        add(id, QualityDimension.TIMELINESS, timeliness, null, null, qualityMessages.catalogTimeliness(age, UPDATE_PERIOD_DAYS[r.update_frequency]!).zh);
      }
    }
  }
  await writeMeasurements(tx, rows, resources, { byCatalog: true });
  return rows.length;
}

/** Resources per transaction of the refresh. */
const REFRESH_CHUNK = 1000;

/**
 * `npm run quality:refresh` (daily, e.g. from cron): time makes resources late, so timeliness is
 * recomputed for every resource not retired, a thousand per transaction, and recorded where the
 * score changed (completeness too, should it differ). Scores are never computed at read time:
 * every score is a roll-up.
 */
export async function refreshCatalogChecks(
  ctx: RequestContext,
  progress?: (done: number, total: number) => void,
): Promise<{ resources: number; recorded: number }> {
  const sql = new BulkStatements(ctx.manager);
  const [{ n }] = await sql.query<{ n: number }>("SELECT COUNT(*) AS n FROM data_resources WHERE status <> 'RETIRED'");
  let after = 0;
  let done = 0;
  let recorded = 0;
  for (;;) {
    const ids = (
      await sql.query<{ id: number }>(`SELECT id FROM data_resources WHERE status <> 'RETIRED' AND id > ? ORDER BY id LIMIT ${REFRESH_CHUNK}`, [after])
    ).map((r) => Number(r.id));
    if (ids.length === 0) break;
    recorded += await withTransaction(ctx, (tx) => recordCatalogChecks(tx, ids, { onlyChanged: true }));
    after = ids[ids.length - 1];
    done += ids.length;
    progress?.(done, Number(n));
  }
  return { resources: done, recorded };
}
