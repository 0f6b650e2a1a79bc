import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import mysql2 from "mysql2";
import { createConnection, RowDataPacket } from "mysql2/promise";
import { DataSource, DataSourceOptions } from "typeorm";
import { SEARCH_FORM_SQL, searchFormOfColumn } from "../common/search-form";
import type { DatabaseSettings } from "../config";
import { entities } from "../modules/entities";
import { migrations } from "../../migrations";
import { SnakeNamingStrategy } from "./naming-strategy";
import { SqlStatementLogger } from "./sql-statement-logger";

export interface DataSourceSettings {
  database: DatabaseSettings;
  poolSize?: number;
  /** MySQL/MariaDB: a statement gets no answer for this long, the client gives up on it (and the server stops a longer one). */
  statementTimeoutMs?: number;
  /** MariaDB reports column defaults differently from MySQL; TypeORM needs to know which it talks to. */
  mariadb?: boolean;
}

/** What prepareDatabase is given: the better-sqlite3 connection, as far as it is used here. */
interface SqliteConnection {
  pragma(source: string): unknown;
  function(name: string, options: { deterministic: boolean }, implementation: (value: unknown) => unknown): unknown;
}

/**
 * The embedded SQLite file and MySQL/MariaDB run the same entities and the same migrations.
 * `synchronize` stays off: the schema is what the committed migrations make it.
 */
export function createDataSource(settings: DataSourceSettings): DataSource {
  const common = {
    entities: entities(),
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
      prepareDatabase: (sqlite: SqliteConnection) => {
        sqlite.pragma("foreign_keys = ON");
        sqlite.pragma("busy_timeout = 5000");
        // WAL: a commit is durable once in the log; NORMAL skips an fsync per commit, never risks corruption.
        sqlite.pragma("synchronous = NORMAL");
        // SQLite's LIKE folds ASCII case only: the search compares what MariaDB's collation folds through this.
        sqlite.function(SEARCH_FORM_SQL, { deterministic: true }, searchFormOfColumn);
      },
    });
  }
  const timeoutMs = settings.statementTimeoutMs;
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
    // No stack captured per statement (mysql2's `trace`): a database error's stack never reaches a client anyway.
    // No prepared statements are used (TypeORM sends text statements): mysql2's per-connection statement cache
    // preallocates its capacity (16,000 slots, about 0.5 MB a connection), so it is kept to a few.
    extra: { trace: false, maxPreparedStatements: 8 },
    // mysql2 gives up on a statement unanswered this long (a frozen server) and drops its connection.
    ...(timeoutMs ? { enableQueryTimeout: true, maxQueryExecutionTime: timeoutMs } : {}),
    ...(timeoutMs ? { driver: withStatementTimeouts(timeoutMs, settings.mariadb ?? false) } : {}),
  });
}

/**
 * mysql2 with statement timeouts that hold: a connection whose statement timed out is dropped
 * (mysql2 would leave the dead statement at the head of its queue and every later one would wait
 * behind it forever), and the server stops a read running longer too. MariaDB: each SELECT is sent
 * as `SET STATEMENT max_statement_time = s FOR SELECT …` (writes and migrations are not cut off);
 * MySQL: the session's max_execution_time (SELECTs only). Each connection keeps one promise wrapper.
 */
function withStatementTimeouts(timeoutMs: number, mariadb: boolean): typeof mysql2 {
  const seconds = (timeoutMs / 1000).toFixed(3);
  const limited = (sql: unknown): unknown => {
    if (!mariadb) return sql;
    if (typeof sql === "string") return /^\s*SELECT\b/i.test(sql) ? `SET STATEMENT max_statement_time = ${seconds} FOR ${sql}` : sql;
    if (sql && typeof sql === "object" && "sql" in sql) return { ...sql, sql: limited((sql as { sql: unknown }).sql) };
    return sql;
  };
  type Callback = (error: { code?: string } | null, ...results: unknown[]) => void;
  return {
    ...mysql2,
    createPool(options: mysql2.PoolOptions) {
      const pool = mysql2.createPool(options);
      pool.on("connection", (connection) => {
        if (!mariadb) connection.query(`SET SESSION max_execution_time = ${timeoutMs}`, () => undefined);
        // TypeORM asks for the promise wrapper per statement, and mysql2 requires its module and builds a new
        // event-forwarding wrapper each time: one wrapper per connection (it holds no state of a statement).
        const promise = connection.promise.bind(connection);
        let wrapper: ReturnType<typeof promise> | undefined;
        connection.promise = (promiseImpl?: PromiseConstructor) => (promiseImpl ? promise(promiseImpl) : (wrapper ??= promise()));
        const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
        (connection as unknown as { query: (...args: unknown[]) => unknown }).query = (sql: unknown, ...rest: unknown[]) => {
          const last = rest.length - 1;
          const callback = rest[last];
          if (typeof callback === "function") {
            rest[last] = ((error, ...results) => {
              if (error?.code === "PROTOCOL_SEQUENCE_TIMEOUT") connection.destroy();
              (callback as Callback)(error, ...results);
            }) satisfies Callback;
          }
          return query(limited(sql), ...rest);
        };
      });
      return pool;
    },
  } as typeof mysql2;
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
