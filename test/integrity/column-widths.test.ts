import { CreateDataResourceDocument, DataItemInput } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

describe("what fits SQLite fits MariaDB's columns", () => {
  it("keeps a resource's audit entry within MariaDB's TEXT column however many items it lists", async () => {
    const unit = await district.department("区大数据管理中心");
    // 1,000 codes of 64 characters: their list alone is over 65,535 bytes.
    const items: DataItemInput[] = Array.from({ length: 1000 }, (_, i) => ({ code: `X${String(i).padStart(63, "0")}`, name: `字段${i}`, dataType: "STRING" }));
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: {
        providerUnitId: unit.id,
        name: "宽表资源",
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "301009",
        format: "DATABASE",
        updateFrequency: "MONTHLY",
        sharingType: "CONDITIONAL",
        sharingConditions: "限政务用途",
        openType: "NOT_OPEN",
        level: "GENERAL",
        status: "PUBLISHED",
        items,
      },
    });
    expect(createDataResource.items.totalCount).toBe(1000);

    const rows: { changes: string }[] = await server.catalog.dataSource.query("SELECT changes FROM audit_entries WHERE target_type = ? AND operation = ?", [
      "DataResource",
      "createDataResource",
    ]);
    const entry = rows.map((row) => JSON.parse(row.changes)).find((changes) => changes.name?.after === "宽表资源");
    expect(entry.items.after).toEqual({ count: 1000, first: items.slice(0, 20).map((i) => i.code) });
    expect(entry.sharingConditions.after).toBe("限政务用途");
  });
});
