/**
 * The analysts' rules, written once: how search words are read and matched, how results rank, and
 * the bounds of every input.
 */
import type { RequestContext } from "../../common/context";
import { searchForm } from "../../common/search-form";
import { SearchMatchField } from "./analysis.enums";

export const ANALYSIS_LIMITS = {
  /** Characters of a search text, and words in it. */
  searchLength: 64,
  searchWords: 5,
  /** Hits one search returns (the best ones). */
  searchHits: 50,
  /** Unit IDs in one filter. */
  filterUnits: 50,
  /** Distinct item names one word may name through the item-name index; beyond, the items are scanned with LIKE. */
  itemNamesPerWord: 500,
  /**
   * Matches a search counts exactly by default (SEARCH_COUNT_BOUND); beyond, it answers "at least" this
   * many, as Elasticsearch's `hits.total.relation: gte` does, so a word half the district matches costs
   * no more than the bound.
   */
  searchCountBound: 1_000,
  /**
   * Candidates per count bound: rows counted per gram, per word's item names and per word's units when a
   * search plans its query are capped at this many times the bound (the bound of that count's cost); a
   * word with as many candidates or more is not read through them.
   */
  candidatesPerCountBound: 10,
  /** Grams a word's candidates are read by, at most (each one more narrows them, and costs its resources). */
  gramsPerWord: 3,
  /** Deepest unit level a cross-tab rolls up to (0 = the district). */
  unitDepth: 6,
};

/** A search's bounds: matches counted exactly, and candidates counted when it plans its query. */
export function searchBounds(ctx: RequestContext): { countBound: number; candidateCap: number } {
  const countBound = ctx.settings.searchCountBound ?? ANALYSIS_LIMITS.searchCountBound;
  return { countBound, candidateCap: countBound * ANALYSIS_LIMITS.candidatesPerCountBound };
}

/**
 * A search text as words: in search form (full-width letters and digits become ASCII; case and
 * accents folded: Café is cafe), split on white space (including the ideographic space), duplicates
 * dropped. Every word must match.
 */
export function searchWords(text: string): string[] {
  const words = searchForm(text).split(/\s+/u).filter(Boolean);
  return [...new Set(words)];
}

/** Whether a text holds a word (both read as searchWords reads the search). */
export function textHoldsWord(text: string, word: string): boolean {
  return searchForm(text).includes(word);
}

/**
 * Whether a word is of Han characters only: SQLite's LIKE then reads the columns as stored, as
 * MariaDB's does (searchForm changes no Han character, and neither database equates ⼈, a Kangxi
 * radical, with 人); any other word is matched against the columns in search form.
 */
export function wordOfHanOnly(word: string): boolean {
  return /^\p{Script=Han}+$/u.test(word);
}

/**
 * The abbreviation rule: a word names a unit when the unit's name or code contains it, or when
 * the word has at least two characters and they all occur in the unit's name in the same order
 * (卫健 → 区卫生健康局, 发改 → 区发展和改革局, 天经开 → 天宁经济开发区).
 */
export function wordNamesUnit(word: string, unit: { name: string; code: string }): boolean {
  const name = searchForm(unit.name);
  if (name.includes(word) || searchForm(unit.code).includes(word)) return true;
  const chars = [...word];
  if (chars.length < 2) return false;
  let at = 0;
  for (const char of chars) {
    at = name.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

/** What a word's match is worth, by where it matched: the best place counts, words add up. */
export const MATCH_WEIGHT: Record<SearchMatchField, number> = {
  [SearchMatchField.NAME]: 16,
  [SearchMatchField.CODE]: 8,
  [SearchMatchField.UNIT]: 4,
  [SearchMatchField.SUMMARY]: 2,
  [SearchMatchField.ITEM]: 1,
};

/**
 * Which of a word's grams (with their resource counts, capped at `cap`) its candidates are read by:
 * the rarest, then the next ones as long as they are under the cap (an intersection with a common
 * gram costs more than it narrows), at most gramsPerWord.
 */
export function pickRarestGrams(counted: [gram: string, resources: number][], cap: number): string[] {
  const rarest = [...counted].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return rarest
    .filter(([, resources], i) => i === 0 || resources < cap)
    .slice(0, ANALYSIS_LIMITS.gramsPerWord)
    .map(([gram]) => gram);
}
