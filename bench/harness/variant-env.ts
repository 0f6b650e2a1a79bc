import { createPool, Pool } from "mysql2/promise";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";

/**
 * What the bench's own variant servers (naive, floor) share: the database pool, "today" in the
 * district's time zone, and the line that tells the harness where they listen.
 */

export function openPool(): Pool {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error("BENCH_DATABASE_URL is not set");
  // The product's settings: UTC times, DATE columns read as "YYYY-MM-DD", pool of 10.
  return createPool({
    uri: url,
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    dateStrings: ["DATE"],
    connectionLimit: Number(process.env.BENCH_POOL_SIZE ?? 10),
  });
}

const districtDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
/** Today (YYYY-MM-DD) in Asia/Shanghai, as the product decides whether a term is current. */
export const districtToday = () => districtDay.format(new Date());

export const bearerToken = (header: string | undefined) => /^Bearer\s+(\S+)$/i.exec(header?.trim() ?? "")?.[1] ?? null;

/** Listens on loopback only, on the port given (0: any), and prints the URL for the harness. */
export function listenOnLoopback(server: Server, label: string): void {
  server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
    const { port } = server.address() as AddressInfo;
    process.stdout.write(`${label} listening at http://127.0.0.1:${port}/graphql\n`);
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
