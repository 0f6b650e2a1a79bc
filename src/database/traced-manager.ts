import { type DataSource, EntityManager, type QueryRunner, type ReplicationMode } from "typeorm";
import type { RequestTrace } from "../common/request-store";

/**
 * Statements count against the request that ran them (the `x-sql-statements` header, the access
 * log; DataLoaders must keep the count constant per request) because every entity manager a
 * request uses carries its trace, and so does every query runner those managers open: the logger
 * (src/database/sql-statement-logger.ts) finds the trace on the runner it is given.
 */
const TRACE = Symbol("request trace");
type TracedDataSource = DataSource & { [TRACE]?: RequestTrace };

/**
 * `manager`, with its statements counted against `trace`. A transaction's manager is bound to its
 * query runner: the runner carries the trace. Any other manager is rebuilt over a view of its data
 * source whose query runners are opened with the trace (everything else is the data source's own).
 */
export function tracedManager(manager: EntityManager, trace: RequestTrace): EntityManager {
  if (manager.queryRunner) {
    manager.queryRunner.data.trace ??= trace;
    return manager;
  }
  if ((manager.dataSource as TracedDataSource)[TRACE] === trace) return manager;
  const base = untraced(manager.dataSource);
  const view = Object.create(base) as TracedDataSource;
  view[TRACE] = trace;
  view.createQueryRunner = (mode?: ReplicationMode): QueryRunner => {
    const runner = base.createQueryRunner(mode);
    runner.data.trace = trace;
    return runner;
  };
  return new EntityManager(view);
}

/**
 * The data source itself, under a traced manager's view of it: what per-data-source caches (a
 * statement's compiled text, a mapper) must be keyed by, or they would be rebuilt for every request.
 */
export function untraced(dataSource: DataSource): DataSource {
  return Object.hasOwn(dataSource, TRACE) ? (Object.getPrototypeOf(dataSource) as DataSource) : dataSource;
}

/** The trace a statement run on this query runner, or on this manager outside a transaction, counts against. */
export function traceOf(runnerOrManager: QueryRunner | EntityManager | undefined): RequestTrace | undefined {
  if (!runnerOrManager) return undefined;
  if ("data" in runnerOrManager && runnerOrManager.data) return runnerOrManager.data.trace as RequestTrace | undefined;
  const manager = runnerOrManager as EntityManager;
  return manager.queryRunner ? traceOf(manager.queryRunner) : (manager.dataSource as TracedDataSource)[TRACE];
}
