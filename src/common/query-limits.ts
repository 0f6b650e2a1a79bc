import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestHandler } from "express";
import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  Kind,
  Lexer,
  OperationDefinitionNode,
  parse,
  SelectionSetNode,
  Source,
  TokenKind,
  typeFromAST,
} from "graphql";
import { ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { BoundedCache } from "./bounded-cache";
import { CatalogError, CommonErrorCode } from "./errors";
import { inLocale, type Locale, type Localised, localeOf } from "./i18n";
import { CommonMessages } from "./messages";
import { noteErrorCode, traceOf } from "./request-store";
import { DEFAULT_PAGE_SIZE } from "./pagination";
import { MAX_VARIABLE_LIST_ITEMS, nulField, overlongList } from "./variable-limits";

enum QueryLimitCode {
  QUERY_TOO_LARGE = "QUERY_TOO_LARGE",
  QUERY_TOO_DEEP = "QUERY_TOO_DEEP",
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
}

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Lexical tokens per document for signed-in callers (and the parser's own cap). */
  maxTokens: number;
  /** Callers without an Authorization header: a much smaller document. */
  maxAnonymousTokens: number;
  maxAnonymousBytes: number;
  maxAliases: number;
  maxDirectives: number;
}

function limitError(code: QueryLimitCode, message: Localised, limit: number): CatalogError {
  return new CatalogError(code, message, { limit, http: { status: 400 } });
}

/** Counts lexical tokens, stopping one past `limit`: linear, and never reads further than it must. */
function countTokens(source: string, limit: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

interface DocumentShape {
  depth: number;
  /** Field selections once every fragment spread is inlined (what a cost walk visits). Saturates, never overflows. */
  expandedFields: number;
  aliases: number;
  directives: number;
  /** Fields (sub-fields included) whose response name already appeared at their level. */
  repeats: number;
  fragments: number;
}

/**
 * graphql-js validation compares fragments pairwise, and fields sharing a response name pairwise,
 * subtrees included: quadratic. These keep its worst case (at the token limit) within tens of ms;
 * real pages use a handful of each (`__typename`, repeated by clients in every inline fragment, is free).
 */
const MAX_FRAGMENTS = 30;
const MAX_REPEATED_FIELDS = 200;

/**
 * Depth and expanded size of each operation, aliases and directives of the document, in one pass:
 * each fragment is measured once (memoised), so a fragment spread twice by the next one, level after
 * level, costs as much as writing it once. A fragment cycle counts as nothing here; validation refuses it.
 */
function shapeOf(document: DocumentNode, operation: OperationDefinitionNode | undefined): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let aliases = 0;
  let directives = 0;
  const measured = new Map<string, { depth: number; fields: number }>();
  const measuring = new Set<string>();

  const measure = (selectionSet: SelectionSetNode): { depth: number; fields: number } => {
    let depth = 0;
    let fields = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = selection.selectionSet ? measure(selection.selectionSet) : { depth: 0, fields: 0 };
        // Introspection fields do not count towards depth (as before); they still count as fields.
        if (!selection.name.value.startsWith("__")) depth = Math.max(depth, 1 + inner.depth);
        fields += 1 + inner.fields;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const inner = measure(selection.selectionSet);
        depth = Math.max(depth, inner.depth);
        fields += inner.fields;
      } else {
        const inner = fragment(selection.name.value);
        depth = Math.max(depth, inner.depth);
        fields += inner.fields;
      }
    }
    return { depth, fields: Math.min(fields, Number.MAX_SAFE_INTEGER) };
  };

  const fragment = (name: string): { depth: number; fields: number } => {
    const known = measured.get(name);
    if (known) return known;
    const definition = fragments.get(name);
    if (!definition || measuring.has(name)) return { depth: 0, fields: 0 };
    measuring.add(name);
    const result = measure(definition.selectionSet);
    measuring.delete(name);
    measured.set(name, result);
    return result;
  };

  // Aliases, directives and repeated response names as written (each node once). Repeats are what
  // graphql-js's overlapping-fields validation compares pairwise, sub-fields and all (inline
  // fragments merge into their level): a repeat weighs as many fields as it holds.
  let repeats = 0;
  const scanLevel = (selectionSet: SelectionSetNode): number => {
    const responseNames = new Set<string>();
    let size = 0;
    const scan = (set: SelectionSetNode): void => {
      for (const selection of set.selections) {
        directives += selection.directives?.length ?? 0;
        if (selection.kind === Kind.FIELD) {
          if (selection.alias) aliases += 1;
          const fields = 1 + (selection.selectionSet ? scanLevel(selection.selectionSet) : 0);
          const responseName = (selection.alias ?? selection.name).value;
          if (responseNames.has(responseName) && responseName !== "__typename") repeats += fields;
          else responseNames.add(responseName);
          size += fields;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          scan(selection.selectionSet);
        } else {
          size += 1;
        }
      }
    };
    scan(selectionSet);
    return size;
  };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    directives += definition.directives?.length ?? 0;
    scanLevel(definition.selectionSet);
  }

  // The named operation, or (before Apollo resolved it) the deepest and largest of them all.
  const operations = operation ? [operation] : document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  let depth = 0;
  let expandedFields = 0;
  for (const each of operations) {
    const result = measure(each.selectionSet);
    depth = Math.max(depth, result.depth);
    expandedFields = Math.min(expandedFields + result.fields, Number.MAX_SAFE_INTEGER);
  }
  return { depth, expandedFields, aliases, directives, repeats, fragments: fragments.size };
}

/**
 * The document checks that need no schema, each linear in the document: aliases, directives, the
 * size fragments expand to (bounded by the token limit: nothing may expand past what could be
 * written out in full), depth. Returns the first limit broken, or null.
 */
function checkShape(shape: DocumentShape, limits: QueryLimits, maxFields: number): CatalogError | null {
  if (shape.fragments > MAX_FRAGMENTS)
    return limitError(QueryLimitCode.QUERY_TOO_COMPLEX, CommonMessages.queryFragments(shape.fragments, MAX_FRAGMENTS), MAX_FRAGMENTS);
  if (shape.repeats > MAX_REPEATED_FIELDS)
    return limitError(QueryLimitCode.QUERY_TOO_COMPLEX, CommonMessages.queryRepeats(shape.repeats, MAX_REPEATED_FIELDS), MAX_REPEATED_FIELDS);
  if (shape.aliases > limits.maxAliases)
    return limitError(QueryLimitCode.QUERY_TOO_COMPLEX, CommonMessages.queryAliases(shape.aliases, limits.maxAliases), limits.maxAliases);
  if (shape.directives > limits.maxDirectives)
    return limitError(QueryLimitCode.QUERY_TOO_COMPLEX, CommonMessages.queryDirectives(shape.directives, limits.maxDirectives), limits.maxDirectives);
  if (shape.expandedFields > maxFields) return limitError(QueryLimitCode.QUERY_TOO_COMPLEX, CommonMessages.queryFields(maxFields), maxFields);
  if (shape.depth > limits.maxDepth) return limitError(QueryLimitCode.QUERY_TOO_DEEP, CommonMessages.queryDepth(shape.depth, limits.maxDepth), limits.maxDepth);
  return null;
}

/** Documents longer than this are measured every time (a page's query is a few hundred characters). */
const MAX_CACHED_DOCUMENT_LENGTH = 16_384;
/** Measured documents kept: at most this many × MAX_CACHED_DOCUMENT_LENGTH characters of keys. */
const MEASURED_DOCUMENTS = 500;

interface MeasuredText {
  /** Lexical tokens, counted up to one past the limit. */
  tokens: number;
  /** Null: a syntax error (or beyond the token limit). */
  shape: DocumentShape | null;
}

const measuredTexts = new BoundedCache<string, MeasuredText>(MEASURED_DOCUMENTS);

/** A document text's token count and shape, measured once per text and token limit (they depend on nothing else). */
function measuredText(query: string, maxTokens: number): MeasuredText {
  const cacheable = query.length <= MAX_CACHED_DOCUMENT_LENGTH;
  const key = `${maxTokens}:${query}`;
  const known = cacheable ? measuredTexts.get(key) : undefined;
  if (known) return known;
  let measured: MeasuredText;
  try {
    const tokens = countTokens(query, maxTokens);
    measured = { tokens, shape: tokens > maxTokens ? null : shapeOf(parse(query, { noLocation: true, maxTokens }), undefined) };
  } catch {
    measured = { tokens: 0, shape: null };
  }
  if (cacheable) measuredTexts.set(key, measured);
  return measured;
}

function queryOf(req: Parameters<RequestHandler>[0]): unknown {
  return req.method === "GET" ? req.query?.query : queryOfBody(req.body);
}

/** The `query` of a POST's parsed JSON body (an object), if it has one: for both /graphql paths. */
export function queryOfBody(body: unknown): unknown {
  return body !== null && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>).query : undefined;
}

/**
 * The first gate on /graphql, before authentication, Apollo's parse and validation: size and token
 * caps (much lower without an Authorization header), then the shape checks on the parsed document.
 * Refusals are GraphQL-shaped 400s; anything it cannot judge (no query, a syntax error) goes on to
 * Apollo, which answers it as usual.
 */
export function queryLimitsGate(limits: QueryLimits): RequestHandler {
  return (req, res, next) => {
    const query = queryOf(req);
    if (typeof query !== "string") return next();
    const refusal = queryLimitRefusal(limits, query, !req.headers.authorization);
    if (!refusal) return next();
    const trace = traceOf(req);
    noteErrorCode(trace, refusal.error.code);
    res.status(refusal.status).json(refusal.body(trace?.requestId, localeOf(req)));
  };
}

/** The gate's refusal of a query as an HTTP answer (400, GraphQL-shaped), or null when the query may go on. */
export function queryLimitRefusal(
  limits: QueryLimits,
  query: string,
  anonymous: boolean,
): { error: CatalogError; status: number; body: (requestId: string | undefined, locale: Locale) => object } | null {
  const error = brokenLimit(limits, query, anonymous);
  if (!error) return null;
  return {
    error,
    status: 400,
    body: (requestId, locale) => ({
      errors: [{ message: inLocale(error.localised, locale), extensions: { code: error.code, limit: error.extensions.limit, requestId } }],
    }),
  };
}

function brokenLimit(limits: QueryLimits, query: string, anonymous: boolean): CatalogError | null {
  if (anonymous && Buffer.byteLength(query, "utf8") > limits.maxAnonymousBytes) {
    return limitError(QueryLimitCode.QUERY_TOO_LARGE, CommonMessages.queryBytes(limits.maxAnonymousBytes), limits.maxAnonymousBytes);
  }
  const maxTokens = anonymous ? limits.maxAnonymousTokens : limits.maxTokens;
  const measured = measuredText(query, maxTokens);
  if (measured.tokens > maxTokens) return limitError(QueryLimitCode.QUERY_TOO_LARGE, CommonMessages.queryTokens(maxTokens, anonymous), maxTokens);
  if (!measured.shape) return null; // a syntax error: Apollo reports it
  return checkShape(measured.shape, limits, maxTokens) ?? null;
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

/**
 * Variables as the cost estimate sees them: no estimator reads the items of a list of input objects (a
 * bulk mutation's rows) nor the lists inside an input object (a bulk mutation's columns; only the
 * arguments `first` and the length of `ids: [ID!]` count), so such lists are estimated as empty instead of
 * being coerced item by item once more before execution coerces them.
 */
function costVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): Record<string, unknown> {
  let trimmed = variables;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    const value = variables[name];
    if (!type || value === null || typeof value !== "object") continue;
    const nullable = getNullableType(type);
    let estimated: unknown = value;
    if (Array.isArray(value)) {
      if (isListType(nullable) && isInputObjectType(getNamedType(nullable))) estimated = [];
    } else if (isInputObjectType(nullable)) {
      const fields = nullable.getFields();
      for (const [key, inner] of Object.entries(value)) {
        if (!Array.isArray(inner) || inner.length === 0 || !fields[key] || !isListType(getNullableType(fields[key].type))) continue;
        if (estimated === value) estimated = { ...value };
        (estimated as Record<string, unknown>)[key] = [];
      }
    }
    if (estimated === value) continue;
    if (trimmed === variables) trimmed = { ...variables };
    trimmed[name] = estimated;
  }
  return trimmed;
}

/** Apollo keeps a parsed document per query text (its document store): an operation's shape and costs are measured once per document. */
const operationShapes = new WeakMap<OperationDefinitionNode, DocumentShape>();
const operationCosts = new WeakMap<OperationDefinitionNode, BoundedCache<string, number>>();
/** Costs kept per operation (one per set of variables), and the longest variables (as JSON) worth keeping. */
const COSTS_PER_OPERATION = 32;
const MAX_CACHED_VARIABLES_LENGTH = 2048;

/** An operation Apollo has validated, with the variables of one request. */
export interface ResolvedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * After validation, before execution: the shape checks again (for operations that did not come
 * through the HTTP gate), the length of the variables' lists, U+0000 in string inputs, then the cost estimate — which walks every
 * fragment spread, so it only runs once the expanded size is known to be bounded. The refusal, if any
 * (for Apollo's pipeline, below, and the hot-query lane, src/http/hot-queries.ts).
 */
export function operationRefusal(
  schema: GraphQLSchema,
  limits: QueryLimits,
  { document, operation, operationName, variables }: ResolvedOperation,
): CatalogError | undefined {
  let shape = operationShapes.get(operation);
  if (!shape) operationShapes.set(operation, (shape = shapeOf(document, operation)));
  const broken = checkShape(shape, limits, limits.maxTokens);
  if (broken) return broken;
  const overlong = overlongList(variables ?? undefined);
  if (overlong)
    return new CatalogError(CommonErrorCode.BAD_USER_INPUT, CommonMessages.listTooLong(overlong.field, overlong.items, MAX_VARIABLE_LIST_ITEMS), {
      field: overlong.field,
      limit: MAX_VARIABLE_LIST_ITEMS,
      http: { status: 400 },
    });
  const nul = nulField(document, variables ?? undefined);
  if (nul) return new CatalogError(CommonErrorCode.BAD_USER_INPUT, CommonMessages.nulCharacter(nul), { field: nul, http: { status: 400 } });
  const estimated = costVariables(schema, operation, variables ?? {});
  const variablesKey = JSON.stringify(estimated);
  let costs = operationCosts.get(operation);
  if (!costs) operationCosts.set(operation, (costs = new BoundedCache(COSTS_PER_OPERATION)));
  let cost = variablesKey.length <= MAX_CACHED_VARIABLES_LENGTH ? costs.get(variablesKey) : undefined;
  if (cost === undefined) {
    try {
      cost = getComplexity({
        schema,
        query: document,
        operationName: operationName ?? undefined,
        variables: estimated,
        estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch (error) {
      // Invalid variables: execution reports them as BAD_USER_INPUT, naming the variable.
      if (error instanceof GraphQLError && error.message.startsWith("Variable ")) return undefined;
      // Anything else (e.g. the estimator's own node cap) means too big to estimate: refuse.
      return limitError(QueryLimitCode.QUERY_TOO_COMPLEX, CommonMessages.queryUnestimable((error as Error).message, limits.maxCost), limits.maxCost);
    }
    if (variablesKey.length <= MAX_CACHED_VARIABLES_LENGTH) costs.set(variablesKey, cost);
  }
  if (cost > limits.maxCost) {
    return new CatalogError(QueryLimitCode.QUERY_TOO_COMPLEX, CommonMessages.queryCost(cost, limits.maxCost), {
      cost,
      limit: limits.maxCost,
      http: { status: 400 },
    });
  }
  return undefined;
}

/** `operationRefusal` in Apollo's pipeline: a refused operation is answered its error, unexecuted. */
export function queryLimits(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const refusal = operationRefusal(schema, limits, { document, operation, operationName: request.operationName, variables: request.variables });
          if (refusal) throw refusal;
        },
      };
    },
  };
}
