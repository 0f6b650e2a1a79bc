import { inTransaction } from "../../src/common/transaction";
import { multipartRequest } from "../support/api-client";
import { startTestCatalog, TestCatalog, testDatabase } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { freshCode, resourceCells, resourceRows, tableCounts, templateFile } from "../inventory-import/import-support";
import { print } from "graphql";
import { ImportInventoryDocument } from "../generated/graphql";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

// On SQLite transactions take turns in the process: two cannot hold locks against each other.
const onMariaDb = testDatabase === "mysql" ? it : it.skip;

describe("transactions that deadlock", () => {
  onMariaDb("runs the transaction the database chose as the deadlock victim again, and both commit", async () => {
    const first = await district.department("区交通运输局");
    const second = await district.department("区水利局");
    const [a, b] = [first.code, second.code];
    let runs = 0;
    let signalLocked!: () => void;
    const locked = new Promise<void>((resolve) => (signalLocked = resolve));
    // Each locks one unit, waits until the other holds its unit, then asks for the other's: a deadlock.
    const crossing = (mine: string, theirs: string, ready: () => void, otherReady: Promise<void>) =>
      inTransaction(server.catalog.dataSource, async (manager) => {
        runs++;
        const attempt = runs;
        await manager.query("UPDATE units SET name = CONCAT(name, '') WHERE code = ?", [mine]);
        ready();
        if (attempt <= 2) await otherReady;
        await manager.query("UPDATE units SET name = CONCAT(name, '') WHERE code = ?", [theirs]);
        return attempt;
      });
    let signalOther!: () => void;
    const otherLocked = new Promise<void>((resolve) => (signalOther = resolve));
    const results = await Promise.all([crossing(a, b, signalLocked, otherLocked), crossing(b, a, signalOther, locked)]);
    expect(results).toHaveLength(2);
    expect(runs).toBe(3); // two first runs, one of them run again after losing the deadlock
  });

  it("never answers INTERNAL_SERVER_ERROR to concurrent imports of overlapping inventories: each applies or answers CONFLICT", async () => {
    const unit = await district.department("区市场监督管理局");
    const codes = Array.from({ length: 300 }, () => freshCode());
    const outcomes: string[] = [];
    for (let round = 0; round < 8; round++) {
      const rows = (order: string[]) => order.flatMap((code) => resourceRows(resourceCells(unit.code, code, { summary: `第${round}轮导入的数据资源` }), 2));
      const [ascending, descending] = await Promise.all([templateFile(rows(codes)), templateFile(rows([...codes].reverse()))]);
      const results = await Promise.all(
        [ascending, descending].map((file) =>
          multipartRequest<{ importInventory: { applied: boolean } }>(
            server.api,
            print(ImportInventoryDocument),
            { unitId: unit.id, dryRun: false },
            { name: "inventory.csv", content: file },
          ),
        ),
      );
      for (const result of results)
        outcomes.push(result.errors ? String(result.errors[0].extensions?.code) : result.data!.importInventory.applied ? "APPLIED" : "REFUSED");
    }
    expect(outcomes.filter((outcome) => outcome !== "APPLIED" && outcome !== "CONFLICT")).toEqual([]);
    expect(outcomes).toContain("APPLIED");
    // Consistent: every resource once, each with its two items, whatever interleaved.
    const counts = await tableCounts(server);
    expect(counts.data_resources).toBe(codes.length);
    expect(counts.data_items).toBe(codes.length * 2);
    const [row] = await server.catalog.dataSource.query("SELECT COUNT(DISTINCT summary) AS n FROM data_resources");
    expect(Number(row.n)).toBe(1); // all from one import of one round, never half of one and half of another
  });
});
