import { ConveneJointMeetingDocument, RecordMeetingResolutionDocument } from "../generated/graphql";
import type { ApiClient } from "../support/api-client";
import type { TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";

/** The district's civil date (Asia/Shanghai), as the server's "today" (or as a clock that many days on sees it). */
export const districtToday = (daysOn = 0) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() + daysOn * 86_400_000));

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

/** A district CDO in office since 2024-01-01 for an existing district (signed in), made once per district. */
const cdoOfDistrict = new Map<string, Promise<ApiClient>>();
export function districtCdoOf(server: TestCatalog, district: DistrictScenario): Promise<ApiClient> {
  let client = cdoOfDistrict.get(district.rootId);
  if (!client) {
    client = (async () => {
      const person = await district.person(district.rootId, "区首席数据官");
      await district.appoint({ unitId: district.rootId, personId: person.id, role: "DISTRICT_CDO", startDate: "2024-01-01" });
      return (await signedInAs(server.api, person.id)).client;
    })();
    cdoOfDistrict.set(district.rootId, client);
  }
  return client;
}

/** A meeting convened by the district CDO inviting a fresh staffed street, with one open action item for it (or one per due date given). */
export async function meetingWithActionItem(server: TestCatalog, district: DistrictScenario, name: string, dueDates: readonly string[] = ["2099-01-01"]) {
  const districtCdo = await districtCdoOf(server, district);
  const street = await staffedWithClients(server, district, "STREET", name);
  const { conveneJointMeeting: meeting } = await districtCdo.request(ConveneJointMeetingDocument, {
    input: { title: "联席会议", heldOn: "2024-03-01", invitedUnitIds: [street.unit.id], agenda: ["议题"] },
  });
  const { recordMeetingResolution: resolution } = await districtCdo.request(RecordMeetingResolutionDocument, {
    input: {
      meetingId: meeting.id,
      kind: "STRATEGIC_DECISION",
      content: "决议",
      actionItems: dueDates.map((dueDate) => ({ unitId: street.unit.id, task: "落实", dueDate })),
    },
  });
  return { districtCdo, street, meeting, resolution, actionItemId: resolution.actionItems[0].id };
}
