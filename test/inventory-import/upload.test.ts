import { print } from "graphql";
import { ImportInventoryDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario } from "../support/scenario";
import { freshCode, importError, importFile, multipartRequest, resourceCells, resourceRows, tableCounts, templateFile } from "./import-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const query = print(ImportInventoryDocument);

describe("importInventory over HTTP (GraphQL multipart upload)", () => {
  it("takes the format from the file name, or from the format argument", async () => {
    const unit = await district.department("区发展和改革局");
    const xlsx = await templateFile(resourceRows(resourceCells(unit.code, freshCode()), 2), "xlsx");
    expect(await importFile(server.api, unit.id, xlsx, { format: "xlsx", name: "清单.XLSX" })).toMatchObject({ applied: true, resourcesCreated: 1 });

    const csv = await templateFile(resourceRows(resourceCells(unit.code, freshCode()), 2), "csv");
    const result = await multipartRequest<{ importInventory: { applied: boolean } }>(
      server.api,
      query,
      { unitId: unit.id, format: "CSV" },
      { name: "export-from-another-system.txt", content: csv },
    );
    expect(result.data?.importInventory.applied).toBe(true);

    const unknown = await importError(server.api, unit.id, csv, "清单.txt");
    expect(unknown.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "format" });
  });

  it("reports a file that is not the template as problems, and writes nothing", async () => {
    const unit = await district.department("区应急管理局");
    const before = await tableCounts(server);
    const notTemplate = await importFile(server.api, unit.id, Buffer.from("姓名,电话\r\n张三,123\r\n"));
    expect(notTemplate).toMatchObject({ applied: false, rowsRead: 0 });
    expect(notTemplate.problems[0]).toMatchObject({ row: 0, code: "SPREADSHEET_FORMAT_INVALID" });

    const notXlsx = await importFile(server.api, unit.id, Buffer.from("this is not a zip archive"), { format: "xlsx" });
    expect(notXlsx.problems).toEqual([expect.objectContaining({ row: 0, column: null, code: "SPREADSHEET_FORMAT_INVALID" })]);

    // A value under no header, on row 4: the rows before it are checked and reported too.
    const good = await templateFile(resourceRows(resourceCells(unit.code, freshCode()), 2));
    const stray = Buffer.concat([good, Buffer.from(`${",".repeat(32)}多出来的值\r\n`)]);
    const report = await importFile(server.api, unit.id, stray);
    expect(report).toMatchObject({ applied: false, rowsRead: 2, resourcesCreated: 1 });
    expect(report.problems).toEqual([expect.objectContaining({ row: 4, column: "AG", code: "SPREADSHEET_FORMAT_INVALID" })]);
    expect(await tableCounts(server)).toEqual(before);
  });

  it("keeps Apollo's CSRF prevention: a multipart request without apollo-require-preflight is refused", async () => {
    const unit = await district.department("区人力资源和社会保障局");
    const before = await tableCounts(server);
    const file = await templateFile(resourceRows(resourceCells(unit.code, freshCode()), 1));
    const refused = await multipartRequest(server.api, query, { unitId: unit.id }, { name: "inventory.csv", content: file }, { preflight: false });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.message).toMatch(/^此请求可能是跨站请求伪造（CSRF），已被拦截/);
    const inEnglish = await multipartRequest(
      server.api.inLanguage("en"),
      query,
      { unitId: unit.id },
      { name: "inventory.csv", content: file },
      { preflight: false },
    );
    expect(inEnglish.errors?.[0]?.message).toMatch(/^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/);
    expect(await tableCounts(server)).toEqual(before);
  });

  it("refuses anonymous callers, bad unit IDs and a request without a file", async () => {
    const unit = await district.department("区财政局");
    const file = await templateFile(resourceRows(resourceCells(unit.code, freshCode()), 1));
    expect((await importError(server.anonymous, unit.id, file)).extensions?.code).toBe("UNAUTHENTICATED");
    expect((await importError(server.api, "bad-id", file)).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "unitId" });
    expect((await importError(server.api, Buffer.from("Unit:999999").toString("base64url"), file)).extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "unitId",
    });
    // A JSON request cannot carry a file.
    const json = await server.api.raw(query, { unitId: unit.id, file: "inventory.csv" });
    expect(json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers a malformed multipart body with a GraphQL-shaped 400", async () => {
    const response = await fetch(server.api.url, {
      method: "POST",
      headers: { authorization: `Bearer ${server.api.token}`, "apollo-require-preflight": "true", "content-type": "multipart/form-data; boundary=x" },
      body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{not json\r\n--x--\r\n',
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("BAD_REQUEST");
  });
});
