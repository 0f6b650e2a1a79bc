import type { DataSource, EntityManager } from "typeorm";
import { readerOf } from "../database/read-connection";
import { tracedManager } from "../database/traced-manager";
import { Viewer } from "./auth";
import { DEFAULT_LOCALE, inLocale, type Locale, type Localised } from "./i18n";
import { type RequestTrace, workTrace } from "./request-store";

export interface OidcSettings {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The token claim holding the account's username (e.g. preferred_username). */
  usernameClaim: string;
}

export interface AuthSettings {
  /** HMAC key for the access tokens this server signs. */
  jwtSecret: Uint8Array;
  accessTokenTtlSeconds: number;
  /** A sign-in session (its chain of refresh tokens) ends this long after sign-in, whatever its use. */
  sessionMaxAgeSeconds: number;
  /** A refresh token unused this long expires (the session's idle limit). */
  sessionIdleSeconds: number;
  /** Off where single sign-on is the only way in. */
  localPasswords: boolean;
  oidc: OidcSettings | null;
  /** Failed sign-ins of one username from one client before that pair is locked, and for how long. */
  maxLoginFailures: number;
  loginLockSeconds: number;
  /** Sign-in attempts (any password check) one client may make per minute. */
  signInAttemptsPerMinute: number;
  /** Failed password checks one client may make per day, across all usernames (spraying). */
  signInFailuresPerDay: number;
  /** Failures of one username across all clients past which each client gets one try per growing delay. */
  usernameMaxFailures: number;
  /** scrypt cost as log2(N). */
  passwordHashCost: number;
}

export interface ContextSettings {
  /** IANA zone in which appointment dates are civil dates (Asia/Shanghai). */
  districtTimeZone: string;
  auth: AuthSettings;
  /** Working days a provider has to decide on a sharing request (SHARING_DECISION_WORKING_DAYS; default 10). */
  sharingDecisionWorkingDays?: number;
  /** Matches a catalog search counts exactly (SEARCH_COUNT_BOUND; default 1,000). */
  searchCountBound?: number;
  /** Data quality (DOMAIN §3): the default target score, and working days to rectify a reported issue. Defaults when absent. */
  quality?: { defaultTargetScore: number; issueDueWorkingDays: number };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl formatter costs more than a small request: one per time zone, reused. */
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The last day computed, by time zone and minute: a minute never straddles two days in any zone. */
const lastDay = new Map<string, { minute: number; day: string }>();

/** The civil date (YYYY-MM-DD) of an instant in a time zone. */
function civilDate(timeZone: string, at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  const last = lastDay.get(timeZone);
  if (last?.minute === minute) return last.day;
  const parts = dayFormat(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const day = `${part("year")}-${part("month")}-${part("day")}`;
  lastDay.set(timeZone, { minute, day });
  return day;
}

/**
 * The one request context: passed first to every service call. It carries the request id, the
 * viewer (who is calling, with which roles and unit scope), the entity manager (the transaction's
 * inside `withTransaction`; outside, the read connection, which sees only committed data) and the
 * request's DataLoaders.
 */
export class RequestContext {
  private loaderSets = new Map<Function, unknown>();
  /** The mutation being run (set per root field), for the audit trail. */
  operation: string | null = null;
  /** The caller's network address (see TRUST_PROXY), for the sign-in limits. */
  clientAddress = "unknown";

  /** The request's trace (its id, language and statement count); a command or a test names its own (`workTrace`). */
  readonly trace: RequestTrace;

  constructor(
    readonly dataSource: DataSource,
    trace: RequestTrace | string,
    readonly settings: ContextSettings,
    readonly viewer: Viewer = Viewer.anonymous(),
    manager: EntityManager = readerOf(dataSource).manager,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.trace = typeof trace === "string" ? workTrace(trace) : trace;
    this.readManager = tracedManager(manager, this.trace);
  }

  private readManager: EntityManager;

  /** The request's id, in its logs and masked errors. */
  get requestId(): string {
    return this.trace.requestId;
  }

  /** The language the caller reads (Accept-Language; Chinese unless English is preferred). */
  get locale(): Locale {
    return this.trace.locale ?? DEFAULT_LOCALE;
  }

  /** A text in the caller's language. */
  localise(message: Localised): string {
    return inLocale(message, this.locale);
  }

  /** Where this context's statements go: the open transaction's, or the connection the request reads on; they count against the request. */
  get manager(): EntityManager {
    return this.readManager;
  }

  /** The request's reads (outside transactions) go to this connection instead, e.g. a replica (src/http/replica-routing.ts). */
  readOn(manager: EntityManager): void {
    if (!this.inTransaction) this.readManager = tracedManager(manager, this.trace);
  }

  /** True inside `withTransaction`: nested calls join the open transaction. */
  get inTransaction(): boolean {
    // A transaction's manager is bound to its query runner; the data sources' own managers are not.
    return this.manager.queryRunner !== undefined;
  }

  /** The request's loaders of one module, built on first use and kept for the request. */
  loaders<T>(LoaderSet: new (ctx: RequestContext) => T): T {
    let set = this.loaderSets.get(LoaderSet) as T | undefined;
    if (!set) {
      set = new LoaderSet(this);
      this.loaderSets.set(LoaderSet, set);
    }
    return set;
  }

  /** Forget cached rows, e.g. after a mutation committed. */
  clearLoaders(): void {
    this.loaderSets.clear();
  }

  /** The same request, acting as another viewer (e.g. the account that has just signed in). */
  as(viewer: Viewer): RequestContext {
    const ctx = new RequestContext(this.dataSource, this.trace, this.settings, viewer, this.manager, this.clock);
    ctx.operation = this.operation;
    ctx.clientAddress = this.clientAddress;
    ctx.fixedToday = this.today();
    return ctx;
  }

  /** The same request, working inside a transaction. */
  withManager(manager: EntityManager): RequestContext {
    const tx = new RequestContext(this.dataSource, this.trace, this.settings, this.viewer, manager, this.clock);
    tx.operation = this.operation;
    tx.clientAddress = this.clientAddress;
    tx.fixedToday = this.today();
    return tx;
  }

  private fixedToday?: string;

  /** The current time, to the second (what both databases' datetime columns keep). */
  now(): Date {
    const now = this.clock();
    return new Date(Math.floor(now.getTime() / 1000) * 1000);
  }

  /** Today's date (YYYY-MM-DD) in the district's time zone, fixed for the whole request. */
  today(): string {
    this.fixedToday ??= civilDate(this.settings.districtTimeZone, this.clock());
    return this.fixedToday;
  }
}
