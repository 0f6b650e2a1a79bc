import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateUnitDocument, ImportedResourceDocument } from "../generated/graphql";
import { startTestCatalog } from "../support/catalog";
import { uniqueCode } from "../support/scenario";
import { resourceCells, resourceRows, templateFile } from "./import-support";

// `npm run import` runs the compiled command (scripts/test.mjs builds it before jest starts).
const command = join(__dirname, "../../dist/scripts/import.js");

function runImport(args: string[], databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...args], {
      env: { PATH: process.env.PATH!, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run import", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "cdo-import-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports a large file into the configured database with a progress report, checks with --dry-run, and exits 1 on problems", async () => {
    const databaseUrl = `sqlite:${join(dir, "catalog.sqlite")}`;
    let unitCode = "";
    const setup = await startTestCatalog({ DATABASE_URL: databaseUrl });
    try {
      const { createUnit: root } = await setup.api.request(CreateUnitDocument, { input: { kind: "DISTRICT", code: uniqueCode("D"), name: "天宁区" } });
      unitCode = (await setup.api.request(CreateUnitDocument, { input: { kind: "STREET", code: uniqueCode(), name: "茶山街道", parentId: root.id } }))
        .createUnit.code;
    } finally {
      await setup.stop();
    }

    // 3,000 items of 150 resources, about 1.2 MB: large enough for the progress report.
    const rows = Array.from({ length: 150 }, (_, r) =>
      resourceRows(resourceCells(unitCode, `301002/${String(r + 1).padStart(5, "0")}`, { resourceName: `茶山街道资源${r + 1}` }), 20),
    ).flat();
    const file = join(dir, "茶山街道.csv");
    writeFileSync(file, await templateFile(rows));

    const dryRun = await runImport(["--file", file, "--unit", unitCode, "--dry-run"], databaseUrl);
    expect(dryRun).toMatchObject({ code: 0 });
    expect(dryRun.stdout).toContain("Dry run: no problems; nothing written.");
    expect(dryRun.stdout).toContain("resources:  150 created, 0 updated, 0 unchanged");
    expect(dryRun.stderr).toMatch(/rows read/);

    const imported = await runImport(["--file", file, "--unit", unitCode], databaseUrl);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain("Imported.");
    expect(imported.stdout).toContain("items:      3000 created, 0 updated, 0 unchanged");

    const again = await runImport(["--file", file, "--unit", unitCode, "--json"], databaseUrl);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ applied: true, resourcesCreated: 0, resourcesUpdated: 0, resourcesUnchanged: 150 });

    const broken = join(dir, "broken.csv");
    writeFileSync(broken, await templateFile([{ ...rows[0], sharingType: "有条件共享", sharingConditions: "" }]));
    const refused = await runImport(["--file", broken, "--unit", unitCode, "--format", "csv"], databaseUrl);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("1 problem: nothing written.");
    expect(refused.stdout).toContain("row 2, 共享条件: SHARING_CONDITIONS_REQUIRED");

    expect((await runImport(["--file", file, "--unit", "nope"], databaseUrl)).code).toBe(1);
    expect((await runImport(["--file", file], databaseUrl)).code).toBe(2);

    // What the command wrote is what the server serves.
    const check = await startTestCatalog({ DATABASE_URL: databaseUrl });
    try {
      const { dataResource } = await check.api.request(ImportedResourceDocument, { code: "301002/00100" });
      expect(dataResource).toMatchObject({ name: "茶山街道资源100", version: 1 });
      expect(dataResource!.items.totalCount).toBe(20);
      expect(dataResource!.history.nodes.map((e) => e.operation)).toEqual(["importInventory"]);
    } finally {
      await check.stop();
    }
  });
});
