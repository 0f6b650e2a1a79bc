import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { DataItem } from "../inventory";
import { OrganisationLoaders } from "../organisation";
import { SharingGrant } from "./sharing-grant.entity";
import { SharingRequestItem } from "./sharing-request-item.entity";
import { SharingRequest } from "./sharing-request.entity";
import { SharingUsageRecord } from "./sharing-usage.entity";
import type { SharingUsageTotals } from "./sharing.types";

/** The sharing module's per-request loaders: each batch is one IN (…) query, whatever the page size. */
export class SharingLoaders {
  constructor(private readonly ctx: RequestContext) {}

  private get manager() {
    return this.ctx.manager;
  }

  readonly requestById = new DataLoader<number, SharingRequest | null>(async (ids) =>
    byKey(ids, await this.manager.findBy(SharingRequest, { id: In([...ids]) }), (r) => r.id),
  );

  readonly grantById = new DataLoader<number, SharingGrant | null>(async (ids) =>
    byKey(ids, await this.manager.findBy(SharingGrant, { id: In([...ids]) }), (g) => g.id),
  );

  readonly usageById = new DataLoader<number, SharingUsageRecord | null>(async (ids) =>
    byKey(ids, await this.manager.findBy(SharingUsageRecord, { id: In([...ids]) }), (u) => u.id),
  );

  readonly grantOfRequest = new DataLoader<number, SharingGrant | null>(async (requestIds) =>
    byKey(requestIds, await this.manager.findBy(SharingGrant, { requestId: In([...requestIds]) }), (g) => g.requestId),
  );

  /** The items a request names (empty for a whole-resource request), by code. */
  readonly requestedItemsOf = new DataLoader<number, DataItem[]>(async (requestIds) => {
    const rows = await this.manager
      .createQueryBuilder(DataItem, "i")
      .innerJoin(SharingRequestItem, "ri", "ri.itemId = i.id")
      .addSelect("ri.requestId", "request_id")
      .where("ri.requestId IN (:...requestIds)", { requestIds })
      .orderBy("i.code", "ASC")
      .getRawAndEntities();
    const owner = new Map<DataItem, number>();
    rows.entities.forEach((item, i) => owner.set(item, Number(rows.raw[i].request_id)));
    return groupedByKey(requestIds, rows.entities, (item) => owner.get(item)!);
  });

  readonly usageTotalsOf = new DataLoader<number, SharingUsageTotals>(async (grantIds) => {
    const rows = await this.manager
      .createQueryBuilder(SharingUsageRecord, "u")
      .select("u.grantId", "grant")
      .addSelect("COUNT(*)", "days")
      .addSelect("SUM(u.callCount)", "calls")
      .addSelect("SUM(u.recordCount)", "records")
      .where("u.grantId IN (:...grantIds)", { grantIds })
      .groupBy("u.grantId")
      .getRawMany<{ grant: number; days: string | number; calls: string | number; records: string | number }>();
    const totals = new Map(rows.map((row) => [Number(row.grant), { days: Number(row.days), calls: Number(row.calls), records: Number(row.records) }]));
    return grantIds.map((id) => totals.get(id) ?? { days: 0, calls: 0, records: 0 });
  });
}

/**
 * Whether the viewer may see a request or grant: district readers everything; a unit's people
 * those where their unit is the provider or the consumer.
 */
export async function maySeeSharing(ctx: RequestContext, record: { providerUnitId: number; consumerUnitId: number }): Promise<boolean> {
  requireSignedIn(ctx);
  if (ctx.viewer.districtReader) return true;
  const [provider, consumer] = await ctx.loaders(OrganisationLoaders).unitById.loadMany([record.providerUnitId, record.consumerUnitId]);
  return [provider, consumer].some((unit) => unit && !(unit instanceof Error) && ctx.viewer.canRead(unit.path));
}

// A request or grant the viewer may not see is null, as a missing one: no existence oracle.
/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const sharingNodeTypes = [
  nodeType(SharingRequest, "SharingRequest", async (ctx, ids) => {
    const requests = await ctx.loaders(SharingLoaders).requestById.loadMany(ids);
    return Promise.all(requests.map(async (r) => (r instanceof SharingRequest && (await maySeeSharing(ctx, r)) ? r : null)));
  }),
  nodeType(SharingGrant, "SharingGrant", async (ctx, ids) => {
    const grants = await ctx.loaders(SharingLoaders).grantById.loadMany(ids);
    return Promise.all(grants.map(async (g) => (g instanceof SharingGrant && (await maySeeSharing(ctx, g)) ? g : null)));
  }),
  nodeType(SharingUsageRecord, "SharingUsageRecord", async (ctx, ids) => {
    const loaders = ctx.loaders(SharingLoaders);
    const usage = await loaders.usageById.loadMany(ids);
    return Promise.all(
      usage.map(async (u) => {
        if (!(u instanceof SharingUsageRecord)) return null;
        const grant = await loaders.grantById.load(u.grantId);
        return grant && (await maySeeSharing(ctx, grant)) ? u : null;
      }),
    );
  }),
];
