import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { freshCode, importFile, resourceCells, resourceRows, templateFile } from "../inventory-import/import-support";

let server: TestCatalog;
let unitId: string;
const RESOURCES = 1000;
const ITEMS = 20;

beforeAll(async () => {
  server = await startTestCatalog();
  const district = await DistrictScenario.create(server.api);
  const unit = await district.department("区数据局");
  unitId = unit.id;
  const rows = [];
  for (let r = 0; r < RESOURCES; r++) rows.push(...resourceRows(resourceCells(unit.code, freshCode()), ITEMS));
  const report = await importFile(server.api, unit.id, await templateFile(rows));
  expect(report.applied).toBe(true);
}, 120_000);
afterAll(() => server.stop());

const exportUrl = () => new URL(`/exports/inventory.csv?unitId=${encodeURIComponent(unitId)}`, server.catalog.url);
const authorization = () => ({ authorization: `Bearer ${server.api.token}` });

describe(`a ${RESOURCES * ITEMS}-item inventory export`, () => {
  it("lets /healthz and other requests answer while it runs", async () => {
    let exporting = true;
    const exported = fetch(exportUrl(), { headers: authorization() })
      .then((response) => response.text())
      .finally(() => (exporting = false));
    const latencies: number[] = [];
    const probe = async () => {
      while (exporting) {
        const started = performance.now();
        const health = await fetch(server.catalog.url.replace("/graphql", "/healthz"));
        expect(health.status).toBe(200);
        if (exporting) latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    const [csv] = await Promise.all([exported, probe()]);
    expect(csv.trim().split("\r\n")).toHaveLength(1 + RESOURCES * ITEMS);
    expect(latencies.length).toBeGreaterThanOrEqual(3); // the probes ran during the export, not after it
    latencies.sort((a, b) => a - b);
    // Measured alone (SQLite): the export takes 1.3 s, the median probe 12 ms, the worst 61 ms. Read and written with no
    // turn at all, fewer than three probes are answered (the count above fails); read in one statement with turns between
    // rows, the worst probe is 340 ms. The median says the server stays responsive through the export; the worst probe
    // only has to rule out a stall far longer than the whole export alone. Under the full suite (two jest workers on two
    // cores, some suites driving Chromium) one probe took 1.8 s, longer than the export takes alone: the process was
    // starved, hence 4 s.
    expect(latencies[Math.floor(latencies.length / 2)]).toBeLessThan(250);
    expect(latencies[latencies.length - 1]).toBeLessThan(4000);
  });

  it("does not hold up a graceful stop (SIGTERM) by more than a page", async () => {
    const response = await fetch(exportUrl(), { headers: authorization() });
    const reader = response.body!.getReader();
    await reader.read(); // the export is under way
    const started = performance.now();
    await server.catalog.stop();
    const stopMs = performance.now() - started;
    const drained = (async () => {
      for (;;) {
        const { done } = await reader.read();
        if (done) return "ended";
      }
    })().catch(() => "cut off");
    expect(await drained).toBe("cut off");
    expect(stopMs).toBeLessThan(1000);
    expect(server.catalog.dataSource.isInitialized).toBe(false);
  });
});
