import type { SelectQueryBuilder } from "typeorm";
import { unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { containsPattern } from "../../common/loader-helpers";
import { RecordNames } from "../../common/messages";
import { catalogCondition, DataResource, SEARCH_GRAMS_TABLE, searchGramsOf } from "../inventory";
import { Unit } from "../organisation";
import { ResourceDimension, SearchMatchField } from "./analysis.enums";
import { AnalysisLoaders, UnitTree } from "./analysis.loaders";
import { AnalysisMessages } from "./analysis.messages";
import { ANALYSIS_LIMITS, MATCH_WEIGHT, pickRarestGrams, searchWords, textHoldsWord, wordNamesUnit } from "./analysis.policy";
import type { ResourceAnalysisFilter } from "./analysis.types";

/** Each dimension's column (entity property of alias r) and the filter list that selects its values. */
export const DIMENSIONS: Record<ResourceDimension, { column: string; filter: keyof ResourceAnalysisFilter; labels: string }> = {
  [ResourceDimension.UNIT]: { column: "r.providerUnitId", filter: "unitIds", labels: "Unit" },
  [ResourceDimension.SHARING_TYPE]: { column: "r.sharingType", filter: "sharingTypes", labels: "SharingType" },
  [ResourceDimension.OPEN_TYPE]: { column: "r.openType", filter: "openTypes", labels: "OpenType" },
  [ResourceDimension.LEVEL]: { column: "r.level", filter: "levels", labels: "DataLevel" },
  [ResourceDimension.CATEGORY]: { column: "r.catalogCategory", filter: "categories", labels: "CatalogCategory" },
  [ResourceDimension.STATUS]: { column: "r.status", filter: "statuses", labels: "ResourceStatus" },
  [ResourceDimension.FORMAT]: { column: "r.format", filter: "formats", labels: "ResourceFormat" },
  [ResourceDimension.UPDATE_FREQUENCY]: { column: "r.updateFrequency", filter: "updateFrequencies", labels: "UpdateFrequency" },
  [ResourceDimension.LIFECYCLE_STAGE]: { column: "r.lifecycleStage", filter: "lifecycleStages", labels: "LifecycleStage" },
};

/** A filter checked and resolved once per request: its units found, its words read and matched to units. */
export interface Selection {
  filter: ResourceAnalysisFilter;
  units: UnitTree;
  selectedUnits: Unit[];
  /**
   * Per word: its LIKE pattern, the units it names, the distinct item names holding it (null: too
   * many, scan the items) and the grams its candidates are read by (the rarest of its own; none for a
   * one-character word, which is matched by scanning).
   */
  words: { word: string; pattern: string; unitIds: number[]; itemNames: string[] | null; grams: string[] }[];
}

export async function selectionOf(ctx: RequestContext, filter: ResourceAnalysisFilter = {}, text?: string): Promise<Selection> {
  if (filter.updatedFrom && filter.updatedTo && filter.updatedFrom >= filter.updatedTo)
    throw badUserInput("filter.updatedTo", AnalysisMessages.rangeReversed("updated"));
  if (filter.publishedFrom && filter.publishedTo && filter.publishedFrom > filter.publishedTo)
    throw badUserInput("filter.publishedTo", AnalysisMessages.rangeReversed("published"));
  const words = searchWords([filter.search ?? "", text ?? ""].join(" "));
  if (words.length > ANALYSIS_LIMITS.searchWords)
    throw badUserInput(text === undefined ? "filter.search" : "text", AnalysisMessages.tooManyWords(ANALYSIS_LIMITS.searchWords));
  const units = await ctx.loaders(AnalysisLoaders).units();
  const selectedUnits = (filter.unitIds ?? []).map((id) => {
    const unit = units.byId.get(rowIdOf("Unit", id, "filter.unitIds"));
    if (!unit) throw notFound(RecordNames.Unit, "filter.unitIds");
    return unit;
  });
  const itemNames = words.length ? await ctx.loaders(AnalysisLoaders).itemNames() : [];
  const gramsOfWords = await candidateGrams(ctx, words);
  return {
    filter,
    units,
    selectedUnits,
    words: words.map((word, i) => {
      const named = itemNames.filter((name) => textHoldsWord(name, word));
      return {
        word,
        pattern: containsPattern(word),
        unitIds: units.all.filter((unit) => wordNamesUnit(word, unit)).map((unit) => unit.id),
        itemNames: named.length > ANALYSIS_LIMITS.itemNamesPerWord ? null : named,
        grams: gramsOfWords[i],
      };
    }),
  };
}

/**
 * Per word, the grams whose resources hold its candidates: a word's resources (by name, code or
 * summary) have every gram of it, so any of its grams give a superset, and the rarest give the
 * smallest. Grams are counted up to a cap in one statement (only when some word has a choice).
 */
async function candidateGrams(ctx: RequestContext, words: string[]): Promise<string[][]> {
  const grams = words.map((word) => searchGramsOf(word));
  if (grams.every((own) => own.length <= 1)) return grams;
  const distinct = [...new Set(grams.flat())];
  const cap = ANALYSIS_LIMITS.gramCountCap;
  const counted = distinct.map((_, i) => `SELECT gram FROM (SELECT g.gram FROM ${SEARCH_GRAMS_TABLE} g WHERE g.gram = ? LIMIT ${cap}) p${i}`);
  const rows: { gram: string; n: string | number }[] = await ctx.manager.query(
    `SELECT gram, COUNT(*) AS n FROM (${counted.join(" UNION ALL ")}) postings GROUP BY gram`,
    distinct,
  );
  const count = new Map(rows.map((row) => [row.gram, Number(row.n)]));
  return grams.map((own) => pickRarestGrams(own.map((gram) => [gram, count.get(gram) ?? 0])));
}

/**
 * The resources a selection holds that the caller may read (the shared catalog, plus drafts within
 * scope, as dataResources), with every filter but `except`'s (disjunctive facets).
 */
export function selectedResources(ctx: RequestContext, selection: Selection, except?: ResourceDimension): SelectQueryBuilder<DataResource> {
  const { filter } = selection;
  const query = ctx.manager.createQueryBuilder(DataResource, "r");
  const scope = unitScopeCondition(ctx.viewer, "unit.path");
  // The units only when a condition reads their paths: a district reader's unfiltered cross-tab scans one table.
  if (scope || (except !== ResourceDimension.UNIT && selection.selectedUnits.length)) query.innerJoin(Unit, "unit", "unit.id = r.providerUnitId");
  for (const [dimension, { column, filter: key }] of Object.entries(DIMENSIONS)) {
    const values = filter[key] as string[] | undefined;
    if (dimension === except || dimension === ResourceDimension.UNIT || !values?.length) continue;
    query.andWhere(`${column} IN (:...${key})`, { [key]: [...new Set(values)] });
  }
  if (except !== ResourceDimension.UNIT && selection.selectedUnits.length) {
    const paths = selection.selectedUnits.map((unit, i) => [`unitPath${i}`, `${unit.path}%`]);
    query.andWhere(`(${paths.map(([name]) => `unit.path LIKE :${name}`).join(" OR ")})`, Object.fromEntries(paths));
  }
  if (filter.updatedFrom) query.andWhere("r.updatedAt >= :updatedFrom", { updatedFrom: filter.updatedFrom });
  if (filter.updatedTo) query.andWhere("r.updatedAt < :updatedTo", { updatedTo: filter.updatedTo });
  if (filter.publishedFrom) query.andWhere("r.publishedDate >= :publishedFrom", { publishedFrom: filter.publishedFrom });
  if (filter.publishedTo) query.andWhere("r.publishedDate <= :publishedTo", { publishedTo: filter.publishedTo });
  selection.words.forEach((word, i) => {
    const candidates = candidatesSql(i, word);
    if (candidates)
      query.innerJoin(candidates, `candidates${i}`, `candidates${i}.id = r.id`, { [`grams${i}`]: word.grams, [`gramCount${i}`]: word.grams.length });
  });
  selection.words.forEach((word, i) => {
    const places = [...matchConditions(i, word).values()].join(" OR ");
    query.andWhere(`(${places})`, {
      [`word${i}`]: word.pattern,
      ...(word.unitIds.length ? { [`wordUnits${i}`]: word.unitIds } : {}),
      ...(word.itemNames?.length ? { [`wordItems${i}`]: word.itemNames } : {}),
    });
  });
  if (scope) query.andWhere(`(${catalogCondition("r")} OR ${scope.where})`, scope.params);
  return query;
}

/**
 * The resources word i may match, as a derived table of distinct ids read from indexes only: those
 * holding its grams (name, code, summary), those of the units it names, those with an item it names.
 * A superset: the LIKEs of matchConditions decide. None (every resource) for a one-character word
 * or one naming too many item names.
 */
function candidatesSql(i: number, { grams, unitIds, itemNames }: Selection["words"][number]): string | null {
  if (!grams.length || itemNames === null) return null;
  const sources = [
    `SELECT g.resource_id AS id FROM ${SEARCH_GRAMS_TABLE} g WHERE g.gram IN (:...grams${i}) GROUP BY g.resource_id HAVING COUNT(*) = :gramCount${i}`,
  ];
  if (unitIds.length) sources.push(`SELECT u.id AS id FROM data_resources u WHERE u.provider_unit_id IN (:...wordUnits${i})`);
  if (itemNames.length) sources.push(`SELECT it.resource_id AS id FROM data_items it WHERE it.name IN (:...wordItems${i})`);
  return `(${sources.join(" UNION ")})`;
}

/** Where word i may match, best place first (the SQL of MATCH_WEIGHT's order). */
function matchConditions(i: number, { unitIds, itemNames }: Selection["words"][number]): Map<SearchMatchField, string> {
  const like = (column: string) => `${column} LIKE :word${i} ESCAPE '!'`;
  const places = new Map<SearchMatchField, string>([
    [SearchMatchField.NAME, like("r.name")],
    [SearchMatchField.CODE, like("r.code")],
  ]);
  if (unitIds.length) places.set(SearchMatchField.UNIT, `r.providerUnitId IN (:...wordUnits${i})`);
  places.set(SearchMatchField.SUMMARY, like("r.summary"));
  if (itemNames === null) places.set(SearchMatchField.ITEM, `EXISTS (SELECT 1 FROM data_items item WHERE item.resource_id = r.id AND ${like("item.name")})`);
  else if (itemNames.length) places.set(SearchMatchField.ITEM, `r.id IN (SELECT item.resource_id FROM data_items item WHERE item.name IN (:...wordItems${i}))`);
  return places;
}

/** Per word, the weight of the best place it matched, in SQL (the score is their sum). */
export function wordWeightsSql(selection: Selection): string[] {
  return selection.words.map((word, i) => {
    const places = [...matchConditions(i, word).entries()].filter(([field]) => field !== SearchMatchField.ITEM);
    return `(CASE ${places.map(([field, sql]) => `WHEN ${sql} THEN ${MATCH_WEIGHT[field]}`).join(" ")} ELSE ${MATCH_WEIGHT[SearchMatchField.ITEM]} END)`;
  });
}
