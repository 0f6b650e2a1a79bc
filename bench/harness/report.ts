import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { LoadResult } from "./load";

/** The run's figures as Markdown tables: printed, and kept in BENCHMARKS.md (one section per size). */

export interface MeasurementPlan {
  key: string;
  workload: "W1" | "W2";
  connections: number;
  variants: string[];
  /** The variants' MariaDB behind the delaying proxy (as on another host). */
  remote?: boolean;
}

export interface StatementCount {
  variant: string;
  /** What was asked, e.g. "W1 20×10×10". */
  request: string;
  database: number;
  header: number | null;
  /** The least count was seen twice (no other client interfered). */
  clean: boolean;
}

export interface RatioSeries {
  name: string;
  perRound: (number | null)[];
}

export interface TargetCheck {
  target: string;
  figure: string;
  held: boolean | null;
}

export interface BenchRun {
  size: string;
  rounds: number;
  seconds: number;
  machine: [string, string][];
  plans: MeasurementPlan[];
  /** results[plan key][variant][round] */
  results: Record<string, Record<string, LoadResult[]>>;
  peakRssMb: Record<string, number>;
  statements: StatementCount[];
  ratios: RatioSeries[];
  targets: TargetCheck[];
  importWorkload: string[];
  /** W4, the analysts' sharing questions (bench/sharing-bench.ts). */
  sharingWorkload?: string[];
  /** W5, data quality (bench/quality-bench.ts). */
  qualityWorkload?: string[];
  notes: string[];
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const valid = (runs: LoadResult[]) => runs.filter((r) => r.voidReason === null);
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const ratio = (value: number) => (Number.isFinite(value) ? (value >= 10 ? value.toFixed(1) : value.toFixed(2)) : "–");

export function ratioSummary(series: RatioSeries): { median: number; min: number; max: number } {
  const values = series.perRound.filter((v): v is number => v !== null && Number.isFinite(v));
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function renderRun(run: BenchRun): string {
  const statementsOf = (variant: string, request: string) => run.statements.find((s) => s.variant === variant && s.request === request);
  const figures: string[][] = [];
  for (const plan of run.plans) {
    for (const variant of plan.variants) {
      const runs = run.results[plan.key]?.[variant] ?? [];
      const ok = valid(runs);
      const stmts = statementsOf(variant, plan.workload === "W1" ? "W1 20×10×10" : "W2");
      const statementText = stmts ? `${fixed(stmts.database, 2)}${stmts.header !== null ? ` (header ${fixed(stmts.header, 1)})` : ""}` : "–";
      figures.push([
        plan.remote ? `${plan.workload} (proxy)` : plan.workload,
        variant,
        String(plan.connections),
        fixed(median(ok.map((r) => r.requests)), 0),
        fixed(median(ok.map((r) => r.requestsPerSecond)), 1),
        fixed(median(ok.map((r) => r.p50)), 2),
        fixed(median(ok.map((r) => r.p99)), 2),
        fixed(median(ok.map((r) => r.cpuMsPerRequest)), 2),
        fixed(median(ok.map((r) => r.databaseCpuMsPerRequest ?? NaN)), 2),
        statementText,
        fixed(Math.max(...runs.map((r) => r?.peakRssMb ?? NaN)), 0),
        fixed(median(ok.map((r) => r.otherCpuMsPerSecond / 1000)), 2),
        ok.length === runs.length ? `${ok.length}` : `${ok.length} (${runs.length - ok.length} void: ${runs.find((r) => r.voidReason)?.voidReason})`,
      ]);
    }
  }
  const figuresTable = table(
    [
      "workload",
      "variant",
      "conns",
      "requests/round",
      "req/s",
      "p50 ms",
      "p99 ms",
      "CPU ms/req",
      "MariaDB CPU ms/req",
      "SQL stmts/req",
      "peak RSS MB (these runs)",
      "other processes (cores)",
      "valid rounds",
    ],
    figures,
  );

  const statementTable = table(
    ["variant", "request", "SQL statements/request (MariaDB Questions)", "x-sql-statements header"],
    run.statements.map((s) => [
      s.variant,
      s.request,
      `${fixed(s.database, 2)}${s.clean ? "" : " (other MariaDB clients were busy: least of 6 tries)"}`,
      s.header === null ? "–" : fixed(s.header, 2),
    ]),
  );

  const ratioTable = table(
    ["ratio", ...Array.from({ length: run.rounds }, (_, i) => `round ${i + 1}`), "median (min–max)"],
    run.ratios.map((series) => {
      const { median: m, min, max } = ratioSummary(series);
      return [series.name, ...series.perRound.map((v) => (v === null ? "void" : ratio(v))), `**${ratio(m)}** (${ratio(min)}–${ratio(max)})`];
    }),
  );

  const targetTable = table(
    ["target", "figure", "status"],
    run.targets.map((t) => [t.target, t.figure, t.held === null ? "not measured" : t.held ? "held" : "**missed**"]),
  );

  return [
    `## Size ${run.size}`,
    "",
    table(
      ["", ""],
      run.machine.map(([k, v]) => [k, v]),
    ),
    "",
    "### Figures (median over valid rounds)",
    "",
    figuresTable,
    "",
    "### SQL statements per request (sequential requests, that variant alone)",
    "",
    statementTable,
    "",
    "### Ratios per round",
    "",
    ratioTable,
    "",
    "### Targets (issue 5)",
    "",
    targetTable,
    "",
    "### W3: inventory import",
    "",
    ...run.importWorkload,
    "",
    ...(run.sharingWorkload ? ["### W4: the analysts' sharing questions", "", ...run.sharingWorkload, ""] : []),
    ...(run.qualityWorkload ? ["### W5: data quality", "", ...run.qualityWorkload, ""] : []),
    ...(run.notes.length ? ["### Notes", "", ...run.notes.map((n) => `- ${n}`), ""] : []),
  ].join("\n");
}

const PREAMBLE = `# Benchmarks

Written by \`npm run bench\` (\`-- --size l\` for the full district); see \`bench/harness/\`. Each size's
section is replaced by its latest run. Variants: **server** (this product, \`node dist/src/main.js\`),
**naive** (the same committed schema on Apollo Server 5 + Express 5 with a statement per parent row:
the N+1 baseline, \`bench/harness/naive-server.ts\`) and **floor** (bare \`node:http\` + mysql2 with
hand-written SQL, \`bench/harness/floor-server.ts\`); all three return the same JSON, checked before
timing, and all three check the same API token against the database on every request. Load comes from
autocannon in the harness process on the same 2 cores, on loopback; rounds interleave the variants.
`;

/** Replaces this size's section of BENCHMARKS.md in place, keeping the other size's and every hand-written section around them. */
export function writeBenchmarksFile(path: string, size: string, section: string): void {
  const body = `<!-- bench size ${size} -->\n${section.endsWith("\n") ? section : section + "\n"}<!-- /bench size ${size} -->\n`;
  const text = existsSync(path) ? readFileSync(path, "utf8") : PREAMBLE + "\n";
  const marked = new RegExp(`<!-- bench size ${size} -->\\n[\\s\\S]*?<!-- /bench size ${size} -->\\n`);
  if (marked.test(text))
    return writeFileSync(
      path,
      text.replace(marked, () => body),
    );
  // A size not yet in the file: s before l, or at the end.
  const later = size === "s" ? text.indexOf("<!-- bench size l -->") : -1;
  writeFileSync(path, later >= 0 ? text.slice(0, later) + body + "\n" + text.slice(later) : text + "\n" + body);
}
