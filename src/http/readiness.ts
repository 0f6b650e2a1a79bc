import type { RequestHandler } from "express";
import type { DataSource } from "typeorm";
import { RETRY_AFTER_SECONDS } from "../common/errors";

/** Whether the database answers `SELECT 1` within `timeoutMs`. */
export async function databaseAnswers(dataSource: DataSource, timeoutMs: number): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error("database check timed out")), timeoutMs)));
  try {
    await Promise.race([dataSource.query("SELECT 1"), timedOut]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /readyz: may this instance receive traffic? Not while it stops (503 from the moment stop() begins),
 * nor while the database does not answer. The server only listens once migrations ran.
 * /healthz stays the liveness check.
 */
export function readinessRoute(dataSource: DataSource, stopping: AbortSignal, timeoutMs: number): RequestHandler {
  return async (_req, res) => {
    const unavailable = (reason: string) => res.status(503).setHeader("retry-after", String(RETRY_AFTER_SECONDS)).json({ status: "unavailable", reason });
    res.setHeader("cache-control", "no-store");
    if (stopping.aborted) return void unavailable("stopping");
    if (!(await databaseAnswers(dataSource, timeoutMs))) return void unavailable("database");
    if (stopping.aborted) return void unavailable("stopping");
    res.json({ status: "ready" });
  };
}
