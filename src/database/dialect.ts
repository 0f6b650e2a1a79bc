import type { DataSource } from "typeorm";
import type { DatabaseSettings } from "../config";

/** Which SQL a statement is written in. Here, not in data-source.ts: module code may use it without loading every entity. */
export type Dialect = DatabaseSettings["type"];

export function dialectOf(dataSource: DataSource): Dialect {
  return dataSource.options.type === "better-sqlite3" ? "sqlite" : "mysql";
}
