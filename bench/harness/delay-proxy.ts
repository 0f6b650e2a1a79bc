import net from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A TCP proxy that holds every chunk for `delayMs` in each direction, in order: MariaDB as if it
 * ran on another host (0.5 ms each way, a round trip of about 1 ms, as within one data centre).
 * Node's timers have a resolution of 1 ms, so each held chunk waits until its due time has passed
 * on the next timer tick: the delay is at least `delayMs`; `measureRoundTrip` says what it really is.
 */

interface Held {
  due: bigint;
  chunk: Buffer;
}

/** Forwards `from` → `to`, each chunk `delayNs` later than it arrived, never reordered. */
function delayedPipe(from: net.Socket, to: net.Socket, delayNs: bigint): void {
  const queue: Held[] = [];
  let timer: NodeJS.Timeout | null = null;
  const drain = () => {
    timer = null;
    const now = process.hrtime.bigint();
    while (queue.length > 0 && queue[0].due <= now) to.write(queue.shift()!.chunk);
    if (queue.length > 0) schedule();
  };
  const schedule = () => {
    if (timer) return;
    const waitMs = Number(queue[0].due - process.hrtime.bigint()) / 1e6;
    timer = setTimeout(drain, Math.max(0, waitMs));
  };
  from.on("data", (chunk: Buffer) => {
    queue.push({ due: process.hrtime.bigint() + delayNs, chunk });
    schedule();
  });
  from.on("end", () => {
    const finish = () => (queue.length > 0 ? setTimeout(finish, 1) : to.end());
    finish();
  });
}

export interface DelayProxy {
  host: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on loopback and forwards every connection to `target` with the delay each way. */
export async function startDelayProxy(target: { host: string; port: number }, delayMs: number): Promise<DelayProxy> {
  const delayNs = BigInt(Math.round(delayMs * 1e6));
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    client.setNoDelay(true);
    const upstream = net.connect(target.port, target.host);
    upstream.setNoDelay(true);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => (client.destroy(), upstream.destroy()));
    }
    delayedPipe(client, upstream, delayNs);
    delayedPipe(upstream, client, delayNs);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A database URL with its host and port replaced by the proxy's. */
export function throughProxy(databaseUrl: string, proxy: DelayProxy): string {
  const url = new URL(databaseUrl);
  url.hostname = proxy.host;
  url.port = String(proxy.port);
  return url.toString();
}
