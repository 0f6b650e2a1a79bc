/**
 * What a failed statement means for the request, from the driver's error code: the database is
 * not answering (timeouts, lost connections) or the transaction lost a lock race and may be run
 * again. TypeORM wraps statement errors in QueryFailedError (`driverError`); pool errors come bare.
 */
function driverCode(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const driverError = (error as { driverError?: unknown }).driverError ?? error;
  const code = (driverError as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

const UNAVAILABLE = new Set([
  "PROTOCOL_SEQUENCE_TIMEOUT", // mysql2: no answer within the statement timeout
  "ER_STATEMENT_TIMEOUT", // MariaDB max_statement_time
  "ER_QUERY_TIMEOUT", // MySQL max_execution_time
  "ER_QUERY_INTERRUPTED",
  "PROTOCOL_CONNECTION_LOST",
  "ETIMEDOUT",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "EHOSTUNREACH",
  "ER_CON_COUNT_ERROR",
  "SQLITE_BUSY", // a read that waited busy_timeout for a checkpoint or the writer
]);

/** The database did not answer in time or the connection to it failed: SERVICE_UNAVAILABLE. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = driverCode(error);
  return code !== undefined && UNAVAILABLE.has(code);
}

/** A deadlock or lock-wait timeout (or SQLite's busy writer): the whole transaction may run again. */
export function isRetryableConflict(error: unknown): boolean {
  const code = driverCode(error);
  return code === "ER_LOCK_DEADLOCK" || code === "ER_LOCK_WAIT_TIMEOUT" || code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT";
}

export function isUniqueViolation(error: unknown): boolean {
  const code = driverCode(error);
  return code === "ER_DUP_ENTRY" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
