import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateUnitDocument, ImportedResourceDocument } from "../generated/graphql";
import { ADMIN, startTestCatalog } from "../support/catalog";
import { uniqueCode } from "../support/scenario";
import { resourceCells, resourceRows, templateFile } from "./import-support";

// `npm run import` runs the compiled command (scripts/test.mjs builds it before jest starts).
const command = join(__dirname, "../../dist/scripts/import.js");

function runImport(args: string[], databaseUrl: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [command, ...args], {
      env: { PATH: process.env.PATH!, DATABASE_URL: databaseUrl, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

/** A district with one street in a new catalog database: the street's code. */
async function streetIn(databaseUrl: string, name: string): Promise<string> {
  const setup = await startTestCatalog({ DATABASE_URL: databaseUrl });
  try {
    const { createUnit: root } = await setup.api.request(CreateUnitDocument, { input: { kind: "DISTRICT", code: uniqueCode("D"), name: "天宁区" } });
    return (await setup.api.request(CreateUnitDocument, { input: { kind: "STREET", code: uniqueCode(), name, parentId: root.id } })).createUnit.code;
  } finally {
    await setup.stop();
  }
}

describe("npm run import", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "cdo-import-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("imports a large file into the configured database with a progress report, checks with --dry-run, and exits 1 on problems", async () => {
    const databaseUrl = `sqlite:${join(dir, "catalog.sqlite")}`;
    const unitCode = await streetIn(databaseUrl, "茶山街道");

    // 3,000 items of 150 resources, about 1.2 MB: large enough for the progress report.
    const rows = Array.from({ length: 150 }, (_, r) =>
      resourceRows(resourceCells(unitCode, `301002/${String(r + 1).padStart(5, "0")}`, { resourceName: `茶山街道资源${r + 1}` }), 20),
    ).flat();
    const file = join(dir, "茶山街道.csv");
    writeFileSync(file, await templateFile(rows));

    const dryRun = await runImport(["--file", file, "--unit", unitCode, "--as", ADMIN.username, "--dry-run"], databaseUrl);
    expect(dryRun).toMatchObject({ code: 0 });
    // Chinese unless the terminal's LANG is English.
    expect(dryRun.stdout).toContain("试运行：没有问题；未写入任何内容。");
    expect(dryRun.stdout).toContain("数据资源：新增 150，更新 0，未变 0");
    expect(dryRun.stderr).toMatch(/已读取 [\d,]+ 行/);

    const imported = await runImport(["--file", file, "--unit", unitCode, "--as", ADMIN.username], databaseUrl, { LANG: "en_US.UTF-8" });
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain("Imported.");
    expect(imported.stdout).toContain("read:       header on row 1");
    expect(imported.stdout).toContain("items:      3000 created, 0 updated, 0 unchanged");

    const again = await runImport(["--file", file, "--unit", unitCode, "--as", ADMIN.username, "--json"], databaseUrl);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ applied: true, resourcesCreated: 0, resourcesUpdated: 0, resourcesUnchanged: 150 });

    const broken = join(dir, "broken.csv");
    writeFileSync(broken, await templateFile([{ ...rows[0], sharingType: "有条件共享", sharingConditions: "" }]));
    const refused = await runImport(["--file", broken, "--unit", unitCode, "--as", ADMIN.username, "--format", "csv"], databaseUrl);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("1 个问题：未写入任何内容。");
    expect(refused.stdout).toContain("第 2 行，共享条件：SHARING_CONDITIONS_REQUIRED：有条件共享须写明共享条件。");
    const inEnglish = await runImport(["--file", broken, "--unit", unitCode, "--as", ADMIN.username, "--format", "csv"], databaseUrl, { LANG: "en_US.UTF-8" });
    expect(inEnglish.stdout).toContain("1 problem: nothing written.");
    expect(inEnglish.stdout).toContain("row 2, 共享条件: SHARING_CONDITIONS_REQUIRED: Conditional sharing (有条件共享) needs its conditions.");

    expect((await runImport(["--file", file, "--unit", "nope", "--as", ADMIN.username], databaseUrl)).code).toBe(1);
    expect((await runImport(["--file", file], databaseUrl)).code).toBe(2);

    // What the command wrote is what the server serves.
    const check = await startTestCatalog({ DATABASE_URL: databaseUrl });
    try {
      const { dataResource } = await check.api.request(ImportedResourceDocument, { code: "301002/00100" });
      expect(dataResource).toMatchObject({ name: "茶山街道资源100", version: 1 });
      expect(dataResource!.items.totalCount).toBe(20);
      expect(dataResource!.history.nodes.map((e) => [e.operation, e.actorUsername])).toEqual([["importInventory", ADMIN.username]]);
    } finally {
      await check.stop();
    }
  }, 180_000); // seven runs of the command, each opening the database

  it("is done as the person named by --as: refused without one, or for an account that does not exist or may not edit the unit", async () => {
    const databaseUrl = `sqlite:${join(dir, "people.sqlite")}`;
    const unitCode = await streetIn(databaseUrl, "青龙街道");
    const file = join(dir, "青龙街道.csv");
    writeFileSync(file, await templateFile(resourceRows(resourceCells(unitCode, "301002/00001", { resourceName: "青龙街道网格事件" }), 2)));

    const anonymous = await runImport(["--file", file, "--unit", unitCode], databaseUrl);
    expect(anonymous.code).toBe(2);
    expect(anonymous.stderr).toContain("缺少 --as");
    const nobody = await runImport(["--file", file, "--unit", unitCode, "--as", "no.such.person"], databaseUrl, { LANG: "en_US.UTF-8" });
    expect(nobody).toMatchObject({ code: 1, stderr: expect.stringContaining('No active account "no.such.person"') });
    expect(await runImport(["--file", file, "--unit", unitCode, "--as", ADMIN.username.toUpperCase(), "--dry-run"], databaseUrl)).toMatchObject({ code: 0 });
  });
});
