import { runBounded } from "./import-workload";

/**
 * W4, the analysts' sharing questions, is measured by bench/sharing-bench.ts (its own script and
 * database); the harness runs it as a child (`npm run bench:sharing`), bounded in time, and keeps
 * its table.
 */
export async function runSharingWorkload(root: string, requests: number, timeoutMs: number, progress: (message: string) => void): Promise<string[]> {
  progress(`W4: npm run bench:sharing -- --requests ${requests} (at most ${timeoutMs / 60_000} min)`);
  const started = Date.now();
  const { code, output, timedOut } = await runBounded(
    "npm",
    ["run", "-s", "bench:sharing", "--", "--requests", String(requests)],
    root,
    process.env,
    timeoutMs,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const lines = output.trimEnd().split("\n");
  // Its table follows the line that describes the district.
  const table = lines.findIndex((line) => line.startsWith("District:"));
  if (code === 0) return lines.slice(Math.max(0, table));
  const status = timedOut ? `stopped after ${seconds} s (time limit)` : `failed (exit ${code}) after ${seconds} s`;
  return [`\`npm run bench:sharing\` ${status}; the end of its output:`, "", "```", ...lines.slice(-20), "```"];
}
