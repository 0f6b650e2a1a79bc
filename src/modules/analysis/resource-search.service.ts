import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput } from "../../common/errors";
import { InventoryLoaders } from "../inventory";
import { SearchMatchField } from "./analysis.enums";
import { AnalysisMessages } from "./analysis.messages";
import { MATCH_WEIGHT } from "./analysis.policy";
import type { ResourceAnalysisFilter, ResourceSearchHit, ResourceSearchResult } from "./analysis.types";
import { selectedResources, selectionOf, wordWeightsSql } from "./resource-selection";

/**
 * searchDataResources: every word must match somewhere (name, code, unit or its abbreviation,
 * summary, an item's name); ranked by score, then code. Three statements whatever the hits: the
 * unit tree, the count and the page (resources loaded by ID through the inventory's loader).
 */
export async function searchResources(
  ctx: RequestContext,
  text: string,
  filter: ResourceAnalysisFilter | undefined,
  first: number,
): Promise<ResourceSearchResult> {
  requireSignedIn(ctx);
  const selection = await selectionOf(ctx, filter, text);
  if (!selection.words.length) throw badUserInput("text", AnalysisMessages.noWords);
  const totalCount = Number((await selectedResources(ctx, selection).select("COUNT(*)", "n").getRawOne<{ n: string | number }>())?.n ?? 0);
  if (first === 0 || totalCount === 0) return { totalCount, hits: [] };
  const weights = wordWeightsSql(selection);
  const query = selectedResources(ctx, selection).select("r.id", "id");
  weights.forEach((sql, i) => query.addSelect(sql, `weight${i}`));
  const page = await query
    .orderBy(`(${weights.join(" + ")})`, "DESC")
    .addOrderBy("r.code", "ASC")
    .limit(first)
    .getRawMany<Record<string, string | number>>();
  const resources = await ctx.loaders(InventoryLoaders).resourceById.loadMany(page.map((row) => Number(row.id)));
  const fieldOf = new Map(Object.entries(MATCH_WEIGHT).map(([field, weight]) => [weight, field as SearchMatchField]));
  return {
    totalCount,
    hits: page.map((row, i) => {
      const wordWeights = weights.map((_, w) => Number(row[`weight${w}`]));
      const matchedIn = [...new Set(wordWeights.map((weight) => fieldOf.get(weight)!))].sort((a, b) => MATCH_WEIGHT[b] - MATCH_WEIGHT[a]);
      return { resource: resources[i], score: wordWeights.reduce((sum, weight) => sum + weight, 0), matchedIn } as ResourceSearchHit;
    }),
  };
}
