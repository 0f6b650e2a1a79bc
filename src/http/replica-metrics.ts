import { Counter, Gauge, Registry } from "prom-client";
import type { ReplicaSet } from "../database/replicas";

/**
 * The replicas in /metrics (DATABASE_REPLICA_URLS), read at scrape time: whether each is in use,
 * how far behind it is, how often a check skipped it and why, and where requests read.
 * Replicas are named "replica-N" by their place in DATABASE_REPLICA_URLS (no host in the labels).
 */
export function registerReplicaMetrics(registry: Registry, replicas: ReplicaSet): void {
  const named = replicas.replicas.map((replica, i) => ({ replica, name: `replica-${i + 1}` }));
  new Gauge({
    name: "db_replica_usable",
    help: "1 if the replica serves reads now, 0 if it is skipped",
    labelNames: ["replica"],
    registers: [registry],
    collect() {
      for (const { replica, name } of named) this.set({ replica: name }, replica.state === "usable" ? 1 : 0);
    },
  });
  new Gauge({
    name: "db_replica_lag_seconds",
    help: "Seconds_Behind_Master at the last check (-1: unknown)",
    labelNames: ["replica"],
    registers: [registry],
    collect() {
      for (const { replica, name } of named) this.set({ replica: name }, replica.lagSeconds ?? -1);
    },
  });
  new Counter({
    name: "db_replica_skipped_total",
    help: "Checks that found the replica unusable, by reason (unreachable, not-replicating, lagging)",
    labelNames: ["replica", "reason"],
    registers: [registry],
    collect() {
      this.reset();
      for (const { replica, name } of named) for (const [reason, count] of Object.entries(replica.skipped)) this.inc({ replica: name, reason }, count);
    },
  });
  new Counter({
    name: "db_reads_total",
    help: "Requests by where they read: a replica, or the primary and why (mutation, read-your-writes, no-usable-replica)",
    labelNames: ["target", "reason"],
    registers: [registry],
    collect() {
      this.reset();
      for (const { replica, name } of named) this.inc({ target: name, reason: "" }, replica.reads);
      for (const [reason, count] of Object.entries(replicas.primaryReads)) this.inc({ target: "primary", reason }, count);
    },
  });
}
