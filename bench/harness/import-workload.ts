import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * W3, the inventory import, is measured by bench/import-bench.ts (its own script). The harness runs
 * it as a child (`npm run bench:import`), bounded in time, and reports what it printed.
 */

let importGroup: number | null = null;
process.on("exit", () => {
  if (importGroup !== null) {
    try {
      process.kill(-importGroup, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

export function runBounded(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    // A process group of its own, so that a timeout ends npm and everything it started.
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    importGroup = child.pid ?? null;
    let output = "";
    const keep = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-50_000));
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      importGroup = null;
      resolve({ code, output, timedOut });
    });
  });
}

/** Markdown lines for the report. */
export async function runImportWorkload(root: string, timeoutMs: number, progress: (message: string) => void): Promise<string[]> {
  if (!existsSync(join(root, "bench/import-bench.ts"))) return ["Not run (bench/import-bench.ts missing)."];
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts ?? {}) as Record<string, string>;
  if (!scripts["bench:import"]) return ["Not run (bench/import-bench.ts exists, but package.json has no `bench:import` script yet)."];
  // Its own scale (its default rows and rounds): the import's targets are stated for that size.
  progress(`W3: npm run bench:import (at most ${timeoutMs / 60_000} min)`);
  const started = Date.now();
  const { code, output, timedOut } = await runBounded("npm", ["run", "-s", "bench:import"], root, process.env, timeoutMs);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  // Its summary is at the end; a failure's message at the start.
  const all = output.trimEnd().split("\n");
  const shown = code === 0 || all.length <= 40 ? all.slice(-40) : [...all.slice(0, 20), "…", ...all.slice(-10)];
  const lines = shown.map((line) => (line.length > 300 ? `${line.slice(0, 300)}…` : line));
  const status = timedOut ? `stopped after ${seconds} s (time limit)` : code === 0 ? `finished in ${seconds} s` : `failed (exit ${code}) after ${seconds} s`;
  return [`\`npm run bench:import\` ${status}; its output:`, "", "```", ...lines, "```"];
}
