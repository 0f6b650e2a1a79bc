import type { GraphQLSchema } from "graphql";
import type { RequestContext } from "../common/context";
import { operationRefusal, type QueryLimits } from "../common/query-limits";
import type { RequestTrace } from "../common/request-store";
import type { CompiledDocuments, HotQuery } from "./compiled-execution";
import { noteOperation, SQL_STATEMENTS_HEADER } from "./request-trace";

/** A POST body the lane may answer: only the three fields, of the types Apollo accepts (anything else is Apollo's to judge). */
interface LaneBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** What Apollo answers a successful single result in, by the request's Accept header (the headers clients send; any other goes through Apollo). */
export const ANSWER_CONTENT_TYPES = new Map<string | undefined, string>([
  [undefined, "application/json; charset=utf-8"],
  ["", "application/json; charset=utf-8"],
  ["*/*", "application/json; charset=utf-8"],
  ["application/json", "application/json; charset=utf-8"],
  ["application/json, */*", "application/json; charset=utf-8"],
  ["application/json, text/plain, */*", "application/json; charset=utf-8"],
  ["application/graphql-response+json", "application/graphql-response+json; charset=utf-8"],
  ["application/graphql-response+json, application/json", "application/graphql-response+json; charset=utf-8"],
  ["application/graphql-response+json,application/json;q=0.9", "application/graphql-response+json; charset=utf-8"],
  ["application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json; charset=utf-8"],
]);

export interface LaneSettings {
  schema: GraphQLSchema;
  limits: QueryLimits;
  documents: CompiledDocuments;
  exposeSqlStatementCount: boolean;
}

/** A request the lane takes: its hot query, variables and answer's content type. */
export interface HotRequest {
  hot: HotQuery;
  body: LaneBody;
  contentType: string;
}

/** The lane's answer, or why Apollo answers instead: `context` (the caller was refused), `unanswered` (refused, or variables that do not coerce: nothing ran), `settled` (it ran and met errors: Apollo formats them without running it again). */
export type LaneOutcome = { kind: "answered"; headers: Record<string, string>; body: string } | { kind: "context" | "unanswered" | "settled" };

/**
 * The hot-query lane: a query Apollo has already parsed, validated, let through the query limits
 * and run compiled (src/http/compiled-execution.ts) is run again without Apollo's request pipeline
 * (its document-store hash, its plugin stages and HTTP head, about a third of a small query's CPU:
 * bench/profiles/W2-*.txt). It does what that pipeline does for such a query and nothing else:
 *
 * - the caller's context, from the same factory (authentication, its loaders);
 * - what our plugins do for a query that succeeds: the operation's name on the trace (request-trace.ts),
 *   the query limits for this request's variables (the same `operationRefusal`), `x-sql-statements`;
 * - the compiled query, and Apollo's answer: `{"data":…}` as `application/json` (or what Apollo
 *   negotiates for the Accept header: only headers whose answer is known are taken).
 *
 * Anything else goes to Apollo, which answers it as it would have: a refused caller (the same
 * context, refused), a limit refused or variables that do not coerce (nothing ran), and a result with
 * errors — formatted, localised and given its HTTP status by Apollo and our plugins, from the result
 * already computed (`CompiledDocuments.settle`), never by running the query twice. Mutations, other
 * fields in the body (`extensions`: persisted queries), batches and replicas always go through Apollo.
 */
export class HotQueryLane {
  /** Requests taken, by outcome (the `graphql_hot_query_lane_total` metric). */
  readonly outcomes: Record<LaneOutcome["kind"], number> = { answered: 0, context: 0, unanswered: 0, settled: 0 };

  constructor(private readonly settings: LaneSettings) {}

  /** The request, if the lane takes it. */
  take(body: unknown, accept: string | undefined): HotRequest | undefined {
    const contentType = ANSWER_CONTENT_TYPES.get(accept);
    if (contentType === undefined || !isLaneBody(body)) return undefined;
    const hot = this.settings.documents.hotQuery(body.query, body.operationName);
    return hot && { hot, body, contentType };
  }

  async run(request: HotRequest, trace: RequestTrace, context: Promise<RequestContext>): Promise<LaneOutcome> {
    const outcome = await this.answer(request, trace, context);
    this.outcomes[outcome.kind] += 1;
    return outcome;
  }

  private async answer({ hot, body, contentType }: HotRequest, trace: RequestTrace, context: Promise<RequestContext>): Promise<LaneOutcome> {
    let ctx: RequestContext;
    try {
      ctx = await context;
    } catch {
      return { kind: "context" };
    }
    noteOperation(trace, hot.operation.name?.value);
    const { document, operation } = hot;
    if (operationRefusal(this.settings.schema, this.settings.limits, { document, operation, operationName: body.operationName, variables: body.variables })) {
      return { kind: "unanswered" };
    }
    const result = await hot.query.query(undefined, ctx, body.variables ?? {});
    if (!("data" in result)) return { kind: "unanswered" };
    if (result.errors?.length || result.extensions) {
      this.settings.documents.settle(ctx, result);
      return { kind: "settled" };
    }
    const headers: Record<string, string> = { "content-type": contentType };
    if (this.settings.exposeSqlStatementCount) headers[SQL_STATEMENTS_HEADER] = String(trace.sqlStatements);
    return { kind: "answered", headers, body: JSON.stringify({ data: result.data }) };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function isLaneBody(body: unknown): body is LaneBody {
  if (!isRecord(body) || typeof body.query !== "string") return false;
  for (const key in body) {
    if (key === "query") continue;
    const value = body[key];
    if (key === "variables" ? value !== null && !isRecord(value) : key !== "operationName" || (value !== null && typeof value !== "string")) return false;
  }
  return true;
}
