import "reflect-metadata";
import type { ObjectLiteral } from "typeorm";
import { plainRows } from "../../src/common/plain-rows";
import { entities } from "../../src/modules/entities";
import { DataItem } from "../../src/modules/inventory";
import { Unit } from "../../src/modules/organisation";
import { startTestCatalog, TestCatalog } from "../support/catalog";

/**
 * The read paths' plain rows (src/common/plain-rows.ts) must be exactly what TypeORM's entity
 * hydration gives: same class, same properties, same values (dates, booleans, nulls, JSON), on
 * every entity of the catalog, with the demo district loaded so that every table has rows.
 */
let server: TestCatalog;

beforeAll(async () => {
  server = await startTestCatalog({ DEMO_DATA: "always" });
}, 120_000);
afterAll(() => server.stop());

it("reads every entity's rows as getMany() does, property for property", async () => {
  const dataSource = server.catalog.dataSource;
  let tablesWithRows = 0;
  for (const entity of entities() as (new () => ObjectLiteral)[]) {
    const metadata = dataSource.getMetadata(entity);
    if (metadata.eagerRelations.length > 0) continue; // getMany() would add the relation; plain rows never do
    const primary = metadata.primaryColumns.map((column) => column.propertyName);
    const query = () => {
      const q = dataSource.manager.createQueryBuilder(entity, "x");
      for (const property of primary) q.addOrderBy(`x.${property}`, "ASC");
      return q.limit(200);
    };
    const expected = await query().getMany();
    const plain = await plainRows(dataSource, entity).many(query(), "x");
    expect({ entity: metadata.name, rows: plain }).toEqual({ entity: metadata.name, rows: expected });
    for (const row of plain) expect(row).toBeInstanceOf(entity);
    if (expected.length > 0) tablesWithRows += 1;
  }
  expect(tablesWithRows).toBeGreaterThan(10);
});

it("finds rows by id as findBy({ id: In(ids) }) does, missing ids left out", async () => {
  const dataSource = server.catalog.dataSource;
  for (const entity of entities() as (new () => ObjectLiteral)[]) {
    const metadata = dataSource.getMetadata(entity);
    if (metadata.eagerRelations.length > 0 || metadata.primaryColumns.length !== 1 || metadata.primaryColumns[0].propertyName !== "id") continue;
    const some = await dataSource.manager.createQueryBuilder(entity, "x").orderBy("x.id", "DESC").limit(3).getMany();
    const ids = [...some.map((row) => row.id as number), 987_654_321];
    const plain = await plainRows(dataSource, entity).byIds(dataSource.manager, ids);
    const byId = (rows: ObjectLiteral[]) => [...rows].sort((a, b) => a.id - b.id);
    expect(byId(plain)).toEqual(byId(some));
  }
});

it("reads, for a page's selection, only the selected columns and the keys, or every column when a resolver may read any", async () => {
  const dataSource = server.catalog.dataSource;
  const full = plainRows(dataSource, DataItem);
  const keyFields = new Set(["resource"]);
  const narrow = full.forFields({ properties: new Set(["name"]), resolved: new Set(["resource"]) }, ["code"], keyFields);
  const query = () => dataSource.manager.createQueryBuilder(DataItem, "x").orderBy("x.id", "ASC").limit(5);
  const [row] = await narrow.many(query(), "x");
  const [whole] = await full.many(query(), "x");
  expect(row).toBeInstanceOf(DataItem);
  expect({ ...row }).toEqual({ id: whole.id, resourceId: whole.resourceId, code: whole.code, name: whole.name });
  expect(full.forFields({ properties: new Set(["name"]), resolved: new Set(["dataTypeLabel"]) }, ["code"], keyFields)).toBe(full);
  expect(full.forFields({ properties: new Set(["noSuchColumn"]), resolved: new Set() }, ["code"], keyFields)).toBe(full);
  expect(full.forFields(null, ["code"], keyFields)).toBe(full);
});

it("finds one, two and forty units by id through the statement text built once, as findBy({ id: In(ids) }) does", async () => {
  const dataSource = server.catalog.dataSource;
  const units = await dataSource.manager.createQueryBuilder(Unit, "x").orderBy("x.id", "ASC").limit(40).getMany();
  expect(units.length).toBeGreaterThan(2);
  const byId = (rows: ObjectLiteral[]) => [...rows].sort((a, b) => a.id - b.id);
  for (const count of [1, 2, units.length, 1]) {
    const some = units.slice(0, count);
    const plain = await plainRows(dataSource, Unit).byIds(dataSource.manager, [...some.map((unit) => unit.id), 987_654_321]);
    expect(byId(plain)).toEqual(byId(some));
  }
});
