import http from "node:http";
import { print } from "graphql";
import { createConnection } from "mysql2/promise";
import { ImportInventoryDocument } from "../generated/graphql";
import { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog, testDatabase } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { freshCode, resourceCells, resourceRows, templateFile } from "../inventory-import/import-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const COUNT = "query Count($unitId: ID!) { dataResources(filter: { unitId: $unitId }) { totalCount } }";

/**
 * An upload whose file arrives in two parts, the second when `finish` is called (the import's
 * transaction opens only once the whole file is spooled).
 */
function slowImport(client: ApiClient, unitId: string, file: Buffer, firstPart: number) {
  const boundary = "----isolation" + Date.now();
  const operations = JSON.stringify({ query: print(ImportInventoryDocument), variables: { unitId, dryRun: false, file: null } });
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${operations}\r\n` +
      `--${boundary}\r\ncontent-disposition: form-data; name="map"\r\n\r\n{"0":["variables.file"]}\r\n` +
      `--${boundary}\r\ncontent-disposition: form-data; name="0"; filename="inventory.csv"\r\ncontent-type: text/csv\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let request!: http.ClientRequest;
  const answered = new Promise<{ data?: { importInventory: { applied: boolean; problemCount: number } }; errors?: unknown[] }>((resolve, reject) => {
    request = http.request(
      client.url,
      {
        method: "POST",
        headers: { "content-type": `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${client.token}`, "apollo-require-preflight": "true" },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve(JSON.parse(text)));
      },
    );
    request.on("error", reject);
  });
  request.write(Buffer.concat([head, file.subarray(0, firstPart)]));
  return { answered, finish: () => request.end(Buffer.concat([file.subarray(firstPart), tail])) };
}

/**
 * Rows written but not committed, seen the way the old single connection saw them: on SQLite
 * through the writer connection itself (inside the open transaction), on MariaDB with READ UNCOMMITTED.
 */
async function uncommittedResources(): Promise<{ count: () => Promise<number>; close: () => Promise<void> }> {
  if (testDatabase === "sqlite") {
    return {
      count: async () => Number((await server.catalog.dataSource.query("SELECT COUNT(*) AS n FROM data_resources"))[0].n),
      close: async () => undefined,
    };
  }
  const dirty = await createConnection({ uri: server.databaseUrl });
  await dirty.query("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
  return {
    count: async () => Number(((await dirty.query("SELECT COUNT(*) AS n FROM data_resources")) as [{ n: number }[], unknown])[0][0].n),
    close: () => dirty.end(),
  };
}

async function until(condition: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a request never sees another request's uncommitted writes", () => {
  it("reads nothing of an import while it runs and after it rolls back on its last row, even when waiting clients give up", async () => {
    const unit = await district.department("区卫生健康委员会");
    const rows = [];
    for (let r = 0; r < (testDatabase === "sqlite" ? 8000 : 3000); r++) rows.push(...resourceRows(resourceCells(unit.code, freshCode()), 2));
    rows[rows.length - 1] = { ...rows[rows.length - 1], dataType: "不存在的类型" }; // fails on the very last row
    const file = await templateFile(rows);
    const dirty = await uncommittedResources();
    const dirtyCount = dirty.count;
    const before = await dirtyCount();
    const readers = [server.api, await server.anonymous.signIn("test.admin", "test-admin-password")];

    // Uploads are spooled before the import's transaction opens: send the whole file, then read
    // while the import writes its batches and before it reaches the bad last row.
    const upload = slowImport(server.api, unit.id, file, file.length);
    upload.finish();
    await until(async () => (await dirtyCount()) > before); // the transaction is open, rows written
    let roundsWhileOpen = 0;
    while (roundsWhileOpen < 5) {
      // Clients that give up while their request is in progress: nothing else may change.
      for (let i = 0; i < 3; i++) {
        const gaveUp = new AbortController();
        const pending = fetch(server.catalog.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${server.api.token}` },
          body: JSON.stringify({ query: COUNT, variables: { unitId: unit.id } }),
          signal: gaveUp.signal,
        }).catch(() => undefined);
        setTimeout(() => gaveUp.abort(), i * 5);
        void pending;
      }
      for (const reader of readers) {
        const read = await reader.raw<{ dataResources: { totalCount: number } }>(COUNT, { unitId: unit.id });
        expect(read.errors).toBeUndefined();
        expect(read.data!.dataResources.totalCount).toBe(0);
      }
      const csv = await fetch(new URL(`/exports/inventory.csv?unitId=${encodeURIComponent(unit.id)}`, server.catalog.url), {
        headers: { authorization: `Bearer ${server.api.token}` },
      });
      expect(csv.status).toBe(200);
      expect((await csv.text()).trim().split("\n")).toHaveLength(1); // the header only
      // Answered beside the open transaction, not after it: the uncommitted rows are still there.
      if (!((await dirtyCount()) > before)) break; // the import has rolled back: this round does not count
      roundsWhileOpen += 1;
    }
    // At least one whole round of reads ran while the import's uncommitted rows were there.
    expect(roundsWhileOpen).toBeGreaterThan(0);
    try {
      const report = await upload.answered;
      expect(report.errors).toBeUndefined();
      expect(report.data!.importInventory).toMatchObject({ applied: false, problemCount: 1 });
      const after = await server.api.raw<{ dataResources: { totalCount: number } }>(COUNT, { unitId: unit.id });
      expect(after.data!.dataResources.totalCount).toBe(0);
      expect(await dirtyCount()).toBe(before);
    } finally {
      await dirty.close();
    }
  });
});
