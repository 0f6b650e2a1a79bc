import net from "node:net";
import { startTestCatalog, TestCatalog, testDatabase } from "../support/catalog";

/** A TCP proxy to MariaDB that can stop forwarding (a frozen database) and start again, without touching the shared server. */
class FreezableProxy {
  private frozen = false;
  private readonly held: (() => void)[] = [];
  private readonly sockets = new Set<net.Socket>();
  readonly server: net.Server;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const [from, to] of [
        [client, upstream],
        [upstream, client],
      ] as const) {
        this.sockets.add(from);
        from.on("data", (chunk) => (this.frozen ? this.held.push(() => to.write(chunk)) : to.write(chunk)));
        from.on("close", () => to.destroy());
        from.on("error", () => to.destroy());
      }
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return (this.server.address() as net.AddressInfo).port;
  }

  freeze(): void {
    this.frozen = true;
  }

  thaw(): void {
    this.frozen = false;
    for (const forward of this.held.splice(0)) forward();
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const onMariaDb = testDatabase === "mysql" ? describe : describe.skip;

onMariaDb("a database that stops answering", () => {
  let proxy: FreezableProxy;
  let server: TestCatalog;

  beforeAll(async () => {
    proxy = new FreezableProxy({ host: "127.0.0.1", port: 3306 });
    const port = await proxy.listen();
    server = await startTestCatalog(
      { DATABASE_STATEMENT_TIMEOUT_MS: "1000", DATABASE_POOL_SIZE: "4" },
      {
        connectVia: (url) => {
          const viaProxy = new URL(url);
          viaProxy.hostname = "127.0.0.1";
          viaProxy.port = String(port);
          return viaProxy.toString();
        },
      },
    );
  });
  afterAll(async () => {
    proxy.thaw();
    await server.stop();
    await proxy.close();
  });

  const health = () => fetch(server.catalog.url.replace("/graphql", "/healthz"));
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = Date.now();
    const result = await work();
    return [result, Date.now() - started];
  };

  it("answers 503 SERVICE_UNAVAILABLE with Retry-After within the statement timeout, and recovers without a restart", async () => {
    expect((await health()).status).toBe(200);
    expect((await server.api.raw("{ units(first: 1) { totalCount } }")).errors).toBeUndefined();

    proxy.freeze();
    const [healthz, healthMs] = await timed(health);
    expect(healthz.status).toBe(503);
    expect(healthz.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(healthMs).toBeLessThan(2500);

    const [read, readMs] = await timed(() => server.api.raw("{ units(first: 1) { totalCount } }"));
    expect(read.status).toBe(503);
    expect(read.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(read.errors?.[0].extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(JSON.stringify(read.errors)).not.toMatch(/timeout|SELECT|PROTOCOL|mysql/i);
    expect(readMs).toBeLessThan(7000); // statement timeout (1 s), or a new connection's connect timeout (5 s)

    const [write] = await timed(() => server.api.raw('mutation { createUnit(input: { kind: DISTRICT, code: "OUTAGE1", name: "停摆区" }) { id } }'));
    expect(write.status).toBe(503);
    expect(write.errors?.[0].extensions?.code).toBe("SERVICE_UNAVAILABLE");

    proxy.thaw();
    let recovered = false;
    const deadline = Date.now() + 15_000;
    while (!recovered && Date.now() < deadline) {
      const again = await server.api.raw<{ units: { totalCount: number } }>("{ units(first: 1) { totalCount } }");
      recovered = again.status === 200 && again.errors === undefined;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(recovered).toBe(true);
    expect((await health()).status).toBe(200);
    const created = await server.api.raw<{ createUnit: { id: string } }>(
      'mutation { createUnit(input: { kind: DISTRICT, code: "OUTAGE2", name: "复苏区" }) { id } }',
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUnit.id).toBeTruthy();
  });
});
