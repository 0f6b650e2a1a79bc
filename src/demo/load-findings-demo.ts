import { Viewer } from "../common/auth";
import type { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import { addDays } from "../modules/calendar";
import { recordFindings } from "../modules/findings";
import { CatalogCategory, createDataResource } from "../modules/inventory";
import { Unit } from "../modules/organisation";
import { reportQualityIssue } from "../modules/quality";
import { onDay } from "./load-sharing-demo";

/**
 * What the findings dashboard needs beyond the other demos (DOMAIN §6), made through the services on
 * past days: a weekly resource of 兰陵街道 last updated 45 days ago (stale) and a 数据纠错 issue
 * reported on it 40 days ago and never handled (overdue). Then the ledger's first sweep.
 */
export async function loadFindingsDemo(tx: RequestContext): Promise<number> {
  const lanling = (await tx.manager.findOneByOrFail(Unit, { code: "320402006" })).id;
  const today = tx.today();
  const resource = await createDataResource(onDay(tx, addDays(today, -45), Viewer.system(), "createDataResource"), {
    providerUnitId: toGlobalId("Unit", lanling),
    name: "网格巡查日志",
    catalogCategory: CatalogCategory.DEPARTMENTAL,
    classificationCode: "301007",
    summary: "网格员每周巡查的事件、地点和处置结果",
    format: "SPREADSHEET",
    sourceSystem: "兰陵街道网格化社会治理平台",
    updateFrequency: "WEEKLY",
    recordCount: 3600,
    lifecycleStage: "COLLECTION",
    status: "PUBLISHED",
    sharingType: "NOT_SHARED",
    notSharedBasis: "网格员巡查工作记录，仅用于街道内部考核",
    openType: "NOT_OPEN",
    level: "GENERAL",
    nationalInterest: false,
    publicSafety: false,
    tradeSecret: false,
    personalPrivacy: false,
    items: [
      { code: "XC001", name: "巡查日期", dataType: "DATE" },
      { code: "XC002", name: "事件地点", dataType: "STRING", length: 200 },
      { code: "XC003", name: "处置结果", dataType: "STRING", length: 500 },
    ],
  } as Parameters<typeof createDataResource>[1]);
  await reportQualityIssue(onDay(tx, addDays(today, -40), Viewer.system(), "reportQualityIssue"), {
    resourceId: toGlobalId("DataResource", resource.id),
    itemId: null,
    title: "处置结果为空",
    description: "9 月第 2 周的 14 条巡查记录未填写处置结果",
  });
  const sweep = await recordFindings(tx);
  return sweep.open;
}
