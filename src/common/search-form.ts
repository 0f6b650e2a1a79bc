/**
 * How the catalog search reads a text — its words, the gram index, the names it matches in memory
 * and, on SQLite, the columns its LIKE reads — so that both databases give the same answers. It folds
 * what MariaDB's utf8mb4_unicode_ci folds: compatibility forms (NFKD: full-width letters and digits
 * become ASCII), case, and accents (combining marks dropped: Café → cafe, Zürich → zurich), then
 * recomposes (NFC: Hangul syllables stay whole). Han characters come out as they went in.
 */
export function searchForm(text: string): string {
  return text.normalize("NFKD").toLowerCase().replace(COMBINING_MARKS, "").normalize("NFC");
}

const COMBINING_MARKS = /\p{M}/gu;

/** searchForm as an SQL function of every SQLite connection (src/database/data-source.ts registers it). */
export const SEARCH_FORM_SQL = "search_form";

/** searchForm for SQL: NULL stays NULL. */
export function searchFormOfColumn(text: unknown): unknown {
  return typeof text === "string" ? searchForm(text) : text;
}
