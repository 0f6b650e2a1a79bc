import { IsOptional, Max, Min } from "class-validator";
import { Args, ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "./errors";

/**
 * The one pagination helper: Relay connections with `first`/`after`, a `totalCount` and a hard
 * cap on page size, whether the rows come from a query or from a DataLoader's batch.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: "Return the items after this cursor (an edge's `cursor` or `pageInfo.endCursor`)." })
  @IsOptional()
  after?: string;
}

/**
 * `@PageArgs()` for nested connections: the helper checks `first` and `after` itself (same
 * BAD_USER_INPUT), so class-validator need not run once per parent row of a page.
 */
export const PageArgs = () => Args(() => ConnectionArgs, { validate: false });

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** Every field resolves lazily, so a client asking only for `totalCount` runs only the count. */
export interface Connection<T> {
  readonly edges: Promise<Edge<T>[]>;
  readonly nodes: Promise<T[]>;
  readonly pageInfo: Promise<PageInfo>;
  readonly totalCount: Promise<number>;
}

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for a node type. With `abstract`,
 * the connection is a base to extend (e.g. with facets) under the subclass's own @ObjectType.
 */
export function ConnectionType<T extends object>(name: string, nodeType: ClassType<T>, { abstract = false } = {}) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  // An abstract base is never referenced by a resolver, so it never appears in the schema itself.
  @ObjectType(abstract ? `${name}ConnectionBase` : `${name}Connection`, { description: `A page of ${name} records (Relay connection).` })
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => [nodeType], { description: "The page's nodes, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many records match, across all pages." })
    totalCount!: number;
  }
  return ConnectionClass;
}

function encodeCursor(index: number): string {
  return Buffer.from(`cursor:${index}`, "utf8").toString("base64url");
}

export interface PageWindow {
  offset: number;
  first: number;
}

function pageWindow(args: ConnectionArgs): PageWindow {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput("first", `first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  if (args.after == null) return { offset: 0, first };
  const match = /^cursor:(\d{1,9})$/.exec(Buffer.from(args.after, "base64url").toString("utf8"));
  if (!match) throw badUserInput("after", `"${args.after}" is not a cursor of this list`);
  return { offset: Number(match[1]) + 1, first };
}

interface LoadedPage<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

class Page<T> implements Connection<T> {
  private loaded?: Promise<LoadedPage<T>>;
  private count?: Promise<number>;

  constructor(
    private readonly window: PageWindow,
    /** Rows from the window's offset: up to first + 1 of them, the extra one telling if a next page exists. */
    private readonly loadRows: (window: PageWindow) => Promise<readonly T[]> | readonly T[],
    private readonly countAll: () => Promise<number> | number,
  ) {}

  private load(): Promise<LoadedPage<T>> {
    this.loaded ??= Promise.resolve(this.loadRows(this.window)).then((rows) => {
      const { offset, first } = this.window;
      const edges = rows.slice(0, first).map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
      const pageInfo: PageInfo = {
        hasNextPage: rows.length > first,
        hasPreviousPage: offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      };
      return { edges, pageInfo };
    });
    return this.loaded;
  }

  get edges(): Promise<Edge<T>[]> {
    return this.load().then((page) => page.edges);
  }

  get nodes(): Promise<T[]> {
    return this.load().then((page) => page.edges.map((edge) => edge.node));
  }

  get pageInfo(): Promise<PageInfo> {
    return this.load().then((page) => page.pageInfo);
  }

  get totalCount(): Promise<number> {
    this.count ??= Promise.resolve(this.countAll());
    return this.count;
  }
}

/** A page of a query: one SELECT for the rows (one extra, to know if a next page exists), one COUNT if asked. */
export function paginateQuery<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, args: ConnectionArgs): Connection<T> {
  return new Page(
    pageWindow(args),
    (window) => query.clone().offset(window.offset).limit(window.first + 1).getMany(),
    () => query.clone().orderBy().getCount(),
  );
}

/**
 * A page of a list that a windowed DataLoader fetches for many parents in one statement
 * (ROW_NUMBER() OVER (PARTITION BY parent …)): `loadWindow` gets the offset and first + 1 rows.
 */
export function paginateWindow<T>(args: ConnectionArgs, loadWindow: (window: PageWindow) => Promise<readonly T[]>, count: () => Promise<number>): Connection<T> {
  return new Page(pageWindow(args), loadWindow, count);
}

/**
 * A page of a list a DataLoader batches for many parents at once. `count` lets a client asking
 * only for `totalCount` skip loading the list (pass a batched count loader); by default it is the list's length.
 */
export function paginateList<T>(
  args: ConnectionArgs,
  loadAll: () => Promise<readonly T[]>,
  count: () => Promise<number> = () => loadAll().then((items) => items.length),
): Connection<T> {
  return new Page(pageWindow(args), (window) => loadAll().then((items) => items.slice(window.offset, window.offset + window.first + 1)), count);
}
