import { createHash } from "node:crypto";
import { IsOptional, Max, Min } from "class-validator";
import { type FieldNode, getNamedType, type GraphQLResolveInfo, isObjectType, Kind, type SelectionSetNode } from "graphql";
import { Args, ArgsType, ClassType, Field, getMetadataStorage, Int, ObjectType } from "type-graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { badUserInput } from "./errors";
import { CommonMessages } from "./messages";
import { propertyFields } from "./property-fields";

/**
 * The one pagination helper: Relay connections with `first`/`after` and `last`/`before`, a
 * `totalCount` and a hard cap on page size, whether the rows come from a query or from a
 * DataLoader's batch. Cursors are keyset cursors: they hold the row's sort key (the ORDER BY
 * values, ending with the primary key), so a page does not shift when rows are inserted or edited
 * between two fetches.
 */
const MAX_PAGE_SIZE = 100;
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

  @Field(() => Int, { nullable: true, description: `Page size counted back from the end (or from \`before\`), 0 to ${MAX_PAGE_SIZE}; not with \`first\`.` })
  @IsOptional()
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  last?: number;

  @Field(() => String, { nullable: true, description: "Return the items before this cursor (an edge's `cursor` or `pageInfo.startCursor`)." })
  @IsOptional()
  before?: string;
}

/**
 * `@PageArgs()` for nested connections: the helper checks the page arguments itself (same
 * BAD_USER_INPUT), so class-validator need not run once per parent row of a page.
 */
export const PageArgs = () => Args(() => ConnectionArgs, { validate: false });

/**
 * Paging forward (`first`), hasNextPage says whether more rows follow and hasPreviousPage whether
 * `after` was given; paging backward (`last`), hasPreviousPage says whether more rows precede and
 * hasNextPage whether `before` was given (Relay allows this shortcut).
 */
@ObjectType({ description: "Where a page sits in its list (Relay PageInfo): whether more rows follow or precede, and the cursors of its ends." })
export class PageInfo {
  @Field({ description: "Paging forward: more rows follow. Paging backward (`last`): `before` was given." })
  hasNextPage!: boolean;

  @Field({ description: "Paging backward (`last`): more rows precede. Paging forward: `after` was given." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "The first edge's cursor (pass as `before` for the previous page); null for an empty page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "The last edge's cursor (pass as `after` for the next page); null for an empty page." })
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
  @ObjectType(`${name}Edge`, { description: `One ${name} record in a page, with its cursor (Relay edge).` })
  class EdgeType {
    @Field(() => String, { description: "Opaque keyset cursor of this record: pass as `after` or `before`. Stable while records are added or edited." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name} record.` })
    node!: T;
  }

  // An abstract base is never referenced by a resolver, so it never appears in the schema itself.
  @ObjectType(abstract ? `${name}ConnectionBase` : `${name}Connection`, { description: `A page of ${name} records (Relay connection).` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: "The page's records, each with its cursor." })
    edges!: Edge<T>[];

    @Field(() => [nodeType], { description: "The page's nodes, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Whether more pages follow or precede, and the cursors to fetch them." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many records match, across all pages." })
    totalCount!: number;
  }
  return ConnectionClass;
}

// ── Keyset cursors ───────────────────────────────────────────────────────────

/** One ORDER BY key: `column` as written in SQL, `property` to read it from a row. */
export interface SortKey {
  column: string;
  property: string;
  descending?: boolean;
}

/**
 * How a list is ordered; the last key must be unique (the primary key). `list` names the list so
 * a cursor of another list (or of another order of this one) is refused.
 */
export interface Ordering {
  list: string;
  keys: readonly SortKey[];
}

type KeyValue = string | number | null | { d: string };

/** The page a client asked for, with its cursors decoded: `size` rows from one end or one cursor. */
export interface PageWindow {
  size: number;
  backward: boolean;
  after: unknown[] | null;
  before: unknown[] | null;
  /** The same for the same window: a DataLoader cache key. */
  key: string;
}

const CURSOR_VERSION = 1;
const MAX_CURSOR_LENGTH = 2048;

const fingerprints = new WeakMap<Ordering, string>();

/** A short hash of the list and its order (orderings are module constants or one per query: computed once each). */
function fingerprint(ordering: Ordering): string {
  let print = fingerprints.get(ordering);
  if (print === undefined) {
    const spec = `${ordering.list}|${ordering.keys.map((k) => `${k.property}:${k.descending ? "D" : "A"}`).join(",")}`;
    print = createHash("sha256").update(spec).digest("base64url").slice(0, 10);
    fingerprints.set(ordering, print);
  }
  return print;
}

function toKeyValue(value: unknown): KeyValue {
  if (value instanceof Date) return { d: value.toISOString() };
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}

function fromKeyValue(value: unknown): unknown {
  if (value === null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) return value;
  if (typeof value === "object" && typeof (value as { d?: unknown }).d === "string" && Object.keys(value).length === 1) {
    const date = new Date((value as { d: string }).d);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw new TypeError("not a key value");
}

function keyOf(ordering: Ordering, row: unknown): unknown[] {
  return ordering.keys.map((key) => (row as Record<string, unknown>)[key.property]);
}

function encodeCursor(ordering: Ordering, row: unknown): string {
  const json = JSON.stringify({ v: CURSOR_VERSION, o: fingerprint(ordering), k: keyOf(ordering, row).map(toKeyValue) });
  return Buffer.from(json, "utf8").toString("base64url");
}

function decodeCursor(ordering: Ordering, cursor: string, field: "after" | "before"): unknown[] {
  const refuse = () => badUserInput(field, CommonMessages.notACursor(field));
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw refuse();
  let parsed: { v?: unknown; o?: unknown; k?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw refuse();
  }
  if (parsed === null || typeof parsed !== "object" || parsed.v !== CURSOR_VERSION || parsed.o !== fingerprint(ordering)) throw refuse();
  if (!Array.isArray(parsed.k) || parsed.k.length !== ordering.keys.length) throw refuse();
  try {
    return parsed.k.map(fromKeyValue);
  } catch {
    throw refuse();
  }
}

function pageSize(value: number | null | undefined, field: string): number | undefined {
  if (value == null) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) throw badUserInput(field, CommonMessages.pageSize(field, MAX_PAGE_SIZE));
  return value;
}

/** Checks and decodes the page arguments (first and last together are refused). */
function pageWindow(args: ConnectionArgs, ordering: Ordering): PageWindow {
  const first = pageSize(args.first, "first");
  const last = pageSize(args.last, "last");
  if (first !== undefined && last !== undefined) throw badUserInput("last", CommonMessages.firstAndLast);
  const after = args.after == null ? null : decodeCursor(ordering, args.after, "after");
  const before = args.before == null ? null : decodeCursor(ordering, args.before, "before");
  const backward = last !== undefined;
  const size = last ?? first ?? DEFAULT_PAGE_SIZE;
  const key = JSON.stringify([size, backward, after, before]);
  return { size, backward, after, before, key };
}

/**
 * `WHERE` text and parameters selecting the rows strictly after `after` and before `before` in
 * the ordering, written portably: k1 > ? OR (k1 = ? AND (k2 > ? OR (k2 = ? AND id > ?))).
 * NULL sorts first ascending and last descending on SQLite and MariaDB alike.
 */
export function keysetCondition(keys: readonly SortKey[], window: PageWindow, prefix = "keyset"): { sql: string; parameters: Record<string, unknown> } {
  const parameters: Record<string, unknown> = {};
  const parts: string[] = [];
  const bound = (values: unknown[], name: string, reversed: boolean) => {
    const beyond = (i: number): string => {
      const { column, descending } = keys[i];
      const value = values[i];
      const p = `${prefix}_${name}_${i}`;
      if (value !== null) parameters[p] = value;
      const later = Boolean(descending) !== reversed;
      const strictly = value === null ? (later ? "1 = 0" : `${column} IS NOT NULL`) : later ? `(${column} < :${p} OR ${column} IS NULL)` : `${column} > :${p}`;
      if (i === keys.length - 1) return strictly;
      const equal = value === null ? `${column} IS NULL` : `${column} = :${p}`;
      return `(${strictly} OR (${equal} AND ${beyond(i + 1)}))`;
    };
    parts.push(beyond(0));
  };
  if (window.after) bound(window.after, "after", false);
  if (window.before) bound(window.before, "before", true);
  return { sql: parts.length ? parts.join(" AND ") : "1 = 1", parameters };
}

/** The ORDER BY of a window's query: reversed when paging backward (the page is turned back after). */
export function fetchOrder(keys: readonly SortKey[], window: PageWindow): { column: string; direction: "ASC" | "DESC" }[] {
  return keys.map((key) => ({ column: key.column, direction: Boolean(key.descending) !== window.backward ? "DESC" : "ASC" }));
}

/** An edge whose cursor is encoded only if a client asks for it (most pages ask for nodes alone). */
class LazyEdge<T> implements Edge<T> {
  private encoded?: string;

  constructor(
    private readonly ordering: Ordering,
    readonly node: T,
  ) {}

  get cursor(): string {
    this.encoded ??= encodeCursor(this.ordering, this.node);
    return this.encoded;
  }
}

/** A page's rows in the client's order; its edges (and their cursors) are made only if a client asks for them. */
interface LoadedPage<T> {
  nodes: T[];
  more: boolean;
  edges?: Edge<T>[];
}

class Page<T> implements Connection<T> {
  private loaded?: Promise<LoadedPage<T>>;
  private count?: Promise<number>;

  constructor(
    private readonly ordering: Ordering,
    private readonly window: PageWindow,
    /** Up to size + 1 rows beyond the cursor in fetch order (reversed when backward): the extra one tells if more exist. */
    private readonly loadRows: (window: PageWindow) => Promise<readonly T[]> | readonly T[],
    private readonly countAll: () => Promise<number> | number,
  ) {}

  private load(): Promise<LoadedPage<T>> {
    this.loaded ??= Promise.resolve(this.loadRows(this.window)).then((rows) => {
      const nodes = rows.slice(0, this.window.size);
      if (this.window.backward) nodes.reverse();
      return { nodes, more: rows.length > this.window.size };
    });
    return this.loaded;
  }

  private edgesOf(page: LoadedPage<T>): Edge<T>[] {
    page.edges ??= page.nodes.map((node) => new LazyEdge(this.ordering, node));
    return page.edges;
  }

  get edges(): Promise<Edge<T>[]> {
    return this.load().then((page) => this.edgesOf(page));
  }

  get nodes(): Promise<T[]> {
    return this.load().then((page) => page.nodes);
  }

  get pageInfo(): Promise<PageInfo> {
    return this.load().then((page) => {
      const { backward, before, after } = this.window;
      const edges = () => this.edgesOf(page);
      return {
        hasNextPage: backward ? before !== null : page.more,
        hasPreviousPage: backward ? page.more : after !== null,
        get startCursor() {
          return edges()[0]?.cursor ?? null;
        },
        get endCursor() {
          const all = edges();
          return all[all.length - 1]?.cursor ?? null;
        },
      };
    });
  }

  get totalCount(): Promise<number> {
    this.count ??= Promise.resolve(this.countAll());
    return this.count;
  }
}

/** The query's ORDER BY as sort keys (`alias.property` only), with the primary key appended if missing. */
function orderingOf<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Ordering {
  const { mainAlias, orderBys } = query.expressionMap;
  const alias = mainAlias!.name;
  const keys: SortKey[] = Object.entries(orderBys).map(([column, order]) => {
    const match = /^(\w+)\.(\w+)$/.exec(column);
    if (!match || match[1] !== alias) throw new Error(`paginateQuery orders by ${column}: only columns of ${alias} make a keyset`);
    return { column, property: match[2], descending: (typeof order === "string" ? order : order.order) === "DESC" };
  });
  const primary = mainAlias!.metadata.primaryColumns[0].propertyName;
  if (keys[keys.length - 1]?.property !== primary)
    keys.push({ column: `${alias}.${primary}`, property: primary, descending: keys[keys.length - 1]?.descending });
  return { list: mainAlias!.metadata.targetName, keys };
}

/** A page of a query: one SELECT for the rows (one extra, to know if more exist), one COUNT if asked. */
export function paginateQuery<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, args: ConnectionArgs): Connection<T> {
  const ordering = orderingOf(query);
  return new Page(
    ordering,
    pageWindow(args, ordering),
    (window) => {
      const page = query.clone();
      const condition = keysetCondition(ordering.keys, window);
      page.andWhere(condition.sql, condition.parameters).orderBy();
      for (const { column, direction } of fetchOrder(ordering.keys, window)) page.addOrderBy(column, direction);
      return page.limit(window.size + 1).getMany();
    },
    () => query.clone().orderBy().getCount(),
  );
}

/**
 * A page of a list that a windowed DataLoader fetches for many parents in one statement
 * (ROW_NUMBER() OVER (PARTITION BY parent …) over the rows within the window's keyset condition):
 * `loadWindow` returns up to size + 1 rows in fetch order (see keysetCondition and fetchOrder).
 */
export function paginateWindow<T>(
  args: ConnectionArgs,
  ordering: Ordering,
  loadWindow: (window: PageWindow) => Promise<readonly T[]>,
  count: () => Promise<number>,
): Connection<T> {
  return new Page(ordering, pageWindow(args, ordering), loadWindow, count);
}

/** Compares sort keys as the databases do for numbers, dates and NULL (first ascending); strings by code unit. */
function compareKeys(keys: readonly SortKey[], a: unknown[], b: unknown[]): number {
  for (let i = 0; i < keys.length; i++) {
    const x = a[i] instanceof Date ? (a[i] as Date).getTime() : a[i];
    const y = b[i] instanceof Date ? (b[i] as Date).getTime() : b[i];
    if (x === y) continue;
    const order =
      x === null || x === undefined ? -1 : y === null || y === undefined ? 1 : (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
    if (order !== 0) return keys[i].descending ? -order : order;
  }
  return 0;
}

/**
 * A page of a list a DataLoader batches for many parents at once, already in `ordering`. A cursor
 * whose row is still in the list with the same key continues right after it (exactly the
 * database's order); otherwise the rows are compared with the cursor's key. `count` lets a
 * client asking only for `totalCount` skip loading the list (pass a batched count loader); by
 * default it is the list's length.
 */
export function paginateList<T>(
  args: ConnectionArgs,
  ordering: Ordering,
  loadAll: () => Promise<readonly T[]>,
  count: () => Promise<number> = () => loadAll().then((items) => items.length),
): Connection<T> {
  const { keys } = ordering;
  const position = (items: readonly T[], cursor: unknown[]): { at: number; found: boolean } => {
    const at = items.findIndex((item) => compareKeys(keys, keyOf(ordering, item), cursor) === 0);
    if (at >= 0) return { at, found: true };
    const later = items.findIndex((item) => compareKeys(keys, keyOf(ordering, item), cursor) > 0);
    return { at: later < 0 ? items.length : later, found: false };
  };
  return new Page(
    ordering,
    pageWindow(args, ordering),
    async (window) => {
      const items = await loadAll();
      let start = 0;
      let end = items.length;
      if (window.after) {
        const { at, found } = position(items, window.after);
        start = found ? at + 1 : at;
      }
      if (window.before) end = Math.max(start, position(items, window.before).at);
      return window.backward ? items.slice(Math.max(start, end - window.size - 1), end).reverse() : items.slice(start, start + window.size + 1);
    },
    count,
  );
}

// ── What a page's client reads of its nodes ─────────────────────────────────

/** The fields a client selected on a connection's nodes (under `nodes` and `edges { node }`, through fragments). */
export interface NodeSelection {
  /** Fields read straight off the row: its properties of these names. */
  readonly properties: ReadonlySet<string>;
  /** Fields with a field resolver of their own, which may read any of the row's properties. */
  readonly resolved: ReadonlySet<string>;
}

const nodeSelections = new WeakMap<FieldNode, NodeSelection | null>();

/**
 * What the client reads of the nodes of the connection a field resolver returns (`info` is that
 * resolver's), so a windowed loader can select only those columns. Null when it cannot tell. Kept per
 * field of a parsed document (the same for every parent row and every request sending that text); a
 * field merged from several places (a fragment's and its own) is read anew, as a fragment's field node
 * merges with others in one place and stands alone in another. @skip and @include are ignored: the
 * selection may only be larger than what is answered.
 */
export function nodeSelection(info: GraphQLResolveInfo): NodeSelection | null {
  if (info.fieldNodes.length > 1) return readNodeSelection(info);
  let selection = nodeSelections.get(info.fieldNodes[0]);
  if (selection === undefined) {
    selection = readNodeSelection(info);
    nodeSelections.set(info.fieldNodes[0], selection);
  }
  return selection;
}

function readNodeSelection(info: GraphQLResolveInfo): NodeSelection | null {
  const connection = getNamedType(info.returnType);
  const nodeType = isObjectType(connection) ? getNamedType(connection.getFields().nodes?.type) : undefined;
  const declared = nodeType && isObjectType(nodeType) ? getMetadataStorage().objectTypes.find((type) => type.name === nodeType.name) : undefined;
  if (!declared) return null;
  const properties = new Set<string>();
  const readFromProperties = new Set(propertyFields(declared).map((field) => field.name));
  const resolved = new Set<string>();
  /** Calls `onField` for each field of a selection set, fragments (spread or inline) included. */
  const eachField = (set: SelectionSetNode | undefined, onField: (field: FieldNode) => void): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) onField(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) eachField(selection.selectionSet, onField);
      else eachField(info.fragments[selection.name.value]?.selectionSet, onField);
    }
  };
  const onNodeField = (field: FieldNode) => {
    const name = field.name.value;
    if (name !== "__typename") (readFromProperties.has(name) ? properties : resolved).add(name);
  };
  for (const fieldNode of info.fieldNodes)
    eachField(fieldNode.selectionSet, (field) => {
      if (field.name.value === "nodes") eachField(field.selectionSet, onNodeField);
      else if (field.name.value === "edges")
        eachField(field.selectionSet, (inEdge) => inEdge.name.value === "node" && eachField(inEdge.selectionSet, onNodeField));
    });
  return { properties, resolved };
}
