import type { DataSource, EntityManager } from "typeorm";

export interface ContextSettings {
  /** IANA zone in which appointment dates are civil dates (Asia/Shanghai). */
  districtTimeZone: string;
}

/**
 * The one request context: passed first to every service call. It carries the request id,
 * the entity manager (the transaction's, inside `withTransaction`) and the request's DataLoaders.
 */
export class RequestContext {
  private loaderSets = new Map<Function, unknown>();

  constructor(
    readonly dataSource: DataSource,
    readonly requestId: string,
    readonly settings: ContextSettings,
    readonly manager: EntityManager = dataSource.manager,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** True inside `withTransaction`: nested calls join the open transaction. */
  get inTransaction(): boolean {
    return this.manager !== this.dataSource.manager;
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

  /** The same request, working inside a transaction. */
  withManager(manager: EntityManager): RequestContext {
    return new RequestContext(this.dataSource, this.requestId, this.settings, manager, this.clock);
  }

  now(): Date {
    return this.clock();
  }

  /** Today's date (YYYY-MM-DD) in the district's time zone. */
  today(): string {
    return new Intl.DateTimeFormat("en-CA", { timeZone: this.settings.districtTimeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(this.now());
  }
}
