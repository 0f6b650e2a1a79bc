import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../common/context";
import { errorOfRequest } from "../common/error-format";
import { noteErrorCode, type RequestTrace } from "../common/request-store";

const MAX_OPERATION_NAME = 100;

/** Not in production: the number of SQL statements the request ran, for the N+1 checks. */
export const SQL_STATEMENTS_HEADER = "x-sql-statements";

/** Notes the GraphQL operation's name on the request's trace (for the access log and metrics). */
export function noteOperation(trace: RequestTrace, operationName: string | null | undefined): void {
  if (operationName) trace.operationName = operationName.slice(0, MAX_OPERATION_NAME);
}

/**
 * Notes the GraphQL operation and the codes of the errors answered on the request's trace, for the
 * access log and metrics, and which request each error belongs to (its language and id, for the
 * error formatting); with `exposeSqlStatementCount` (not in production), the answer reports how many
 * SQL statements the request ran (`x-sql-statements`), for the N+1 checks.
 */
export function requestTracePlugin({ exposeSqlStatementCount }: { exposeSqlStatementCount: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, contextValue }) {
          noteOperation(contextValue.trace, operationName);
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) errorOfRequest(error, contextValue.trace);
        },
        async willSendResponse({ response, contextValue }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) noteErrorCode(contextValue.trace, String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          if (exposeSqlStatementCount) response.http.headers.set(SQL_STATEMENTS_HEADER, String(contextValue.trace.sqlStatements));
        },
      };
    },
  };
}
