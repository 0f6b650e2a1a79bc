import { print } from "graphql";
import { CreatePersonDocument, ImportedResourceDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { CsvRecordParser } from "../../src/modules/inventory/spreadsheet/csv-reader";
import type { SheetRow } from "../../src/modules/inventory/spreadsheet/sheet-row";
import { exportFile, freshCode, importFile, itemCells, resourceCells, templateFile } from "./import-support";

/**
 * Issue #14, point 7 (OWASP CSV injection): no cell of a CSV the server writes may start with
 * what a spreadsheet program runs as a formula; the inventory export still re-imports exactly.
 */
let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cells of a CSV file exactly as written (quotes undone, nothing else). */
function csvCells(file: Buffer): string[][] {
  const rows: SheetRow[] = [];
  const parser = new CsvRecordParser();
  parser.push(file.toString("utf8").replace(/^\uFEFF/, ""), rows);
  parser.end(rows);
  return rows.map((row) => row.values.map((value) => value ?? ""));
}

describe("CSV exports and formula injection", () => {
  it("writes the inventory's formula-like cells behind a single quote, and the export re-imports exactly", async () => {
    const unit = await district.department("区市场监督管理局");
    const code = freshCode();
    const resource = resourceCells(unit.code, code, { summary: "=SUM(A1)", sourceSystem: "@某人的系统", sharingConditions: "+仅限审批使用" });
    const rows = [
      itemCells(resource, "XM001", "-5 项", { itemDescription: '=HYPERLINK("http://example.com","点击")' }),
      itemCells(resource, "XM002", "@某人", { itemDescription: "'=已带引号的说明" }),
    ];
    expect(await importFile(server.api, unit.id, await templateFile(rows))).toMatchObject({ applied: true, resourcesCreated: 1, itemsCreated: 2 });
    const stored = (await server.api.request(ImportedResourceDocument, { code })).dataResource!;
    expect(stored.items.nodes.map((item) => item.name).sort()).toEqual(["-5 项", "@某人"]);

    const exported = await exportFile(server.api, unit.id, "csv");
    expect(exported.status).toBe(200);
    const cells = csvCells(exported.body).flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    for (const guarded of [
      "'=SUM(A1)",
      "'@某人的系统",
      "'+仅限审批使用",
      "'-5 项",
      "'@某人",
      `'=HYPERLINK("http://example.com","点击")`,
      "''=已带引号的说明",
    ]) {
      expect(cells).toContain(guarded);
    }

    const again = await importFile(server.api, unit.id, exported.body);
    expect(again).toMatchObject({ applied: true, problemCount: 0, resourcesUnchanged: 1, itemsUnchanged: 2, resourcesUpdated: 0, itemsUpdated: 0 });
    expect((await exportFile(server.api, unit.id, "csv")).body.equals(exported.body)).toBe(true);
  });

  it("guards the audit CSV's cells too: a request id the caller chose cannot start a formula", async () => {
    const unit = await district.street("兰陵街道");
    const from = new Date(Date.now() - 60_000).toISOString();
    const created = await server.api.raw(
      print(CreatePersonDocument),
      {
        input: { unitId: unit.id, name: "审计某", educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 0 },
      },
      { "x-request-id": "-2.5-injected" },
    );
    expect(created.errors).toBeUndefined();

    const base = server.catalog.url.replace(/\/graphql$/, "");
    const response = await fetch(`${base}/exports/audit.csv?from=${encodeURIComponent(from)}&unitId=${encodeURIComponent(unit.id)}`, {
      headers: { authorization: `Bearer ${server.api.token}` },
    });
    expect(response.status).toBe(200);
    const rows = csvCells(Buffer.from(await response.arrayBuffer()));
    const person = rows.find((row) => row[5] === "createPerson");
    expect(person?.[1]).toBe("'-2.5-injected");
    expect(rows.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });
});
