import { type EntityManager, QueryFailedError, type QueryRunner } from "typeorm";
import { traceOf } from "./traced-manager";
import type { Pool, PoolConnection, QueryOptions } from "mysql2";

type QueryCallback = (error: Error | null, rows?: unknown) => void;
interface MysqlPool {
  getConnection(callback: (error: Error | null, connection: PoolConnection) => void): void;
}
interface MysqlDriverView {
  options: { type: string; enableQueryTimeout?: boolean; maxQueryExecutionTime?: number };
  pool?: Pool;
  poolCluster?: unknown;
}

/**
 * A read statement outside a transaction, on MySQL or MariaDB, run on the driver's pool directly:
 * what TypeORM's `manager.query` does — statement logging and counting (the data source's logger),
 * the statement timeout (`maxQueryExecutionTime`, and on MariaDB the server-side limit the pool adds
 * to each SELECT, src/database/data-source.ts), the slow-statement log, failures logged and wrapped
 * as `QueryFailedError` — without its per-statement query runner, broadcaster and result copy: a
 * small request's statements cost about a third less CPU this way (bench/profiles/W2-*.txt).
 *
 * Anywhere else (a transaction's manager, SQLite, a pool cluster) it is `manager.query` itself.
 */
export function readRows<R = Record<string, unknown>>(manager: EntityManager, sql: string, parameters: readonly unknown[]): Promise<R[]> {
  const driver = manager.connection.driver as unknown as MysqlDriverView;
  const pool = manager.queryRunner === undefined && driver.pool && !driver.poolCluster ? (driver.pool as unknown as MysqlPool) : undefined;
  if (!pool || (driver.options.type !== "mysql" && driver.options.type !== "mariadb")) return manager.query(sql, parameters as unknown[]);
  const logger = manager.connection.logger;
  // The logger counts and tags a statement by its query runner's trace; this statement has no runner, only the manager's trace.
  const runner = { data: { trace: traceOf(manager) } } as Pick<QueryRunner, "data"> as QueryRunner;
  const values = parameters as unknown[];
  const timeout = driver.options.enableQueryTimeout ? driver.options.maxQueryExecutionTime : undefined;
  logger.logQuery(sql, values, runner);
  return new Promise<R[]>((resolve, reject) => {
    // As TypeORM's query runner: a connection that cannot be had rejects with the driver's own error, unlogged.
    pool.getConnection((connectionError, connection) => {
      if (connectionError) return reject(connectionError);
      const started = Date.now();
      const done: QueryCallback = (error, rows) => {
        connection.release();
        const ms = Date.now() - started;
        if (timeout && ms > timeout) logger.logQuerySlow(ms, sql, values, runner);
        if (!error) return resolve(rows as R[]);
        logger.logQueryError(error, sql, values, runner);
        reject(new QueryFailedError(sql, values, error));
      };
      const statement: string | QueryOptions = timeout ? { sql, timeout } : sql;
      (connection.query as (statement: string | QueryOptions, values: unknown[], callback: QueryCallback) => unknown)(statement, values, done);
    });
  });
}
