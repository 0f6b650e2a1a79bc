import { AuditEntriesDocument, CreateDataResourceDocument, UpdatePersonDocument } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, type TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";

const DAY = 86_400_000;
let offset = 0;
let server: TestCatalog;
let district: DistrictScenario;
let analyst: ApiClient;

beforeAll(async () => {
  server = await startTestCatalog({}, { clock: () => new Date(Date.now() + offset) });
  district = await DistrictScenario.create(server.api);
  analyst = (await signedInAs(server.api, null, { analyst: true })).client;
});
afterAll(() => server.stop());

describe("analysts read the catalog's audit trail", () => {
  it("answers what changed in the last 30 days in one query: a change of 40 days ago is left out", async () => {
    const street = await district.street("青龙街道");
    offset = -40 * DAY;
    const old = await district.unit("SUBORDINATE", "旧单位", street.id);
    offset = 0;
    const recent = await district.unit("SUBORDINATE", "新单位", street.id);
    const { auditEntries } = await analyst.request(AuditEntriesDocument, { filter: { unitId: street.id, lastDays: 30 }, first: 50 });
    const targets = auditEntries.nodes.map((entry) => entry.targetId);
    expect(targets).toContain(recent.id);
    expect(targets).toContain(street.id);
    expect(targets).not.toContain(old.id);
    const all = await analyst.request(AuditEntriesDocument, { filter: { unitId: street.id }, first: 50 });
    expect(all.auditEntries.nodes.map((entry) => entry.targetId)).toContain(old.id);
  });

  it("sees resources' and persons' changes, persons' phone masked, and no account's", async () => {
    const { unit, cdo } = await district.staffedUnit("STREET", "兰陵街道");
    await server.api.request(UpdatePersonDocument, { input: { id: cdo.id, phone: "+8619000006666" } });
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: {
        providerUnitId: unit.id,
        name: "审计资源",
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "301002",
        format: "DATABASE",
        updateFrequency: "DAILY",
        sharingType: "UNCONDITIONAL",
        openType: "NOT_OPEN",
        level: "GENERAL",
      },
    });
    const { auditEntries } = await analyst.request(AuditEntriesDocument, { filter: { lastDays: 1 }, first: 100 });
    const types = new Set(auditEntries.nodes.map((entry) => entry.targetType));
    expect(types.has("DataResource")).toBe(true);
    expect(types.has("Person")).toBe(true);
    expect(types.has("UserAccount")).toBe(false);
    expect(auditEntries.nodes.some((entry) => entry.targetId === createDataResource.id)).toBe(true);
    const phoneChange = auditEntries.nodes.find((entry) => entry.targetId === cdo.id && entry.operation === "updatePerson")!;
    expect(phoneChange.changes).toEqual([{ field: "phone", before: null, after: "***" }]);
    // The administrator sees the account entries (the analyst's own account among them) and the phone.
    const admin = await server.api.request(AuditEntriesDocument, { filter: { lastDays: 1 }, first: 100 });
    expect(admin.auditEntries.nodes.some((entry) => entry.targetType === "UserAccount")).toBe(true);
  });

  it("refuses the trail to a unit's data specialist, and a window outside 1 to 366 days", async () => {
    const { specialist } = await district.staffedUnit("STREET", "北港街道");
    const client = (await signedInAs(server.api, specialist.id)).client;
    expect((await client.error(AuditEntriesDocument, { first: 1 })).extensions?.code).toBe("FORBIDDEN");
    expect((await analyst.error(AuditEntriesDocument, { filter: { lastDays: 0 } })).extensions?.code).toBe("BAD_USER_INPUT");
    expect((await analyst.error(AuditEntriesDocument, { filter: { lastDays: 367 } })).extensions?.code).toBe("BAD_USER_INPUT");
  });
});
