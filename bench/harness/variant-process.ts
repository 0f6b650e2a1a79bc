import { ChildProcess, execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Each variant is a child process of its own, so that its CPU time and peak RSS are its own:
 * both are read from /proc. Every child is killed when the harness exits, however it exits.
 */

const running = new Set<ChildProcess>();

/** Kills every child still running, at once (also from a process 'exit' handler, which must be synchronous). */
export function killAllVariants(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}
process.on("exit", killAllVariants);

let ticksPerSecond: number | undefined;
export function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** The Node flags `npm start` gives the server (package.json): the benchmarks measure the server as it is run. */
export const SERVER_NODE_ARGS = ["--heap-growing-percent=25", "--max-semi-space-size=32"];

/** User + system CPU time of a process so far, in milliseconds (/proc/<pid>/stat fields 14 and 15). */
export function cpuMillis(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" "); // fields from the 3rd (state) on
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
}

/** A /proc/<pid>/status value in kB (VmHWM: peak resident set; VmRSS: now). */
export function statusKb(pid: number, key: "VmHWM" | "VmRSS"): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) : NaN;
}

/** The MariaDB server's pid, to charge its CPU time to the variant under load; null if not on this machine. */
export function databaseServerPid(pidFile?: string): number | null {
  // A private server (scripts/bench-mariadb.sh) beside the shared one: the one the run talks to, by its pid file.
  if (pidFile) {
    try {
      const pid = Number(readFileSync(pidFile, "utf8").trim());
      if (pid > 0) return pid;
    } catch {
      // not on this machine: fall back to the first server found
    }
  }
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, "utf8").trim();
      if (comm === "mariadbd" || comm === "mysqld") return Number(entry);
    } catch {
      // the process has gone
    }
  }
  return null;
}

export interface VariantSpec {
  name: string;
  script: string;
  /** Node's own flags (e.g. --cpu-prof), before the script. */
  nodeArgs?: string[];
  env: Record<string, string>;
  /** Printed on stdout once the variant listens; group 1 is its GraphQL URL. */
  ready: RegExp;
}

export class VariantProcess {
  private output = "";

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  get pid(): number {
    return this.child.pid!;
  }

  /** The last lines the child printed (for failures). */
  get recentOutput(): string {
    return this.output.slice(-4000);
  }

  static start(spec: VariantSpec, cwd: string, timeoutMs = 60_000): Promise<VariantProcess> {
    const child = spawn(process.execPath, [...(spec.nodeArgs ?? []), spec.script], {
      cwd,
      env: { PATH: process.env.PATH ?? "", ...spec.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    running.add(child);
    child.once("exit", () => running.delete(child));
    let output = "";
    let variant: VariantProcess | undefined;
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-20_000);
      if (variant) variant.output = output;
    };
    child.stdout!.on("data", keep);
    child.stderr!.on("data", keep);
    return new Promise<VariantProcess>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`${spec.name} did not start within ${timeoutMs / 1000} s:\n${output}`));
      }, timeoutMs);
      const onData = () => {
        const match = spec.ready.exec(output);
        if (!match) return;
        clearTimeout(timer);
        child.stdout!.off("data", onData);
        variant = new VariantProcess(spec.name, child, match[1]);
        variant.output = output;
        resolve(variant);
      };
      child.stdout!.on("data", onData);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${spec.name} exited (${signal ?? code}) before listening:\n${output}`));
      });
    });
  }

  cpuMillis(): number {
    return cpuMillis(this.pid);
  }

  /** The peak resident set since the process started, or since the last `resetPeakRss`. */
  peakRssMb(): number {
    return statusKb(this.pid, "VmHWM") / 1024;
  }

  /** Starts the peak resident set over from the present one (Linux: "5" to /proc/<pid>/clear_refs), to tell one workload's peak from another's. */
  resetPeakRss(): void {
    writeFileSync(`/proc/${this.pid}/clear_refs`, "5");
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** SIGTERM (the server drains and closes its pool), SIGKILL if it is still there after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (!this.alive) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    await exited;
    clearTimeout(timer);
    running.delete(this.child);
  }
}
