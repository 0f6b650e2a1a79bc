/**
 * Settings come from the environment and are validated once, at start. A bad value stops the
 * process with one line naming the variable and what it expects (see main.ts).
 */
export type Environment = "development" | "production" | "test";
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type DemoDataMode = "auto" | "always" | "never";

export type DatabaseSettings =
  | { type: "sqlite"; path: string }
  | { type: "mysql"; url: string; host: string; port: number; database: string };

export interface Config {
  env: Environment;
  host: string;
  port: number;
  database: DatabaseSettings;
  /** Connection pool size for MySQL/MariaDB. */
  databasePoolSize: number;
  /** Load the Tianning demo data when the database holds no units ("auto"), always, or never. */
  demoData: DemoDataMode;
  logLevel: LogLevel;
  introspection: boolean;
  /** Appointment dates are civil dates in the district's time zone. */
  districtTimeZone: string;
  /** How long SIGTERM waits for in-flight requests before closing the pool anyway. */
  shutdownTimeoutMs: number;
  /** Adds an `x-sql-statements` response header (statements the request ran); off in production. */
  exposeSqlStatementCount: boolean;
  /** Largest accepted request body, in bytes. */
  maxRequestBytes: number;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    actual: string,
  ) {
    super(`${variable} must be ${expected} (got "${actual}")`);
  }
}

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `one of ${allowed.join(", ")}`, raw);
  }
  return raw as T;
}

function integer(env: Env, name: string, min: number, max: number, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `an integer from ${min} to ${max}`, raw);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (["true", "1", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (["false", "0", "no", "off"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, "true or false", raw);
}

export const DEFAULT_DATABASE_URL = "sqlite:./data/catalog.sqlite";

/** Parses `sqlite:PATH`, `file:PATH` or `mysql://user:pass@host:port/db` (also `mariadb://`). */
export function parseDatabaseUrl(raw: string, variable = "DATABASE_URL"): DatabaseSettings {
  const expected = "sqlite:PATH or mysql://user:password@host:3306/database";
  const sqlite = /^(sqlite|file):(.+)$/.exec(raw);
  if (sqlite && !sqlite[2].startsWith("//")) return { type: "sqlite", path: sqlite[2] };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(variable, expected, raw);
  }
  if (url.protocol !== "mysql:" && url.protocol !== "mariadb:") throw new ConfigError(variable, expected, raw);
  const database = decodeURIComponent(url.pathname.replace(/^\//, ""));
  if (!url.hostname || !database) throw new ConfigError(variable, expected + " (host and database required)", raw);
  const port = url.port ? Number(url.port) : 3306;
  url.protocol = "mysql:";
  return { type: "mysql", url: url.toString(), host: url.hostname, port, database };
}

/** The URL with its password hidden, for messages and logs. */
export function describeDatabase(settings: DatabaseSettings): string {
  if (settings.type === "sqlite") return `sqlite:${settings.path}`;
  const url = new URL(settings.url);
  if (url.password) url.password = "***";
  return url.toString();
}

function timeZone(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  try {
    new Intl.DateTimeFormat("en-CA", { timeZone: raw });
  } catch {
    throw new ConfigError(name, "an IANA time zone such as Asia/Shanghai", raw);
  }
  return raw;
}

export function loadConfig(env: Env = process.env): Config {
  const mode = oneOf(env, "NODE_ENV", ["development", "production", "test"] as const, "development");
  const production = mode === "production";
  return {
    env: mode,
    host: env.HOST || "0.0.0.0",
    port: integer(env, "PORT", 0, 65535, 4000),
    database: parseDatabaseUrl(env.DATABASE_URL || DEFAULT_DATABASE_URL),
    databasePoolSize: integer(env, "DATABASE_POOL_SIZE", 1, 500, 10),
    demoData: oneOf(env, "DEMO_DATA", ["auto", "always", "never"] as const, production ? "never" : "auto"),
    logLevel: oneOf(env, "LOG_LEVEL", ["debug", "info", "warn", "error", "silent"] as const, "info"),
    introspection: boolean(env, "GRAPHQL_INTROSPECTION", !production),
    districtTimeZone: timeZone(env, "DISTRICT_TIME_ZONE", "Asia/Shanghai"),
    shutdownTimeoutMs: integer(env, "SHUTDOWN_TIMEOUT_MS", 0, 600000, 10000),
    exposeSqlStatementCount: boolean(env, "EXPOSE_SQL_STATEMENT_COUNT", !production),
    maxRequestBytes: integer(env, "MAX_REQUEST_BYTES", 1024, 100 * 1024 * 1024, 1024 * 1024),
  };
}
