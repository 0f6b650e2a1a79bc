import jsonld from "jsonld";
import { WithdrawOpenDatasetDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { httpRequest } from "../support/http-request";
import { DistrictScenario } from "../support/scenario";
import { createResource, openDatasetOf } from "./opening-support";

/**
 * Harvesting by other portals: the catalog as DCAT-AP JSON-LD, parsed as JSON-LD (expanded, so
 * the terms are checked as full IRIs), and CKAN's read actions answering as CKAN does.
 */
let server: TestCatalog;
let base: string;
let live: Awaited<ReturnType<typeof openDatasetOf>>;
let second: Awaited<ReturnType<typeof openDatasetOf>>;
let withdrawn: Awaited<ReturnType<typeof openDatasetOf>>;

const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";

beforeAll(async () => {
  server = await startTestCatalog();
  base = server.catalog.url.replace(/\/graphql$/, "");
  const district = await DistrictScenario.create(server.api);
  const civil = await district.department("区民政局");
  const health = await district.department("区卫生健康局");
  live = await openDatasetOf(server.api, civil.id, { name: "养老服务机构名录", summary: "备案养老机构的名称和床位数" }, { issued: "2025-02-01" });
  second = await openDatasetOf(
    server.api,
    health.id,
    { name: "医疗机构执业信息", summary: "执业许可和诊疗科目", classificationCode: "301006" },
    { theme: "HEALTH", issued: "2025-03-01", distributions: [{ format: "JSON", accessUrl: "https://opendata.tianning.example.cn/yl" }] },
  );
  withdrawn = await openDatasetOf(server.api, civil.id, { name: "撤回的名录" }, { issued: "2025-01-01" });
  await server.api.request(WithdrawOpenDatasetDocument, { input: { id: withdrawn.id, reason: "口径调整" } });
  // Never opened: must appear nowhere.
  await createResource(server.api, civil.id, { name: "未开放的资源", openType: "NOT_OPEN" });
});
afterAll(() => server.stop());

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}

type Expanded = Record<string, { "@id"?: string; "@value"?: string; "@language"?: string; "@type"?: string }[] & unknown[]>;

describe("DCAT-AP JSON-LD", () => {
  it("lists every open dataset with its distributions, in DCAT terms that expand as JSON-LD", async () => {
    const { status, headers, body } = await get("/open-data/catalog.jsonld");
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/ld\+json/);
    expect(headers.get("access-control-allow-origin")).toBe("*");

    const expanded = (await jsonld.expand(body as jsonld.JsonLdDocument)) as Expanded[];
    const catalog = expanded.find((node) => (node["@type"] as unknown as string[])?.includes(`${DCAT}Catalog`))!;
    expect(catalog).toBeDefined();
    const datasets = catalog[`${DCAT}dataset`] as unknown as Expanded[];
    const identifiers = datasets.map((d) => d[`${DCT}identifier`][0]["@value"]);
    expect(identifiers.sort()).toEqual([live.identifier, second.identifier].sort());

    const dataset = datasets.find((d) => d[`${DCT}identifier`][0]["@value"] === live.identifier)!;
    expect(dataset["@type"]).toEqual([`${DCAT}Dataset`]);
    expect(dataset[`${DCT}title`]).toEqual([{ "@value": "养老服务机构名录", "@language": "zh" }]);
    expect(dataset[`${DCAT}theme`]).toEqual([{ "@id": "http://publications.europa.eu/resource/authority/data-theme/SOCI" }]);
    expect(dataset[`${DCT}issued`]).toEqual([{ "@value": "2025-02-01", "@type": "http://www.w3.org/2001/XMLSchema#date" }]);
    expect(dataset[`${DCT}modified`][0]["@type"]).toBe("http://www.w3.org/2001/XMLSchema#dateTime");
    expect(dataset[`${DCT}license`]).toEqual([{ "@id": "https://creativecommons.org/licenses/by/4.0/" }]);
    const publisher = (dataset[`${DCT}publisher`] as unknown as Expanded[])[0];
    expect(publisher["http://xmlns.com/foaf/0.1/name"]).toEqual([{ "@value": "区民政局", "@language": "zh" }]);

    const distributions = dataset[`${DCAT}distribution`] as unknown as Expanded[];
    expect(distributions).toHaveLength(2);
    expect(distributions[0]["@type"]).toEqual([`${DCAT}Distribution`]);
    expect(distributions[0][`${DCAT}accessURL`]).toEqual([{ "@id": "https://opendata.tianning.example.cn/datasets/a" }]);
    expect(distributions[0][`${DCAT}downloadURL`]).toEqual([{ "@id": "https://opendata.tianning.example.cn/files/a.csv" }]);
    expect(distributions[0][`${DCAT}mediaType`]).toEqual([{ "@id": "https://www.iana.org/assignments/media-types/text/csv" }]);
    expect(distributions[0][`${DCT}format`]).toEqual([{ "@id": "http://publications.europa.eu/resource/authority/file-type/CSV" }]);
    expect(JSON.stringify(body)).not.toContain("未开放的资源");
  });
});

describe("the CKAN action API (read part)", () => {
  it("package_list: the open datasets' names, offset-paged", async () => {
    const all = await get("/api/3/action/package_list");
    expect(all.status).toBe(200);
    expect(all.headers.get("access-control-allow-origin")).toBe("*");
    expect(all.body).toMatchObject({ success: true, help: `${base}/api/3/action/help_show?name=package_list` });
    const names = [live.identifier, second.identifier].map((id) => id.replace("/", "-")).sort();
    expect(all.body.result).toEqual(names);
    expect((await get("/api/3/action/package_list?limit=1&offset=1")).body.result).toEqual([names[1]]);
    const bad = await get("/api/3/action/package_list?offset=-1");
    expect(bad.status).toBe(409);
    expect(bad.body).toMatchObject({ success: false, error: { __type: "Validation Error", offset: [expect.any(String)] } });
  });

  it("package_show: a dataset by name or id, CKAN's 404 and 409 otherwise, withdrawn ones as deleted", async () => {
    const byName = await get(`/api/3/action/package_show?id=${live.identifier.replace("/", "-")}`);
    expect(byName.status).toBe(200);
    expect(byName.body.result).toMatchObject({
      id: live.id,
      name: live.identifier.replace("/", "-"),
      title: "养老服务机构名录",
      notes: "备案养老机构的名称和床位数",
      state: "active",
      private: false,
      type: "dataset",
      license_id: "cc-by-4.0",
      organization: { title: "区民政局", is_organization: true },
      num_resources: 2,
      resources: [
        { format: "CSV", mimetype: "text/csv", url: "https://opendata.tianning.example.cn/files/a.csv", position: 0 },
        { format: "API", url: "https://opendata.tianning.example.cn/api/a", position: 1 },
      ],
    });
    expect((await get(`/api/3/action/package_show?id=${encodeURIComponent(second.id)}`)).body.result).toMatchObject({ id: second.id });
    const gone = await get(`/api/3/action/package_show?id=${encodeURIComponent(withdrawn.id)}`);
    expect(gone.body.result).toMatchObject({ state: "deleted", resources: [], num_resources: 0 });

    const missing = await get("/api/3/action/package_show?id=no-such-dataset");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      help: `${base}/api/3/action/help_show?name=package_show`,
      success: false,
      error: { __type: "Not Found Error", message: expect.any(String) },
    });
    const noId = await get("/api/3/action/package_show");
    expect(noId.status).toBe(409);
    expect(noId.body).toMatchObject({ success: false, error: { __type: "Validation Error", id: [expect.any(String)] } });
    const english = await get("/api/3/action/package_show", { "accept-language": "en" });
    expect(english.body).toMatchObject({ error: { id: ["Missing value"] } });
  });

  it("package_search: q over titles and descriptions, rows and start, rows capped as CKAN caps them", async () => {
    const all = await get("/api/3/action/package_search");
    expect(all.status).toBe(200);
    const result = all.body.result as { count: number; results: { id: string }[]; facets: object; search_facets: object; sort: string };
    expect(result).toMatchObject({ count: 2, facets: {}, search_facets: {} });
    // Newest first.
    expect(result.results.map((r) => r.id)).toEqual([second.id, live.id]);
    expect(((await get("/api/3/action/package_search?q=*:*")).body.result as { count: number }).count).toBe(2);

    const found = (await get(`/api/3/action/package_search?q=${encodeURIComponent("养老")}`)).body.result as typeof result;
    expect([found.count, found.results.map((r) => r.id)]).toEqual([1, [live.id]]);
    const paged = (await get("/api/3/action/package_search?rows=1&start=1")).body.result as typeof result;
    expect([paged.count, paged.results.map((r) => r.id)]).toEqual([2, [live.id]]);
    const none = (await get("/api/3/action/package_search?rows=0")).body.result as typeof result;
    expect([none.count, none.results]).toEqual([2, []]);
    // More rows than ckan.search.rows_max (1000): capped, not refused.
    const capped = await get("/api/3/action/package_search?rows=5000");
    expect([capped.status, (capped.body.result as typeof result).results.length]).toEqual([200, 2]);

    for (const query of ["start=-1", "rows=abc", `q=${"长".repeat(101)}`]) {
      const bad = await get(`/api/3/action/package_search?${encodeURI(query)}`);
      expect([query, bad.status, (bad.body.error as { __type: string }).__type]).toEqual([query, 409, "Validation Error"]);
    }
  });

  it("lets a browser on any origin read it (GET, preflight included), and never reads credentials", async () => {
    const preflight = await httpRequest(`${base}/api/3/action/package_list`, {
      method: "OPTIONS",
      headers: { origin: "https://portal.example.org", "access-control-request-method": "GET" },
    });
    expect([preflight.status, preflight.headers["access-control-allow-origin"], preflight.headers["access-control-allow-methods"]]).toEqual([204, "*", "GET"]);
    expect(preflight.headers["access-control-allow-credentials"]).toBeUndefined();
    // A token (even a bad one) changes nothing: the routes act as an anonymous visitor.
    const withToken = await get("/api/3/action/package_list", { authorization: "Bearer not-a-token", origin: "https://portal.example.org" });
    expect([withToken.status, withToken.headers.get("access-control-allow-origin")]).toEqual([200, "*"]);
  });

  it("answers an unknown action with CKAN's 400", async () => {
    const unknown = await get("/api/3/action/package_delete");
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ success: false, error: { __type: "Bad Request" } });
  });
});
