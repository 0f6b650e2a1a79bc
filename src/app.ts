import "reflect-metadata";
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { ErrorRequestHandler } from "express";
import type { DataSource } from "typeorm";
import { Config, describeDatabase } from "./config";
import { RequestContext } from "./common/context";
import { formatError } from "./common/error-format";
import { logger } from "./common/logger";
import { requestStore } from "./common/request-store";
import { createDataSource, isMariaDb } from "./database/data-source";
import { databaseIsEmpty, DemoDataSummary, loadDemoData } from "./demo/load-demo-data";
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

/** Reports how many SQL statements the request ran (non-production), for the N+1 checks. */
function sqlStatementHeader(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const trace = requestStore.getStore();
          if (trace) response.http.headers.set("x-sql-statements", String(trace.sqlStatements));
        },
      };
    },
  };
}

async function openDatabase(config: Config): Promise<DataSource> {
  const where = describeDatabase(config.database);
  let dataSource: DataSource;
  try {
    const mariadb = config.database.type === "mysql" && (await isMariaDb(config.database.url));
    dataSource = createDataSource({ database: config.database, poolSize: config.databasePoolSize, mariadb });
    await dataSource.initialize();
  } catch (error) {
    throw new StartupError(`Cannot open the database at ${where}: ${(error as Error).message}`);
  }
  try {
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw new StartupError(`Migrations failed on ${where}: ${(error as Error).message}`);
  }
  return dataSource;
}

/** Opens the database, migrates it, loads demo data if asked, and serves GraphQL over HTTP. */
export async function startCatalog(config: Config): Promise<RunningCatalog> {
  logger.setLevel(config.logLevel);
  const dataSource = await openDatabase(config);
  try {
    let demoData: DemoDataSummary | null = null;
    if (config.demoData === "always" || (config.demoData === "auto" && (await databaseIsEmpty(dataSource)))) {
      demoData = await loadDemoData(dataSource, config.districtTimeZone);
    }
    return await serve(config, dataSource, demoData);
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}

async function serve(config: Config, dataSource: DataSource, demoData: DemoDataSummary | null): Promise<RunningCatalog> {
  const app = express();
  const httpServer = http.createServer(app);
  const plugins: ApolloServerPlugin<RequestContext>[] = [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs })];
  if (config.exposeSqlStatementCount) plugins.push(sqlStatementHeader());

  const apollo = new ApolloServer<RequestContext>({
    schema: await catalogSchema(),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns SIGTERM: drain, then close the pool, then exit 0
    formatError,
    plugins,
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use((req, res, next) => {
    const given = req.get("x-request-id");
    const requestId = given && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader("x-request-id", requestId);
    requestStore.run({ requestId, sqlStatements: 0 }, next);
  });

  app.get("/healthz", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ok", database: "up" });
    } catch {
      res.status(503).json({ status: "unavailable", database: "down" });
    }
  });

  app.use(
    "/graphql",
    express.json({ limit: config.maxRequestBytes }),
    expressMiddleware(apollo, {
      context: async () => new RequestContext(dataSource, requestStore.getStore()!.requestId, { districtTimeZone: config.districtTimeZone }),
    }),
  );

  // Malformed or oversized bodies get a GraphQL-shaped error, never a stack trace.
  const bodyErrors: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    const message = status === 413 ? `Request body larger than ${config.maxRequestBytes} bytes` : status === 400 ? "Malformed JSON in request body" : "Internal server error";
    if (status === 500) logger.error("request failed", { error: (error as Error)?.message });
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST", requestId: res.getHeader("x-request-id") } }] });
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
  let stopping: Promise<void> | undefined;
  return {
    port,
    url: `http://${host}:${port}/graphql`,
    dataSource,
    demoData,
    stop() {
      stopping ??= (async () => {
        await apollo.stop(); // the drain plugin closes the listener and waits for in-flight requests
        await dataSource.destroy();
      })();
      return stopping;
    },
  };
}
