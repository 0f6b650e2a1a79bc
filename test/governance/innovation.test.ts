import { print } from "graphql";
import { CreateInnovationCaseDocument, ResourceInnovationCasesDocument, RetireDataResourceDocument, UpdateInnovationCaseDocument } from "../generated/graphql";
import { createResource } from "../quality/quality-support";
import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { auditOperationsOf, staffedWithClients } from "./governance-support";

/** 融合创新 (DOMAIN §5): cases linked to the resources they use and the units involved; a resource shows its cases. */

let server: TestCatalog;
let district: DistrictScenario;
let chashan: Awaited<ReturnType<typeof staffedWithClients>>;
let minzheng: Awaited<ReturnType<typeof staffedWithClients>>;
let published: { id: string };
let draft: { id: string };

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
  chashan = await staffedWithClients(server, district, "STREET", "茶山街道");
  minzheng = await staffedWithClients(server, district, "DEPARTMENT", "区民政局");
  published = await createResource(server.api, minzheng.unit.id, { name: "养老服务机构名录" });
  draft = await createResource(server.api, minzheng.unit.id, { name: "低保对象草稿", status: "DRAFT" });
});
afterAll(() => server.stop());

const caseInput = (overrides: Record<string, unknown> = {}) => ({
  leadUnitId: chashan.unit.id,
  kind: "DATA_PRODUCT",
  title: "茶山智慧养老地图",
  summary: "整合养老机构与老年人口数据,为社区提供养老服务地图。",
  year: 2025,
  resourceIds: [published.id],
  unitIds: [minzheng.unit.id],
  ...overrides,
});

async function create(client: ApiClient, input: Record<string, unknown>) {
  const result = await client.raw<{ createInnovationCase: { id: string } }>(print(CreateInnovationCaseDocument), { input });
  return result.errors?.length ? { error: result.errors[0].extensions } : result.data!.createInnovationCase;
}

describe("innovation cases", () => {
  it("are recorded by the lead unit's CDO with the resources they use and the units involved; a resource lists its cases", async () => {
    const { createInnovationCase: created } = await chashan.cdoClient.request(CreateInnovationCaseDocument, { input: caseInput() as never });
    expect(created.units.map((u) => u.name)).toEqual(["茶山街道", "区民政局"]);
    expect(created.resources.map((r) => r.name)).toEqual(["养老服务机构名录"]);
    const { dataResource } = await minzheng.specialistClient.request(ResourceInnovationCasesDocument, { id: published.id });
    expect(dataResource!.innovationCases.map((c) => [c.title, c.kind])).toEqual([["茶山智慧养老地图", "DATA_PRODUCT"]]);

    const { updateInnovationCase: updated } = await chashan.cdoClient.request(UpdateInnovationCaseDocument, {
      input: { id: created.id, title: "茶山智慧养老地图(二期)", unitIds: [] },
    });
    expect([updated.title, updated.units.length, updated.resources.length]).toEqual(["茶山智慧养老地图(二期)", 1, 1]);
    expect(await auditOperationsOf(server, "InnovationCase", created.id)).toEqual(["createInnovationCase", "updateInnovationCase"]);
  });

  it("refuses another unit's case, a resource the caller may not read, and a retired resource", async () => {
    expect(await create(minzheng.cdoClient, caseInput())).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
    expect(await create(chashan.specialistClient, caseInput())).toEqual({ error: expect.objectContaining({ code: "FORBIDDEN" }) });
    // Another unit's draft is not in the catalog: as missing as a resource that does not exist.
    expect(await create(chashan.cdoClient, caseInput({ resourceIds: [published.id, draft.id] }))).toEqual({
      error: expect.objectContaining({ code: "NOT_FOUND", field: "resourceIds.1" }),
    });
    const retiring = await createResource(server.api, minzheng.unit.id, { name: "已退役名录" });
    await server.api.request(RetireDataResourceDocument, { input: { id: retiring.id, version: retiring.version } });
    expect(await create(chashan.cdoClient, caseInput({ resourceIds: [retiring.id] }))).toEqual({
      error: expect.objectContaining({ code: "INNOVATION_RESOURCE_RETIRED", field: "resourceIds.0" }),
    });
    const { createInnovationCase: other } = await chashan.cdoClient.request(CreateInnovationCaseDocument, {
      input: caseInput({ title: "另一个案例" }) as never,
    });
    const refused = await minzheng.cdoClient.raw(print(UpdateInnovationCaseDocument), { input: { id: other.id, title: "篡改" } });
    expect(refused.errors![0].extensions).toMatchObject({ code: "FORBIDDEN" });
  });

  it("loads a page of resources' cases in a fixed number of statements", async () => {
    for (const name of ["城乡低保对象信息", "殡葬服务记录", "婚姻登记信息"]) {
      const resource = await createResource(server.api, minzheng.unit.id, { name });
      await chashan.cdoClient.request(CreateInnovationCaseDocument, {
        input: caseInput({ title: `${name}应用`, kind: "PUBLIC_DATA_PILOT", resourceIds: [resource.id] }) as never,
      });
    }
    const query =
      'query($first: Int) { dataResources(first: $first, filter: { unitId: "' +
      minzheng.unit.id +
      '" }) { nodes { name innovationCases { title units { name } resources { name } } } } }';
    const run = async (first: number) => {
      const result = await server.api.raw<{ dataResources: { nodes: { innovationCases: unknown[] }[] } }>(query, { first });
      expect(result.errors).toBeUndefined();
      return { statements: sqlStatementsOf(result), cases: result.data!.dataResources.nodes.flatMap((n) => n.innovationCases).length };
    };
    const small = await run(1);
    const large = await run(5);
    expect(large.cases).toBeGreaterThan(small.cases);
    expect(large.statements).toBe(small.statements);
  });
});
