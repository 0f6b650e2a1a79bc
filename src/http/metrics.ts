import { timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { DataSource } from "typeorm";
import { replicasOf } from "../database/replicas";
import type { FinishedRequest } from "./access-log";
import type { HotQueryLane } from "./hot-queries";
import { registerReplicaMetrics } from "./replica-metrics";

/** Paths reported by name; anything else is "other" (a scanner's paths never become label values). */
const ROUTES = new Set(["/graphql", "/healthz", "/readyz", "/metrics", "/exports/audit.csv", "/exports/inventory.csv", "/exports/inventory.xlsx"]);
/** Operation names come from clients: past this many distinct ones, the rest are counted as "other". */
const MAX_OPERATION_LABELS = 200;
const MAX_ERROR_CODE_LABELS = 100;

interface MysqlPool {
  config?: { connectionLimit?: number };
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/** Prometheus metrics for one running catalog (its own registry: tests run several catalogs in one process). */
export class CatalogMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly errorCodes = new Set<string>();
  private readonly requests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests answered, by route, GraphQL operation and status",
    labelNames: ["route", "operation", "status"],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration, by route, GraphQL operation and status",
    labelNames: ["route", "operation", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private readonly errors = new Counter({ name: "graphql_errors_total", help: "Errors answered, by code", labelNames: ["code"], registers: [this.registry] });

  constructor(dataSource: DataSource, lane?: HotQueryLane) {
    collectDefaultMetrics({ register: this.registry });
    if (lane) {
      new Counter({
        name: "graphql_hot_query_lane_total",
        help: "Requests for hot queries taken by the lane: answered there, or handed to Apollo (context: the caller refused; unanswered: refused or variables that do not coerce; settled: errors to format)",
        labelNames: ["outcome"],
        registers: [this.registry],
        collect() {
          this.reset();
          for (const [outcome, count] of Object.entries(lane.outcomes)) this.inc({ outcome }, count);
        },
      });
    }
    const replicas = replicasOf(dataSource);
    if (replicas) registerReplicaMetrics(this.registry, replicas);
    if (dataSource.options.type === "mysql" || dataSource.options.type === "mariadb") {
      // Read at scrape time from mysql2's pool (SQLite has a single writer and a reader: no pool to report).
      new Gauge({
        name: "db_pool_connections",
        help: "MySQL/MariaDB pool connections: size (limit), open, in use, and requests queued for one",
        labelNames: ["state"],
        registers: [this.registry],
        collect() {
          const pool = (dataSource.driver as unknown as { pool?: MysqlPool }).pool;
          if (!pool) return;
          const open = pool._allConnections?.length ?? 0;
          const free = pool._freeConnections?.length ?? 0;
          this.set({ state: "size" }, pool.config?.connectionLimit ?? 0);
          this.set({ state: "open" }, open);
          this.set({ state: "used" }, open - free);
          this.set({ state: "queued" }, pool._connectionQueue?.length ?? 0);
        },
      });
    }
  }

  observe(request: FinishedRequest): void {
    const route = ROUTES.has(request.path) ? request.path : "other";
    const labels = { route, operation: this.bounded(this.operations, request.operationName ?? "", MAX_OPERATION_LABELS), status: String(request.status) };
    this.requests.inc(labels);
    this.latency.observe(labels, request.durationMs / 1000);
    for (const code of request.errorCodes) this.errors.inc({ code: this.bounded(this.errorCodes, code, MAX_ERROR_CODE_LABELS) });
  }

  private bounded(seen: Set<string>, value: string, max: number): string {
    if (value === "" || seen.has(value)) return value;
    if (seen.size >= max) return "other";
    seen.add(value);
    return value;
  }

  /** GET /metrics; with a token, only for `Authorization: Bearer <token>`. */
  route(token: string | null): RequestHandler {
    const expected = token ? Buffer.from(`Bearer ${token}`) : null;
    return async (req, res) => {
      if (expected) {
        const given = Buffer.from(req.get("authorization") ?? "");
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          return void res.status(401).setHeader("www-authenticate", "Bearer").type("text/plain").send("metrics need the metrics token\n");
        }
      }
      res.setHeader("cache-control", "no-store");
      res.type(this.registry.contentType).send(await this.registry.metrics());
    };
  }
}
