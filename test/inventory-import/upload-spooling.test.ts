import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { print } from "graphql";
import { ImportInventoryDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog, testDatabase } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { freshCode, ImportReport, importError, importFile, resourceCells, resourceRows, templateFile } from "./import-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

/**
 * A GraphQL multipart upload sent as a slow client sends it: the operation, the map and the first
 * half of the file, then nothing until `finish` is called.
 */
function slowUpload(unitId: string, file: Buffer): { finish(): Promise<ImportReport> } {
  const boundary = "----catalog-slow-upload";
  const operations = JSON.stringify({ query: print(ImportInventoryDocument), variables: { unitId, dryRun: false, file: null } });
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="inventory.csv"\r\nContent-Type: text/csv\r\n\r\n`;
  const half = Math.floor(file.length / 2);
  const url = new URL(server.api.url);
  const req = request({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: "POST",
    agent: false, // no kept-alive socket left behind
    headers: { "content-type": `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${server.api.token}`, "apollo-require-preflight": "true" },
  });
  const reply = new Promise<ImportReport>((resolve, reject) => {
    req.on("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => {
        const parsed = JSON.parse(body) as { data?: { importInventory: ImportReport }; errors?: unknown[] };
        if (parsed.errors) reject(new Error(JSON.stringify(parsed.errors)));
        else resolve(parsed.data!.importInventory);
      });
    });
    req.on("error", reject);
  });
  req.write(head);
  req.write(file.subarray(0, half));
  return {
    finish() {
      req.end(Buffer.concat([file.subarray(half), Buffer.from(`\r\n--${boundary}--\r\n`)]));
      return reply;
    },
  };
}

/** Open InnoDB transactions on this test's database (a transaction that has read anything is listed). */
async function openTransactions(): Promise<number> {
  const [row] = await server.catalog.dataSource.query(
    "SELECT COUNT(*) AS n FROM information_schema.innodb_trx t JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id WHERE p.db = DATABASE()",
  );
  return Number(row.n);
}

describe("an upload arriving slowly (issue #14, point 6)", () => {
  it("holds no transaction while the file arrives: another import into the same unit completes meanwhile", async () => {
    const unit = await district.department("区行政审批局");
    const slowCode = freshCode();
    const slow = slowUpload(unit.id, await templateFile(resourceRows(resourceCells(unit.code, slowCode), 40)));
    // Long enough for the server to have parsed the operation and started the resolver.
    await new Promise((resolve) => setTimeout(resolve, 500));
    // On SQLite the server serves GraphQL requests one at a time (app.ts, oneRequestAtATime), the
    // upload included, so another request waits for it whatever the import does: MariaDB only.
    if (testDatabase === "mysql") {
      // Before spooling, the import's transaction was open here, reading the file as it came.
      expect(await openTransactions()).toBe(0);
      const started = performance.now();
      const meanwhile = await importFile(server.api, unit.id, await templateFile(resourceRows(resourceCells(unit.code, freshCode()), 2)));
      expect(meanwhile).toMatchObject({ applied: true, resourcesCreated: 1, itemsCreated: 2 });
      expect(performance.now() - started).toBeLessThan(2_000);
    }
    expect(await slow.finish()).toMatchObject({ applied: true, resourcesCreated: 1, itemsCreated: 40 });
    expect((await server.api.raw(`query ($code: String!) { dataResource(code: $code) { code } }`, { code: slowCode })).data).toEqual({
      dataResource: { code: slowCode },
    });
  });
});

describe("an upload from a caller who may not import into the unit", () => {
  it("is refused before anything is written to disk", async () => {
    const ours = await district.staffedUnit("STREET", "雕庄街道");
    const theirs = await district.department("区民政局");
    const specialist = (await signedInAs(server.api, ours.specialist.id)).client;
    const file = await templateFile(resourceRows(resourceCells(theirs.code, freshCode()), 2));
    const spoolRoot = mkdtempSync(join(tmpdir(), "spool-check-"));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = spoolRoot; // the in-process server spools under os.tmpdir()
    try {
      const refused = await importError(specialist, theirs.id, file);
      expect(refused.extensions?.code).toBe("FORBIDDEN");
      expect(readdirSync(spoolRoot)).toEqual([]);
      // The same upload from the unit's own specialist is spooled there (and removed once imported).
      const own = await importFile(specialist, ours.unit.id, await templateFile(resourceRows(resourceCells(ours.unit.code, freshCode()), 2)));
      expect(own.applied).toBe(true);
      expect(readdirSync(spoolRoot)).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
      rmSync(spoolRoot, { recursive: true, force: true });
    }
  });
});
