import { QueryFailedError } from "typeorm";
import type { DataSource } from "typeorm";
import type { RequestContext } from "./context";
import { CatalogError, CommonErrorCode } from "./errors";

// better-sqlite3 has one connection: transactions of concurrent requests must take turns.
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

function serialised<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "better-sqlite3") return work();
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(work, work);
  sqliteQueues.set(dataSource, next.catch(() => undefined));
  return next;
}

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === "ER_DUP_ENTRY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}

/**
 * Every mutation is one transaction: all its writes commit together or none do. A unique-key
 * race lost to a concurrent request is reported as CONFLICT (try again), never as SQL text.
 */
export async function withTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  try {
    const result = await serialised(ctx.dataSource, () => ctx.dataSource.transaction((manager) => work(ctx.withManager(manager))));
    ctx.clearLoaders();
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new CatalogError(CommonErrorCode.CONFLICT, "The record was changed by another request at the same time; reload and try again.");
    }
    throw error;
  }
}
