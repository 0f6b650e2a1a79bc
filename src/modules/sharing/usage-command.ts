import { randomUUID } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { Viewer } from "../../common/auth";
import { RequestContext } from "../../common/context";
import { CatalogError } from "../../common/errors";
import { logger } from "../../common/logger";
import { ConfigError, describeDatabase, loadConfig } from "../../config";
import { createDataSource, isMariaDb } from "../../database/data-source";
import { recordSharingUsage } from "./sharing.service";
import { MAX_USAGE_FILE_RECORDS } from "./sharing.types";
import { parseUsageFile, UsageFileError } from "./usage-file";

const USAGE = `Usage: npm run sharing:usage -- --file PATH [--json]

Records the exchange platform's daily usage (calls and records per grant per day) from a CSV
with the header grantId,date,calls,records into the database of DATABASE_URL, as a district
administrator. All or nothing: a file with any refused row writes nothing and names the row.
A day already recorded for a grant takes the file's figures. Exit status: 0 when recorded,
1 when refused, 2 for a wrong command line.`;

/** Files larger than this are refused before reading (100,000 rows are about 6 MB). */
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** `npm run sharing:usage -- --file u.csv`: the same rules as the API's recordSharingUsage. Returns the exit status. */
export async function runUsageCommand(argv: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  let file: string | undefined;
  let json: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { file: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    file = values.file;
    json = values.json ?? false;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (!file) {
    process.stderr.write(`--file is required\n\n${USAGE}\n`);
    return 2;
  }
  let records;
  try {
    if (statSync(file).size > MAX_FILE_BYTES) {
      process.stderr.write(`${file} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB\n`);
      return 1;
    }
    records = parseUsageFile(readFileSync(file, "utf8"), MAX_USAGE_FILE_RECORDS);
  } catch (error) {
    process.stderr.write(
      `${error instanceof UsageFileError ? error.message : `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`}\n`,
    );
    return 1;
  }

  let config;
  try {
    config = loadConfig({ LOG_LEVEL: "warn", ...env });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  logger.setLevel(config.logLevel);
  const mariadb = config.database.type === "mysql" && (await isMariaDb(config.database.url));
  const dataSource = createDataSource({ database: config.database, poolSize: 2, mariadb });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: "each" });
  } catch (error) {
    process.stderr.write(`Cannot open the database at ${describeDatabase(config.database)}: ${(error as Error).message.split("\n")[0]}\n`);
    await dataSource.destroy().catch(() => undefined);
    return 1;
  }
  try {
    const settings = { districtTimeZone: config.districtTimeZone, auth: config.auth, sharingDecisionWorkingDays: config.sharingDecisionWorkingDays };
    const ctx = new RequestContext(dataSource, `sharing-usage-${randomUUID()}`, settings, Viewer.system());
    ctx.operation = "recordSharingUsage";
    const result = await recordSharingUsage(ctx, records, MAX_USAGE_FILE_RECORDS);
    process.stdout.write(
      json ? `${JSON.stringify(result)}\n` : `Recorded: ${result.created} created, ${result.replaced} replaced, ${result.unchanged} unchanged.\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof CatalogError) {
      const index = error.extensions.index;
      const where = typeof index === "number" ? `row ${index + 2} (${String(error.extensions.field)}): ` : "";
      process.stderr.write(`${where}${error.extensions.code}: ${error.message}\nNothing was written.\n`);
      return 1;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}
