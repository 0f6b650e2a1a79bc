import { GraphQLObjectType } from "graphql";
import { catalogSchema } from "../../src/schema";
import {
  AppointDocument,
  ChangePasswordDocument,
  CreateAccountDocument,
  CreateDataResourceDocument,
  CreateDataResourceInput,
  CreateFunctionDocument,
  EndAppointmentDocument,
  IssueApiTokenDocument,
  RetireDataResourceDocument,
  RevokeApiTokenDocument,
  UpdateAccountDocument,
  UpdateDataResourceDocument,
  UpdatePersonDocument,
} from "../generated/graphql";
import { importFile, itemCells, resourceCells, templateFile } from "../inventory-import/import-support";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs, uniqueCode } from "../support/scenario";

/**
 * Walks the schema's mutations: each one, called successfully, writes at least one audit entry
 * under its own name, or is listed in `notAudited` with the reason. A new mutation listed in
 * neither fails this test.
 */
let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const notAudited: Record<string, string> = {
  login: "a sign-in changes no record (an entry is written only when the stored password hash is upgraded to the current cost)",
};

const resource = (providerUnitId: string): CreateDataResourceInput => ({
  providerUnitId,
  name: "审计资源",
  catalogCategory: "DEPARTMENTAL",
  classificationCode: "301002",
  format: "DATABASE",
  updateFrequency: "DAILY",
  sharingType: "UNCONDITIONAL",
  openType: "NOT_OPEN",
  level: "GENERAL",
  status: "PUBLISHED",
  items: [{ code: "XM001", name: "名称", dataType: "STRING" }],
});

/** A successful call of each audited mutation (as a district administrator unless said otherwise). */
const audited: Record<string, () => Promise<unknown>> = {
  createUnit: () => district.unit("STREET", `审计街道${uniqueCode()}`),
  createPerson: async () => district.person((await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id, "审计某"),
  updatePerson: async () => {
    const unit = await district.unit("DEPARTMENT", `审计局${uniqueCode()}`);
    const person = await district.person(unit.id, "审计某");
    return server.api.request(UpdatePersonDocument, { input: { id: person.id, position: "科长" } });
  },
  appoint: async () => {
    const unit = await district.unit("STREET", `审计街道${uniqueCode()}`);
    const person = await district.person(unit.id, "审计某");
    return server.api.request(AppointDocument, { input: { unitId: unit.id, personId: person.id, role: "UNIT_CDO", startDate: "2025-01-01" } });
  },
  endAppointment: async () => {
    const { cdoTerm } = await district.staffedUnit("STREET", `审计街道${uniqueCode()}`);
    return server.api.request(EndAppointmentDocument, { input: { appointmentId: cdoTerm.id, endDate: "2025-06-01" } });
  },
  createAccount: () => server.api.request(CreateAccountDocument, { input: { username: `audit${uniqueCode()}`.toLowerCase(), kind: "SERVICE" } }),
  updateAccount: async () => {
    const { account } = await signedInAs(server.api, null);
    return server.api.request(UpdateAccountDocument, { input: { accountId: account.id, analyst: true } });
  },
  changePassword: async () => {
    const { client, password } = await signedInAs(server.api, null, { analyst: true });
    return client.request(ChangePasswordDocument, { input: { currentPassword: password, newPassword: "another-long-password" } });
  },
  issueApiToken: async () => {
    const { createAccount } = await server.api.request(CreateAccountDocument, { input: { username: `svc${uniqueCode()}`.toLowerCase(), kind: "SERVICE" } });
    return server.api.request(IssueApiTokenDocument, { input: { accountId: createAccount.id, name: "同步" } });
  },
  revokeApiToken: async () => {
    const { createAccount } = await server.api.request(CreateAccountDocument, { input: { username: `svc${uniqueCode()}`.toLowerCase(), kind: "SERVICE" } });
    const { issueApiToken } = await server.api.request(IssueApiTokenDocument, { input: { accountId: createAccount.id, name: "同步" } });
    return server.api.request(RevokeApiTokenDocument, { id: issueApiToken.apiToken.id });
  },
  createFunction: async () => {
    const unit = await district.unit("DEPARTMENT", `审计局${uniqueCode()}`);
    return server.api.request(CreateFunctionDocument, { input: { unitId: unit.id, name: "社会救助审批" } });
  },
  createDataResource: async () =>
    server.api.request(CreateDataResourceDocument, { input: resource((await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id) }),
  updateDataResource: async () => {
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: resource((await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id),
    });
    return server.api.request(UpdateDataResourceDocument, { input: { id: createDataResource.id, version: createDataResource.version, name: "改名" } });
  },
  retireDataResource: async () => {
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: resource((await district.unit("DEPARTMENT", `审计局${uniqueCode()}`)).id),
    });
    return server.api.request(RetireDataResourceDocument, { input: { id: createDataResource.id, version: createDataResource.version } });
  },
  importInventory: async () => {
    const unit = await district.unit("DEPARTMENT", `审计局${uniqueCode()}`);
    const report = await importFile(server.api, unit.id, await templateFile([itemCells(resourceCells(unit.code, "301002/09001"), "XM001", "甲")]));
    if (!report.applied) throw new Error(`import not applied: ${JSON.stringify(report.problems)}`);
    return report;
  },
};

async function entriesOf(operation: string): Promise<number> {
  const [{ n }] = await server.catalog.dataSource.query("SELECT COUNT(*) AS n FROM audit_entries WHERE operation = ?", [operation]);
  return Number(n);
}

describe("every mutation writes the audit trail", () => {
  it("lists every mutation of the schema as audited or as not auditing, with why", async () => {
    const mutations = Object.keys(((await catalogSchema()).getMutationType() as GraphQLObjectType).getFields()).sort();
    expect(mutations).toEqual([...Object.keys(audited), ...Object.keys(notAudited)].sort());
    expect(Object.keys(audited).filter((name) => notAudited[name])).toEqual([]);
  });

  it.each(Object.keys(audited))("%s writes at least one entry under its own name", async (operation) => {
    const before = await entriesOf(operation);
    await audited[operation]();
    expect([operation, (await entriesOf(operation)) - before > 0]).toEqual([operation, true]);
  });
});
