import ExcelJS from "exceljs";
import { CreateDataResourceDocument, CreateFunctionDocument } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import type { DistrictScenario } from "../support/scenario";
import { freshCode } from "../inventory-import/import-support";

export interface Download {
  status: number;
  body: Buffer;
  headers: Headers;
  /** The error's extensions, for a refusal. */
  error?: { code: string; field?: string };
}

/** A plain GET, as a browser follows a link: no Authorization header unless a client is given. */
export async function download(base: string, path: string, client?: ApiClient): Promise<Download> {
  const response = await fetch(new URL(path, base), { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });
  const body = Buffer.from(await response.arrayBuffer());
  const error = response.status >= 400 ? (JSON.parse(body.toString()) as { errors: { extensions: Download["error"] }[] }).errors[0].extensions : undefined;
  return { status: response.status, body, headers: response.headers, error };
}

export async function workbookOf(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as objects keyed by header: what a person reading the sheet sees, with the cells' own types. */
export function sheetRecords(sheet: ExcelJS.Worksheet): Record<string, ExcelJS.CellValue>[] {
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((value) => String(value ?? ""));
  const records: Record<string, ExcelJS.CellValue>[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const record: Record<string, ExcelJS.CellValue> = {};
    row.eachCell((cell, column) => (record[headers[column]] = cell.value));
    records.push(record);
  });
  return records;
}

/**
 * A unit with a published resource of 101,648 records and three items (one coded 001), a second
 * published one of 1,234 records without items, and a draft of 500 records: made through the
 * API, as a front end would. A unit's name makes a new department.
 */
export async function unitWithInventory(api: ApiClient, district: DistrictScenario, nameOrUnit: string | { id: string; code: string; name: string }) {
  const unit = typeof nameOrUnit === "string" ? await district.department(nameOrUnit) : nameOrUnit;
  const { createFunction } = await api.request(CreateFunctionDocument, {
    input: { unitId: unit.id, name: "城乡低保审核", legalBasis: "《社会救助暂行办法》" },
  });
  const create = async (input: Record<string, unknown>) =>
    (
      await api.request(CreateDataResourceDocument, {
        input: {
          providerUnitId: unit.id,
          catalogCategory: "DEPARTMENTAL",
          classificationCode: "301002",
          format: "DATABASE",
          updateFrequency: "MONTHLY",
          sharingType: "UNCONDITIONAL",
          openType: "NOT_OPEN",
          level: "GENERAL",
          status: "PUBLISHED",
          code: freshCode(),
          ...input,
        } as never,
      })
    ).createDataResource;
  const assistance = await create({
    name: "最低生活保障对象信息",
    recordCount: 101648,
    publishedDate: "2025-03-01",
    sharingType: "CONDITIONAL",
    sharingConditions: "仅限社会救助审核使用",
    functionIds: [createFunction.id],
    items: [
      { code: "001", name: "姓名", dataType: "STRING", length: 50, personalInformation: true },
      { code: "002", name: "公民身份号码", dataType: "STRING", length: 18, personalInformation: true },
      { code: "003", name: "保障金额", dataType: "NUMBER", length: 12 },
    ],
  });
  const visits = await create({ name: "走访记录汇总", recordCount: 1234, publishedDate: "2024-12-01" });
  const draft = await create({
    name: "救助对象动态（草稿）",
    recordCount: 500,
    status: "DRAFT",
    items: [{ code: "001", name: "对象编号", dataType: "STRING" }],
  });
  return { unit, assistance, visits, draft, functionName: createFunction.name };
}
