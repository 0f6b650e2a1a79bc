import { CreateDataResourceDocument, type CreateDataResourceInput } from "../generated/graphql";
import type { TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";

type Resource = Partial<CreateDataResourceInput> & { name: string; providerUnitId: string };

/**
 * A small district whose numbers are easy to add up by hand:
 *
 * | resource | unit (depth) | sharing | open | level | format | status | records | items |
 * |---|---|---|---|---|---|---|---|---|
 * | 网格事件处置记录 | 区卫生健康局 (1) | UNCONDITIONAL | UNCONDITIONAL | GENERAL | DATABASE | PUBLISHED 2026-01-15 | 1000 | 事件编号, 网格名称 |
 * | 医疗机构名录 | 区卫生健康局 (1) | CONDITIONAL | NOT_OPEN | IMPORTANT | SPREADSHEET | PUBLISHED 2025-06-01 | 200 | 机构名称 |
 * | 传染病报告 | 区疾病预防控制中心 (2, under 卫健) | CONDITIONAL | NOT_OPEN | IMPORTANT | DATABASE | PUBLISHED 2026-03-01 | 5000 | 事件类型, 报告日期 |
 * | 网格员名单 | 茶山街道 (1) | UNCONDITIONAL | NOT_OPEN | GENERAL | SPREADSHEET | PUBLISHED 2025-12-31 | — | 姓名, 所属网格 |
 * | 社区事件台账 | 茶山街道 (1) | UNCONDITIONAL | UNCONDITIONAL | GENERAL | DATABASE | DRAFT | 300 | 事件名称, 网格编号 |
 * | 项目审批信息 | 区发展和改革局 (1) | UNCONDITIONAL | NOT_OPEN | GENERAL | API | DRAFT | 50 | — |
 */
/** What the scenarios' resources are unless they say otherwise: a general, unconditionally shared, unopened draft. */
export const DRAFT_DEFAULTS = {
  catalogCategory: "DEPARTMENTAL",
  classificationCode: "301002",
  format: "DATABASE",
  updateFrequency: "DAILY",
  sharingType: "UNCONDITIONAL",
  openType: "NOT_OPEN",
  level: "GENERAL",
  status: "DRAFT",
} as const;

export async function analysisDistrict(server: TestCatalog) {
  const district = await DistrictScenario.create(server.api);
  const health = await district.department("区卫生健康局");
  const cdc = await district.unit("SUBORDINATE", "区疾病预防控制中心", health.id);
  const chashan = await district.staffedUnit("STREET", "茶山街道");
  const reform = await district.department("区发展和改革局");
  const items = (...names: string[]) => names.map((name, i) => ({ code: `F${i + 1}`, name, dataType: "STRING" as const }));
  const conditional = {
    sharingType: "CONDITIONAL" as const,
    sharingConditions: "仅限政务服务使用",
    openType: "NOT_OPEN" as const,
    level: "IMPORTANT" as const,
  };
  const specs: Resource[] = [
    {
      name: "网格事件处置记录",
      providerUnitId: health.id,
      openType: "UNCONDITIONAL",
      status: "PUBLISHED",
      publishedDate: "2026-01-15",
      recordCount: 1000,
      items: items("事件编号", "网格名称"),
    },
    {
      name: "医疗机构名录",
      providerUnitId: health.id,
      ...conditional,
      format: "SPREADSHEET",
      status: "PUBLISHED",
      publishedDate: "2025-06-01",
      recordCount: 200,
      items: items("机构名称"),
    },
    {
      name: "传染病报告",
      providerUnitId: cdc.id,
      ...conditional,
      status: "PUBLISHED",
      publishedDate: "2026-03-01",
      recordCount: 5000,
      items: items("事件类型", "报告日期"),
    },
    {
      name: "网格员名单",
      providerUnitId: chashan.unit.id,
      format: "SPREADSHEET",
      status: "PUBLISHED",
      publishedDate: "2025-12-31",
      items: items("姓名", "所属网格"),
    },
    { name: "社区事件台账", providerUnitId: chashan.unit.id, openType: "UNCONDITIONAL", recordCount: 300, items: items("事件名称", "网格编号") },
    { name: "项目审批信息", providerUnitId: reform.id, format: "API", recordCount: 50 },
  ];
  const resources: Record<string, { id: string; code: string }> = {};
  for (const spec of specs) {
    const { createDataResource } = await server.api.request(CreateDataResourceDocument, {
      input: { ...DRAFT_DEFAULTS, ...spec },
    });
    resources[spec.name] = { id: createDataResource.id, code: createDataResource.code };
  }
  const specialist = (await signedInAs(server.api, chashan.specialist.id)).client;
  const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
  return { district, units: { health, cdc, chashan: chashan.unit, reform }, resources, specialist, analyst };
}
