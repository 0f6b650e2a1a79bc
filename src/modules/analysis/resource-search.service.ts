import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput } from "../../common/errors";
import { InventoryLoaders } from "../inventory";
import { SearchMatchField } from "./analysis.enums";
import { AnalysisMessages } from "./analysis.messages";
import { MATCH_WEIGHT, searchBounds } from "./analysis.policy";
import type { ResourceAnalysisFilter, ResourceSearchHit, ResourceSearchResult } from "./analysis.types";
import { type SearchTier, type Selection, selectedResources, selectionOf, wordWeightsSql } from "./resource-selection";

type PageRow = Record<string, string | number>;

/**
 * searchDataResources: every word must match somewhere (name, code, unit or its abbreviation,
 * summary, an item's name); ranked by score, then code. A few statements whatever the hits: the
 * unit tree, the item names, the candidates' count (resource-selection.ts), the page with the total
 * count, and the resources loaded by ID through the inventory's loader. The count is exact up to the
 * bound (searchBounds), "at least the bound" past it.
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
  const { countBound } = searchBounds(ctx);
  const rows =
    selection.plan.kind === "tiers" ? await tieredPage(ctx, selection, first, countBound) : await rankedQuery(ctx, selection, first).getRawMany<PageRow>();
  const totals = new Map(rows.map((row) => [Number(row.tier ?? 1), Number(row.total)]));
  const total = [...totals.values()].reduce((sum, n) => sum + n, 0);
  const page = rows.slice(0, first);
  const resources = await ctx.loaders(InventoryLoaders).resourceById.loadMany(page.map((row) => Number(row.id)));
  const fieldOf = new Map(Object.entries(MATCH_WEIGHT).map(([field, weight]) => [weight, field as SearchMatchField]));
  return {
    totalCount: Math.min(total, countBound),
    totalCountIsExact: total <= countBound,
    hits: page.map((row, i) => {
      const wordWeights = selection.words.map((_, w) => Number(row[`weight${w}`]));
      const matchedIn = [...new Set(wordWeights.map((weight) => fieldOf.get(weight)!))].sort((a, b) => MATCH_WEIGHT[b] - MATCH_WEIGHT[a]);
      return { resource: resources[i], score: wordWeights.reduce((sum, weight) => sum + weight, 0), matchedIn } as ResourceSearchHit;
    }),
  };
}

/** The best `first` matches (of one tier) by score, then code, each with its words' weights and the count of all of them. */
function rankedQuery(ctx: RequestContext, selection: Selection, first: number, tier?: SearchTier) {
  const weights = wordWeightsSql(selection);
  const query = selectedResources(ctx, selection, undefined, tier).select("r.id", "id").addSelect("COUNT(*) OVER ()", "total");
  weights.forEach((sql, i) => query.addSelect(sql, `weight${i}`));
  // The count rides on the page (a window over the same rows): one pass over the matches, not two.
  return query
    .orderBy(`(${weights.join(" + ")})`, "DESC")
    .addOrderBy("r.code", "ASC")
    .limit(Math.max(first, 1));
}

/**
 * A tiered search's page in one statement: tier 1 ranked as rankedQuery does, then tier 2 (every word
 * only in items: the lowest score, so code order) read down the code index, counted up to the bound
 * and one more (so that "more than the bound" shows) or the page if longer, the page taken from its first rows.
 */
async function tieredPage(ctx: RequestContext, selection: Selection, first: number, countBound: number): Promise<PageRow[]> {
  const { words } = selection;
  const weights = wordWeightsSql(selection);
  const [one, oneParameters] = rankedQuery(ctx, selection, first, 1)
    .addSelect(`(${weights.join(" + ")})`, "score")
    .addSelect("r.code", "code")
    .addSelect("1", "tier")
    .getQueryAndParameters();
  // A word that no item name holds cannot match in items only: tier 2 is empty, and not walked for.
  if (words.some((word) => word.itemNames?.length === 0)) return ctx.manager.query(one, oneParameters);
  const [two, twoParameters] = selectedResources(ctx, selection, undefined, 2)
    .select("r.id", "id")
    .addSelect("r.code", "code")
    .orderBy("r.code", "ASC")
    .limit(Math.max(countBound + 1, first))
    .getQueryAndParameters();
  const item = MATCH_WEIGHT[SearchMatchField.ITEM];
  // Named columns: a UNION matches them by position, and the query builder orders its selections its own way.
  const ranked = `one.id, one.total, ${words.map((_, i) => `one.weight${i}`).join(", ")}, one.score, one.code, one.tier`;
  const itemOnly = `two.id, two.total, ${words.map((_, i) => `${item} AS weight${i}`).join(", ")}, ${item * words.length} AS score, two.code, 2 AS tier`;
  return ctx.manager.query(
    `SELECT page.* FROM (SELECT ${ranked} FROM (${one}) one UNION ALL SELECT ${itemOnly} FROM (SELECT t.id, t.code, COUNT(*) OVER () AS total FROM (${two}) t ORDER BY t.code LIMIT ${Math.max(first, 1)}) two) page ORDER BY page.tier, page.score DESC, page.code`,
    [...oneParameters, ...twoParameters],
  );
}
