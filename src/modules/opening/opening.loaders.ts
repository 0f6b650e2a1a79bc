import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { DataResource } from "../inventory";
import { OpenDataset, OpenDatasetUsage, OpenDistribution } from "./open-dataset.entity";
import { OpenDatasetStatus } from "./opening.enums";
import { stillOpen } from "./opening.policy";

export interface UsageTotals {
  downloads: number;
  apiCalls: number;
}

/**
 * The opening module's per-request loaders: one IN (…) statement per batch. Datasets come with
 * their public status: a published dataset whose resource is no longer open reads as withdrawn.
 */
export class OpeningLoaders {
  constructor(private readonly ctx: RequestContext) {}

  readonly datasetById = new DataLoader<number, OpenDataset | null>(async (ids) =>
    byKey(ids, await publicDatasets(this.ctx, { id: In([...ids]) }), (d) => d.id),
  );

  readonly datasetOfResource = new DataLoader<number, OpenDataset | null>(async (resourceIds) =>
    byKey(resourceIds, await publicDatasets(this.ctx, { resourceId: In([...resourceIds]) }), (d) => d.resourceId),
  );

  readonly distributionsOf = new DataLoader<number, OpenDistribution[]>(async (datasetIds) =>
    groupedByKey(
      datasetIds,
      await this.ctx.manager.find(OpenDistribution, { where: { datasetId: In([...datasetIds]) }, order: { datasetId: "ASC", position: "ASC" } }),
      (d) => d.datasetId,
    ),
  );

  readonly usageTotalsOf = new DataLoader<number, UsageTotals>(async (datasetIds) => {
    const rows = await this.ctx.manager
      .createQueryBuilder(OpenDatasetUsage, "u")
      .select("u.datasetId", "datasetId")
      .addSelect("SUM(u.downloads)", "downloads")
      .addSelect("SUM(u.apiCalls)", "apiCalls")
      .where("u.datasetId IN (:...ids)", { ids: [...datasetIds] })
      .groupBy("u.datasetId")
      .getRawMany<{ datasetId: number | string; downloads: number | string; apiCalls: number | string }>();
    const totals = new Map(rows.map((row) => [Number(row.datasetId), { downloads: Number(row.downloads), apiCalls: Number(row.apiCalls) }]));
    return datasetIds.map((id) => totals.get(id) ?? { downloads: 0, apiCalls: 0 });
  });
}

/** Datasets with the public status applied (see stillOpen), in one statement joined to their resources. */
async function publicDatasets(ctx: RequestContext, where: Record<string, unknown>): Promise<OpenDataset[]> {
  const rows = await ctx.manager.find(OpenDataset, { where, relations: { resource: true } });
  return rows.map(withPublicStatus);
}

/** A published dataset whose resource is no longer open reads as withdrawn; the resource is dropped from the row. */
export function withPublicStatus(dataset: OpenDataset): OpenDataset {
  const resource: DataResource | undefined = dataset.resource;
  delete dataset.resource;
  if (dataset.status === OpenDatasetStatus.PUBLISHED && resource && !stillOpen(resource)) dataset.status = OpenDatasetStatus.WITHDRAWN;
  return dataset;
}

/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const openingNodeTypes = [
  nodeType(OpenDataset, "OpenDataset", (ctx, ids) => ctx.loaders(OpeningLoaders).datasetById.loadMany(ids) as Promise<(OpenDataset | null)[]>),
];
