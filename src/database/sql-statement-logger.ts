import type { Logger as TypeOrmLogger, QueryRunner } from "typeorm";
import { logger } from "../common/logger";
import { requestStore } from "../common/request-store";

/**
 * Counts every SQL statement against the request that ran it (DataLoaders must keep this
 * constant per request) and logs failed statements with the request id, server-side only.
 */
export class SqlStatementLogger implements TypeOrmLogger {
  /** Statements run since the process started, whatever their request. */
  total = 0;

  logQuery(): void {
    this.total++;
    const trace = requestStore.getStore();
    if (trace) trace.sqlStatements++;
  }

  logQueryError(error: string | Error, query: string): void {
    logger.error("sql statement failed", { error: error instanceof Error ? error.message : error, sql: query.slice(0, 2000) });
  }

  logQuerySlow(time: number, query: string): void {
    logger.warn("slow sql statement", { ms: time, sql: query.slice(0, 2000) });
  }

  logSchemaBuild(message: string): void {
    logger.debug(message);
  }

  logMigration(message: string): void {
    logger.info(message);
  }

  log(level: "log" | "info" | "warn", message: unknown, _queryRunner?: QueryRunner): void {
    if (level === "warn") logger.warn(String(message));
    else logger.debug(String(message));
  }
}
