import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createConnection, RowDataPacket } from "mysql2/promise";
import { DataSource, DataSourceOptions } from "typeorm";
import type { DatabaseSettings } from "../config";
import { entities } from "../modules/entities";
import { migrations } from "../../migrations";
import { SnakeNamingStrategy } from "./naming-strategy";
import { SqlStatementLogger } from "./sql-statement-logger";

export type Dialect = DatabaseSettings["type"];

export interface DataSourceSettings {
  database: DatabaseSettings;
  poolSize?: number;
  /** MariaDB reports column defaults differently from MySQL; TypeORM needs to know which it talks to. */
  mariadb?: boolean;
}

/**
 * The embedded SQLite file and MySQL/MariaDB run the same entities and the same migrations.
 * `synchronize` stays off: the schema is what the committed migrations make it.
 */
export function createDataSource(settings: DataSourceSettings): DataSource {
  const common = {
    entities,
    migrations,
    migrationsTableName: "schema_migrations",
    namingStrategy: new SnakeNamingStrategy(),
    logger: new SqlStatementLogger(),
    synchronize: false,
    maxQueryExecutionTime: 1000,
  } satisfies Partial<DataSourceOptions>;

  const db = settings.database;
  if (db.type === "sqlite") {
    if (db.path !== ":memory:") mkdirSync(dirname(db.path), { recursive: true });
    return new DataSource({
      ...common,
      type: "better-sqlite3",
      database: db.path,
      enableWAL: db.path !== ":memory:",
      prepareDatabase: (sqlite: { pragma(source: string): unknown }) => {
        sqlite.pragma("foreign_keys = ON");
        sqlite.pragma("busy_timeout = 5000");
      },
    });
  }
  return new DataSource({
    ...common,
    type: settings.mariadb ? "mariadb" : "mysql",
    url: db.url,
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    // DATE columns are civil dates: read them as "YYYY-MM-DD", never through a time zone.
    dateStrings: ["DATE"],
    poolSize: settings.poolSize ?? 10,
    connectTimeout: 5000,
  });
}

/** Asks a MySQL-protocol server whether it is MariaDB. Connection failures propagate (one-line start errors). */
export async function isMariaDb(url: string): Promise<boolean> {
  const connection = await createConnection({ uri: url, connectTimeout: 5000 });
  try {
    const [rows] = await connection.query<RowDataPacket[]>("SELECT VERSION() AS version");
    return String(rows[0].version).includes("MariaDB");
  } finally {
    await connection.end();
  }
}

export function dialectOf(dataSource: DataSource): Dialect {
  return dataSource.options.type === "better-sqlite3" ? "sqlite" : "mysql";
}

export function statementLogger(dataSource: DataSource): SqlStatementLogger {
  return dataSource.logger as SqlStatementLogger;
}
