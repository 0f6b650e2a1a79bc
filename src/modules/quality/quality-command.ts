import { randomUUID } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { Transform } from "node:stream";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { Viewer } from "../../common/auth";
import { RequestContext } from "../../common/context";
import { CatalogError } from "../../common/errors";
import { toGlobalId } from "../../common/global-id";
import { logger } from "../../common/logger";
import { Config, ConfigError, describeDatabase, loadConfig } from "../../config";
import { BulkStatements, openCatalogDatabase, readCsvSheetRows, ReadingClock } from "../inventory";
import { QualityDimension, QualitySource } from "./quality.enums";
import { MAX_MEASUREMENTS_PER_BATCH, type MeasurementFacts } from "./quality.policy";
import { refreshCatalogChecks } from "./quality-catalog-checks.service";
import { recordQualityMeasurements } from "./quality-measurement.service";
import { chunks } from "../../common/chunks";

const USAGE = `Usage:
  npm run quality:load -- --file measurements.csv [--batch N]
  npm run quality:refresh

quality:load records a CSV of quality measurements into DATABASE_URL, as a district administrator,
through the same checks as the API's recordQualityMeasurements, N rows per transaction (at most
${MAX_MEASUREMENTS_PER_BATCH}, the default): a batch with a bad row writes nothing and stops the load (the row is
named; earlier batches stay). Columns (header row, any order): resourceCode or resourceId, ruleId,
dimension, score, passed, total, measuredAt (ISO 8601), source, note.

quality:refresh recomputes the catalog's own checks (timeliness decays with time) for every
resource not retired and records the scores that changed; run it daily.
Exit status: 0 done, 1 a refused row or a database problem, 2 a wrong command line.`;

const COLUMNS = ["resourceCode", "resourceId", "ruleId", "dimension", "score", "passed", "total", "measuredAt", "source", "note"] as const;
type Column = (typeof COLUMNS)[number];

/** A bar on a terminal (stderr); a line per tenth of the file elsewhere. */
function progressBar(totalBytes: number) {
  let read = 0;
  let shownTenth = 0;
  const started = Date.now();
  const out = process.stderr;
  return {
    counter: new Transform({
      transform(chunk: Buffer, _encoding, done) {
        read += chunk.length;
        done(null, chunk);
      },
    }),
    update(rows: number) {
      const share = totalBytes ? Math.min(1, read / totalBytes) : 1;
      const rate = Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString("en");
      if (out.isTTY) {
        const filled = Math.round(share * 30);
        out.write(
          `\r[${"#".repeat(filled)}${"-".repeat(30 - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${rows.toLocaleString("en")} rows  ${rate}/s\u001b[K`,
        );
      } else if (Math.floor(share * 10) > shownTenth) {
        shownTenth = Math.floor(share * 10);
        out.write(`${shownTenth * 10}%  ${rows.toLocaleString("en")} rows  ${rate}/s\n`);
      }
    },
    done() {
      if (out.isTTY) out.write("\r\u001b[K");
    },
  };
}

class UsageError extends Error {}

function number(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : NaN;
}

async function open(env: Record<string, string | undefined>): Promise<{ config: Config; dataSource: DataSource } | string> {
  let config: Config;
  try {
    config = loadConfig({ LOG_LEVEL: "warn", ...env });
  } catch (error) {
    if (error instanceof ConfigError) return `Configuration error: ${error.message}`;
    throw error;
  }
  logger.setLevel(config.logLevel);
  try {
    // As the server does at start: connect, run the migrations, make the months ahead.
    return { config, dataSource: await openCatalogDatabase(config) };
  } catch (error) {
    return `Cannot open the database at ${describeDatabase(config.database)}: ${(error as Error).message.split("\n")[0]}`;
  }
}

const systemContext = (dataSource: DataSource, config: Config, operation: string) => {
  const ctx = new RequestContext(
    dataSource,
    `${operation}-${randomUUID()}`,
    { districtTimeZone: config.districtTimeZone, auth: config.auth, quality: config.quality },
    Viewer.system(),
  );
  ctx.operation = operation;
  return ctx;
};

/** `npm run quality:load|quality:refresh -- …`: returns the exit status. */
export async function runQualityCommand(argv: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  const [command, ...rest] = argv;
  let options: { file?: string; batch?: string; help?: boolean };
  try {
    if (command !== "load" && command !== "refresh") throw new UsageError(`unknown command "${command ?? ""}"`);
    options = parseArgs({ args: rest, options: { file: { type: "string" }, batch: { type: "string" }, help: { type: "boolean", short: "h" } } }).values;
    if (options.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command === "load" && !options.file) throw new UsageError("--file is required");
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const batchSize = Number(options.batch ?? MAX_MEASUREMENTS_PER_BATCH);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_MEASUREMENTS_PER_BATCH) {
    process.stderr.write(`--batch must be a whole number from 1 to ${MAX_MEASUREMENTS_PER_BATCH}\n`);
    return 2;
  }
  let size = 0;
  if (command === "load") {
    try {
      size = statSync(options.file!).size;
    } catch (error) {
      process.stderr.write(`Cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
      return 1;
    }
  }
  const opened = await open(env);
  if (typeof opened === "string") {
    process.stderr.write(`${opened}\n`);
    return 1;
  }
  const { config, dataSource } = opened;
  try {
    if (command === "refresh") {
      const bar = progressBar(0);
      const result = await refreshCatalogChecks(systemContext(dataSource, config, "refreshQuality"), (done) => bar.update(done));
      bar.done();
      process.stdout.write(`Refreshed ${result.resources} resources: ${result.recorded} catalog measurements recorded.\n`);
      return 0;
    }
    const ctx = systemContext(dataSource, config, "recordQualityMeasurements");
    const bar = progressBar(size);
    const stream = createReadStream(options.file!, { highWaterMark: 256 * 1024 }).pipe(bar.counter);
    let header: Map<Column, number> | null = null;
    let pending: { row: number; facts: MeasurementFacts; code: string | null }[] = [];
    let recorded = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      await resolveCodes(ctx, pending);
      try {
        recorded += (
          await recordQualityMeasurements(
            ctx,
            pending.map((p) => p.facts),
          )
        ).recorded;
      } catch (error) {
        const index = error instanceof CatalogError ? (error.extensions.index as number | undefined) : undefined;
        if (index !== undefined) throw Object.assign(error as CatalogError, { message: `row ${pending[index].row}: ${(error as CatalogError).message}` });
        throw error;
      }
      pending = [];
      bar.update(recorded);
    };
    // No time limit on a file the operator chose (the server's upload limits do not apply).
    for await (const rows of readCsvSheetRows(stream, new ReadingClock(Number.MAX_SAFE_INTEGER))) {
      for (const row of rows) {
        if (!header) {
          header = new Map();
          row.values.forEach((name, i) => {
            if (name && (COLUMNS as readonly string[]).includes(name.trim())) header!.set(name.trim() as Column, i);
          });
          if (!header.has("measuredAt") || !(header.has("resourceCode") || header.has("resourceId") || header.has("ruleId")))
            throw new UsageError("the header row needs measuredAt, and resourceCode, resourceId or ruleId");
          continue;
        }
        const cell = (column: Column) => {
          const at = header!.get(column);
          const value = at === undefined ? undefined : row.values[at]?.trim();
          return value === "" ? undefined : value;
        };
        if (row.values.every((v) => !v?.trim())) continue;
        const measuredAt = cell("measuredAt");
        pending.push({
          row: row.rowNumber,
          code: cell("resourceCode") ?? null,
          facts: {
            resourceId: cell("resourceId") ?? null,
            ruleId: cell("ruleId") ?? null,
            dimension: (cell("dimension")?.toUpperCase() as QualityDimension | undefined) ?? null,
            score: number(cell("score")),
            passed: number(cell("passed")),
            total: number(cell("total")),
            measuredAt: new Date(measuredAt ?? NaN),
            source: (cell("source")?.toUpperCase() as QualitySource | undefined) ?? QualitySource.AUTOMATED,
            note: cell("note") ?? null,
          },
        });
        if (pending.length >= batchSize) await flush();
      }
    }
    await flush();
    bar.done();
    process.stdout.write(`Recorded ${recorded.toLocaleString("en")} measurements.\n`);
    return 0;
  } catch (error) {
    if (error instanceof CatalogError || error instanceof UsageError) {
      process.stderr.write(`\n${error.message}\n`);
      return error instanceof UsageError ? 2 : 1;
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

/** Resource codes (信息资源代码) of a batch as the IDs the service takes; an unknown code stays as text (refused as not an ID, by row). */
async function resolveCodes(ctx: RequestContext, pending: { code: string | null; facts: MeasurementFacts }[]): Promise<void> {
  const codes = [...new Set(pending.map((p) => p.code).filter((c): c is string => c !== null))];
  const ids = new Map<string, number>();
  const sql = new BulkStatements(ctx.manager);
  for (const part of chunks(codes)) {
    for (const r of await sql.query<{ id: number; code: string }>(`SELECT id, code FROM data_resources WHERE code IN (${sql.placeholders(part.length)})`, part))
      ids.set(r.code, Number(r.id));
  }
  for (const p of pending)
    if (p.code !== null && !p.facts.resourceId) p.facts.resourceId = ids.has(p.code) ? toGlobalId("DataResource", ids.get(p.code)!) : p.code;
}
