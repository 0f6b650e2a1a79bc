import type { SelectQueryBuilder } from "typeorm";
import { unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { containsPattern } from "../../common/loader-helpers";
import { RecordNames } from "../../common/messages";
import { SEARCH_FORM_SQL } from "../../common/search-form";
import { dialectOf } from "../../database/dialect";
import { catalogCondition, DataResource, SEARCH_GRAMS_TABLE, searchGramsOf } from "../inventory";
import { Unit } from "../organisation";
import { ResourceDimension, SearchMatchField } from "./analysis.enums";
import { AnalysisLoaders, UnitTree } from "./analysis.loaders";
import { AnalysisMessages } from "./analysis.messages";
import { ANALYSIS_LIMITS, MATCH_WEIGHT, pickRarestGrams, searchBounds, searchWords, textHoldsWord, wordNamesUnit, wordOfHanOnly } from "./analysis.policy";
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
   * many, scan the items), the grams its candidates would be read by (the rarest of its own; none
   * for a one-character word) and whether its LIKEs read the columns in search form (see matchConditions).
   */
  words: SearchWord[];
  /** How the matches are read (see planOf). */
  plan: SearchPlan;
}

/**
 * - word: from the candidates of the word with the fewest (every word must match, so no other
 *   resource can), the other words checked on them;
 * - tiers: every word has too many candidates, but few resources match a word outside items: those
 *   (tier 1, found by the words' grams and units) rank first; then the resources every word matches
 *   only through items (tier 2: the lowest score, so in code order), read down the code index and
 *   stopped at the page and at the count's bound;
 * - scan: one pass over the resources.
 */
type SearchPlan = { kind: "word"; word: number } | { kind: "tiers" } | { kind: "scan" };

/** The two tiers of a tiered search (SearchPlan "tiers"). */
export type SearchTier = 1 | 2;

interface SearchWord {
  word: string;
  pattern: string;
  unitIds: number[];
  itemNames: string[] | null;
  grams: string[];
  inSearchForm: boolean;
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
  const sqlite = dialectOf(ctx.manager.connection) === "sqlite";
  const read = words.map((word) => {
    const named = itemNames.filter((name) => textHoldsWord(name, word));
    return {
      word,
      pattern: containsPattern(word),
      unitIds: units.all.filter((unit) => wordNamesUnit(word, unit)).map((unit) => unit.id),
      itemNames: named.length > ANALYSIS_LIMITS.itemNamesPerWord ? null : named,
      grams: searchGramsOf(word),
      inSearchForm: sqlite && !wordOfHanOnly(word),
    };
  });
  return { filter, units, selectedUnits, ...(await planOf(ctx, read)) };
}

/**
 * How the query reads the matches, and by which grams: candidates come from indexes only (a word's
 * grams, its item names, its units), counted up to a cap in one statement (a scalar subquery per
 * source: no temporary table). The word with the fewest candidates leads when they are under the
 * cap; otherwise, when the words' grams and units hold few resources, the tiers; else one pass.
 */
async function planOf(ctx: RequestContext, words: SearchWord[]): Promise<Pick<Selection, "words" | "plan">> {
  const indexed = words.map((word, i) => i).filter((i) => words[i].grams.length > 0);
  if (indexed.length === 0) return { words, plan: { kind: "scan" } };
  const { candidateCap: cap } = searchBounds(ctx);
  const counts: { key: string; sql: string; parameters: unknown[] }[] = [];
  for (const gram of new Set(indexed.flatMap((i) => words[i].grams)))
    counts.push({ key: `gram ${gram}`, sql: `SELECT 1 AS one FROM ${SEARCH_GRAMS_TABLE} g WHERE g.gram = ?`, parameters: [gram] });
  for (const i of indexed) {
    const { unitIds, itemNames } = words[i];
    if (itemNames?.length)
      counts.push({ key: `items ${i}`, sql: `SELECT 1 AS one FROM data_items it WHERE it.name IN (${marks(itemNames)})`, parameters: itemNames });
    if (unitIds.length)
      counts.push({ key: `units ${i}`, sql: `SELECT 1 AS one FROM data_resources u WHERE u.provider_unit_id IN (${marks(unitIds)})`, parameters: unitIds });
  }
  const [row]: Record<string, string | number>[] = await ctx.manager.query(
    `SELECT ${counts.map(({ sql }, i) => `(SELECT COUNT(*) FROM (${sql} LIMIT ${cap}) c) AS n${i}`).join(", ")}`,
    counts.flatMap(({ parameters }) => parameters),
  );
  const count = new Map(counts.map(({ key }, i) => [key, Number(row[`n${i}`])]));
  const chosen = words.map((word, i) =>
    indexed.includes(i)
      ? {
          ...word,
          grams: pickRarestGrams(
            word.grams.map((gram) => [gram, count.get(`gram ${gram}`) ?? 0]),
            cap,
          ),
        }
      : word,
  );
  const byIndex = (i: number) => (count.get(`gram ${chosen[i].grams[0]}`) ?? 0) + (count.get(`units ${i}`) ?? 0);
  const able = indexed.filter((i) => words[i].itemNames !== null);
  const estimate = (i: number) => byIndex(i) + (count.get(`items ${i}`) ?? 0);
  const fewest = able.length ? able.reduce((best, i) => (estimate(i) < estimate(best) ? i : best)) : null;
  // Past the cap, reading the candidates through a join costs about what one pass over the resources does.
  if (fewest !== null && estimate(fewest) < cap) return { words: chosen, plan: { kind: "word", word: fewest } };
  const tierOne = indexed.length === words.length ? indexed.reduce((sum, i) => sum + byIndex(i), 0) : cap;
  return { words: chosen, plan: tierOne < cap ? { kind: "tiers" } : { kind: "scan" } };
}

const marks = (values: readonly unknown[]) => values.map(() => "?").join(", ");

/**
 * The resources a selection holds that the caller may read (the shared catalog, plus drafts within
 * scope, as dataResources), with every filter but `except`'s (disjunctive facets); for a tiered
 * search, those of one tier.
 */
export function selectedResources(ctx: RequestContext, selection: Selection, except?: ResourceDimension, tier?: SearchTier): SelectQueryBuilder<DataResource> {
  const { filter, plan, words } = selection;
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
  if (plan.kind === "word") {
    const sources = candidateSources(plan.word, words[plan.word], true);
    query.innerJoin(`(${sources.join(" UNION ")})`, "candidates", "candidates.id = r.id");
  } else if (tier === 1) {
    // UNION, not UNION ALL: a resource named by two sources is one candidate, not two rows of the join.
    query.innerJoin(`(${words.flatMap((word, i) => candidateSources(i, word, false)).join(" UNION ")})`, "candidates", "candidates.id = r.id");
  }
  words.forEach((word, i) => {
    const places = [...matchConditions(i, word).values()].join(" OR ");
    query.andWhere(`(${places})`, {
      [`word${i}`]: word.pattern,
      [`grams${i}`]: word.grams,
      [`gramCount${i}`]: word.grams.length,
      ...(word.unitIds.length ? { [`wordUnits${i}`]: word.unitIds } : {}),
      ...(word.itemNames?.length ? { [`wordItems${i}`]: word.itemNames } : {}),
    });
  });
  // Tier 1: some word matches outside items; tier 2: none does (CASE, so that a NULL summary reads as no match).
  if (tier === 1) query.andWhere(`(${words.map((word, i) => outsideItems(i, word)).join(" OR ")})`);
  if (tier === 2) words.forEach((word, i) => query.andWhere(`(CASE WHEN ${outsideItems(i, word)} THEN 1 ELSE 0 END) = 0`));
  if (scope) query.andWhere(`(${catalogCondition("r")} OR ${scope.where})`, scope.params);
  return query;
}

/**
 * The resources word i may match, as selects of distinct ids read from indexes only: those holding
 * its grams (name, code, summary), those of the units it names and (withItems) those with an item it
 * names. A superset: the LIKEs of matchConditions decide.
 */
function candidateSources(i: number, { grams, unitIds, itemNames }: SearchWord, withItems: boolean): string[] {
  const sources = [
    grams.length === 1
      ? `SELECT g.resource_id AS id FROM ${SEARCH_GRAMS_TABLE} g WHERE g.gram IN (:...grams${i})`
      : `SELECT g.resource_id AS id FROM ${SEARCH_GRAMS_TABLE} g WHERE g.gram IN (:...grams${i}) GROUP BY g.resource_id HAVING COUNT(*) = :gramCount${i}`,
  ];
  if (unitIds.length) sources.push(`SELECT u.id AS id FROM data_resources u WHERE u.provider_unit_id IN (:...wordUnits${i})`);
  if (withItems && itemNames!.length) sources.push(`SELECT it.resource_id AS id FROM data_items it WHERE it.name IN (:...wordItems${i})`);
  return sources;
}

/** Whether word i matches resource r somewhere but in its items. */
function outsideItems(i: number, word: SearchWord): string {
  return [...matchConditions(i, word).entries()]
    .filter(([field]) => field !== SearchMatchField.ITEM)
    .map(([, sql]) => sql)
    .join(" OR ");
}

/**
 * Where word i may match, best place first (the SQL of MATCH_WEIGHT's order). The word is in search
 * form (case, width and accents folded); what each database compares it with:
 * - MariaDB: the column as stored, in utf8mb4_unicode_ci, character by character, ignoring case,
 *   width and accents: what searchForm folds;
 * - SQLite: its LIKE ignores ASCII case only, so the column in search form (search_form, searchForm
 *   itself); for a word of Han characters only, the column as stored (wordOfHanOnly), as MariaDB does.
 * The same answers for Latin, Greek and Cyrillic letters, kana, Hangul and Han characters. Apart: what
 * the collation alone equates (other scripts' digits with ASCII ones, ς with σ, a few letters newer than
 * its Unicode 4.0) and what only NFKD spells out (the ligature ﬁ as fi, ㈠ as (一), an accent stored as a
 * separate mark) — there the gram index, and SQLite, follow searchForm.
 */
function matchConditions(i: number, { unitIds, itemNames, inSearchForm }: SearchWord): Map<SearchMatchField, string> {
  const like = (column: string) => `${inSearchForm ? `${SEARCH_FORM_SQL}(${column})` : column} LIKE :word${i} ESCAPE '!'`;
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
