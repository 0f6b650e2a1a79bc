import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CreateUnitDocument } from "../generated/graphql";
import { startTestCatalog } from "../support/catalog";
import { uniqueCode } from "../support/scenario";
import { createResource } from "./quality-support";

// `npm run quality:load` runs the compiled command (scripts/test.mjs builds it before jest starts).
const command = join(__dirname, "../../dist/scripts/quality.js");

function runQuality(args: string[], databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
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

describe("npm run quality:load and quality:refresh", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "cdo-quality-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads a CSV by resource code in batches through the same checks, names a refused row, and refreshes the catalog's checks", async () => {
    const databaseUrl = `sqlite:${join(dir, "catalog.sqlite")}`;
    const setup = await startTestCatalog({ DATABASE_URL: databaseUrl });
    let code = "";
    try {
      const { createUnit: root } = await setup.api.request(CreateUnitDocument, { input: { kind: "DISTRICT", code: uniqueCode("D"), name: "天宁区" } });
      const street = (await setup.api.request(CreateUnitDocument, { input: { kind: "STREET", code: uniqueCode(), name: "茶山街道", parentId: root.id } }))
        .createUnit;
      code = (await createResource(setup.api, street.id)).code;
    } finally {
      await setup.stop();
    }
    const lines = Array.from(
      { length: 2500 },
      (_, i) => `${code},ACCURACY,${(i % 100) + 0.5},,,2026-11-${String(1 + (i % 28)).padStart(2, "0")}T08:00:00+08:00,AUTOMATED,`,
    );
    const file = join(dir, "measurements.csv");
    writeFileSync(
      file,
      ["resourceCode,dimension,score,passed,total,measuredAt,source,note", ...lines, `${code},COMPLETENESS,,9,10,2026-11-29T08:00:00+08:00,MANUAL,抽查`].join(
        "\n",
      ),
    );
    const loaded = await runQuality(["load", "--file", file, "--batch", "1000"], databaseUrl);
    expect([loaded.code, loaded.stdout.trim()]).toEqual([0, "Recorded 2,501 measurements."]);
    expect(loaded.stderr).toMatch(/rows/);

    writeFileSync(
      file,
      `resourceCode,dimension,score,measuredAt\n${code},ACCURACY,50,2026-11-29T08:00:00+08:00\n${code},ACCURACY,101,2026-11-29T08:00:00+08:00\n`,
    );
    const refused = await runQuality(["load", "--file", file], databaseUrl);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("row 3: ");

    const refreshed = await runQuality(["refresh"], databaseUrl);
    expect([refreshed.code, refreshed.stdout.trim()]).toEqual([0, "Refreshed 1 resources: 0 catalog measurements recorded."]);
    expect((await runQuality(["load"], databaseUrl)).code).toBe(2);
  });
});
