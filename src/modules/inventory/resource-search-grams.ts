/**
 * The catalog search's gram index (issue 13): every two-character gram of a resource's name, code
 * and summary, read as a search reads words (NFKC, lower case), one row per (gram, resource). A
 * search word's resources are then found from the primary key (gram, resource_id) instead of a
 * `LIKE '%…%'` over every resource. Written in the same transaction as every write of those three
 * fields (createDataResource, updateDataResource, the import writer; the demo loader goes through
 * them), and filled for existing rows by migration 1764264000000 and by the bench seed.
 * Items and units are not here: item names reach their resources through the (name, resource_id)
 * index, units through the abbreviation rule over the unit tree in memory.
 */
import type { EntityManager } from "typeorm";
import { BulkStatements } from "./import/bulk-statements";

export const SEARCH_GRAMS_TABLE = "resource_search_grams";

/** The fields of a resource the index holds. */
export interface SearchableText {
  id: number;
  name: string;
  code: string;
  summary: string | null;
}

/** A text as the search reads it: NFKC (full-width letters and digits become ASCII), lower case. */
function searchForm(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * The distinct grams of a text: each pair of adjacent characters (code points) of its search form,
 * none with white space in it (a search word never holds any). A text of one character has none.
 */
export function searchGramsOf(text: string): string[] {
  const chars = [...searchForm(text)];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    if (!/\s/u.test(gram)) grams.add(gram);
  }
  return [...grams];
}

/** Resources per DELETE and per read of the back-fill. */
const RESOURCES_PER_BATCH = 1_000;

/** Rewrites the grams of these resources (their text as given, already written in this transaction). */
export async function indexResourceText(manager: EntityManager, resources: readonly SearchableText[]): Promise<void> {
  if (!resources.length) return;
  const sql = new BulkStatements(manager);
  for (let i = 0; i < resources.length; i += RESOURCES_PER_BATCH) {
    const ids = resources.slice(i, i + RESOURCES_PER_BATCH).map((resource) => resource.id);
    await sql.query(`DELETE FROM ${SEARCH_GRAMS_TABLE} WHERE resource_id IN (${sql.placeholders(ids.length)})`, ids);
  }
  await insertGrams(sql, resources);
}

async function insertGrams(sql: BulkStatements, resources: readonly SearchableText[]): Promise<void> {
  const rows: unknown[][] = [];
  for (const { id, name, code, summary } of resources) {
    for (const gram of searchGramsOf([name, code, summary ?? ""].join(" "))) rows.push([gram, id]);
  }
  // DO NOTHING on a clash: grams are distinct per resource, this only guards a collation that equates two of them.
  await sql.insert(SEARCH_GRAMS_TABLE, ["gram", "resource_id"], rows, { key: ["gram", "resource_id"], update: [] });
}

/** Fills the index for every resource that has no grams yet (the migration's back-fill; the bench seed's). */
export async function backfillResourceSearchGrams(manager: EntityManager): Promise<number> {
  const sql = new BulkStatements(manager);
  let after = 0;
  let indexed = 0;
  for (;;) {
    const batch = await sql.query<{ id: number; name: string; code: string; summary: string | null }>(
      `SELECT r.id, r.name, r.code, r.summary FROM data_resources r WHERE r.id > ? AND NOT EXISTS (SELECT 1 FROM ${SEARCH_GRAMS_TABLE} g WHERE g.resource_id = r.id) ORDER BY r.id LIMIT ${RESOURCES_PER_BATCH}`,
      [after],
    );
    if (!batch.length) return indexed;
    await insertGrams(
      sql,
      batch.map((row) => ({ ...row, id: Number(row.id) })),
    );
    after = Number(batch[batch.length - 1].id);
    indexed += batch.length;
  }
}
