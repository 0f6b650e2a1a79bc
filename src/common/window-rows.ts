import type { EntityManager, ObjectLiteral } from "typeorm";
import { fetchOrder, keysetCondition, type PageWindow, type SortKey } from "./pagination";
import type { PlainRows } from "./plain-rows";

/** The most parents a per-parent window writes as branches of one statement (a page of units is at most 100). */
const PER_PARENT_BRANCHES = 100;

/** A nested list whose pages a windowed DataLoader reads for many parents at once (see paginateWindow). */
export interface NestedList {
  table: string;
  /** The column naming a row's parent, or the columns of a composite parent (a score's evidence: its result and its indicator). */
  parentColumns: readonly string[];
  /** The list's order, `column` naming the table's column; the keys end with what tells two rows of one parent apart. */
  keys: readonly SortKey[];
  /**
   * The table's id column: the window is ranked on it and only the page's rows are read in full.
   * Null for a narrow table, whose ranked rows are the page.
   */
  rowId: string | null;
}

/**
 * SELECT, for every parent (its id, or its values of `parentColumns`), the first size + 1 rows beyond the
 * window's cursor (keyset condition inside the parent), in fetch order (reversed when paging
 * backward): one statement whatever the number of parents. Written by hand (no query builder): the
 * nested pages run it once per level on every request. `extra`: more conditions on the table,
 * aliased `w`.
 *
 * `perParent`: one LIMITed branch per parent, UNION ALL, each read down the (parent, order) index
 * and stopped at the window, instead of ranking every row of every parent with ROW_NUMBER(): for
 * parents with many rows and a small window (a unit's hundreds of resources, a page of 10), the
 * ranking reads them all. At most PER_PARENT_BRANCHES parents, beyond which the ranking is used.
 * The ranking selects each parent column's values: where composite parents cross, it may return
 * rows of parents not asked for (group the rows by parent and keep those asked for).
 */
export function windowRows<T extends object>(
  manager: EntityManager,
  rows: PlainRows<T>,
  list: NestedList,
  parentKeys: readonly (number | readonly number[])[],
  window: PageWindow,
  { extra = "", perParent = false }: { extra?: string; perParent?: boolean } = {},
): Promise<T[]> {
  const parents = parentKeys.map((key) => (typeof key === "number" ? [key] : key));
  const inner = list.keys.map((key) => ({ ...key, column: `w.${key.column}` }));
  const keyset = keysetCondition(inner, window);
  const orderBy = (columns: readonly SortKey[]) =>
    fetchOrder(columns, window)
      .map(({ column, direction }) => `${column} ${direction}`)
      .join(", ");
  const end = window.size + 1;
  const parameters: ObjectLiteral = { ...keyset.parameters, end };
  const picked = list.rowId === null ? "w.*" : `w.${list.rowId}`;
  let ranked: string;
  if (perParent && parents.length <= PER_PARENT_BRANCHES) {
    // `end` is the page's validated size (an Int of at most 100) + 1, not client text: LIMIT takes it as a literal.
    const branches = parents.map((parent, i) => {
      const ofParent = list.parentColumns.map((column, c) => {
        parameters[`parent${i}_${c}`] = parent[c];
        return `w.${column} = :parent${i}_${c}`;
      });
      const branch = `SELECT ${picked} FROM ${list.table} w WHERE ${ofParent.join(" AND ")} ${extra} AND ${keyset.sql} ORDER BY ${orderBy(inner)} LIMIT ${end}`;
      return `SELECT b${i}.* FROM (${branch}) b${i}`;
    });
    ranked = branches.join(" UNION ALL ");
  } else {
    const ofParents = list.parentColumns.map((column, c) => {
      parameters[`parents${c}`] = [...new Set(parents.map((parent) => parent[c]))];
      return `w.${column} IN (:...parents${c})`;
    });
    const partition = list.parentColumns.map((column) => `w.${column}`).join(", ");
    const rank = `ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${orderBy(inner)}) AS rn`;
    ranked = `SELECT ${picked} FROM (SELECT ${picked}, ${rank} FROM ${list.table} w WHERE ${ofParents.join(" AND ")} ${extra} AND ${keyset.sql}) w WHERE w.rn <= :end`;
  }
  const pageKeys = (alias: string) => list.keys.map((key) => ({ ...key, column: `${alias}.${key.column}` }));
  // MariaDB refuses a derived table straight inside IN (…): wrap it once more.
  const sql =
    list.rowId === null
      ? `SELECT ${rows.selectList("page")} FROM (${ranked}) page ORDER BY ${orderBy(pageKeys("page"))}`
      : `SELECT ${rows.selectList("x")} FROM ${list.table} x WHERE x.${list.rowId} IN (SELECT page.${list.rowId} FROM (${ranked}) page) ORDER BY ${orderBy(pageKeys("x"))}`;
  return rows.query(manager, sql, parameters);
}
