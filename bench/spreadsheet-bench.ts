/**
 * Times the inventory spreadsheet writer and reader on a generated district inventory
 * (2,500 resources × 20 items = 50,000 rows by default), each step in its own process so its
 * peak RSS is its own. Run: `npm run bench:spreadsheet -- [--rows N]`.
 */
import { parseArgs } from "node:util";
import { spawnSync } from "node:child_process";
import { createWriteStream, statSync } from "node:fs";
import { readCatalogRows } from "../src/modules/inventory/spreadsheet/read-catalog";
import { writeCatalogRows } from "../src/modules/inventory/spreadsheet/write-catalog";
import { inventory, ITEMS_PER_RESOURCE } from "./catalog-inventory";

const STEPS = ["write-csv", "read-csv", "write-xlsx", "read-xlsx"] as const;
type Step = (typeof STEPS)[number];

async function runStep(step: Step, rows: number, file: string): Promise<void> {
  const before = process.memoryUsage().rss;
  const started = process.hrtime.bigint();
  let count = 0;
  if (step.startsWith("write")) {
    await writeCatalogRows(inventory(rows), step === "write-csv" ? "csv" : "xlsx", createWriteStream(file));
    count = rows;
  } else {
    let names = 0;
    for await (const row of readCatalogRows(file, step === "read-csv" ? "csv" : "xlsx")) {
      count++;
      names += row.cells.itemName ? 1 : 0;
    }
    if (names !== count || count !== rows) throw new Error(`read ${count} rows (${names} with an item name), expected ${rows}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ step, seconds, rows: count, baseRss: before, peakRss: peak }));
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { rows: { type: "string", default: "50000" } }, allowPositionals: true, strict: true });
  // A child process runs one step: <step> <rows> <file>.
  const [stepArg, rowsArg, fileArg] = positionals;
  if ((STEPS as readonly string[]).includes(stepArg)) return runStep(stepArg as Step, Number(rowsArg), fileArg);

  const rows = Number(values.rows);
  console.log(
    `inventory template, ${rows.toLocaleString("en")} rows (${Math.ceil(rows / ITEMS_PER_RESOURCE)} resources × ${ITEMS_PER_RESOURCE} items), node ${process.version}`,
  );
  console.log("step         time     rows/s    file     peak RSS  RSS growth");
  for (const step of STEPS) {
    const file = `/tmp/catalog-bench-${rows}.${step.endsWith("csv") ? "csv" : "xlsx"}`;
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, step, String(rows), file], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(`${step} failed:\n${child.stderr}`);
    const result = JSON.parse(child.stdout) as { seconds: number; rows: number; baseRss: number; peakRss: number };
    console.log(
      [
        step.padEnd(11),
        `${result.seconds.toFixed(2)} s`.padStart(7),
        Math.round(result.rows / result.seconds)
          .toLocaleString("en")
          .padStart(10),
        mb(statSync(file).size).padStart(8),
        mb(result.peakRss).padStart(11),
        mb(result.peakRss - result.baseRss).padStart(11),
      ].join("  "),
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
