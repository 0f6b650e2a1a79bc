import "reflect-metadata";
import { randomUUID } from "node:crypto";
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import express, { ErrorRequestHandler } from "express";
import type { DataSource } from "typeorm";
import { Config, describeDatabase } from "./config";
import { Viewer } from "./common/auth";
import { ContextSettings, RequestContext } from "./common/context";
import { CatalogError, CommonErrorCode, RETRY_AFTER_SECONDS, serviceUnavailable } from "./common/errors";
import { QueryLimits, queryLimits, queryLimitsGate } from "./common/query-limits";
import { AccountKind, authenticate, createAccount, UserAccount } from "./modules/access";
import { exportAuditCsv } from "./modules/audit";
import { inventoryExportRoute, inventoryUploads } from "./modules/inventory";
import { openDataRoutes } from "./modules/opening";
import { annualReportPrintRoute } from "./modules/reports";
import { LARGE_REQUEST_OPERATIONS, scheduleQualityPartitions } from "./modules/quality";
import { scheduleFindingSweep } from "./modules/findings";
import { formatError, withoutSuggestions } from "./common/error-format";
import { logger } from "./common/logger";
import { accessLog, type FinishedRequest, onRequestFinished } from "./http/access-log";
import { CompiledDocuments } from "./http/compiled-execution";
import { HotQueryLane } from "./http/hot-queries";
import { corsPolicy } from "./http/cors";
import { explorerRoutes } from "./http/explorer";
import { graphqlClientGets } from "./http/graphql-get";
import { graphqlJsonBodies } from "./http/large-bodies";
import { graphqlExpressHandler, graphqlPath } from "./http/graphql-path";
import { CatalogMetrics } from "./http/metrics";
import { databaseAnswers, readinessRoute } from "./http/readiness";
import { requestTracePlugin } from "./http/request-trace";
import { followRequest, noteErrorCode, requestTrace, type RequestTrace } from "./common/request-store";
import { DEFAULT_LOCALE, inLocale, localeFromAcceptLanguage, localeOf } from "./common/i18n";
import { errorOfRequest } from "./common/error-format";
import { CommonMessages } from "./common/messages";
import { createDataSource, isMariaDb } from "./database/data-source";
import { isDatabaseUnavailable } from "./database/database-errors";
import { openReader, readerOf } from "./database/read-connection";
import { openReplicas, replicasOf } from "./database/replicas";
import { replicaRouting, routeReads } from "./http/replica-routing";
import { databaseIsEmpty, DEMO_PASSWORD, demoAccounts, DemoDataSummary, loadDemoData } from "./demo/load-demo-data";
import { catalogSchema } from "./schema";

/** A failure to start that is the operator's to fix: printed as one line, no stack trace. */
export class StartupError extends Error {}

export interface RunningCatalog {
  port: number;
  /** http://127.0.0.1:PORT/graphql (or the configured host). */
  url: string;
  dataSource: DataSource;
  demoData: DemoDataSummary | null;
  /** Graceful: stop accepting, finish in-flight requests, close the pool. */
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A request's trace (its id: the client's when well formed, else a new one; its language) and the headers every answer carries. */
function startTrace(headers: IncomingHttpHeaders): { trace: RequestTrace; headers: Record<string, string> } {
  const given = headers["x-request-id"];
  const requestId = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
  const acceptLanguage = headers["accept-language"];
  const locale = localeFromAcceptLanguage(typeof acceptLanguage === "string" ? acceptLanguage : undefined);
  return { trace: { requestId, sqlStatements: 0, locale }, headers: { "x-request-id": requestId, "content-language": locale } };
}

/** The answer to a body Express or /graphql's own path could not read (413 too large, 400 not JSON, else 500), GraphQL-shaped. */
function bodyErrorAnswer(status: number, trace: RequestTrace | undefined, maxRequestBytes: number): { status: number; body: object } {
  const requestId = trace?.requestId;
  const message = inLocale(
    status === 413
      ? CommonMessages.bodyTooLarge(maxRequestBytes)
      : status === 400
        ? CommonMessages.malformedJson
        : CommonMessages.internalError(String(requestId)),
    trace?.locale ?? DEFAULT_LOCALE,
  );
  return { status, body: { errors: [{ message, extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST", requestId } }] } };
}

/** A response carrying SERVICE_UNAVAILABLE (the database did not answer) is a 503 with Retry-After. */
function serviceUnavailableStatus(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          if (!errors?.some((error) => error.extensions?.code === CommonErrorCode.SERVICE_UNAVAILABLE)) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** /healthz answers within this, whatever the database does. */
const HEALTH_CHECK_TIMEOUT_MS = 2000;

async function openDatabase(config: Config): Promise<DataSource> {
  const where = describeDatabase(config.database);
  let dataSource: DataSource;
  let mariadb = false;
  try {
    mariadb = config.database.type === "mysql" && (await isMariaDb(config.database.url));
    dataSource = createDataSource({
      database: config.database,
      poolSize: config.databasePoolSize,
      mariadb,
      statementTimeoutMs: config.databaseStatementTimeoutMs,
    });
    await dataSource.initialize();
  } catch (error) {
    throw new StartupError(`Cannot open the database at ${where}: ${(error as Error).message}`);
  }
  if (config.database.type === "mysql") {
    const [{ charset }] = await dataSource.query("SELECT @@character_set_database AS charset");
    if (charset !== "utf8mb4") {
      await dataSource.destroy();
      throw new StartupError(
        `The database at ${where} uses character set ${charset}: create it with CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci (Chinese text needs it).`,
      );
    }
  }
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new StartupError(`Migrations failed on ${where}: ${(error as Error).message}`);
  }
  try {
    await openReader(dataSource);
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new StartupError(`Cannot open a read connection to ${where}: ${(error as Error).message}`);
  }
  // Replicas that cannot be reached now are skipped (logged) until they can: the primary serves meanwhile.
  await openReplicas(dataSource, config.databaseReplicas, (replica) =>
    createDataSource({ database: replica, poolSize: config.databasePoolSize, mariadb, statementTimeoutMs: config.databaseStatementTimeoutMs }),
  );
  return dataSource;
}

/** Opens the database, migrates it, loads demo data if asked, and serves GraphQL over HTTP. */
function contextSettings(config: Config): ContextSettings {
  return {
    districtTimeZone: config.districtTimeZone,
    auth: config.auth,
    sharingDecisionWorkingDays: config.sharingDecisionWorkingDays,
    searchCountBound: config.searchCountBound,
    quality: config.quality,
  };
}

/** BOOTSTRAP_ADMIN_*: the first district administrator, so a fresh production database can be administered. */
async function bootstrapAdministrator(config: Config, dataSource: DataSource): Promise<void> {
  const admin = config.bootstrapAdmin;
  if (!admin || (await dataSource.manager.existsBy(UserAccount, { username: admin.username.toLowerCase() }))) return;
  const ctx = new RequestContext(dataSource, "bootstrap", contextSettings(config), Viewer.system());
  await createAccount(ctx, { username: admin.username, password: admin.password, kind: AccountKind.PERSON, districtAdministrator: true });
  logger.info("created the bootstrap district administrator", { username: admin.username });
}

/** `clock`: the time every request sees (tests of deadlines set it; the default is the system clock). */
export async function startCatalog(config: Config, { clock }: { clock?: () => Date } = {}): Promise<RunningCatalog> {
  logger.setLevel(config.logLevel);
  const dataSource = await openDatabase(config);
  let stopPartitions: () => void = () => undefined;
  let stopFindingSweep: () => void = () => undefined;
  try {
    // Partitions first: the demo writes quality measurements for today (district time), which may be a month the
    // migration did not make yet (it makes the months up to the current UTC month).
    stopPartitions = await scheduleQualityPartitions(dataSource, config.districtTimeZone, config.qualityPartitions, clock);
    let demoData: DemoDataSummary | null = null;
    if (config.demoData === "always" || (config.demoData === "auto" && (await databaseIsEmpty(dataSource)))) {
      demoData = await loadDemoData(dataSource, contextSettings(config), clock);
    }
    await bootstrapAdministrator(config, dataSource);
    stopFindingSweep = await scheduleFindingSweep(dataSource, contextSettings(config), clock);
    const running = await serve(config, dataSource, demoData, clock);
    return { ...running, stop: () => (stopPartitions(), stopFindingSweep(), running.stop()) };
  } catch (error) {
    stopPartitions();
    stopFindingSweep();
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}

async function serve(config: Config, dataSource: DataSource, demoData: DemoDataSummary | null, clock?: () => Date): Promise<RunningCatalog> {
  const app = express();
  let serveRequest: http.RequestListener = app; // then /graphql's usual requests on their own path, below
  const httpServer = http.createServer((req, res) => serveRequest(req, res));
  const schema = await catalogSchema();
  const limits: QueryLimits = {
    maxDepth: config.maxQueryDepth,
    maxCost: config.maxQueryCost,
    maxTokens: config.maxQueryTokens,
    maxAnonymousTokens: config.maxAnonymousQueryTokens,
    maxAnonymousBytes: config.maxAnonymousQueryBytes,
    maxAliases: config.maxQueryAliases,
    maxDirectives: config.maxQueryDirectives,
  };
  const plugins: ApolloServerPlugin<RequestContext>[] = [
    ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
    // No HTTP cache hints here: the default cache-control plugin would wrap every field resolver.
    ApolloServerPluginCacheControlDisabled(),
    // Not a federated subgraph: Apollo's default inline-trace plugin would only be asked, on every request, whether it is one.
    ApolloServerPluginInlineTraceDisabled(),
    // No Apollo reporting (APOLLO_KEY in the environment would install it): every plugin of a request is one listed here (the hot-query lane relies on it).
    ApolloServerPluginUsageReportingDisabled(),
    ApolloServerPluginSchemaReportingDisabled(),
    queryLimits(schema, limits),
    serviceUnavailableStatus(),
    requestTracePlugin({ exposeSqlStatementCount: config.exposeSqlStatementCount }),
  ];
  const replicas = replicasOf(dataSource);
  if (replicas) plugins.push(replicaRouting(replicas, { exposeHeader: config.exposeSqlStatementCount }));
  plugins.push(ApolloServerPluginLandingPageDisabled()); // our own explorer (src/http/explorer.ts) needs no CDN
  const settings = contextSettings(config);

  /** The request's context: who is calling (from the Authorization header) and its loaders. */
  const contextFor = async (trace: RequestTrace, authorization: string | undefined, clientAddress?: string): Promise<RequestContext> => {
    const base = new RequestContext(dataSource, trace, settings, undefined, undefined, clock);
    if (clientAddress) base.clientAddress = clientAddress;
    try {
      const ctx = base.as(await authenticate(base, authorization));
      if (ctx.viewer.account) trace.accountId = ctx.viewer.account.id;
      return ctx;
    } catch (thrown) {
      let error = thrown;
      if (isDatabaseUnavailable(error)) error = serviceUnavailable();
      else if (!(error instanceof CatalogError)) {
        logger.error("authentication failed", { requestId: trace.requestId, error: (error as Error).message });
        error = new CatalogError("INTERNAL_SERVER_ERROR", CommonMessages.internalError(trace.requestId), { requestId: trace.requestId, http: { status: 500 } });
      }
      // Apollo formats a refusal of the context outside the request's plugins: it is answered in the request's language all the same.
      errorOfRequest(error, trace);
      throw error;
    }
  };

  /** Exports and the open-data routes only read: on a replica like a query (read-your-writes kept). */
  const readingContextFor = async (req: IncomingMessage, authorization: string | undefined): Promise<RequestContext> => {
    const ctx = await contextFor(requestTrace(req), authorization);
    if (replicas) routeReads(replicas, ctx);
    return ctx;
  };

  const documents = new CompiledDocuments(schema);
  // What the plugins above do for a successful query, the lane does too (src/http/hot-queries.ts); replica routing only in Apollo's pipeline.
  const lane = replicas ? undefined : new HotQueryLane({ schema, limits, documents, exposeSqlStatementCount: config.exposeSqlStatementCount });
  const apollo = new ApolloServer<RequestContext>({
    gateway: documents.gateway(), // graphql-jit: each document compiled once (src/http/compiled-execution.ts)
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns SIGTERM: drain, then close the pool, then exit 0
    // Without introspection, no "Did you mean …" either: suggestions would spell out the schema
    // (Apollo's hideSchemaDetailsFromClientErrors strips them from validation errors only, not variables').
    formatError: config.introspection ? formatError : (formatted, error) => withoutSuggestions(formatError(formatted, error)),
    parseOptions: { maxTokens: config.maxQueryTokens },
    // Compact JSON: Apollo's default indents every answer (about a third more bytes to write on a nested page, and its CPU).
    stringifyResult: (result) => JSON.stringify(result),
    plugins,
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy); // req.ip: the socket's address, or X-Forwarded-For's right-most untrusted hop
  app.use((req, res, next) => {
    const { trace, headers } = startTrace(req.headers);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.vary("accept-language");
    followRequest(req, trace);
    next();
  });
  const metrics = config.metrics.enabled ? new CatalogMetrics(dataSource, lane) : null;
  const finished = (request: FinishedRequest) => (accessLog(request), metrics?.observe(request));
  app.use(onRequestFinished(finished));
  app.use(["/graphql", "/exports"], corsPolicy(config.cors));

  app.get("/healthz", async (_req, res) => {
    if (await databaseAnswers(readerOf(dataSource), HEALTH_CHECK_TIMEOUT_MS)) return void res.json({ status: "ok", database: "up" });
    res.status(503).setHeader("retry-after", String(RETRY_AFTER_SECONDS)).json({ status: "unavailable", database: "down" });
  });
  // Aborted as soon as stop() begins: /readyz answers 503 from then on.
  const draining = new AbortController();
  app.get("/readyz", readinessRoute(dataSource, draining.signal, HEALTH_CHECK_TIMEOUT_MS));
  if (metrics) app.get("/metrics", metrics.route(config.metrics.token));

  // Exports in flight stop at their next page when the server stops (SIGTERM is not held up by a download).
  const stopping = new AbortController();
  /** Aborted when the server stops or the client goes away: an export stops reading then. */
  const exportSignal = (res: express.Response): AbortSignal => {
    const gone = new AbortController();
    res.once("close", () => gone.abort());
    const signal = AbortSignal.any([stopping.signal, gone.signal]);
    // A download its client is not reading waits on backpressure, past any page boundary: cut it off.
    signal.addEventListener("abort", () => res.destroy(), { once: true });
    return signal;
  };

  if (config.explorer) {
    const demo = config.demoData === "never" ? [] : demoAccounts.map(({ username, role }) => ({ username, role }));
    app.use(explorerRoutes({ demoAccounts: demo, demoPassword: DEMO_PASSWORD }));
  }

  app.use(
    "/graphql",
    ...graphqlJsonBodies(config.maxRequestBytes, LARGE_REQUEST_OPERATIONS, async (req, authorization) => {
      // MAX_REQUEST_BYTES, more for bulk mutations only, and only once the token checks out.
      const base = new RequestContext(dataSource, requestTrace(req), settings, undefined, undefined, clock);
      return (await authenticate(base, authorization)).account !== null;
    }),
    graphqlClientGets(), // a GET asking for application/graphql-response+json passes the CSRF guard (urql's default)
    inventoryUploads(config.maxRequestBytes), // multipart: importInventory's file (CSRF prevention stays on)
    queryLimitsGate(limits), // size, tokens and shape, before authentication and Apollo's validation
    graphqlExpressHandler(apollo, (req, trace) => contextFor(trace, req.headers.authorization, req.ip)),
  );
  // /graphql's usual requests on their own path (src/http/graphql-path.ts); everything else through Express.
  const graphqlRequests = graphqlPath({
    maxRequestBytes: config.maxRequestBytes,
    cors: config.cors,
    limits,
    apollo,
    lane,
    startTrace,
    finished,
    // Express's own req.ip (TRUST_PROXY and X-Forwarded-For), for a request Express does not see.
    clientAddress: (req) => Reflect.get(app.request, "ip", { app, headers: req.headers, socket: req.socket, connection: req.socket }),
    context: contextFor,
    bodyError: (status, trace) => bodyErrorAnswer(status, trace, config.maxRequestBytes),
  });
  serveRequest = (req, res) => (graphqlRequests.takes(req) ? graphqlRequests.serve(req, res) : app(req, res));

  // The audit trail as CSV, streamed: GET /exports/audit.csv?from=…&to=…&unitId=…&actorId=…&targetId=…
  app.get("/exports/audit.csv", async (req, res) => {
    const param = (name: string) => (typeof req.query[name] === "string" ? (req.query[name] as string) : undefined);
    const time = (name: string) => {
      const value = param(name);
      if (value === undefined) return undefined;
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) throw new CatalogError("BAD_USER_INPUT", CommonMessages.isoDateTime(name), { field: name });
      return date;
    };
    try {
      const ctx = await readingContextFor(req, req.headers.authorization);
      const filter = {
        from: time("from"),
        to: time("to"),
        unitId: param("unitId"),
        actorId: param("actorId"),
        targetId: param("targetId"),
        operation: param("operation"),
      };
      let started = false;
      await exportAuditCsv(ctx, filter, exportSignal(res), (chunk) => {
        if (!started) {
          res
            .status(200)
            .type("text/csv; charset=utf-8")
            .setHeader("content-disposition", 'attachment; filename="audit.csv"')
            .setHeader("cache-control", "no-store");
          started = true;
        }
        if (!res.write(chunk)) return new Promise<void>((resolve) => (res.once("drain", resolve), res.once("close", resolve)));
      });
      res.end();
    } catch (thrown) {
      if (res.headersSent) return void res.destroy();
      const error = isDatabaseUnavailable(thrown) ? serviceUnavailable() : thrown;
      if (error instanceof CatalogError) {
        const code = String(error.extensions.code);
        const status = code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : code === CommonErrorCode.SERVICE_UNAVAILABLE ? 503 : 400;
        if (status === 503) res.setHeader("retry-after", String(RETRY_AFTER_SECONDS));
        return void res
          .status(status)
          .json({ errors: [{ message: inLocale(error.localised, localeOf(req)), extensions: { code, field: error.extensions.field } }] });
      }
      const requestId = requestTrace(req).requestId;
      logger.error("audit export failed", { requestId, error: (error as Error).message });
      res.status(500).json({
        errors: [{ message: inLocale(CommonMessages.internalError(requestId), localeOf(req)), extensions: { code: "INTERNAL_SERVER_ERROR" } }],
      });
    }
  });

  // The public open-data catalog for harvesters: DCAT-AP JSON-LD and the read part of the CKAN action API (anonymous, any origin).
  app.use(
    openDataRoutes((req) => {
      const ctx = new RequestContext(dataSource, requestTrace(req), settings);
      if (replicas) routeReads(replicas, ctx);
      return ctx;
    }),
  );

  // Units' inventories and the empty template: GET /exports/inventory.csv|xlsx|template.xlsx?unitId=…&unitCode=…&includeDescendants=true
  // (bearer token, or a signed link from the inventoryExportLink query)
  app.get(["/exports/inventory.csv", "/exports/inventory.xlsx", "/exports/template.xlsx"], inventoryExportRoute(readingContextFor, exportSignal));

  // The printable annual report (A4 HTML): GET /reports/annual/<id>.html (bearer token, or a signed link from the annualReportPrintLink query)
  app.get("/reports/annual/:file", annualReportPrintRoute(readingContextFor));

  // Malformed or oversized bodies get a GraphQL-shaped error, never a stack trace.
  const bodyErrors: ErrorRequestHandler = (error, req, res, _next) => {
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    const trace = requestTrace(req);
    if (status === 500) logger.error("request failed", { requestId: trace.requestId, error: (error as Error)?.message });
    noteErrorCode(trace, status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST");
    const answer = bodyErrorAnswer(status, trace, config.maxRequestBytes);
    res.status(answer.status).json(answer.body);
  };
  app.use(bodyErrors);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  }).catch(async (error: NodeJS.ErrnoException) => {
    await apollo.stop();
    throw new StartupError(`Cannot listen on ${config.host}:${config.port}: ${error.code ?? error.message}`);
  });

  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host.includes(":") ? `[${config.host}]` : config.host;
  let stopped: Promise<void> | undefined;
  return {
    port,
    url: `http://${host}:${port}/graphql`,
    dataSource,
    demoData,
    stop() {
      stopped ??= (async () => {
        draining.abort();
        // Still serving, with /readyz at 503, until the load balancer has seen it (SHUTDOWN_DELAY_MS, 0 by default).
        if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
        stopping.abort();
        await apollo.stop(); // the drain plugin closes the listener and waits for in-flight requests
        if (dataSource.isInitialized) await dataSource.destroy();
      })();
      return stopped;
    },
  };
}
