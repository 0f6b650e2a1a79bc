import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What follows one HTTP request through every async hop: its id (for logs and masked errors)
 * and the number of SQL statements it ran (counted by the database logger).
 */
export interface RequestTrace {
  requestId: string;
  sqlStatements: number;
}

export const requestStore = new AsyncLocalStorage<RequestTrace>();
