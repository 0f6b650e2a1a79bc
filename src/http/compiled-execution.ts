import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { execute, GraphQLError, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { BoundedCache } from "../common/bounded-cache";
import type { RequestContext } from "../common/context";

type Gateway = ApolloServerOptionsWithGateway<RequestContext>["gateway"];

/** A document seen once, not compiled yet. */
const ONCE = Symbol("seen once");

/** Compiled documents kept (by query hash and operation name); a compiled one holds a few closures. */
const COMPILED_DOCUMENTS = 500;

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js's always have an object (Apollo
 * reads `extensions.code` before our formatError, and would answer a bare "Internal server error"
 * without the request id): the same error, made as graphql-js makes it, keeping its locations.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  return Object.defineProperty(rebuilt, "locations", { value: error.locations, enumerable: error.locations !== undefined });
}

/**
 * Apollo's execution replaced by graphql-jit's compiled queries: a document is compiled on its second
 * request (after Apollo's cached parse and validation) and every later request with the same text
 * runs the compiled function. The resolvers, their authorisation and the error formatting are the same as
 * under graphql-js. Apollo takes a custom executor only from a "gateway", so this is one that serves
 * the local schema and never changes it.
 *
 * A document graphql-jit cannot compile, and a request whose variables do not coerce, run on
 * graphql-js as before: its errors (BAD_USER_INPUT naming the variable) are then exactly graphql-js's.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const compiled = new BoundedCache<string, CompiledQuery | typeof ONCE | null>(COMPILED_DOCUMENTS);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    async load() {
      return {
        async executor({ document, operationName, request, context, queryHash }) {
          const key = `${queryHash}\n${operationName ?? ""}`;
          let query = compiled.get(key);
          const interpreted = () =>
            execute({ schema, document, contextValue: context, variableValues: request.variables, operationName }) as Promise<ExecutionResult>;
          if (query === undefined) {
            // Seen once: interpreted. Compiling costs far more than one execution, so only a document
            // that comes back is compiled (a client sending one-off documents makes no compiler work).
            compiled.set(key, ONCE);
            return interpreted();
          }
          if (query === ONCE) {
            const result = compileQuery(schema, document, operationName ?? undefined);
            query = isCompiledQuery(result) ? result : null;
            compiled.set(key, query);
          }
          if (!query) return interpreted();
          const result = await query.query(undefined, context, request.variables ?? {});
          // No data at all: the variables did not coerce (graphql-js words those errors as Apollo expects).
          if (!("data" in result)) return interpreted();
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
        },
      };
    },
    async stop() {},
  };
}
