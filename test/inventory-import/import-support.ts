import { Writable } from "node:stream";
import { print } from "graphql";
import { ImportInventoryDocument, ImportReportFragment } from "../generated/graphql";
import { ApiClient, multipartRequest } from "../support/api-client";
import type { TestCatalog } from "../support/catalog";
import { CatalogCells, CatalogFileFormat } from "../../src/modules/inventory/spreadsheet/catalog-template";
import { writeCatalogRows } from "../../src/modules/inventory/spreadsheet/write-catalog";

export { multipartRequest } from "../support/api-client";

export type ImportReport = ImportReportFragment;

/** Uploads a file to importInventory and returns the report; a GraphQL error fails the test. */
export async function importFile(
  client: ApiClient,
  unitId: string,
  file: Buffer,
  { format = "csv", dryRun = false, name, sheet }: { format?: CatalogFileFormat; dryRun?: boolean; name?: string; sheet?: string } = {},
): Promise<ImportReport> {
  const result = await multipartRequest<{ importInventory: ImportReport }>(
    client,
    print(ImportInventoryDocument),
    { unitId, dryRun, sheet },
    { name: name ?? `inventory.${format}`, content: file },
  );
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data!.importInventory;
}

/** The first GraphQL error of an import expected to be refused. */
export async function importError(client: ApiClient, unitId: string, file: Buffer, name = "inventory.csv", variables: Record<string, unknown> = {}) {
  const result = await multipartRequest(client, print(ImportInventoryDocument), { unitId, ...variables }, { name, content: file });
  if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return result.errors[0];
}

export async function templateFile(rows: Iterable<CatalogCells> | AsyncIterable<CatalogCells>, format: CatalogFileFormat = "csv"): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeCatalogRows(rows, format, sink);
  return Buffer.concat(chunks);
}

/** GET /exports/inventory.(csv|xlsx) with the client's token. */
export async function exportFile(
  client: ApiClient,
  unitId: string,
  format: CatalogFileFormat = "csv",
  includeDescendants = false,
): Promise<{ status: number; body: Buffer; contentType: string | null }> {
  const url = new URL(`/exports/inventory.${format}`, client.url);
  url.searchParams.set("unitId", unitId);
  if (includeDescendants) url.searchParams.set("includeDescendants", "true");
  const response = await fetch(url, { headers: client.token ? { authorization: `Bearer ${client.token}` } : {} });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get("content-type") };
}

export async function tableCounts(server: TestCatalog): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ["data_resources", "data_items", "functions", "data_resource_functions", "audit_entries"]) {
    const [row] = await server.catalog.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}

let resourceSequence = 0;

/**
 * A resource code no other test of this file uses (each file has a database of its own):
 * classification 301002 or the one given. Resources a test creates through the API in 301002
 * take one of these too: a code left to the server (MAX + 1) could be the next one handed out here.
 */
export function freshCode(classification = "301002"): string {
  resourceSequence += 1;
  return `${classification}/${String(100 + resourceSequence).padStart(5, "0")}`;
}

/**
 * A general, conditionally shared, not opened resource of the given unit, as a data specialist
 * fills in the template: override what the scenario needs.
 */
export function resourceCells(unitCode: string, code: string, overrides: CatalogCells = {}): CatalogCells {
  return {
    resourceCode: code,
    resourceName: "城乡居民最低生活保障对象信息",
    providerUnitCode: unitCode,
    catalogCategory: "部门",
    classificationCode: code ? code.slice(0, 6) : "301002",
    summary: "记录低保对象的家庭、收入和救助金发放情况",
    format: "数据库",
    sourceSystem: "江苏省社会救助信息系统",
    updateFrequency: "每月",
    recordCount: "12850",
    lifecycleStage: "共享开放",
    status: "已发布",
    sharingType: "有条件共享",
    sharingConditions: "仅限于社会救助审核使用",
    notSharedBasis: "",
    sharingMethod: "接口",
    openType: "不予开放",
    openConditions: "",
    level: "一般数据",
    nationalInterest: "否",
    publicSafety: "否",
    tradeSecret: "否",
    personalPrivacy: "否",
    publishedDate: "2025-03-01",
    functions: "最低生活保障审核；社会救助",
    ...overrides,
  };
}

export function itemCells(resource: CatalogCells, itemCode: string, itemName: string, overrides: CatalogCells = {}): CatalogCells {
  return {
    ...resource,
    itemCode,
    itemName,
    dataType: "字符型",
    length: "50",
    itemDescription: "",
    personalInformation: "否",
    itemSharingType: "",
    ...overrides,
  };
}

/** A resource with `count` items (XM001…), as rows. */
export function resourceRows(resource: CatalogCells, count: number, item: (i: number) => CatalogCells = () => ({})): CatalogCells[] {
  return Array.from({ length: count }, (_, i) => itemCells(resource, `XM${String(i + 1).padStart(3, "0")}`, `信息项${i + 1}`, item(i)));
}
