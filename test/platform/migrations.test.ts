import { startTestCatalog, TestCatalog } from "../support/catalog";

let server: TestCatalog;
beforeAll(async () => (server = await startTestCatalog()));
afterAll(() => server.stop());

describe("the committed migrations", () => {
  it("build exactly the schema the entities describe, so nothing relies on synchronize", async () => {
    const pending = await server.catalog.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("are all applied and can be undone and redone", async () => {
    const ds = server.catalog.dataSource;
    expect(await ds.showMigrations()).toBe(false);
    await ds.undoLastMigration();
    expect(await ds.showMigrations()).toBe(true);
    await ds.runMigrations();
    expect(await ds.showMigrations()).toBe(false);
  });
});
