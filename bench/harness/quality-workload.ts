import { runBounded } from "./import-workload";

/**
 * W4, data quality (issue #8), is measured by bench/quality-bench.ts on its own database; the
 * harness runs it as a child, bounded in time, and reports the table it printed.
 */
export async function runQualityWorkload(root: string, measurements: number, timeoutMs: number, progress: (message: string) => void): Promise<string[]> {
  progress(`W4: npm run bench:quality -- --measurements ${measurements} (at most ${timeoutMs / 60_000} min)`);
  const startedAt = Date.now();
  const { code, output, timedOut } = await runBounded(
    "npm",
    ["run", "-s", "bench:quality", "--", "--measurements", String(measurements), "--no-write"],
    root,
    process.env,
    timeoutMs,
  );
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
  const table = output.split("\n").filter((line) => line.startsWith("|"));
  if (code === 0 && table.length) return [`\`npm run bench:quality\` finished in ${seconds} s:`, "", ...table];
  const status = timedOut ? `stopped after ${seconds} s (time limit)` : `failed (exit ${code}) after ${seconds} s`;
  return [`\`npm run bench:quality\` ${status}; its last output:`, "", "```", ...output.trimEnd().split("\n").slice(-20), "```"];
}
