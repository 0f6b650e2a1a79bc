import type { EntityManager } from "typeorm";
import { dialectOf, type Dialect } from "../../../database/dialect";

/**
 * Multi-row INSERTs, plain or as upserts, in the transaction's own connection: one statement per
 * few thousand rows instead of one per row. MySQL/MariaDB: `ON DUPLICATE KEY UPDATE`; SQLite:
 * `ON CONFLICT (…) DO UPDATE`. Values are bound as parameters, never spliced into the SQL.
 */
export interface Upsert {
  /** The unique key the conflict is on (SQLite names it; MySQL uses whichever unique key matches). */
  key: readonly string[];
  /** Columns overwritten from the new row on conflict; none: the existing row is kept. */
  update: readonly string[];
  /** Extra assignments on conflict, as [column, expression over the existing row], e.g. version + 1. */
  increment?: readonly string[];
  /** Columns folded with the new row's value on conflict (roll-ups): sum, least or greatest. */
  accumulate?: readonly { column: string; by: "add" | "min" | "max" }[];
}

// SQLite binds at most 32,766 parameters per statement. MySQL/MariaDB: the driver (mysql2's text protocol, as TypeORM
// uses it) inlines escaped values, so only max_allowed_packet (16 MB by default) bounds a statement: a 10,000-row batch
// goes in one statement, one round trip, instead of five.
const LIMITS = {
  sqlite: { parameters: 30_000, rows: 2_000, keys: 1_000, chars: 4_000_000 },
  mysql: { parameters: 200_000, rows: 10_000, keys: 10_000, chars: 8_000_000 },
} as const;

export class BulkStatements {
  readonly dialect: Dialect;

  constructor(private readonly manager: EntityManager) {
    this.dialect = dialectOf(manager.dataSource);
  }

  quote(name: string): string {
    return this.dialect === "mysql" ? `\`${name}\`` : `"${name}"`;
  }

  /** Runs a statement with bound parameters. */
  query<T = Record<string, unknown>>(sql: string, parameters: readonly unknown[] = []): Promise<T[]> {
    return this.manager.query(sql, parameters as unknown[]);
  }

  /** A SELECT that locks the rows it reads until the transaction ends (SQLite: its one writer already holds them). */
  lockingRead(select: string): string {
    return this.dialect === "mysql" ? `${select} FOR UPDATE` : select;
  }

  /** How many keys one IN (…) list may carry in this dialect (split longer lists with `chunks`). */
  get keysPerStatement(): number {
    return LIMITS[this.dialect === "mysql" ? "mysql" : "sqlite"].keys;
  }

  /** `?, ?, ?` for an IN (…) list. */
  placeholders(count: number): string {
    return count === 0 ? "NULL" : "?,".repeat(count - 1) + "?";
  }

  /** INSERT of many rows (each in `columns` order), in as few statements as the limits allow; with `upsert`, existing rows are updated or kept. */
  async insert(table: string, columns: readonly string[], rows: readonly unknown[][], upsert?: Upsert): Promise<void> {
    if (rows.length === 0) return;
    const head = `INSERT INTO ${this.quote(table)} (${columns.map((c) => this.quote(c)).join(", ")}) VALUES `;
    const tail = upsert ? this.conflictClause(table, upsert) : "";
    const tuple = `(${this.placeholders(columns.length)})`;
    const limits = LIMITS[this.dialect === "mysql" ? "mysql" : "sqlite"];
    const rowsPerStatement = Math.max(1, Math.min(limits.rows, Math.floor(limits.parameters / columns.length)));
    let start = 0;
    while (start < rows.length) {
      let end = start;
      let chars = 0;
      while (end < rows.length && end - start < rowsPerStatement && chars < limits.chars) {
        chars += approximateChars(rows[end]);
        end++;
      }
      const parameters: unknown[] = [];
      for (let i = start; i < end; i++) for (const value of rows[i]) parameters.push(value);
      const sql = head + (tuple + ",").repeat(end - start - 1) + tuple + tail;
      await this.manager.query(sql, parameters);
      start = end;
    }
  }

  private conflictClause(table: string, upsert: Upsert): string {
    const { update, increment = [], accumulate = [] } = upsert;
    const fold = (column: string, by: "add" | "min" | "max", existing: string, incoming: string) =>
      `${this.quote(column)} = ${by === "add" ? `${existing} + ${incoming}` : `${this.dialect === "mysql" ? (by === "min" ? "LEAST" : "GREATEST") : by.toUpperCase()}(${existing}, ${incoming})`}`;
    if (this.dialect === "mysql") {
      const set = [
        ...update.map((c) => `${this.quote(c)} = VALUES(${this.quote(c)})`),
        ...increment.map((c) => `${this.quote(c)} = ${this.quote(c)} + 1`),
        ...accumulate.map(({ column, by }) => fold(column, by, this.quote(column), `VALUES(${this.quote(column)})`)),
      ];
      // No column to change: a no-op assignment keeps the existing row (INSERT IGNORE would also swallow other errors).
      if (set.length === 0) set.push(`${this.quote(upsert.key[0])} = ${this.quote(upsert.key[0])}`);
      return ` ON DUPLICATE KEY UPDATE ${set.join(", ")}`;
    }
    const target = `(${upsert.key.map((c) => this.quote(c)).join(", ")})`;
    const set = [
      ...update.map((c) => `${this.quote(c)} = excluded.${this.quote(c)}`),
      ...increment.map((c) => `${this.quote(c)} = ${this.quote(table)}.${this.quote(c)} + 1`),
      ...accumulate.map(({ column, by }) => fold(column, by, `${this.quote(table)}.${this.quote(column)}`, `excluded.${this.quote(column)}`)),
    ];
    return set.length === 0 ? ` ON CONFLICT ${target} DO NOTHING` : ` ON CONFLICT ${target} DO UPDATE SET ${set.join(", ")}`;
  }
}

function approximateChars(row: readonly unknown[]): number {
  let chars = 0;
  for (const value of row) chars += typeof value === "string" ? value.length * 3 + 3 : 12;
  return chars;
}
