import type { DataSource, EntityManager, EntityMetadata, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { NodeSelection } from "./pagination";
import { BoundedCache } from "./bounded-cache";
import { readRows } from "../database/pool-statement";
import { untraced } from "../database/traced-manager";

type ColumnMetadata = EntityMetadata["columns"][number];

/**
 * Read paths without TypeORM's entity hydration: a query selects an entity's columns under short
 * aliases (`c0`, `c1`, …) and each raw row becomes an instance of the entity class in one pass,
 * every value converted by the driver exactly as `getMany()` converts it (dates, booleans, JSON).
 * No relation graph is built: what the read paths serialise is the row itself.
 */
/** Mappers over fewer columns kept per entity mapper. */
const NARROW_MAPPERS = 64;

export class PlainRows<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: ColumnMetadata[];
  private readonly keys: string[];
  /**
   * The mappers over fewer columns made from this one (see `only` and `forFields`), by their columns and by the selections that chose them.
   * Bounded: clients choose the column sets (an evicted mapper is made again when asked for).
   */
  private readonly narrower = new BoundedCache<string, PlainRows<T>>(NARROW_MAPPERS);
  private readonly selectLists = new Map<string, string>();
  private readonly bySelection = new WeakMap<NodeSelection, PlainRows<T> | null>(); // null: every column
  /** Which columns this mapper reads ("*": all), to tell its rows from another mapper's (a DataLoader key). */
  readonly columnsKey: string;
  /** `byIds`'s SQL around its `IN (…)` list, built once (per data source: its dialect); null if the builder's text is not of that form. */
  private byIdsText: readonly [string, string] | null | undefined;

  constructor(
    private readonly dataSource: DataSource,
    entity: new () => T,
    only?: ReadonlySet<string>,
  ) {
    this.metadata = dataSource.getMetadata(entity);
    // Declared columns only: a foreign key is read through its own column (resourceId), never as a relation object.
    this.columns = this.metadata.columns.filter(
      (column) =>
        !column.isVirtual &&
        !column.isVirtualProperty &&
        !(column.relationMetadata && column.propertyName === column.relationMetadata.propertyName) &&
        (!only || only.has(column.propertyName)),
    );
    this.keys = this.columns.map((_, i) => `c${i}`);
    this.columnsKey = only ? [...only].sort().join(",") : "*";
  }

  /**
   * The mapper for a list page whose rows serve only the fields a client selected (a nested page of
   * thousands of rows needs a few of an entity's columns): the selected properties that are columns,
   * the primary and foreign keys, and `always` (the list's order keys). A selected field that has a
   * resolver not in `keyFields` (those that read nothing but the keys), or is no column, may read any
   * column: then, as when the selection is unknown (null), every column is read. `always` and
   * `keyFields` are the call site's constants; the answer is kept per selection (one per field of a
   * parsed document).
   */
  forFields(selection: NodeSelection | null, always: readonly string[], keyFields: ReadonlySet<string>): PlainRows<T> {
    if (!selection) return this;
    let mapper = this.bySelection.get(selection);
    if (mapper === undefined) {
      const columnNames = new Set(this.columns.map((column) => column.propertyName));
      const readsAny = [...selection.properties].some((field) => !columnNames.has(field)) || [...selection.resolved].some((field) => !keyFields.has(field));
      const properties = new Set<string>([...always, ...selection.properties]);
      for (const column of this.columns) if (column.isPrimary || column.relationMetadata) properties.add(column.propertyName);
      if (!readsAny && properties.size < this.columns.length) mapper = this.only(properties);
      this.bySelection.set(selection, mapper ?? null);
    }
    return mapper ?? this;
  }

  /** The mapper over these properties' columns only (a hot statement's own, or a selection's), made once and kept. */
  only(properties: Iterable<string>): PlainRows<T> {
    const set = new Set(properties);
    const key = [...set].sort().join(",");
    let mapper = this.narrower.get(key);
    if (!mapper) this.narrower.set(key, (mapper = new PlainRows(this.dataSource, this.metadata.target as new () => T, set)));
    return mapper;
  }

  /** Replaces the query's selection with the entity's columns (alias: the query's alias for the entity). */
  select<Q extends ObjectLiteral>(query: SelectQueryBuilder<Q>, alias: string): SelectQueryBuilder<Q> {
    query.select(`${alias}.${this.columns[0].propertyName}`, this.keys[0]);
    for (let i = 1; i < this.columns.length; i++) query.addSelect(`${alias}.${this.columns[i].propertyName}`, this.keys[i]);
    return query;
  }

  /** The entity's columns as a SELECT list under a table alias, as `select` names them: for a statement written by hand (`query`). */
  selectList(alias: string): string {
    let list = this.selectLists.get(alias);
    if (list === undefined) {
      const escape = (name: string) => this.dataSource.driver.escape(name);
      list = this.columns.map((column, i) => `${escape(alias)}.${escape(column.databaseName)} AS ${escape(this.keys[i])}`).join(", ");
      this.selectLists.set(alias, list);
    }
    return list;
  }

  /**
   * Runs a statement written by hand whose SELECT list is `selectList` (named parameters, `:...name`
   * for a list, as in a query builder's conditions) and returns its rows as entities: a hot read path
   * without building the statement through a query builder on every request.
   */
  async query(manager: EntityManager, sql: string, parameters: ObjectLiteral): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.map(await readRows(manager, text, values));
  }

  /** The entity instances of raw rows selected by `select`. */
  map(rows: readonly object[]): T[] {
    const driver = this.dataSource.driver;
    const prototype = (this.metadata.target as Function).prototype;
    const { columns, keys } = this;
    const result = new Array<T>(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r] as Record<string, unknown>;
      const entity = Object.create(prototype) as T;
      for (let i = 0; i < columns.length; i++)
        (entity as Record<string, unknown>)[columns[i].propertyName] = driver.prepareHydratedValue(row[keys[i]], columns[i]);
      result[r] = entity;
    }
    return result;
  }

  /** The rows of these ids (any order), as `findBy(entity, { id: In(ids) })` would return them. */
  async byIds(manager: EntityManager, ids: readonly number[]): Promise<T[]> {
    if (ids.length === 0) return [];
    this.byIdsText ??= this.buildByIdsText(manager);
    if (!this.byIdsText) return this.map(await this.byIdsQuery(manager, ids).getRawMany());
    const [before, after] = this.byIdsText;
    return this.map(await readRows(manager, before + placeholders(ids.length) + after, ids));
  }

  private byIdsQuery(manager: EntityManager, ids: readonly number[]): SelectQueryBuilder<T> {
    const primary = this.metadata.primaryColumns[0].propertyName;
    return this.select(manager.createQueryBuilder(this.metadata.target as new () => T, "x").where(`x.${primary} IN (:...ids)`, { ids }), "x");
  }

  private buildByIdsText(manager: EntityManager): readonly [string, string] | null {
    const [one] = this.byIdsQuery(manager, [1]).getQueryAndParameters();
    const parts = one.split("?");
    if (parts.length !== 2) return null;
    // Checked against the builder's own text for three ids, so a dialect that writes lists differently falls back to the builder.
    const [three] = this.byIdsQuery(manager, [1, 2, 3]).getQueryAndParameters();
    return three === parts[0] + placeholders(3) + parts[1] ? [parts[0], parts[1]] : null;
  }

  /** Runs the query with the entity's columns selected and returns its rows as entities. */
  async many<Q extends ObjectLiteral>(query: SelectQueryBuilder<Q>, alias: string): Promise<T[]> {
    return this.map(await this.select(query, alias).getRawMany());
  }
}

const placeholders = (count: number) => (count === 1 ? "?" : "?" + ", ?".repeat(count - 1));

/** Parameters of a fixed statement: strings and numbers, which every driver passes to the database unchanged. */
type StatementParameters = Record<string, string | number>;

/**
 * A statement's SQL text, built once per data source with TypeORM's query builder (the dialect's
 * quoting and placeholders) and then run through the driver with each call's parameters: the hot
 * paths (authentication) do not build SQL per request. `build` receives stand-ins for the parameters,
 * which is how their order in the text is found.
 */
export class FixedStatement<P extends StatementParameters> {
  private readonly texts = new WeakMap<DataSource, { sql: string; order: (keyof P)[] }>();

  constructor(
    private readonly names: readonly (keyof P & string)[],
    private readonly build: (manager: EntityManager, parameters: P) => SelectQueryBuilder<ObjectLiteral>,
  ) {}

  /** The raw rows for these parameters, on the manager's connection (or its transaction). */
  rows<R>(manager: EntityManager, parameters: P): Promise<R[]> {
    const dataSource = untraced(manager.connection);
    let text = this.texts.get(dataSource);
    if (!text) this.texts.set(dataSource, (text = this.compile(manager)));
    return readRows<R>(
      manager,
      text.sql,
      text.order.map((name) => parameters[name]),
    );
  }

  private compile(manager: EntityManager): { sql: string; order: (keyof P)[] } {
    const standIns = Object.fromEntries(this.names.map((name, i) => [name, `\u0000parameter ${i}\u0000`])) as P;
    const [sql, values] = this.build(manager, standIns).getQueryAndParameters();
    const order = values.map((value) => {
      const name = this.names.find((candidate) => standIns[candidate] === value);
      if (name === undefined) throw new Error(`a fixed statement has a parameter not among ${this.names.join(", ")}: ${String(value)}`);
      return name;
    });
    return { sql, order };
  }
}

const mappers = new WeakMap<DataSource, Map<Function, PlainRows<ObjectLiteral>>>();

/** The (per data source, per entity) mapper: built once, its column list reused by every request. */
export function plainRows<T extends ObjectLiteral>(given: DataSource, entity: new () => T): PlainRows<T> {
  const dataSource = untraced(given);
  let byEntity = mappers.get(dataSource);
  if (!byEntity) mappers.set(dataSource, (byEntity = new Map()));
  let mapper = byEntity.get(entity);
  if (!mapper) byEntity.set(entity, (mapper = new PlainRows(dataSource, entity) as PlainRows<ObjectLiteral>));
  return mapper as PlainRows<T>;
}

/** One raw column value as the entity's property holds it (the driver's conversion, as `getMany()` does). */
export function hydratedValue<T extends ObjectLiteral>(dataSource: DataSource, entity: new () => T, property: keyof T & string, value: unknown): unknown {
  const column = dataSource.getMetadata(entity).findColumnWithPropertyName(property);
  if (!column) throw new Error(`${entity.name} has no column ${property}`);
  return dataSource.driver.prepareHydratedValue(value, column);
}
