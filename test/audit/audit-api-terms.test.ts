import { parse } from "csv-parse/sync";
import {
  AuditEntriesDocument,
  CreateDataResourceDocument,
  CreateFunctionDocument,
  CreateUnitDocument,
  IssueApiTokenDocument,
  UpdatePersonDocument,
  CreateAccountDocument,
  ReportQualityIssueDocument,
} from "../generated/graphql";
import { getMetadataArgsStorage } from "typeorm";
import { nodeTypeName } from "../../src/common/node";
import { changesInApiTerms } from "../../src/modules/audit/audit-fields";
import { catalogSchema } from "../../src/schema";
import { openDatasetOf } from "../opening/opening-support";
import { createResource as qualityResource, record as recordQuality } from "../quality/quality-support";
import { createResource as sharedResource, gql, REQUEST, requestInput, staffedUnitWithClients } from "../sharing/sharing-support";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, uniqueCode } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

type Changes = Record<string, [unknown, unknown]>;

/** The newest audit entry of a record, its changes keyed by field. */
async function latestChanges(targetId: string): Promise<{ operation: string; targetType: string; changes: Changes }> {
  const { auditEntries } = await server.api.request(AuditEntriesDocument, { filter: { targetId }, first: 1 });
  const [entry] = auditEntries.nodes;
  return { operation: entry.operation, targetType: entry.targetType, changes: Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]])) };
}

describe("audit changes speak the API", () => {
  it("a resource's creation names its provider and functions by API field and global ID", async () => {
    const unit = await district.department("区民政局");
    const { createFunction: fn } = await server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "最低生活保障审核" } });
    const { createDataResource: resource } = await server.api.request(CreateDataResourceDocument, {
      input: {
        providerUnitId: unit.id,
        name: "低保对象名册",
        catalogCategory: "DEPARTMENTAL",
        classificationCode: "301002",
        format: "DATABASE",
        updateFrequency: "MONTHLY",
        sharingType: "UNCONDITIONAL",
        openType: "NOT_OPEN",
        level: "GENERAL",
        functionIds: [fn.id],
        items: [{ code: "XM001", name: "户主姓名", dataType: "STRING" }],
      },
    });
    const { changes, targetType, operation } = await latestChanges(resource.id);
    expect({ targetType, operation }).toEqual({ targetType: "DataResource", operation: "createDataResource" });
    expect(changes.provider).toEqual([null, unit.id]);
    expect(changes.functions).toEqual([null, [fn.id]]);
    expect(Object.keys(changes).filter((field) => /Ids?$/.test(field))).toEqual([]);
    expect((await latestChanges(fn.id)).changes.unit).toEqual([null, unit.id]);
  });

  it("a unit's parent, a person's unit and an API token's account are global IDs", async () => {
    const { createUnit: unit } = await server.api.request(CreateUnitDocument, {
      input: { kind: "STREET", code: uniqueCode(), name: "术语街道", parentId: district.rootId },
    });
    expect((await latestChanges(unit.id)).changes.parent).toEqual([null, district.rootId]);

    const other = await district.street("兰陵街道");
    const person = await district.person(unit.id, "调动某");
    await server.api.request(UpdatePersonDocument, { input: { id: person.id, unitId: other.id } });
    expect((await latestChanges(person.id)).changes).toEqual({ unit: [unit.id, other.id] });

    const { createAccount: service } = await server.api.request(CreateAccountDocument, { input: { username: `sync${uniqueCode()}`, kind: "SERVICE" } });
    const { issueApiToken } = await server.api.request(IssueApiTokenDocument, { input: { accountId: service.id, name: "同步" } });
    expect((await latestChanges(issueApiToken.apiToken.id)).changes.account).toEqual([null, service.id]);
  });

  it("an appointment names its unit and person by global ID, and no entry anywhere keeps a database column name", async () => {
    const { unit, cdo } = await district.staffedUnit("STREET", "茶山街道");
    const { auditEntries } = await server.api.request(AuditEntriesDocument, { first: 100 });
    const appointment = auditEntries.nodes.find((e) => e.targetType === "Appointment" && e.changes.some((c) => c.field === "person" && c.after === cdo.id));
    expect(appointment?.changes.find((c) => c.field === "unit")?.after).toBe(unit.id);
    const columnNames = auditEntries.nodes.flatMap((e) => e.changes.map((c) => c.field)).filter((field) => /Ids?$/.test(field));
    expect(columnNames).toEqual([]);
  });

  it("sharing, opening and quality entries name their references by API field and global ID", async () => {
    const provider = await staffedUnitWithClients(district, server.api, "DEPARTMENT", "区卫健委");
    const consumer = await staffedUnitWithClients(district, server.api, "STREET", "青龙街道");
    const shared = await sharedResource(server.api, provider.unit.id, "出生医学证明签发记录");
    const { requestSharing } = await gql(consumer.specialist, REQUEST, requestInput(consumer.unit.id, shared.id, { itemIds: [shared.itemIds.I2] }));
    const request = await latestChanges(requestSharing.id);
    expect([request.targetType, request.changes.resource, request.changes.provider, request.changes.consumer, request.changes.items]).toEqual([
      "SharingRequest",
      [null, shared.id],
      [null, provider.unit.id],
      [null, consumer.unit.id],
      [null, [shared.itemIds.I2]],
    ]);
    const grant = await latestChanges(requestSharing.grant.id);
    expect([grant.changes.request, grant.changes.resource, grant.changes.provider, grant.changes.consumer]).toEqual([
      [null, requestSharing.id],
      [null, shared.id],
      [null, provider.unit.id],
      [null, consumer.unit.id],
    ]);

    const dataset = await openDatasetOf(server.api, provider.unit.id);
    expect((await latestChanges(dataset.id)).changes.publisher).toEqual([null, provider.unit.id]);

    const measured = await qualityResource(server.api, provider.unit.id, { name: "出生医学证明质量" });
    const { reportQualityIssue: issue } = await server.api.request(ReportQualityIssueDocument, {
      input: { resourceId: measured.id, title: "签发日期缺失", description: "第 3 行签发日期为空。" },
    });
    const reported = (await latestChanges(issue.id)).changes;
    expect([reported.resource, reported.provider]).toEqual([
      [null, measured.id],
      [null, provider.unit.id],
    ]);

    // A batch of measurements is one entry per provider unit, targeting the unit (a record type, its global ID).
    await recordQuality(server.api, [
      { resourceId: measured.id, dimension: "ACCURACY", score: 88, measuredAt: new Date(Date.now() - 60_000).toISOString(), source: "MANUAL" },
    ]);
    const { auditEntries } = await server.api.request(AuditEntriesDocument, { filter: { operation: "recordQualityMeasurements" }, first: 1 });
    expect(auditEntries.nodes.map((e) => [e.targetType, e.targetId])).toEqual([["Unit", provider.unit.id]]);
    expect((await latestChanges(provider.unit.id)).changes.measurements).toEqual([null, 1]);
  });

  it("the CSV export shows the same API terms", async () => {
    const unit = await district.department("区统计局");
    const { createFunction: fn } = await server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "统计调查" } });
    const base = server.catalog.url.replace(/\/graphql$/, "");
    const response = await fetch(`${base}/exports/audit.csv?targetId=${encodeURIComponent(fn.id)}`, {
      headers: { authorization: `Bearer ${server.api.token}` },
    });
    const [row] = parse((await response.text()).replace(/^\uFEFF/, ""), { columns: true }) as { changes: string }[];
    expect(JSON.parse(row.changes).unit).toEqual({ before: null, after: unit.id });
  });
});

describe("the translation table", () => {
  it("covers every reference column of every record type, so no stored row ID reaches a client", async () => {
    await catalogSchema(); // every module's record types registered
    const untranslated: string[] = [];
    for (const column of getMetadataArgsStorage().columns) {
      if (!/Id$/.test(column.propertyName) || typeof column.target !== "function") continue;
      let type: string;
      try {
        type = nodeTypeName(Object.create((column.target as { prototype: object }).prototype) as object);
      } catch {
        continue; // not a record type clients see (sessions, throttles)
      }
      if (type === "AuditEntry") continue; // the trail is never a target
      const shown = Object.keys(changesInApiTerms(type, { [column.propertyName]: { before: null, after: 1 } }));
      if (shown.some((field) => /Id$/.test(field))) untranslated.push(`${type}.${column.propertyName}`);
    }
    expect(untranslated).toEqual([]);
  });
});

describe("audit entries' codes are enums", () => {
  const enumOf = async (type: string, field: string) => {
    const result = await server.api.raw<{
      __type: { fields: { name: string; type: { kind: string; name: string | null; ofType: { name: string } | null } }[] };
    }>(`{ __type(name: "${type}") { fields { name type { kind name ofType { name } } } } }`);
    const found = result.data!.__type.fields.find((f) => f.name === field)!.type;
    return found.kind === "NON_NULL" ? found.ofType!.name : found.name;
  };

  it("actorRole, operation and targetType are AccessRole, AuditOperation and AuditTargetType; import problem codes InventoryImportProblemCode", async () => {
    expect(await enumOf("AuditEntry", "actorRole")).toBe("AccessRole");
    expect(await enumOf("AuditEntry", "operation")).toBe("AuditOperation");
    expect(await enumOf("AuditEntry", "targetType")).toBe("AuditTargetType");
    expect(await enumOf("InventoryImportProblem", "code")).toBe("InventoryImportProblemCode");
  });

  it("AuditOperation has a value per mutation (and system, and the audited query inventoryExportLink); AuditTargetType one per record type", async () => {
    const result = await server.api.raw<{
      mutations: { fields: { name: string }[] };
      operation: { enumValues: { name: string }[] };
      target: { enumValues: { name: string }[] };
    }>(
      `{ mutations: __type(name: "Mutation") { fields { name } } operation: __type(name: "AuditOperation") { enumValues { name } }
         target: __type(name: "AuditTargetType") { enumValues { name } } }`,
    );
    const { mutations, operation, target } = result.data!;
    // inventoryExportLink: the one audited query (issuing a signed export link).
    expect(operation.enumValues.map((v) => v.name).sort()).toEqual([...mutations.fields.map((f) => f.name), "system", "inventoryExportLink"].sort());
    expect(target.enumValues.map((v) => v.name)).toEqual(
      expect.arrayContaining(["Unit", "Person", "Appointment", "DataResource", "DataItem", "Function", "UserAccount"]),
    );
  });

  it("filters by operation as an enum value, and refuses one that is not a mutation", async () => {
    const unit = await district.street("郑陆镇");
    await district.person(unit.id, "筛选某");
    const { auditEntries } = await server.api.request(AuditEntriesDocument, { filter: { unitId: unit.id, operation: "createPerson" }, first: 10 });
    expect(auditEntries.nodes.map((e) => e.operation)).toEqual(["createPerson"]);
    const refused = await server.api.raw("query ($op: AuditOperation) { auditEntries(filter: { operation: $op }) { totalCount } }", { op: "dropTable" });
    expect(refused.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
