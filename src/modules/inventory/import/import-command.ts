import { randomUUID } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { Transform } from "node:stream";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { Viewer } from "../../../common/auth";
import { RequestContext } from "../../../common/context";
import { CatalogError } from "../../../common/errors";
import { toGlobalId } from "../../../common/global-id";
import { logger } from "../../../common/logger";
import { Config, ConfigError, describeDatabase, loadConfig } from "../../../config";
import { createDataSource, isMariaDb } from "../../../database/data-source";
import { UserAccount, viewerFor } from "../../access";
import { Unit } from "../../organisation";
import { prepareQualityPartitions } from "../../quality";
import type { CatalogFileFormat } from "../spreadsheet/catalog-template";
import { importInventory, InventoryImportReport } from "./inventory-import.service";
import { formatOfFileName } from "./inventory-upload";
import { inLocale, type Localised, localeFromEnvironment } from "../../../common/i18n";
import { workTrace } from "../../../common/request-store";
import { ImportCommandMessages } from "../inventory.messages";

/** Files larger than this get a progress bar on stderr. */
const PROGRESS_FROM_BYTES = 1024 * 1024;

interface ImportArguments {
  file: string;
  unitCode: string;
  dryRun: boolean;
  format: CatalogFileFormat | undefined;
  json: boolean;
  sheet: string | undefined;
  /** The person the import is done as (and audited as). */
  username: string;
}

class UsageError extends Error {
  constructor(readonly localised: Localised) {
    super(localised.en);
  }
}

function parseArguments(argv: string[]): ImportArguments | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        file: { type: "string" },
        unit: { type: "string" },
        format: { type: "string" },
        sheet: { type: "string" },
        as: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new UsageError(ImportCommandMessages.unknownArgument((error as Error).message));
  }
  if (parsed.help) return "help";
  for (const name of ["file", "unit", "format", "sheet", "as"] as const)
    if (parsed[name] === "") throw new UsageError(ImportCommandMessages.needsValue(`--${name}`));
  const format = parsed.format?.toLowerCase();
  if (format !== undefined && format !== "csv" && format !== "xlsx") throw new UsageError(ImportCommandMessages.formatChoice(format));
  if (!parsed.file) throw new UsageError(ImportCommandMessages.fileRequired);
  if (!parsed.unit) throw new UsageError(ImportCommandMessages.unitRequired);
  // No fallback to a system actor: the trail names the person who imported.
  if (!parsed.as) throw new UsageError(ImportCommandMessages.asRequired);
  return { file: parsed.file, unitCode: parsed.unit, dryRun: parsed["dry-run"], format, json: parsed.json, sheet: parsed.sheet, username: parsed.as };
}

/** Opens and migrates the database of the settings and makes the quality months ahead, as the server does at start. */
export async function openCatalogDatabase(config: Config): Promise<DataSource> {
  const mariadb = config.database.type === "mysql" && (await isMariaDb(config.database.url));
  const dataSource = createDataSource({ database: config.database, poolSize: 2, mariadb });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    await prepareQualityPartitions(dataSource, config.districtTimeZone, config.qualityPartitions);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** A progress bar on a terminal; a line every 10,000 rows elsewhere (a log, CI). */
class ProgressBar {
  private bytesRead = 0;
  private lastLine = 0;
  private readonly started = Date.now();

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly totalBytes: number | null,
    private readonly say: (message: Localised) => string,
  ) {}

  counter(): Transform {
    return new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        this.bytesRead += chunk.length;
        done(null, chunk);
      },
    });
  }

  update(rows: number): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.say(ImportCommandMessages.rate(Math.round(rows / seconds).toLocaleString("en"))) : "";
    const share = this.totalBytes ? Math.min(1, this.bytesRead / this.totalBytes) : null;
    if (!this.out.isTTY) {
      // Not a terminal (a log, CI): a line per tenth of the file, or per 10,000 rows when its size says nothing.
      const step = share === null ? Math.floor(rows / 10_000) : Math.floor(share * 10);
      if (step > this.lastLine) {
        this.lastLine = step;
        this.out.write(
          `${share === null ? "" : `${Math.round(share * 100)}%  `}${this.say(ImportCommandMessages.progressRows(rows.toLocaleString("en"), rate))}\n`,
        );
      }
      return;
    }
    let bar = "";
    if (share !== null) {
      const width = 30;
      const filled = Math.round(share * width);
      bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  `;
    }
    this.out.write(`\r${bar}${this.say(ImportCommandMessages.progressBarRows(rows.toLocaleString("en"), rate))}\u001b[K`);
  }

  done(): void {
    if (this.out.isTTY) this.out.write("\r\u001b[K");
  }
}

function printReport(report: InventoryImportReport, out: NodeJS.WritableStream, say: (message: Localised) => string): void {
  const verdict = report.applied
    ? ImportCommandMessages.imported
    : report.problemCount === 0
      ? ImportCommandMessages.dryRunClean
      : ImportCommandMessages.problems(report.problemCount);
  const lines = [
    verdict,
    ImportCommandMessages.sheetRead(report.sheetName, report.headerRow),
    ImportCommandMessages.rowsRead(report.rowsRead),
    ImportCommandMessages.resources(report.resourcesCreated, report.resourcesUpdated, report.resourcesUnchanged),
    ImportCommandMessages.items(report.itemsCreated, report.itemsUpdated, report.itemsUnchanged, report.itemsRemoved),
    ...report.nameMatches.map((m) => ImportCommandMessages.nameMatch(m.row, m.resourceName, m.matched, m.resourceCode)),
    ImportCommandMessages.functions(report.functionsCreated),
    ...report.problems.map((p) => ImportCommandMessages.problemAt(p.row, p.column, p.code, p.message)),
    ...(report.problems.length < report.problemCount ? [ImportCommandMessages.andMore(report.problemCount - report.problems.length)] : []),
  ];
  out.write(lines.map(say).join("\n") + "\n");
}

/**
 * `npm run import -- --file x.xlsx --unit 320402003 --as chashan.specialist [--sheet 数据资源目录] [--dry-run] [--format csv|xlsx] [--json]`:
 * the same import as the API's importInventory, done as the account named by --as (its roles
 * today; the audit trail names it). Returns the exit status.
 */
export async function runImportCommand(argv: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  const locale = localeFromEnvironment(env);
  const say = (message: Localised) => inLocale(message, locale);
  let args: ImportArguments | "help";
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${say(error.localised)}\n\n${say(ImportCommandMessages.usage)}\n`);
    return 2;
  }
  if (args === "help") {
    process.stdout.write(`${say(ImportCommandMessages.usage)}\n`);
    return 0;
  }
  const format = args.format ?? formatOfFileName(args.file);
  if (!format) {
    process.stderr.write(`${say(ImportCommandMessages.formatUnknown(args.file))}\n`);
    return 2;
  }
  let size: number;
  try {
    size = statSync(args.file).size;
  } catch (error) {
    process.stderr.write(`${say(ImportCommandMessages.cannotRead(args.file, (error as NodeJS.ErrnoException).code ?? (error as Error).message))}\n`);
    return 1;
  }

  let config: Config;
  try {
    config = loadConfig({ LOG_LEVEL: "warn", ...env });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${say(ImportCommandMessages.configurationError(error.message))}\n`);
      return 1;
    }
    throw error;
  }
  logger.setLevel(config.logLevel);
  let dataSource: DataSource;
  try {
    dataSource = await openCatalogDatabase(config);
  } catch (error) {
    process.stderr.write(`${say(ImportCommandMessages.cannotOpenDatabase(describeDatabase(config.database), (error as Error).message.split("\n")[0]))}\n`);
    return 1;
  }
  try {
    const unit = await dataSource.manager.findOneBy(Unit, { code: args.unitCode.toUpperCase() });
    if (!unit) {
      process.stderr.write(`${say(ImportCommandMessages.noUnit(args.unitCode, describeDatabase(config.database)))}\n`);
      return 1;
    }
    // In the terminal's language: the import writes its problems in its context's.
    const system = new RequestContext(
      dataSource,
      workTrace(`import-${randomUUID()}`, locale),
      { districtTimeZone: config.districtTimeZone, auth: config.auth },
      Viewer.system(),
    );
    const account = await dataSource.manager.findOneBy(UserAccount, { username: args.username.normalize("NFKC").trim().toLowerCase() });
    if (!account || account.disabled) {
      process.stderr.write(`${say(ImportCommandMessages.noAccount(args.username))}\n`);
      return 1;
    }
    // The account's roles today, as a sign-in would give it: the import checks it may edit the unit's inventory.
    const ctx = system.as(await viewerFor(dataSource.manager, account, system.today()));
    ctx.operation = "importInventory";
    const progress = size >= PROGRESS_FROM_BYTES ? new ProgressBar(process.stderr, format === "csv" ? size : null, say) : null;
    const source = progress && format === "csv" ? createReadStream(args.file, { highWaterMark: 256 * 1024 }).pipe(progress.counter()) : args.file;
    const report = await importInventory(ctx, source, format, {
      unitId: toGlobalId("Unit", unit.id),
      dryRun: args.dryRun,
      sheet: args.sheet,
      onProgress: (rows) => progress?.update(rows),
    });
    progress?.done();
    if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printReport(report, process.stdout, say);
    return report.problemCount === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof CatalogError) {
      process.stderr.write(`${say(error.localised)}\n`);
      return 1;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}
