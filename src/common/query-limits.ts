import type { ApolloServerPlugin } from "@apollo/server";
import { FragmentDefinitionNode, getNullableType, GraphQLError, GraphQLSchema, isListType, Kind, SelectionSetNode } from "graphql";
import { ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "./pagination";

export enum QueryLimitCode {
  QUERY_TOO_DEEP = "QUERY_TOO_DEEP",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith("__")) continue;
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      if (seen.has(name) || !fragments[name]) continue;
      deepest = Math.max(deepest, depthOf(fragments[name].selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}

/** Lists without a page size (ancestors, current appointments, facets…) are costed as this many items. */
const UNPAGED_LIST_SIZE = 10;

/**
 * A list costs its size times its children: a connection's `first` (else the default page),
 * `nodes(ids)`'s number of IDs, any other list a fixed bound.
 */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity, field, type }) => {
  // A connection's edges/nodes are its page: already counted by the connection field's `first`.
  if (type.name.endsWith("Connection")) return undefined;
  if (field.args.some((arg) => arg.name === "first")) {
    const first = typeof args.first === "number" ? args.first : DEFAULT_PAGE_SIZE;
    return 1 + Math.max(first, 1) * childComplexity;
  }
  if (Array.isArray(args.ids)) return 1 + Math.max(args.ids.length, 1) * childComplexity;
  if (isListType(getNullableType(field.type))) return 1 + UNPAGED_LIST_SIZE * childComplexity;
  return undefined;
};

/** Refuses queries deeper or costlier than the limits, before they run, with the limit in the message. */
export function queryLimits(schema: GraphQLSchema, maxDepth: number, maxCost: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const depth = depthOf(operation.selectionSet, fragments, new Set());
          if (depth > maxDepth) {
            throw new GraphQLError(`Query depth ${depth} exceeds the limit of ${maxDepth}.`, { extensions: { code: QueryLimitCode.QUERY_TOO_DEEP, limit: maxDepth, http: { status: 400 } } });
          }
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Invalid variables: execution reports them as BAD_USER_INPUT, naming the variable.
            if (error instanceof GraphQLError && error.message.startsWith("Variable ")) return;
            // Anything else (e.g. the estimator's own node cap) means too big to estimate: refuse.
            throw new GraphQLError(`Query too large to run: ${(error as Error).message}. The cost limit is ${maxCost}.`, {
              extensions: { code: QueryLimitCode.QUERY_TOO_COMPLEX, limit: maxCost, http: { status: 400 } },
            });
          }
          if (cost > maxCost) {
            throw new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages or fewer nested lists.`, {
              extensions: { code: QueryLimitCode.QUERY_TOO_COMPLEX, cost, limit: maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
