import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What follows one HTTP request through every async hop: its id (for logs and masked errors),
 * the number of SQL statements it ran (counted by the database logger), and what the access log
 * and metrics report once it is answered: the GraphQL operation and the caller's account.
 */
export interface RequestTrace {
  requestId: string;
  sqlStatements: number;
  /** The named GraphQL operation, once Apollo resolved it. */
  operationName?: string;
  /** The signed-in caller's account id. */
  accountId?: number;
  /** The codes of the GraphQL errors answered. */
  errorCodes?: string[];
  /** The language the caller reads (Accept-Language; see common/i18n.ts). */
  locale?: "zh-CN" | "en";
}

export const requestStore = new AsyncLocalStorage<RequestTrace>();

/** Records an error code the request answers with (for the error metrics), wherever it was refused. */
export function noteErrorCode(code: string): void {
  const trace = requestStore.getStore();
  if (trace) (trace.errorCodes ??= []).push(code);
}
