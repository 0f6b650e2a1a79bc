import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import http from "node:http";
import { join } from "node:path";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { buildSchema, GraphQLError, GraphQLFieldResolver, GraphQLObjectType } from "graphql";
import type { RowDataPacket } from "mysql2/promise";
import { bearerToken, districtToday, listenOnLoopback, openPool } from "./variant-env";

/**
 * The N+1 baseline: the product's committed schema (schema.graphql) served by Apollo Server 5 on
 * Express 5 like the product, with naive resolvers: every field that needs data runs its own
 * statement for its own parent row. It resolves what the workloads ask and refuses the rest.
 */

const pool = openPool();
const rows = async (sql: string, values: unknown[]) => (await pool.query<RowDataPacket[]>(sql, values))[0];
const firstRow = async (sql: string, values: unknown[]) => (await rows(sql, values))[0] ?? null;

interface NaiveContext {
  today: string;
}

// The harness starts this process in the repository root.
const schema = buildSchema(readFileSync(join(process.cwd(), "schema.graphql"), "utf8"));

// The naive baseline resolves untyped rows of hand-written SQL, as a quick N+1 server would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = any;

function resolve(typeName: string, fieldName: string, resolver: GraphQLFieldResolver<Row, NaiveContext, Row>): void {
  const type = schema.getType(typeName) as GraphQLObjectType;
  type.getFields()[fieldName].resolve = resolver;
}

const unsupported = (what: string) => new GraphQLError(`The naive baseline does not support ${what}.`, { extensions: { code: "BAD_USER_INPUT" } });
const globalId = (type: string, id: number) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
const cursor = (index: number) => Buffer.from(`cursor:${index}`, "utf8").toString("base64url");

/** A connection whose totalCount and nodes each run their own statement when asked for. */
function connection(
  first: number | null | undefined,
  after: string | null | undefined,
  page: (limit: number) => Promise<RowDataPacket[]>,
  count: () => Promise<number>,
) {
  if (after != null) throw unsupported("`after`");
  const limit = first ?? 20;
  if (limit < 0 || limit > 100) throw new GraphQLError("first must be between 0 and 100", { extensions: { code: "BAD_USER_INPUT", field: "first" } });
  let loaded: Promise<RowDataPacket[]> | undefined;
  const load = () => (loaded ??= page(limit + 1));
  return {
    nodes: async () => (await load()).slice(0, limit),
    edges: async () => (await load()).slice(0, limit).map((node, i) => ({ cursor: cursor(i), node })),
    pageInfo: async () => {
      const all = await load();
      const shown = all.slice(0, limit);
      return {
        hasNextPage: all.length > limit,
        hasPreviousPage: false,
        startCursor: shown.length ? cursor(0) : null,
        endCursor: shown.length ? cursor(shown.length - 1) : null,
      };
    },
    totalCount: count,
  };
}

resolve("Query", "units", (_root, { first, after, filter }) => {
  if (filter?.parentId != null || filter?.search) throw unsupported("parentId or search filters");
  const kinds: string[] | undefined = filter?.kinds?.length ? filter.kinds : undefined;
  const where = kinds ? "WHERE kind IN (?)" : "";
  return connection(
    first,
    after,
    (limit) => rows(`SELECT * FROM units ${where} ORDER BY code, id LIMIT ?`, kinds ? [kinds, limit] : [limit]),
    async () => Number((await firstRow(`SELECT COUNT(*) AS n FROM units ${where}`, kinds ? [kinds] : []))!.n),
  );
});

resolve("Query", "unit", async (_root, { id, code }) => {
  if ((id == null) === (code == null)) throw new GraphQLError("Give either id or code, not both.", { extensions: { code: "BAD_USER_INPUT" } });
  const match = id != null ? /^Unit:(\d+)$/.exec(Buffer.from(id, "base64url").toString("utf8")) : null;
  if (id != null && !match) throw new GraphQLError(`"${id}" is not the ID of a Unit`, { extensions: { code: "BAD_USER_INPUT", field: "id" } });
  const unit = match ? await firstRow("SELECT * FROM units WHERE id = ?", [Number(match[1])]) : await firstRow("SELECT * FROM units WHERE code = ?", [code]);
  if (!unit) throw new GraphQLError("Unit not found", { extensions: { code: "NOT_FOUND" } });
  return unit;
});

const currentHolder = (unitId: number, role: string, today: string) =>
  firstRow("SELECT * FROM appointments WHERE unit_id = ? AND role = ? AND start_date <= ? AND (end_date IS NULL OR end_date > ?) ORDER BY id LIMIT 1", [
    unitId,
    role,
    today,
    today,
  ]);

resolve("Unit", "id", (unit) => globalId("Unit", unit.id));
resolve("Unit", "parent", (unit) => (unit.parent_id === null ? null : firstRow("SELECT * FROM units WHERE id = ?", [unit.parent_id])));
resolve("Unit", "cdo", (unit, _args, ctx) => currentHolder(unit.id, unit.kind === "DISTRICT" ? "DISTRICT_CDO" : "UNIT_CDO", ctx.today));
resolve("Unit", "dataSpecialist", (unit, _args, ctx) => currentHolder(unit.id, "DATA_SPECIALIST", ctx.today));
resolve("Unit", "dataResources", (unit, { first, after }) =>
  connection(
    first,
    after,
    (limit) => rows("SELECT * FROM data_resources WHERE provider_unit_id = ? ORDER BY code, id LIMIT ?", [unit.id, limit]),
    async () => Number((await firstRow("SELECT COUNT(*) AS n FROM data_resources WHERE provider_unit_id = ?", [unit.id]))!.n),
  ),
);

resolve("Appointment", "id", (a) => globalId("Appointment", a.id));
resolve("Appointment", "startDate", (a) => a.start_date);
resolve("Appointment", "endDate", (a) => a.end_date);
resolve("Appointment", "person", (a) => firstRow("SELECT * FROM persons WHERE id = ?", [a.person_id]));

resolve("Person", "id", (p) => globalId("Person", p.id));

resolve("DataResource", "id", (r) => globalId("DataResource", r.id));
resolve("DataResource", "items", (resource, { first, after }) =>
  connection(
    first,
    after,
    (limit) => rows("SELECT * FROM data_items WHERE resource_id = ? ORDER BY code, id LIMIT ?", [resource.id, limit]),
    async () => Number((await firstRow("SELECT COUNT(*) AS n FROM data_items WHERE resource_id = ?", [resource.id]))!.n),
  ),
);

resolve("DataItem", "id", (i) => globalId("DataItem", i.id));
resolve("DataItem", "dataType", (i) => i.data_type);

/** The API token, checked as the product does: the token row, then its account (two statements). */
async function contextFor(authorization: string | undefined): Promise<NaiveContext> {
  const token = bearerToken(authorization);
  const unauthenticated = () =>
    new GraphQLError("The access token is invalid, expired or revoked.", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
  if (!token?.startsWith("cdo_")) throw unauthenticated();
  const apiToken = await firstRow("SELECT * FROM api_tokens WHERE secret_hash = ?", [createHash("sha256").update(token).digest("hex")]);
  if (!apiToken || apiToken.revoked_at || (apiToken.expires_at && apiToken.expires_at <= new Date())) throw unauthenticated();
  const account = await firstRow("SELECT * FROM user_accounts WHERE id = ?", [apiToken.account_id]);
  if (!account || account.disabled) throw unauthenticated();
  if (!account.analyst && !account.district_administrator)
    throw new GraphQLError("The naive baseline answers district-wide readers only.", { extensions: { code: "FORBIDDEN" } });
  return { today: districtToday() };
}

async function main(): Promise<void> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<NaiveContext>({ schema, introspection: false, includeStacktraceInErrorResponses: false });
  await apollo.start();
  app.disable("x-powered-by");
  app.use("/graphql", express.json({ limit: 1_048_576 }), expressMiddleware(apollo, { context: ({ req }) => contextFor(req.headers.authorization) }));
  listenOnLoopback(httpServer, "naive");
}

main().catch((error: Error) => {
  process.stderr.write(`naive: ${error.stack}\n`);
  process.exit(1);
});
