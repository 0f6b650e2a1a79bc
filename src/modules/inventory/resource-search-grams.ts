/**
 * The catalog search's gram index (issue 13): every two-character gram of a resource's name, code
 * and summary, read as a search reads words (searchForm: compatibility forms, case and accents folded
 * as MariaDB's collation folds them), one row per (gram, resource). A search word's resources are then
 * found from the primary key (gram, resource_id) instead of a `LIKE '%…%'` over every resource.
 * Written in the same transaction as every write of those three fields (createDataResource,
 * updateDataResource, the import writer; the demo loader goes through them), filled for existing rows
 * by migration 1764264000000 and by the bench seed, written anew in the folded form by 1764265300000.
 * Items and units are not here: item names reach their resources through the (name, resource_id)
 * index, units through the abbreviation rule over the unit tree in memory.
 */
import type { EntityManager } from "typeorm";
import { chunks } from "../../common/chunks";
import { searchForm } from "../../common/search-form";
import { BulkStatements } from "./import/bulk-statements";

export const SEARCH_GRAMS_TABLE = "resource_search_grams";

/** The fields of a resource the index holds. */
export interface SearchableText {
  id: number;
  name: string;
  code: string;
  summary: string | null;
}

/** How a text is read before it is cut into grams: searchForm, or (in a migration) the form it replaces. */
type TextForm = (text: string) => string;

/**
 * The distinct grams of a text: each pair of adjacent characters (code points) of its search form,
 * none with white space in it (a search word never holds any). A text of one character has none.
 */
export function searchGramsOf(text: string, form: TextForm = searchForm): string[] {
  const chars = [...form(text)];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    if (!/\s/u.test(gram)) grams.add(gram);
  }
  return [...grams];
}

/** The text of a resource the index holds, as one. */
const indexedText = ({ name, code, summary }: SearchableText) => [name, code, summary ?? ""].join(" ");

/** Resources per DELETE and per read of the back-fill and the refill. */
const RESOURCES_PER_BATCH = 1_000;

/** Rewrites the grams of these resources (their text as given, already written in this transaction). */
export async function indexResourceText(manager: EntityManager, resources: readonly SearchableText[]): Promise<void> {
  await rewriteGrams(new BulkStatements(manager), resources, searchForm);
}

async function rewriteGrams(sql: BulkStatements, resources: readonly SearchableText[], form: TextForm): Promise<void> {
  for (const part of chunks(resources, RESOURCES_PER_BATCH)) {
    const ids = part.map((resource) => resource.id);
    await sql.query(`DELETE FROM ${SEARCH_GRAMS_TABLE} WHERE resource_id IN (${sql.placeholders(ids.length)})`, ids);
  }
  await insertGrams(sql, resources, form);
}

async function insertGrams(sql: BulkStatements, resources: readonly SearchableText[], form: TextForm): Promise<void> {
  const rows: unknown[][] = [];
  for (const resource of resources) for (const gram of searchGramsOf(indexedText(resource), form)) rows.push([gram, resource.id]);
  // DO NOTHING on a clash: grams are distinct per resource, this only guards a collation that equates two of them.
  await sql.insert(SEARCH_GRAMS_TABLE, ["gram", "resource_id"], rows, { key: ["gram", "resource_id"], update: [] });
}

/** The resources (those `where` keeps) in batches, in ID order: what the back-fill and the refill read, bounded in memory. */
async function* resourcesInBatches(sql: BulkStatements, where = ""): AsyncGenerator<SearchableText[]> {
  let after = 0;
  for (;;) {
    const batch = await sql.query<SearchableText>(
      `SELECT r.id, r.name, r.code, r.summary FROM data_resources r WHERE r.id > ?${where} ORDER BY r.id LIMIT ${RESOURCES_PER_BATCH}`,
      [after],
    );
    if (!batch.length) return;
    const resources = batch.map((row) => ({ ...row, id: Number(row.id) }));
    yield resources;
    after = resources[resources.length - 1].id;
  }
}

/** Fills the index for every resource that has no grams yet (the migration's back-fill; the bench seed's). */
export async function backfillResourceSearchGrams(manager: EntityManager): Promise<number> {
  const sql = new BulkStatements(manager);
  let indexed = 0;
  for await (const batch of resourcesInBatches(sql, ` AND NOT EXISTS (SELECT 1 FROM ${SEARCH_GRAMS_TABLE} g WHERE g.resource_id = r.id)`)) {
    await insertGrams(sql, batch, searchForm);
    indexed += batch.length;
  }
  return indexed;
}

/**
 * Writes anew, in `form`, the grams of every resource whose text reads otherwise in it than in
 * `previous` (a migration that changes the search form); the others' grams are the same in both and stay.
 */
export async function refillResourceSearchGrams(manager: EntityManager, previous: TextForm, form: TextForm): Promise<number> {
  const sql = new BulkStatements(manager);
  let refilled = 0;
  for await (const batch of resourcesInBatches(sql)) {
    const changed = batch.filter((resource) => previous(indexedText(resource)) !== form(indexedText(resource)));
    await rewriteGrams(sql, changed, form);
    refilled += changed.length;
  }
  return refilled;
}
