import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { dirname, join } from "node:path";
import type { AuthSettings, OidcSettings } from "./common/context";

/**
 * Settings come from the environment and are validated once, at start. A bad value stops the
 * process with one line naming the variable and what it expects (see main.ts).
 */
type Environment = "development" | "production" | "test";
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
type DemoDataMode = "auto" | "always" | "never";

export type MysqlSettings = { type: "mysql"; url: string; host: string; port: number; database: string };
export type DatabaseSettings = { type: "sqlite"; path: string } | MysqlSettings;

/** Reads on MySQL/MariaDB replicas (src/database/replicas.ts); no replicas: everything on DATABASE_URL. */
export interface ReplicaSettings {
  replicas: MysqlSettings[];
  /** A replica further behind than this is skipped. */
  maxLagSeconds: number;
  /** After a mutation, the account's reads stay on the primary this long (from any server process). */
  readYourWritesSeconds: number;
  checkIntervalMs: number;
}

export interface Config {
  env: Environment;
  host: string;
  port: number;
  database: DatabaseSettings;
  /** Connection pool size for MySQL/MariaDB. */
  databasePoolSize: number;
  /** DATABASE_REPLICA_URLS and how replicas are chosen. */
  databaseReplicas: ReplicaSettings;
  /** MySQL/MariaDB: a statement unanswered this long fails (the request answers SERVICE_UNAVAILABLE, 503). */
  databaseStatementTimeoutMs: number;
  /** Load the Tianning demo data when the database holds no units ("auto"), always, or never. */
  demoData: DemoDataMode;
  logLevel: LogLevel;
  introspection: boolean;
  /** GRAPHQL_EXPLORER: GraphiQL, served offline, at /graphql for browsers (and / leads there); off by default in production. */
  explorer: boolean;
  /** Appointment dates are civil dates in the district's time zone. */
  districtTimeZone: string;
  /** Working days a provider has to decide on a sharing request (国发〔2016〕51号: 10). */
  sharingDecisionWorkingDays: number;
  /** Matches a catalog search counts exactly; beyond, it answers "at least" this many (SEARCH_COUNT_BOUND). */
  searchCountBound: number;
  /** Data quality: the default target score and the working days to rectify a reported issue. */
  quality: { defaultTargetScore: number; issueDueWorkingDays: number };
  /**
   * The quality time series' monthly partitions on MySQL/MariaDB (src/modules/quality/quality-partitions.ts):
   * months created ahead, and whole months kept before the current one (0: all) for the raw measurements and the daily roll-ups.
   */
  qualityPartitions: { partitionMonthsAhead: number; measurementRetentionMonths: number; rollupRetentionMonths: number };
  /** How long SIGTERM waits for in-flight requests before closing the pool anyway. */
  shutdownTimeoutMs: number;
  /** Adds an `x-sql-statements` response header (statements the request ran); off in production. */
  exposeSqlStatementCount: boolean;
  /** Largest accepted request body, in bytes. */
  maxRequestBytes: number;
  /** Deepest selection nesting a query may have. */
  maxQueryDepth: number;
  /** Highest estimated cost (fields × page sizes) a query may have. */
  maxQueryCost: number;
  /** Lexical tokens per GraphQL document (signed-in callers); fragments may not expand past it either. */
  maxQueryTokens: number;
  /** The same for callers without an Authorization header, and their document's size in bytes. */
  maxAnonymousQueryTokens: number;
  maxAnonymousQueryBytes: number;
  /** Aliases and directives per document. */
  maxQueryAliases: number;
  maxQueryDirectives: number;
  auth: AuthSettings;
  /**
   * Express's `trust proxy`: false (the socket's address is the client), a number of proxy hops,
   * or the proxies' addresses. The client is then X-Forwarded-For's right-most untrusted hop.
   */
  trustProxy: false | number | string[];
  /** Cross-origin callers (browser apps on another origin). */
  cors: CorsSettings;
  /** Prometheus metrics at /metrics; with a token, only for `Authorization: Bearer <token>`. */
  metrics: { enabled: boolean; token: string | null };
  /** On SIGTERM, /readyz answers 503 this long before the listener closes (so a load balancer stops sending first). */
  shutdownDelayMs: number;
  /** Creates this district administrator at start if no account has the username. */
  bootstrapAdmin: { username: string; password: string } | null;
}

export interface CorsSettings {
  /** Exact origins (scheme://host[:port]) allowed to call /graphql and /exports/*. */
  origins: string[];
  /** Development without CORS_ORIGINS: any http://localhost:PORT or http://127.0.0.1:PORT (a Vite dev server). */
  localhost: boolean;
  /** Access-Control-Allow-Credentials: true (cookies, TLS client certificates); the bearer token does not need it. */
  credentials: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    expected: string,
    actual: string,
  ) {
    // Never echo a password (user:password@ in a URL) into a terminal or a log.
    super(`${variable} must be ${expected} (got "${actual.replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@")}")`);
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

const DEFAULT_DATABASE_URL = "sqlite:./data/catalog.sqlite";

/** Parses `sqlite:PATH`, `file:PATH` or `mysql://user:pass@host:port/db` (also `mariadb://`). */
export function parseDatabaseUrl(given: string, variable = "DATABASE_URL"): DatabaseSettings {
  const raw = given;
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

/**
 * Where a development server keeps the key it generated for its access tokens: JWT_SECRET_FILE, or
 * `jwt-secret` beside the embedded SQLite file (`./data/` for MySQL or an in-memory database).
 */
function jwtSecretFile(env: Env, database: DatabaseSettings): string {
  if (env.JWT_SECRET_FILE) return env.JWT_SECRET_FILE;
  const besideSqlite = database.type === "sqlite" && database.path !== ":memory:";
  return join(besideSqlite ? dirname(database.path) : "data", "jwt-secret");
}

/** The development key: generated once (mode 0600) and read again at every start, so a restart signs no one out. */
function storedDevelopmentSecret(path: string): Uint8Array {
  try {
    mkdirSync(dirname(path), { recursive: true });
    // "wx": only the first start writes it; a concurrent start reads the one written.
    writeFileSync(path, randomBytes(32).toString("base64url") + "\n", { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw new ConfigError("JWT_SECRET_FILE", "a file the server can create", path);
  }
  let secret: string;
  try {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
    secret = readFileSync(path, "utf8").trim();
  } catch {
    throw new ConfigError("JWT_SECRET_FILE", "a file the server can read", path);
  }
  if (secret.length < 32) throw new ConfigError("JWT_SECRET_FILE", "a file holding at least 32 characters (delete it to have a new one made)", path);
  return new TextEncoder().encode(secret);
}

function jwtSecret(env: Env, production: boolean, database: DatabaseSettings): Uint8Array {
  const raw = env.JWT_SECRET;
  if (!raw) {
    if (production) throw new ConfigError("JWT_SECRET", "set in production (at least 32 characters)", "");
    return storedDevelopmentSecret(jwtSecretFile(env, database));
  }
  if (raw.length < 32) throw new ConfigError("JWT_SECRET", "at least 32 characters", "*".repeat(raw.length));
  return new TextEncoder().encode(raw);
}

function oidc(env: Env): OidcSettings | null {
  const given = ["OIDC_ISSUER", "OIDC_AUDIENCE", "OIDC_JWKS_URL"].filter((name) => env[name]);
  if (given.length === 0) return null;
  for (const name of ["OIDC_ISSUER", "OIDC_AUDIENCE", "OIDC_JWKS_URL"]) {
    if (!env[name]) throw new ConfigError(name, "set together with OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL", "");
  }
  try {
    new URL(env.OIDC_JWKS_URL!);
  } catch {
    throw new ConfigError("OIDC_JWKS_URL", "a URL", env.OIDC_JWKS_URL!);
  }
  return {
    issuer: env.OIDC_ISSUER!,
    audience: env.OIDC_AUDIENCE!,
    jwksUrl: env.OIDC_JWKS_URL!,
    usernameClaim: env.OIDC_USERNAME_CLAIM || "preferred_username",
  };
}

function bootstrapAdmin(env: Env): Config["bootstrapAdmin"] {
  const username = env.BOOTSTRAP_ADMIN_USERNAME;
  const password = env.BOOTSTRAP_ADMIN_PASSWORD;
  if (!username && !password) return null;
  if (!username) throw new ConfigError("BOOTSTRAP_ADMIN_USERNAME", "set together with BOOTSTRAP_ADMIN_PASSWORD", "");
  if (!password || password.length < 10) throw new ConfigError("BOOTSTRAP_ADMIN_PASSWORD", "at least 10 characters", "*".repeat(password?.length ?? 0));
  return { username, password };
}

const PROXY_NAMES = ["loopback", "linklocal", "uniquelocal"];

/** TRUST_PROXY: off, on (one hop: the proxy in front of us), a hop count, or the proxies' addresses/subnets. */
function trustProxy(env: Env): Config["trustProxy"] {
  const raw = env.TRUST_PROXY?.trim();
  const expected = "false, true (one proxy), a number of proxy hops, or proxy addresses/subnets (e.g. loopback,10.0.0.0/8)";
  if (!raw || ["false", "0", "no", "off"].includes(raw.toLowerCase())) return false;
  // Never Express's `true` (trust every hop): the left-most X-Forwarded-For entry is whatever the caller wrote.
  if (["true", "yes", "on"].includes(raw.toLowerCase())) return 1;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError("TRUST_PROXY", expected, raw);
    return hops;
  }
  const proxies = raw.split(",").map((part) => part.trim());
  for (const proxy of proxies) {
    const [address, bits, extra] = proxy.split("/");
    const family = isIP(address);
    const bitsOk = bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32));
    if (!(PROXY_NAMES.includes(proxy) || (family !== 0 && bitsOk && extra === undefined))) throw new ConfigError("TRUST_PROXY", expected, raw);
  }
  return proxies;
}

/** CORS_ORIGINS: comma-separated exact origins, e.g. https://portal.example.cn,http://localhost:5173. */
function corsOrigins(env: Env): string[] {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return [];
  return raw.split(",").map((part) => {
    const given = part.trim();
    let url: URL | undefined;
    try {
      url = new URL(given);
    } catch {
      url = undefined;
    }
    // Exact origins only: no path, no trailing slash, no wildcard (a browser sends the origin exactly so).
    if (!url || !["http:", "https:"].includes(url.protocol) || url.origin !== given) {
      throw new ConfigError("CORS_ORIGINS", "comma-separated origins such as https://portal.example.cn (scheme, host, optional port; no path)", raw);
    }
    return given;
  });
}

function metricsToken(env: Env): string | null {
  const raw = env.METRICS_TOKEN;
  if (!raw) return null;
  if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw))
    throw new ConfigError("METRICS_TOKEN", "at least 16 printable characters, no spaces", "*".repeat(raw.length));
  return raw;
}

/** DATABASE_REPLICA_URLS: comma-separated MySQL/MariaDB replicas of DATABASE_URL (a MySQL primary). */
function replicaSettings(env: Env, primary: DatabaseSettings): ReplicaSettings {
  const raw = env.DATABASE_REPLICA_URLS?.trim() ?? "";
  const replicas = (raw ? raw.split(",") : []).map((part) => {
    const replica = parseDatabaseUrl(part.trim(), "DATABASE_REPLICA_URLS");
    if (replica.type !== "mysql") throw new ConfigError("DATABASE_REPLICA_URLS", "comma-separated mysql://user:password@host:3306/database URLs", raw);
    return replica;
  });
  if (replicas.length > 0 && primary.type !== "mysql") throw new ConfigError("DATABASE_REPLICA_URLS", "unset unless DATABASE_URL is MySQL/MariaDB", raw);
  if (replicas.length > 16) throw new ConfigError("DATABASE_REPLICA_URLS", "at most 16 replicas", `${replicas.length} replicas`);
  const maxLagSeconds = integer(env, "REPLICA_MAX_LAG_SECONDS", 0, 3600, 5);
  const readYourWritesSeconds = integer(env, "READ_YOUR_WRITES_SECONDS", 0, 3600, 15);
  if (readYourWritesSeconds < maxLagSeconds)
    throw new ConfigError("READ_YOUR_WRITES_SECONDS", `at least REPLICA_MAX_LAG_SECONDS (${maxLagSeconds})`, String(readYourWritesSeconds));
  return {
    replicas,
    maxLagSeconds,
    readYourWritesSeconds,
    checkIntervalMs: integer(env, "REPLICA_CHECK_INTERVAL_MS", 100, 60_000, 1000),
  };
}

export function loadConfig(env: Env = process.env): Config {
  const mode = oneOf(env, "NODE_ENV", ["development", "production", "test"] as const, "development");
  const production = mode === "production";
  const database = parseDatabaseUrl(env.DATABASE_URL || DEFAULT_DATABASE_URL);
  return {
    env: mode,
    host: env.HOST || "0.0.0.0",
    port: integer(env, "PORT", 0, 65535, 4000),
    database,
    databasePoolSize: integer(env, "DATABASE_POOL_SIZE", 1, 500, 10),
    databaseReplicas: replicaSettings(env, database),
    databaseStatementTimeoutMs: integer(env, "DATABASE_STATEMENT_TIMEOUT_MS", 100, 600_000, 10_000),
    demoData: oneOf(env, "DEMO_DATA", ["auto", "always", "never"] as const, production ? "never" : "auto"),
    logLevel: oneOf(env, "LOG_LEVEL", ["debug", "info", "warn", "error", "silent"] as const, "info"),
    introspection: boolean(env, "GRAPHQL_INTROSPECTION", !production),
    explorer: boolean(env, "GRAPHQL_EXPLORER", !production),
    districtTimeZone: timeZone(env, "DISTRICT_TIME_ZONE", "Asia/Shanghai"),
    sharingDecisionWorkingDays: integer(env, "SHARING_DECISION_WORKING_DAYS", 1, 60, 10),
    searchCountBound: integer(env, "SEARCH_COUNT_BOUND", 1, 10_000, 1_000),
    quality: {
      defaultTargetScore: integer(env, "QUALITY_TARGET_SCORE", 0, 100, 80),
      issueDueWorkingDays: integer(env, "QUALITY_ISSUE_DUE_WORKING_DAYS", 1, 60, 5),
    },
    qualityPartitions: {
      partitionMonthsAhead: integer(env, "QUALITY_PARTITION_MONTHS_AHEAD", 1, 24, 3),
      measurementRetentionMonths: integer(env, "QUALITY_RETENTION_MONTHS", 0, 1200, 0),
      rollupRetentionMonths: integer(env, "QUALITY_ROLLUP_RETENTION_MONTHS", 0, 1200, 0),
    },
    shutdownTimeoutMs: integer(env, "SHUTDOWN_TIMEOUT_MS", 0, 600000, 10000),
    exposeSqlStatementCount: boolean(env, "EXPOSE_SQL_STATEMENT_COUNT", !production),
    maxRequestBytes: integer(env, "MAX_REQUEST_BYTES", 1024, 100 * 1024 * 1024, 1024 * 1024),
    maxQueryDepth: integer(env, "MAX_QUERY_DEPTH", 2, 100, 15),
    // Room for the front-end's nested page (20 units × 10 resources × 10 items costs about 60,000).
    maxQueryCost: integer(env, "MAX_QUERY_COST", 10, 10_000_000, 200_000),
    // A page of the front-end is a few hundred tokens; validation costs about 10-40 µs a token.
    maxQueryTokens: integer(env, "MAX_QUERY_TOKENS", 100, 1_000_000, 3_000),
    // Sign-in is about 20 tokens, a catalogue page about 150: anything bigger must sign in first.
    maxAnonymousQueryTokens: integer(env, "MAX_ANONYMOUS_QUERY_TOKENS", 50, 1_000_000, 500),
    maxAnonymousQueryBytes: integer(env, "MAX_ANONYMOUS_QUERY_BYTES", 256, 100 * 1024 * 1024, 4 * 1024),
    maxQueryAliases: integer(env, "MAX_QUERY_ALIASES", 0, 100_000, 100),
    maxQueryDirectives: integer(env, "MAX_QUERY_DIRECTIVES", 0, 100_000, 50),
    auth: {
      jwtSecret: jwtSecret(env, production, database),
      accessTokenTtlSeconds: integer(env, "ACCESS_TOKEN_TTL_SECONDS", 1, 30 * 24 * 3600, 3600),
      sessionMaxAgeSeconds: integer(env, "SESSION_MAX_AGE_SECONDS", 1, 365 * 24 * 3600, 30 * 24 * 3600),
      sessionIdleSeconds: integer(env, "SESSION_IDLE_SECONDS", 1, 365 * 24 * 3600, 7 * 24 * 3600),
      localPasswords: boolean(env, "LOCAL_PASSWORDS", true),
      oidc: oidc(env),
      maxLoginFailures: integer(env, "LOGIN_MAX_FAILURES", 1, 100, 5),
      loginLockSeconds: integer(env, "LOGIN_LOCK_SECONDS", 1, 24 * 3600, 900),
      signInAttemptsPerMinute: integer(env, "SIGN_IN_ATTEMPTS_PER_MINUTE", 1, 100_000, 10),
      signInFailuresPerDay: integer(env, "SIGN_IN_FAILURES_PER_DAY", 1, 1_000_000, 100),
      usernameMaxFailures: integer(env, "LOGIN_USERNAME_MAX_FAILURES", 1, 10_000, 20),
      // OWASP: scrypt N=2^17, r=8, p=1 (128 MiB per hash).
      passwordHashCost: integer(env, "PASSWORD_HASH_COST", 10, 20, 17),
    },
    trustProxy: trustProxy(env),
    cors: {
      origins: corsOrigins(env),
      localhost: mode === "development" && !env.CORS_ORIGINS?.trim(),
      credentials: boolean(env, "CORS_CREDENTIALS", false),
    },
    metrics: { enabled: boolean(env, "METRICS", true), token: metricsToken(env) },
    shutdownDelayMs: integer(env, "SHUTDOWN_DELAY_MS", 0, 120_000, 0),
    bootstrapAdmin: bootstrapAdmin(env),
  };
}
