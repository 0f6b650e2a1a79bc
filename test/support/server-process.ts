import { ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

// The compiled server exactly as `npm start` runs it (scripts/test.mjs builds it first).
const main = join(__dirname, "../../dist/src/main.js");

export interface ServerProcess {
  child: ChildProcess;
  /** http://localhost:PORT/graphql */
  url: string;
  /** Everything it has printed so far. */
  output(): string;
  /** SIGTERM, and wait for it to exit. */
  stop(): Promise<void>;
}

/** Starts `node dist/src/main.js` with these settings on a free port and waits until it serves. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [main], {
    env: { PATH: process.env.PATH!, NODE_ENV: "test", LOG_LEVEL: "warn", PORT: "0", HOST: "127.0.0.1", DEMO_DATA: "never", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let printed = "";
  child.stdout!.on("data", (chunk) => (printed += chunk));
  child.stderr!.on("data", (chunk) => (printed += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const match = /GraphQL:\s+http:\/\/[^:]+:(\d+)\/graphql/.exec(printed);
    if (match) {
      return {
        child,
        url: `http://127.0.0.1:${match[1]}/graphql`,
        output: () => printed,
        stop: async () => {
          if (!gone) child.kill("SIGTERM");
          await exited;
        },
      };
    }
    if (gone || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server process did not start: ${printed}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
