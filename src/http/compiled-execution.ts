import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import { type DocumentNode, execute, type ExecutionResult, GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { BoundedCache } from "../common/bounded-cache";
import type { RequestContext } from "../common/context";
import type { RequestTrace } from "../common/request-store";

type Gateway = ApolloServerOptionsWithGateway<RequestContext>["gateway"];
/** What Apollo gives a gateway's executor (the parts used here). */
interface ExecutorRequest {
  document: DocumentNode;
  operationName: string | null;
  /** None when the client's operation name matches no operation of the document. */
  operation: OperationDefinitionNode | undefined;
  source: string;
  queryHash: string;
  request: { operationName?: string; variables?: Record<string, unknown> };
  context: object;
}

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

/** A query Apollo has parsed, validated, let through the query limits and run compiled: what the hot-query lane needs to run it again. */
export interface HotQuery {
  query: CompiledQuery;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/**
 * Query texts kept for the hot-query lane, the longest one kept (a text is a key: at most 4 MB of
 * them), and the operation names kept per text (a text of many operations pins no more than these).
 */
const HOT_QUERIES = 200;
const MAX_HOT_QUERY_LENGTH = 10_000;
const HOT_OPERATIONS_PER_QUERY = 4;

/**
 * Apollo's execution replaced by graphql-jit's compiled queries: a document is compiled on its second
 * request (after Apollo's cached parse and validation) and every later request with the same text
 * runs the compiled function. The resolvers, their authorisation and the error formatting are the same as
 * under graphql-js. Apollo takes a custom executor only from a "gateway", so this is one that serves
 * the local schema and never changes it.
 *
 * A document graphql-jit cannot compile, and a request whose variables do not coerce, run on
 * graphql-js as before: its errors (BAD_USER_INPUT naming the variable) are then exactly graphql-js's.
 *
 * A query (never a mutation) that has run compiled is "hot": `hotQuery` finds it by its text, for the
 * hot-query lane (src/http/hot-queries.ts), which runs it again without Apollo's pipeline.
 */
export class CompiledDocuments {
  private readonly compiled = new BoundedCache<string, CompiledQuery | typeof ONCE | null>(COMPILED_DOCUMENTS);
  /** By query text, then the operation name the client sent (null for none: "" is a name, of no operation). */
  private readonly hot = new BoundedCache<string, Map<string | null, HotQuery>>(HOT_QUERIES);
  /**
   * Results the hot-query lane already has for a request it hands to Apollo (to format its errors):
   * Apollo answers them instead of executing again. By the request's trace: Apollo runs a shallow copy
   * of the context it is given, which shares it.
   */
  private readonly settled = new WeakMap<RequestTrace, ExecutionResult>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** The hot query for this text and operation name, if there is one. */
  hotQuery(text: string, operationName: string | null | undefined): HotQuery | undefined {
    return this.hot.get(text)?.get(operationName ?? null);
  }

  /** What Apollo answers for this request's execution: a result the lane already has (it is never executed twice). */
  settle(context: RequestContext, result: ExecutionResult): void {
    this.settled.set(context.trace, asExecutionErrors(result));
  }

  gateway(): Gateway {
    const schema = this.schema;
    return {
      onSchemaLoadOrUpdate(callback) {
        callback({ apiSchema: schema, coreSupergraphSdl: "" });
        return () => undefined;
      },
      load: async () => ({ executor: (request) => this.execute(request) }),
      async stop() {},
    };
  }

  private async execute({ document, operationName, operation, source, request, context, queryHash }: ExecutorRequest): Promise<ExecutionResult> {
    const trace = (context as RequestContext).trace;
    const settled = this.settled.get(trace);
    if (settled) {
      this.settled.delete(trace);
      return settled;
    }
    const schema = this.schema;
    // The name the client sent, as Apollo's own executor passes it: for a name of no operation (Apollo
    // resolved none), graphql-js answers "Unknown operation named …" and runs nothing.
    const named = request.operationName;
    const interpreted = () =>
      execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: named }) as Promise<ExecutionResult>;
    if (!operation) return interpreted();
    const key = `${queryHash}\n${operationName ?? ""}`;
    let query = this.compiled.get(key);
    if (query === undefined) {
      // Seen once: interpreted. Compiling costs far more than one execution, so only a document
      // that comes back is compiled (a client sending one-off documents makes no compiler work).
      this.compiled.set(key, ONCE);
      return interpreted();
    }
    if (query === ONCE) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      query = isCompiledQuery(result) ? result : null;
      this.compiled.set(key, query);
    }
    if (!query) return interpreted();
    if (operation.operation === "query" && source.length <= MAX_HOT_QUERY_LENGTH) this.noteHot(source, named ?? null, { query, document, operation });
    const result = await query.query(undefined, context, request.variables ?? {});
    // No data at all: the variables did not coerce (graphql-js words those errors as Apollo expects).
    if (!("data" in result)) return interpreted();
    return asExecutionErrors(result);
  }

  private noteHot(text: string, operationName: string | null, hot: HotQuery): void {
    let byName = this.hot.get(text);
    if (!byName) this.hot.set(text, (byName = new Map()));
    if (!byName.has(operationName) && byName.size < HOT_OPERATIONS_PER_QUERY) byName.set(operationName, hot);
  }
}

/** graphql-jit's errors, as graphql-js makes them (what Apollo expects of an execution's errors). */
function asExecutionErrors(result: ExecutionResult): ExecutionResult {
  return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
}
