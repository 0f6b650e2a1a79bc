import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { Viewer } from "../../common/auth";
import { type ContextSettings, RequestContext } from "../../common/context";
import { logger } from "../../common/logger";
import { ConfigError, describeDatabase, loadConfig } from "../../config";
import { createDataSource, isMariaDb } from "../../database/data-source";
import { recordFindings } from "./finding-ledger.service";

const DAY_MS = 86_400_000;

const sweepContext = (dataSource: DataSource, settings: ContextSettings, clock?: () => Date) => {
  const ctx = new RequestContext(dataSource, `recordFindings-${randomUUID()}`, settings, Viewer.system(), undefined, clock);
  ctx.operation = "recordFindings";
  return ctx;
};

/** The server's daily sweep of the findings ledger (问题台账): once at start, then every 24 hours; returns the stop. */
export async function scheduleFindingSweep(dataSource: DataSource, settings: ContextSettings, clock?: () => Date): Promise<() => void> {
  const run = async () => {
    const started = Date.now();
    const sweep = await recordFindings(sweepContext(dataSource, settings, clock));
    logger.info("findings sweep", { ...sweep, ms: Date.now() - started });
  };
  // A failed sweep (e.g. another server sweeping at the same moment) must not stop the server: the next one catches up.
  await run().catch((error: Error) => logger.error("findings sweep failed", { error: error.message }));
  const timer = setInterval(() => {
    run().catch((error: Error) => logger.error("findings sweep failed", { error: error.message }));
  }, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** `npm run findings:record`: one sweep of the findings ledger against DATABASE_URL; prints what it changed as JSON; returns the exit status. */
export async function runFindingsCommand(env: Record<string, string | undefined> = process.env): Promise<number> {
  let config;
  try {
    config = loadConfig({ LOG_LEVEL: "warn", ...env });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Configuration error: ${error.message}\n`);
    return 1;
  }
  logger.setLevel(config.logLevel);
  let dataSource: DataSource;
  try {
    const mariadb = config.database.type === "mysql" && (await isMariaDb(config.database.url));
    dataSource = createDataSource({ database: config.database, poolSize: 2, mariadb });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    process.stderr.write(`Cannot open the database at ${describeDatabase(config.database)}: ${(error as Error).message.split("\n")[0]}\n`);
    return 1;
  }
  try {
    const settings = { districtTimeZone: config.districtTimeZone, auth: config.auth, quality: config.quality };
    process.stdout.write(`${JSON.stringify(await recordFindings(sweepContext(dataSource, settings)))}\n`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}
