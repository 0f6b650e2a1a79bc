import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../common/context";
import { noteErrorCode, requestStore } from "../common/request-store";

const MAX_OPERATION_NAME = 100;

/**
 * Notes the GraphQL operation and the codes of the errors answered on the request's trace, for the
 * access log and metrics; with `exposeSqlStatementCount` (not in production), the answer reports
 * how many SQL statements the request ran (`x-sql-statements`), for the N+1 checks.
 */
export function requestTracePlugin({ exposeSqlStatementCount }: { exposeSqlStatementCount: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          const trace = requestStore.getStore();
          if (trace && operationName) trace.operationName = operationName.slice(0, MAX_OPERATION_NAME);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          for (const error of errors ?? []) noteErrorCode(String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
          const trace = exposeSqlStatementCount ? requestStore.getStore() : undefined;
          if (trace) response.http.headers.set("x-sql-statements", String(trace.sqlStatements));
        },
      };
    },
  };
}
