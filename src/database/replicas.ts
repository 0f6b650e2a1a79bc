import { Connection, createConnection, RowDataPacket } from "mysql2/promise";
import type { DataSource } from "typeorm";
import { logger } from "../common/logger";
import { describeDatabase, type DatabaseSettings, type MysqlSettings, type ReplicaSettings } from "../config";
import { isDatabaseUnavailable } from "./database-errors";

/**
 * Reads on MySQL/MariaDB replicas (DATABASE_REPLICA_URLS). A request's reads go to a usable replica
 * (round robin); mutations, their transactions, authentication and read-your-writes go to the
 * primary (src/http/replica-routing.ts decides per request). Every REPLICA_CHECK_INTERVAL_MS each
 * replica is asked for its replication state on a connection of its own: a replica that does not
 * answer, does not replicate, or lags more than REPLICA_MAX_LAG_SECONDS is skipped (a log line on
 * each change, counted in the metrics) until a check finds it well again. A request that finds its
 * replica gone between checks gets a primary connection instead, never an error.
 */
export type ReplicaState = "usable" | "unreachable" | "not-replicating" | "lagging";

/** Why a request's reads went where they went (a metric label and the `x-read-from` header). */
export type PrimaryReadReason = "mutation" | "read-your-writes" | "no-usable-replica";

interface MysqlPool {
  getConnection(callback: (error: NodeJS.ErrnoException | null, connection?: unknown) => void): void;
}

export class Replica {
  state: ReplicaState = "unreachable";
  lagSeconds: number | null = null;
  dataSource: DataSource | null = null;
  /** Checks that found it unusable, by state. */
  readonly skipped: Record<Exclude<ReplicaState, "usable">, number> = { unreachable: 0, "not-replicating": 0, lagging: 0 };
  reads = 0;
  private monitor: Connection | null = null;

  constructor(
    readonly settings: MysqlSettings,
    private readonly open: () => Promise<DataSource>,
  ) {}

  /** host:port, as the logs and metrics name it (never the password). */
  get name(): string {
    return `${this.settings.host}:${this.settings.port}`;
  }

  /** Asks the replica how it replicates, on the monitor's own connection (never a primary fallback). */
  async check(maxLagSeconds: number, timeoutMs: number): Promise<{ state: ReplicaState; detail: string }> {
    try {
      this.monitor ??= await createConnection({ uri: this.settings.url, connectTimeout: timeoutMs });
      const status = await withTimeout(this.monitor.query<RowDataPacket[]>("SHOW REPLICA STATUS"), timeoutMs);
      this.dataSource ??= await this.open();
      const row = status[0][0];
      if (!row) return { state: "not-replicating", detail: "SHOW REPLICA STATUS is empty: not a replica" };
      const io = row.Slave_IO_Running ?? row.Replica_IO_Running;
      const sql = row.Slave_SQL_Running ?? row.Replica_SQL_Running;
      const lag = row.Seconds_Behind_Master ?? row.Seconds_Behind_Source;
      this.lagSeconds = lag === null || lag === undefined ? null : Number(lag);
      if (io !== "Yes" || sql !== "Yes" || this.lagSeconds === null) {
        return { state: "not-replicating", detail: `IO thread ${io}, SQL thread ${sql}${row.Last_Error ? `: ${row.Last_Error}` : ""}` };
      }
      if (this.lagSeconds > maxLagSeconds) return { state: "lagging", detail: `${this.lagSeconds} s behind (limit ${maxLagSeconds} s)` };
      return { state: "usable", detail: `${this.lagSeconds} s behind` };
    } catch (error) {
      this.monitor?.destroy();
      this.monitor = null;
      this.lagSeconds = null;
      return { state: "unreachable", detail: (error as Error).message };
    }
  }

  async close(): Promise<void> {
    await this.monitor?.end().catch(() => undefined);
    if (this.dataSource?.isInitialized) await this.dataSource.destroy().catch(() => undefined);
  }
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)));
  try {
    return await Promise.race([work, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export class ReplicaSet {
  /** Requests whose reads went to the primary, by why. */
  readonly primaryReads: Record<PrimaryReadReason, number> = { mutation: 0, "read-your-writes": 0, "no-usable-replica": 0 };
  private turn = 0;
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;

  constructor(
    readonly primary: DataSource,
    readonly replicas: Replica[],
    readonly settings: ReplicaSettings,
  ) {}

  /** The next usable replica in turn, or null: then the primary serves the reads. */
  next(): Replica | null {
    for (let i = 0; i < this.replicas.length; i++) {
      const replica = this.replicas[(this.turn + i) % this.replicas.length];
      if (replica.state === "usable" && replica.dataSource?.isInitialized) {
        this.turn = (this.turn + i + 1) % this.replicas.length;
        return replica;
      }
    }
    return null;
  }

  /** One round of checks (all replicas at once); the monitor runs it every checkIntervalMs. */
  check(): Promise<void> {
    this.checking ??= (async () => {
      const timeoutMs = Math.max(200, Math.min(this.settings.checkIntervalMs, 2000));
      await Promise.all(
        this.replicas.map(async (replica) => {
          const { state, detail } = await replica.check(this.settings.maxLagSeconds, timeoutMs);
          this.enter(replica, state, detail);
        }),
      );
    })().finally(() => (this.checking = null));
    return this.checking;
  }

  /** A statement on the replica failed for want of it: skipped until a check finds it well. */
  lost(replica: Replica, error: unknown): void {
    this.enter(replica, "unreachable", (error as Error).message);
  }

  private enter(replica: Replica, state: ReplicaState, detail: string): void {
    if (state !== "usable") replica.skipped[state] += 1;
    if (state === replica.state) return;
    const fields = { replica: replica.name, state, detail, lagSeconds: replica.lagSeconds };
    if (state === "usable") logger.info("database replica in use", fields);
    else logger.warn("database replica skipped: its reads go to the primary or another replica", fields);
    replica.state = state;
  }

  /** Checks now, then every checkIntervalMs (the timer does not keep the process alive). */
  async start(): Promise<void> {
    await this.check();
    this.timer = setInterval(() => void this.check(), this.settings.checkIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.checking;
    await Promise.all(this.replicas.map((replica) => replica.close()));
  }

  /**
   * The replica's pool hands out a primary connection when the replica cannot give one (it stopped
   * between two checks), and the replica is skipped from then on: the request is answered all the same.
   */
  fallBackToPrimary(replica: Replica, dataSource: DataSource): void {
    const pool = (dataSource.driver as unknown as { pool: MysqlPool }).pool;
    const primaryPool = (this.primary.driver as unknown as { pool: MysqlPool }).pool;
    const getConnection = pool.getConnection.bind(pool);
    pool.getConnection = (callback) =>
      getConnection((error, connection) => {
        if (!error || !isDatabaseUnavailable(error)) return callback(error, connection);
        this.lost(replica, error);
        primaryPool.getConnection(callback);
      });
  }
}

const replicaSets = new WeakMap<DataSource, ReplicaSet>();

/**
 * Opens the replicas of a migrated MySQL primary and starts watching them; closing the primary
 * closes them too. A replica that cannot be reached now is skipped until it can.
 */
export async function openReplicas(
  primary: DataSource,
  settings: ReplicaSettings,
  createReplicaDataSource: (replica: MysqlSettings) => DataSource,
): Promise<ReplicaSet | null> {
  if (settings.replicas.length === 0) return null;
  const set: ReplicaSet = new ReplicaSet(
    primary,
    settings.replicas.map(
      (replicaSettings) =>
        new Replica(replicaSettings, async () => {
          const dataSource = createReplicaDataSource(replicaSettings);
          await dataSource.initialize();
          set.fallBackToPrimary(replica(replicaSettings), dataSource);
          return dataSource;
        }),
    ),
    settings,
  );
  const replica = (replicaSettings: DatabaseSettings) => set.replicas.find((r) => r.settings === replicaSettings)!;
  await set.start();
  for (const r of set.replicas) logger.info("database replica", { replica: describeDatabase(r.settings), state: r.state });
  replicaSets.set(primary, set);
  const destroyPrimary = primary.destroy.bind(primary);
  primary.destroy = async () => {
    await set.stop();
    await destroyPrimary();
  };
  return set;
}

/** The replicas of a primary, if DATABASE_REPLICA_URLS named any. */
export function replicasOf(primary: DataSource): ReplicaSet | null {
  return replicaSets.get(primary) ?? null;
}
