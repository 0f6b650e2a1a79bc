import { setTimeout as sleep } from "node:timers/promises";
import type { DataSource, EntityManager } from "typeorm";
import { isDatabaseUnavailable, isRetryableConflict, isUniqueViolation } from "../database/database-errors";
import { tracedManager } from "../database/traced-manager";
import type { RequestContext } from "./context";
import type { RequestTrace } from "./request-store";
import { concurrentChange, serviceUnavailable } from "./errors";

// better-sqlite3 is synchronous and the SQLite file has one writer connection: transactions take
// turns in this process. Reads never wait here: they go to the read connection (see readerOf).
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

function serialised<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "better-sqlite3") return work();
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(work, work);
  sqliteQueues.set(
    dataSource,
    next.catch(() => undefined),
  );
  return next;
}

/** Runs of a transaction that lost a deadlock or lock wait, before the request answers CONFLICT. */
const MAX_ATTEMPTS = 4;

export interface TransactionOptions {
  /**
   * The work can run again from the start (the default). An import reading its upload as it goes
   * cannot: a lost lock race answers CONFLICT at once.
   */
  replayable?: boolean;
  /** The request whose statements these are (they count against it: src/database/traced-manager.ts). */
  trace?: RequestTrace;
}

/** One transaction on the writer, in turn on SQLite; deadlocks and lock-wait timeouts run it again. */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  { replayable = true, trace }: TransactionOptions = {},
): Promise<T> {
  const opener = trace ? tracedManager(dataSource.manager, trace) : dataSource.manager;
  for (let attempt = 1; ; attempt++) {
    try {
      return await serialised(dataSource, () => opener.transaction(work));
    } catch (error) {
      if (isRetryableConflict(error)) {
        if (!replayable || attempt >= MAX_ATTEMPTS) throw concurrentChange();
        // Jittered backoff, so the two sides of a deadlock do not collide again in step.
        await sleep(10 * 2 ** attempt * (0.5 + Math.random()));
        continue;
      }
      if (isUniqueViolation(error)) throw concurrentChange();
      if (isDatabaseUnavailable(error)) throw serviceUnavailable();
      throw error;
    }
  }
}

/**
 * Every mutation is one transaction: all its writes commit together or none do. A unique-key
 * race lost to a concurrent request is reported as CONFLICT (try again), never as SQL text; a
 * deadlock or lock-wait timeout runs the transaction again a few times first.
 */
export async function withTransaction<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>, options?: TransactionOptions): Promise<T> {
  if (ctx.inTransaction) return work(ctx);
  const result = await inTransaction(ctx.dataSource, (manager) => work(ctx.withManager(manager)), { ...options, trace: ctx.trace });
  ctx.clearLoaders();
  return result;
}
