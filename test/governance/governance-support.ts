import type { ApiClient } from "../support/api-client";
import type { TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";

/** The district's civil date (Asia/Shanghai), as the server's "today". */
export const districtToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

export const rowId = (globalId: string): number => Number(Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]);

/** The audit entries written for one record, by operation, oldest first. */
export async function auditOperationsOf(server: TestCatalog, targetType: string, globalId: string): Promise<string[]> {
  const rows: { operation: string }[] = await server.catalog.dataSource.query(
    `SELECT operation FROM audit_entries WHERE target_type = '${targetType}' AND target_id = ${rowId(globalId)} ORDER BY id`,
  );
  return rows.map((r) => r.operation);
}

/** A district with a district CDO in office since 2024-01-01 (signed in) and the CDO before them (2022–2023). */
export async function districtWithCdo(server: TestCatalog) {
  const district = await DistrictScenario.create(server.api);
  const former = await district.person(district.rootId, "区首席数据官甲");
  const current = await district.person(district.rootId, "区首席数据官乙");
  await district.appoint({ unitId: district.rootId, personId: former.id, role: "DISTRICT_CDO", startDate: "2022-01-01" });
  await district.appoint({ unitId: district.rootId, personId: current.id, role: "DISTRICT_CDO", startDate: "2024-01-01" });
  const districtCdo: ApiClient = (await signedInAs(server.api, current.id)).client;
  return { district, districtCdo, districtCdoPerson: current };
}

/** A staffed unit with its CDO and data specialist signed in. */
export async function staffedWithClients(server: TestCatalog, district: DistrictScenario, kind: "STREET" | "DEPARTMENT" | "TOWN", name: string) {
  const staffed = await district.staffedUnit(kind, name);
  return {
    ...staffed,
    cdoClient: (await signedInAs(server.api, staffed.cdo.id)).client,
    specialistClient: (await signedInAs(server.api, staffed.specialist.id)).client,
  };
}
