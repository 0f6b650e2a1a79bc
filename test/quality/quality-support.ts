import type { DataSource } from "typeorm";
import { CreateDataResourceDocument, CreateDataResourceInput, QualityMeasurementInput, RecordQualityMeasurementsDocument } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";

/** A general, published departmental resource of a unit, with two items: override what the scenario needs. */
function resourceInput(providerUnitId: string, overrides: Partial<CreateDataResourceInput> = {}): CreateDataResourceInput {
  return {
    providerUnitId,
    name: "城乡低保对象名册",
    catalogCategory: "DEPARTMENTAL",
    classificationCode: "301002",
    format: "DATABASE",
    updateFrequency: "MONTHLY",
    sharingType: "UNCONDITIONAL",
    openType: "UNCONDITIONAL",
    level: "GENERAL",
    status: "PUBLISHED",
    items: [
      { code: "XM001", name: "户主姓名", dataType: "STRING", length: 50 },
      { code: "XM002", name: "保障人数", dataType: "NUMBER" },
    ],
    ...overrides,
  };
}

export async function createResource(api: ApiClient, providerUnitId: string, overrides: Partial<CreateDataResourceInput> = {}) {
  return (await api.request(CreateDataResourceDocument, { input: resourceInput(providerUnitId, overrides) })).createDataResource;
}

export function record(api: ApiClient, input: QualityMeasurementInput[]) {
  return api.request(RecordQualityMeasurementsDocument, { input });
}

/** Row counts of the quality tables, to show that a refused batch wrote nothing. */
export async function qualityRowCounts(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ["quality_measurements", "quality_daily", "quality_latest", "quality_unit_daily", "quality_unit_current"]) {
    const [row] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Row id of a global ID (base64url of "Type:id"). */
export const rowId = (globalId: string): number => Number(Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]);
