import { print } from "graphql";
import {
  AppointDocument,
  AuditEntriesDocument,
  AuditEntriesQuery,
  ChangePasswordDocument,
  CreateAccountDocument,
  CreatePersonDocument,
  CreateUnitDocument,
  EndAppointmentDocument,
  IssueApiTokenDocument,
  PersonHistoryDocument,
  RevokeApiTokenDocument,
  UpdateAccountDocument,
  UpdatePersonDocument,
} from "../generated/graphql";
import { ADMIN, startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs, uniqueCode } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

type Entry = AuditEntriesQuery["auditEntries"]["nodes"][number];
const changesOf = (entry: Entry) => Object.fromEntries(entry.changes.map((c) => [c.field, [c.before, c.after]]));

async function trailOf(targetId: string): Promise<Entry[]> {
  return (await server.api.request(AuditEntriesDocument, { filter: { targetId }, first: 100 })).auditEntries.nodes;
}

describe("every successful mutation writes one audit entry per changed record", () => {
  it("records who created a unit and a person, in which role and unit, with every field", async () => {
    const { createUnit: unit } = await server.api.request(CreateUnitDocument, {
      input: { kind: "STREET", code: uniqueCode(), name: "审计街道", parentId: district.rootId },
    });
    const [unitEntry] = await trailOf(unit.id);
    expect(unitEntry).toMatchObject({
      operation: "createUnit",
      actorUsername: ADMIN.username,
      actorRole: "DISTRICT_ADMINISTRATOR",
      targetType: "Unit",
      targetId: unit.id,
      unit: { id: unit.id },
    });
    expect(changesOf(unitEntry)).toMatchObject({ name: [null, "审计街道"], kind: [null, "STREET"] });

    const person = await district.person(unit.id, "审计某", "degree", { phone: "+8619000003333" });
    const [personEntry] = await trailOf(person.id);
    expect(personEntry.operation).toBe("createPerson");
    expect(changesOf(personEntry)).toMatchObject({ name: [null, "审计某"], phone: [null, "+8619000003333"] });
    expect(personEntry.requestId).toMatch(/[0-9a-f-]{36}/);
  });

  it("records a correction with only the changed fields, before and after", async () => {
    const unit = await district.street("红梅街道");
    const person = await district.person(unit.id, "更正某", "none", { position: "科员" });
    await server.api.request(UpdatePersonDocument, { input: { id: person.id, position: "信息科科长", informatizationYears: 4 } });
    const [latest] = await trailOf(person.id);
    expect(latest.operation).toBe("updatePerson");
    expect(changesOf(latest)).toEqual({ position: ["科员", "信息科科长"], informatizationYears: [1, 4] });
  });

  it("records a succession as two entries: the predecessor's term ended, the new term begun", async () => {
    const { unit, cdoTerm } = await district.staffedUnit("DEPARTMENT", "区发展和改革局");
    const successor = await district.person(unit.id, "继任某", "experience");
    const { appoint } = await server.api.request(AppointDocument, {
      input: { unitId: unit.id, personId: successor.id, role: "UNIT_CDO", startDate: "2025-07-01" },
    });
    const [ended] = await trailOf(cdoTerm.id);
    expect(ended.operation).toBe("appoint");
    expect(changesOf(ended)).toEqual({ endDate: [null, "2025-07-01"], endReason: [null, "由继任者接任 (succeeded)"] });
    const [begun] = await trailOf(appoint.appointment.id);
    expect(changesOf(begun)).toMatchObject({ role: [null, "UNIT_CDO"], startDate: [null, "2025-07-01"] });

    await server.api.request(EndAppointmentDocument, { input: { appointmentId: appoint.appointment.id, endDate: "2026-01-01", reason: "退休" } });
    const [closing] = await trailOf(appoint.appointment.id);
    expect(closing.operation).toBe("endAppointment");
    expect(changesOf(closing)).toEqual({ endDate: [null, "2026-01-01"], endReason: [null, "退休"] });
  });

  it("records account changes, sign-ins and API tokens without ever storing a secret", async () => {
    const { account, client, password } = await signedInAs(server.api, null);
    expect((await trailOf(account.id)).map((e) => e.operation)).toEqual(["login", "createAccount"]);
    await client.request(ChangePasswordDocument, { input: { currentPassword: password, newPassword: "a-brand-new-password" } });
    await server.api.request(UpdateAccountDocument, { input: { accountId: account.id, analyst: true } });
    const trail = await trailOf(account.id);
    expect(trail.map((e) => e.operation)).toEqual(["updateAccount", "changePassword", "login", "createAccount"]);
    expect(changesOf(trail[0])).toEqual({ analyst: [false, true] });
    expect(changesOf(trail[1])).toEqual({ passwordChanged: [null, true] });
    expect(trail[1].actorUsername).toBe(account.username);

    const { createAccount: service } = await server.api.request(CreateAccountDocument, { input: { username: `svc-${Date.now()}`, kind: "SERVICE" } });
    const { issueApiToken } = await server.api.request(IssueApiTokenDocument, { input: { accountId: service.id, name: "同步" } });
    await server.api.request(RevokeApiTokenDocument, { id: issueApiToken.apiToken.id });
    const tokenTrail = await trailOf(issueApiToken.apiToken.id);
    expect(tokenTrail.map((e) => e.operation)).toEqual(["revokeApiToken", "issueApiToken"]);
    const everything = JSON.stringify(await server.catalog.dataSource.query("SELECT changes FROM audit_entries"));
    expect(everything).not.toContain(issueApiToken.token);
    expect(everything).not.toContain("a-brand-new-password");
    expect(everything).not.toMatch(/scrypt\$/);
  });
});

describe("failed mutations write nothing", () => {
  it("leaves no entry and no data when a rule refuses the change", async () => {
    const unit = await district.department("区司法局");
    const person = await district.person(unit.id, "不合格某", "none");
    const [{ n: before }] = await server.catalog.dataSource.query("SELECT COUNT(*) AS n FROM audit_entries");
    const refused = await server.api.error(AppointDocument, { input: { unitId: unit.id, personId: person.id, role: "UNIT_CDO", startDate: "2025-01-01" } });
    expect(refused.extensions?.code).toBe("CDO_NOT_QUALIFIED");
    const [{ n: after }] = await server.catalog.dataSource.query("SELECT COUNT(*) AS n FROM audit_entries");
    expect(Number(after)).toBe(Number(before));
  });
});

describe("reading the trail", () => {
  it("filters by actor, unit (with its subordinate units) and time range, a page at a time", async () => {
    const department = await district.department("区教育局");
    const centre = await district.unit("SUBORDINATE", "区教育信息化中心", department.id);
    const cdoPerson = await district.person(department.id, "教育首席某");
    await district.appoint({ unitId: department.id, personId: cdoPerson.id, role: "UNIT_CDO", startDate: "2024-01-01" });
    const { client, account } = await signedInAs(server.api, cdoPerson.id);
    const start = new Date(Date.now() - 1000).toISOString();
    for (const name of ["甲某", "乙某", "丙某"]) await client.request(CreatePersonDocument, { input: { unitId: centre.id, name } });

    const byActor = await server.api.request(AuditEntriesDocument, { filter: { actorId: account.id, operation: "createPerson" }, first: 2 });
    expect(byActor.auditEntries.totalCount).toBe(3);
    expect(byActor.auditEntries.nodes.every((e) => e.actorRole === "UNIT_CDO" && e.unit?.id === centre.id)).toBe(true);
    const next = await server.api.request(AuditEntriesDocument, {
      filter: { actorId: account.id, operation: "createPerson" },
      first: 2,
      after: byActor.auditEntries.pageInfo.endCursor,
    });
    expect(next.auditEntries.nodes).toHaveLength(1);

    const underDepartment = await server.api.request(AuditEntriesDocument, { filter: { unitId: department.id, from: start }, first: 100 });
    const byTheCdo = underDepartment.auditEntries.nodes.filter((e) => e.actorUsername === account.username);
    expect(byTheCdo.map((e) => e.unit?.id)).toEqual([centre.id, centre.id, centre.id]); // made in the subordinate unit, found under the department
    const future = await server.api.request(AuditEntriesDocument, { filter: { unitId: department.id, from: new Date(Date.now() + 60_000).toISOString() } });
    expect(future.auditEntries.totalCount).toBe(0);

    const specialistView = await client.raw(print(AuditEntriesDocument), {});
    expect(specialistView.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("exports a range as CSV to district administrators only", async () => {
    const unit = await district.street("天宁街道");
    await district.person(unit.id, "导出某");
    const base = server.catalog.url.replace(/\/graphql$/, "");
    const from = new Date(Date.now() - 60_000).toISOString();
    const response = await fetch(`${base}/exports/audit.csv?from=${encodeURIComponent(from)}&unitId=${encodeURIComponent(unit.id)}`, {
      headers: { authorization: `Bearer ${server.api.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("occurredAt,requestId,actor,actorRole,unitCode,operation,targetType,targetId,changes");
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",")[5])
        .sort(),
    ).toEqual(["createPerson", "createUnit"]);
    expect(lines.join("\n")).toContain("导出某");

    expect((await fetch(`${base}/exports/audit.csv`)).status).toBe(401);
    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
    expect((await fetch(`${base}/exports/audit.csv`, { headers: { authorization: `Bearer ${analyst.token}` } })).status).toBe(403);
    expect((await fetch(`${base}/exports/audit.csv?from=yesterday`, { headers: { authorization: `Bearer ${server.api.token}` } })).status).toBe(400);
  });

  it("shows a record's own history, masking personal information for those who may not see it", async () => {
    const unit = await district.street("雕庄街道");
    const person = await district.person(unit.id, "历史某", "degree", { phone: "+8619000004444" });
    await server.api.request(UpdatePersonDocument, { input: { id: person.id, phone: "+8619000005555" } });

    const admin = await server.api.request(PersonHistoryDocument, { id: person.id });
    expect(admin.person!.history.totalCount).toBe(2);
    expect(admin.person!.history.nodes[0].changes).toEqual([{ field: "phone", before: "+8619000004444", after: "+8619000005555" }]);

    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
    const masked = await analyst.request(PersonHistoryDocument, { id: person.id });
    expect(masked.person!.history.nodes[0].changes).toEqual([{ field: "phone", before: "***", after: "***" }]);
  });
});
