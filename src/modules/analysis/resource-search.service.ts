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
 * summary, an item's name); ranked by score, then code. A few statements whatever the hits: the
 * unit tree, the item names, the candidates' count (resource-selection.ts), the page with the total
 * count, and the resources loaded by ID through the inventory's loader.
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
  const weights = wordWeightsSql(selection);
  const query = selectedResources(ctx, selection).select("r.id", "id").addSelect("COUNT(*) OVER ()", "total");
  weights.forEach((sql, i) => query.addSelect(sql, `weight${i}`));
  // The count rides on the page (a window over the same rows): one pass over the matches, not two.
  const rows = await query
    .orderBy(`(${weights.join(" + ")})`, "DESC")
    .addOrderBy("r.code", "ASC")
    .limit(Math.max(first, 1))
    .getRawMany<Record<string, string | number>>();
  const totalCount = rows.length ? Number(rows[0].total) : 0;
  const page = rows.slice(0, first);
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
