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
   * many, scan the items) and the grams its candidates would be read by (the rarest of its own; none
   * for a one-character word).
   */
  words: SearchWord[];
  /** The word whose candidates the query starts from (the fewest); null: none can, every resource is read. */
  leadingWord: number | null;
}

interface SearchWord {
  word: string;
  pattern: string;
  unitIds: number[];
  itemNames: string[] | null;
  grams: string[];
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
  const read = words.map((word) => {
    const named = itemNames.filter((name) => textHoldsWord(name, word));
    return {
      word,
      pattern: containsPattern(word),
      unitIds: units.all.filter((unit) => wordNamesUnit(word, unit)).map((unit) => unit.id),
      itemNames: named.length > ANALYSIS_LIMITS.itemNamesPerWord ? null : named,
      grams: searchGramsOf(word),
    };
  });
  return { filter, units, selectedUnits, ...(await leadingWordOf(ctx, read)) };
}

/**
 * Which word the query starts from, and by which grams: every word must match, so the resources of
 * the word with the fewest candidates are the only ones read, and the other words are checked on
 * them. Candidates come from indexes only (a word's grams, its item names, its units), counted up
 * to a cap in one statement; when even the fewest reach the cap, the resources are read in one pass.
 */
async function leadingWordOf(ctx: RequestContext, words: SearchWord[]): Promise<Pick<Selection, "words" | "leadingWord">> {
  const able = words.map((word, i) => i).filter((i) => words[i].grams.length > 0 && words[i].itemNames !== null);
  if (able.length === 0) return { words, leadingWord: null };
  const cap = ANALYSIS_LIMITS.candidateCountCap;
  const counts: { key: string; sql: string; parameters: unknown[] }[] = [];
  for (const gram of new Set(able.flatMap((i) => words[i].grams)))
    counts.push({ key: `gram ${gram}`, sql: `SELECT 1 AS one FROM ${SEARCH_GRAMS_TABLE} g WHERE g.gram = ?`, parameters: [gram] });
  for (const i of able) {
    const { unitIds, itemNames } = words[i];
    if (itemNames!.length)
      counts.push({ key: `items ${i}`, sql: `SELECT 1 AS one FROM data_items it WHERE it.name IN (${marks(itemNames!)})`, parameters: itemNames! });
    if (unitIds.length)
      counts.push({ key: `units ${i}`, sql: `SELECT 1 AS one FROM data_resources u WHERE u.provider_unit_id IN (${marks(unitIds)})`, parameters: unitIds });
  }
  const rows: { source: string; n: string | number }[] = await ctx.manager.query(
    `SELECT source, COUNT(*) AS n FROM (${counts.map(({ sql }, i) => `SELECT ? AS source FROM (${sql} LIMIT ${cap}) c${i}`).join(" UNION ALL ")}) capped GROUP BY source`,
    counts.flatMap(({ key, parameters }) => [key, ...parameters]),
  );
  const count = new Map(rows.map((row) => [row.source, Number(row.n)]));
  const chosen = words.map((word, i) =>
    able.includes(i) ? { ...word, grams: pickRarestGrams(word.grams.map((gram) => [gram, count.get(`gram ${gram}`) ?? 0])) } : word,
  );
  const estimate = (i: number) => (count.get(`gram ${chosen[i].grams[0]}`) ?? 0) + (count.get(`items ${i}`) ?? 0) + (count.get(`units ${i}`) ?? 0);
  const fewest = able.reduce((best, i) => (estimate(i) < estimate(best) ? i : best));
  // Past the cap, reading the candidates through a join costs about what one pass over the resources does.
  return { words: chosen, leadingWord: estimate(fewest) < cap ? fewest : null };
}

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ");

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
  const lead = selection.leadingWord;
  if (lead !== null) {
    const { grams } = selection.words[lead];
    query.innerJoin(candidatesSql(lead, selection.words[lead]), "candidates", "candidates.id = r.id", {
      [`grams${lead}`]: grams,
      [`gramCount${lead}`]: grams.length,
    });
  }
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
 * A superset: the LIKEs of matchConditions decide.
 */
function candidatesSql(i: number, { grams, unitIds, itemNames }: SearchWord): string {
  const sources = [
    grams.length === 1
      ? `SELECT g.resource_id AS id FROM ${SEARCH_GRAMS_TABLE} g WHERE g.gram IN (:...grams${i})`
      : `SELECT g.resource_id AS id FROM ${SEARCH_GRAMS_TABLE} g WHERE g.gram IN (:...grams${i}) GROUP BY g.resource_id HAVING COUNT(*) = :gramCount${i}`,
  ];
  if (unitIds.length) sources.push(`SELECT u.id AS id FROM data_resources u WHERE u.provider_unit_id IN (:...wordUnits${i})`);
  if (itemNames!.length) sources.push(`SELECT it.resource_id AS id FROM data_items it WHERE it.name IN (:...wordItems${i})`);
  // UNION, not UNION ALL: a resource named by two sources is one candidate, not two rows of the join.
  return `(${sources.join(" UNION ")})`;
}

/** Where word i may match, best place first (the SQL of MATCH_WEIGHT's order). */
function matchConditions(i: number, { unitIds, itemNames }: SearchWord): Map<SearchMatchField, string> {
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
