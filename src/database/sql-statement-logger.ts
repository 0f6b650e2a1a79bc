import type { Logger as TypeOrmLogger, QueryRunner } from "typeorm";
import { logger } from "../common/logger";
import { traceOf } from "./traced-manager";

/**
 * Counts every SQL statement against the request that ran it (DataLoaders must keep this
 * constant per request) and logs failed statements with the request id, server-side only.
 */
export class SqlStatementLogger implements TypeOrmLogger {
  /** Statements run since the process started, whatever their request. */
  total = 0;

  logQuery(_query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    this.total++;
    const trace = traceOf(queryRunner);
    if (trace) trace.sqlStatements++;
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const requestId = traceOf(queryRunner)?.requestId;
    logger.error("sql statement failed", { requestId, error: error instanceof Error ? error.message : error, sql: query.slice(0, 2000) });
  }

  logQuerySlow(time: number, query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    logger.warn("slow sql statement", { requestId: traceOf(queryRunner)?.requestId, ms: time, sql: query.slice(0, 2000) });
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
