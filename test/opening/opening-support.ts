import { CreateDataResourceDocument, CreateDataResourceInput, PublishOpenDatasetDocument, PublishOpenDatasetInput } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";

/** A general, published resource shared and opened unconditionally: override what the scenario needs. */
function openableResource(providerUnitId: string, overrides: Partial<CreateDataResourceInput> = {}): CreateDataResourceInput {
  return {
    providerUnitId,
    name: "养老服务机构名录",
    summary: "备案养老机构的名称、地址和床位数",
    catalogCategory: "DEPARTMENTAL",
    classificationCode: "301005",
    format: "DATABASE",
    updateFrequency: "QUARTERLY",
    sharingType: "UNCONDITIONAL",
    openType: "UNCONDITIONAL",
    level: "GENERAL",
    status: "PUBLISHED",
    items: [
      { code: "JG001", name: "机构名称", dataType: "STRING" },
      { code: "JG002", name: "床位数", dataType: "NUMBER" },
    ],
    ...overrides,
  };
}

export async function createResource(api: ApiClient, providerUnitId: string, overrides: Partial<CreateDataResourceInput> = {}) {
  return (await api.request(CreateDataResourceDocument, { input: openableResource(providerUnitId, overrides) })).createDataResource;
}

export function publication(resourceId: string, overrides: Partial<PublishOpenDatasetInput> = {}): PublishOpenDatasetInput {
  return {
    resourceId,
    theme: "LIVELIHOOD",
    licence: "CC_BY_4_0",
    distributions: [
      {
        format: "CSV",
        title: "全量",
        accessUrl: "https://opendata.tianning.example.cn/datasets/a",
        downloadUrl: "https://opendata.tianning.example.cn/files/a.csv",
      },
      { format: "API", accessUrl: "https://opendata.tianning.example.cn/api/a" },
    ],
    ...overrides,
  };
}

/** Creates an openable resource and opens it; returns the dataset. */
export async function openDatasetOf(
  api: ApiClient,
  unitId: string,
  resource: Partial<CreateDataResourceInput> = {},
  publish: Partial<PublishOpenDatasetInput> = {},
) {
  const created = await createResource(api, unitId, resource);
  return (await api.request(PublishOpenDatasetDocument, { input: publication(created.id, publish) })).publishOpenDataset;
}

export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
