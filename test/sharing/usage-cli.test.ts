import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { createResource, gql, REQUEST, requestInput, staffedUnitWithClients } from "./sharing-support";

// `npm run sharing:usage` runs the compiled command (scripts/test.mjs builds it before jest starts).
const command = join(__dirname, "../../dist/src/sharing-usage.js");

function runUsage(args: string[], databaseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
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

/** Today and yesterday in Tianning (UTC+8), as the command (on the system clock) sees them. */
function tianningDay(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

describe("npm run sharing:usage", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "cdo-usage-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("records a usage file all or nothing, naming the refused row", async () => {
    const databaseUrl = `sqlite:${join(dir, "catalog.sqlite")}`;
    const setup = await startTestCatalog({ DATABASE_URL: databaseUrl });
    let grantId: string;
    try {
      const district = await DistrictScenario.create(setup.api);
      const provider = await staffedUnitWithClients(district, setup.api, "DEPARTMENT", "区行政审批局");
      const consumer = await staffedUnitWithClients(district, setup.api, "STREET", "兰陵街道");
      const resource = await createResource(setup.api, provider.unit.id, "市场主体登记信息");
      grantId = (await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id))).requestSharing.grant.id;
    } finally {
      await setup.stop().catch(() => undefined);
    }

    // Row 3 is dated the day before the grant began: the whole file is refused.
    const refused = join(dir, "refused.csv");
    writeFileSync(refused, `grantId,date,calls,records\n${grantId},${tianningDay(0)},12,340\n${grantId},${tianningDay(-1)},1,1\n`);
    const failed = await runUsage(["--file", refused], databaseUrl);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("row 3 (records.1.date): USAGE_OUTSIDE_GRANT");

    const good = join(dir, "good.csv");
    writeFileSync(good, `\uFEFFgrantId,date,calls,records\r\n"${grantId}",${tianningDay(0)},12,340\r\n`);
    const recorded = await runUsage(["--file", good, "--json"], databaseUrl);
    expect(recorded).toMatchObject({ code: 0 });
    expect(JSON.parse(recorded.stdout)).toEqual({ created: 1, replaced: 0, unchanged: 0 });

    const badHeader = join(dir, "bad.csv");
    writeFileSync(badHeader, `grant,day,calls,records\n`);
    expect((await runUsage(["--file", badHeader], databaseUrl)).code).toBe(1);
    expect((await runUsage(["--nonsense"], databaseUrl)).code).toBe(2);

    const check = await startTestCatalog({ DATABASE_URL: databaseUrl });
    try {
      const totals = await gql(check.api, `query T($id: ID!) { node(id: $id) { ... on SharingGrant { usageTotals { days calls records } } } }`, {
        id: grantId!,
      });
      expect(totals.node.usageTotals).toEqual({ days: 1, calls: 12, records: 340 });
    } finally {
      await check.stop().catch(() => undefined);
    }
  });
});
