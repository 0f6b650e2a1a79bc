import { print } from "graphql";
import {
  AppointDocument,
  CreateDataResourceDocument,
  CreateDataResourceInput,
  DataResourceByIdDocument,
  EndAppointmentDocument,
  ImportedResourceDocument,
  NodeByIdDocument,
  NodesByIdsDocument,
  PersonByIdDocument,
  RetireDataResourceDocument,
  UpdateDataResourceDocument,
  UpdatePersonDocument,
} from "../generated/graphql";
import { GraphQLErrorBody } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { importFile, itemCells, resourceCells, templateFile } from "../inventory-import/import-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

let codeSequence = 0;
/** A resource code no other test of this file uses (each file has a database of its own). */
const freshResourceCode = () => `301002/${String(20000 + ++codeSequence)}`;

/** A global ID of the type that no record has. */
const missingId = (type: string) => Buffer.from(`${type}:987654321`, "utf8").toString("base64url");

function draft(providerUnitId: string, code: string, overrides: Partial<CreateDataResourceInput> = {}): CreateDataResourceInput {
  return {
    providerUnitId,
    code,
    name: "兰陵街道未公开草稿",
    catalogCategory: "DEPARTMENTAL",
    classificationCode: code.slice(0, 6),
    format: "DATABASE",
    updateFrequency: "MONTHLY",
    sharingType: "CONDITIONAL",
    sharingConditions: "限政务用途",
    openType: "NOT_OPEN",
    level: "GENERAL",
    status: "DRAFT",
    items: [{ code: "XM001", name: "户主姓名", dataType: "STRING" }],
    ...overrides,
  };
}

/** What a client can tell of an error: its code, its field, its message with the ID given taken out. */
function seen(error: GraphQLErrorBody, id?: string) {
  return { code: error.extensions?.code, field: error.extensions?.field ?? null, message: id ? error.message.split(id).join("<id>") : error.message };
}

/** A specialist and a CDO of "our" street; "their" street with a draft resource, its item, staff and terms. */
async function twoStreets() {
  const ours = await district.staffedUnit("STREET", "茶山街道");
  const theirs = await district.staffedUnit("STREET", "兰陵街道");
  const specialist = (await signedInAs(server.api, ours.specialist.id)).client;
  const cdo = (await signedInAs(server.api, ours.cdo.id)).client;
  const code = freshResourceCode();
  const { createDataResource: theirDraft } = await server.api.request(CreateDataResourceDocument, { input: draft(theirs.unit.id, code) });
  const items = await server.api.raw<{ dataResource: { items: { nodes: { id: string }[] } } }>(
    `{ dataResource(id: "${theirDraft.id}") { items { nodes { id } } } }`,
  );
  const itemId = items.data!.dataResource.items.nodes[0].id;
  return { ours, theirs, specialist, cdo, theirDraft, itemId };
}

describe("a record outside the caller's scope answers exactly as a missing one", () => {
  it("node and nodes: another unit's person, term, draft and draft item are null, as missing records are", async () => {
    const { theirs, specialist, theirDraft, itemId } = await twoStreets();
    const hidden = [theirs.cdo.id, theirs.cdoTerm.id, theirDraft.id, itemId];
    const missing = [missingId("Person"), missingId("Appointment"), missingId("DataResource"), missingId("DataItem")];
    for (const [i, id] of hidden.entries()) {
      const outOfScope = await specialist.raw(print(NodeByIdDocument), { id });
      const absent = await specialist.raw(print(NodeByIdDocument), { id: missing[i] });
      expect(outOfScope).toMatchObject({ data: { node: null } });
      expect(outOfScope.errors).toBeUndefined();
      expect([outOfScope.data, outOfScope.errors]).toEqual([absent.data, absent.errors]);
      // The administrator sees the record: the null above is the scope, not a wrong ID.
      expect((await server.api.request(NodeByIdDocument, { id })).node).not.toBeNull();
    }
    const both = await specialist.request(NodesByIdsDocument, { ids: [...hidden, ...missing] });
    expect(both.nodes).toEqual(Array(8).fill(null));
  });

  it("person(id): another unit's person is null with no error, as a missing person", async () => {
    const { theirs, specialist } = await twoStreets();
    const outOfScope = await specialist.raw(print(PersonByIdDocument), { id: theirs.cdo.id });
    const absent = await specialist.raw(print(PersonByIdDocument), { id: missingId("Person") });
    expect([outOfScope.data, outOfScope.errors]).toEqual([{ person: null }, undefined]);
    expect([outOfScope.data, outOfScope.errors]).toEqual([absent.data, absent.errors]);
    expect((await server.api.request(PersonByIdDocument, { id: theirs.cdo.id })).person).not.toBeNull();
  });

  it("dataResource(id) and dataResource(code): another unit's draft is null with no error, as a missing resource", async () => {
    const { specialist, theirDraft } = await twoStreets();
    const byId = await specialist.raw(print(DataResourceByIdDocument), { id: theirDraft.id });
    const missingById = await specialist.raw(print(DataResourceByIdDocument), { id: missingId("DataResource") });
    expect([byId.data, byId.errors]).toEqual([{ dataResource: null }, undefined]);
    expect([byId.data, byId.errors]).toEqual([missingById.data, missingById.errors]);

    const byCode = await specialist.raw(print(ImportedResourceDocument), { code: theirDraft.code });
    const missingByCode = await specialist.raw(print(ImportedResourceDocument), { code: "301002/99999" });
    expect([byCode.data, byCode.errors]).toEqual([{ dataResource: null }, undefined]);
    expect([byCode.data, byCode.errors]).toEqual([missingByCode.data, missingByCode.errors]);
    expect((await server.api.request(ImportedResourceDocument, { code: theirDraft.code })).dataResource).not.toBeNull();
  });

  it("updateDataResource and retireDataResource on another unit's draft: NOT_FOUND; on its published resource: FORBIDDEN", async () => {
    const { theirs, specialist, theirDraft } = await twoStreets();
    const update = await specialist.error(UpdateDataResourceDocument, { input: { id: theirDraft.id, version: 1, name: "篡改" } });
    const updateMissing = await specialist.error(UpdateDataResourceDocument, { input: { id: missingId("DataResource"), version: 1, name: "篡改" } });
    expect(seen(update)).toEqual({ code: "NOT_FOUND", field: "id", message: "未找到数据资源。" });
    expect(seen(update)).toEqual(seen(updateMissing));
    const retire = await specialist.error(RetireDataResourceDocument, { input: { id: theirDraft.id, version: 1 } });
    const retireMissing = await specialist.error(RetireDataResourceDocument, { input: { id: missingId("DataResource"), version: 1 } });
    expect(seen(retire)).toEqual(seen(retireMissing));
    expect(retire.extensions?.code).toBe("NOT_FOUND");

    // A published resource is in the shared catalog: visible, so refusing the edit is FORBIDDEN.
    const code = freshResourceCode();
    const { createDataResource: published } = await server.api.request(CreateDataResourceDocument, {
      input: draft(theirs.unit.id, code, { status: "PUBLISHED", name: "兰陵公开资源" }),
    });
    expect((await specialist.error(UpdateDataResourceDocument, { input: { id: published.id, version: 1, name: "篡改" } })).extensions?.code).toBe("FORBIDDEN");
    // Nothing was changed by the refused edits.
    expect((await server.api.request(DataResourceByIdDocument, { id: theirDraft.id })).dataResource).toMatchObject({
      name: "兰陵街道未公开草稿",
      version: 1,
      status: "DRAFT",
    });
  });

  it("updatePerson, appoint and endAppointment by a unit CDO: another unit's person or term is NOT_FOUND, as a missing one", async () => {
    const { ours, theirs, cdo } = await twoStreets();
    const update = await cdo.error(UpdatePersonDocument, { input: { id: theirs.specialist.id, position: "越权" } });
    const updateMissing = await cdo.error(UpdatePersonDocument, { input: { id: missingId("Person"), position: "越权" } });
    expect(seen(update)).toEqual({ code: "NOT_FOUND", field: "id", message: "未找到人员。" });
    expect(seen(update)).toEqual(seen(updateMissing));

    const appointInput = { unitId: ours.unit.id, role: "DATA_SPECIALIST" as const, startDate: "2025-06-01", specialistPosition: "OTHER" as const };
    const appoint = await cdo.error(AppointDocument, { input: { ...appointInput, personId: theirs.specialist.id } });
    const appointMissing = await cdo.error(AppointDocument, { input: { ...appointInput, personId: missingId("Person") } });
    expect(seen(appoint)).toEqual({ code: "NOT_FOUND", field: "personId", message: "未找到人员。" });
    expect(seen(appoint)).toEqual(seen(appointMissing));

    const end = await cdo.error(EndAppointmentDocument, { input: { appointmentId: theirs.specialistTerm.id, endDate: "2025-06-01" } });
    const endMissing = await cdo.error(EndAppointmentDocument, { input: { appointmentId: missingId("Appointment"), endDate: "2025-06-01" } });
    expect(seen(end)).toEqual({ code: "NOT_FOUND", field: "appointmentId", message: "未找到任命。" });
    expect(seen(end)).toEqual(seen(endMissing));
  });

  it("RESOURCE_CODE_TAKEN names nothing of another unit's draft, in the API and in the import alike", async () => {
    const { ours, specialist, theirDraft } = await twoStreets();
    const viaApi = await specialist.error(CreateDataResourceDocument, { input: draft(ours.unit.id, theirDraft.code, { name: "我的资源" }) });
    const file = await templateFile([itemCells(resourceCells(ours.unit.code, theirDraft.code, { resourceName: "我的资源" }), "XM001", "户主姓名")]);
    const report = await importFile(specialist, ours.unit.id, file, { dryRun: true });
    const viaImport = report.problems.find((p) => p.code === "RESOURCE_CODE_TAKEN");
    expect(viaApi.extensions).toMatchObject({ code: "RESOURCE_CODE_TAKEN", field: "code" });
    expect(viaImport).toMatchObject({ column: "信息资源代码", code: "RESOURCE_CODE_TAKEN" });
    expect(viaImport!.message).toBe(viaApi.message);
    for (const message of [viaApi.message, viaImport!.message]) expect(message).not.toContain("兰陵");
  });
});
