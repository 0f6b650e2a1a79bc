import { IsNull } from "typeorm";
import { AccessRole } from "../common/auth";
import type { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import { Appointment, AppointmentRole, Unit } from "../modules/organisation";
import {
  acceptAnnualReport,
  createAnnualReport,
  returnAnnualReport,
  setAnnualReportDeadline,
  submitAnnualReport,
  updateAnnualReport,
} from "../modules/reports";
import { actingAs } from "./load-governance-demo";
import { demoReportDeadline, demoReports } from "./reports.data";

/**
 * 年度述职报告 (DOMAIN §6) through the reports services and policy: each report opened, written and
 * submitted by its unit's CDO in office (so its figures are the demo catalog's), reviewed by the
 * district CDO; the year's deadline set by the district CDO.
 */
export async function loadReportsDemo(tx: RequestContext): Promise<{ annualReports: number }> {
  const year = Number(tx.today().slice(0, 4));
  const districtCdo = (await tx.manager.findOneBy(Appointment, { role: AppointmentRole.DISTRICT_CDO, endDate: IsNull() }))!;
  const asDistrictCdo = actingAs(tx, districtCdo.personId, [AccessRole.DISTRICT_CDO]);
  await setAnnualReportDeadline(asDistrictCdo, year, `${year}-${demoReportDeadline.monthDay}`);
  for (const { unitCode, review, comments, ...text } of demoReports) {
    const unit = (await tx.manager.findOneBy(Unit, { code: unitCode }))!;
    const cdo = (await tx.manager.findOneBy(Appointment, { unitId: unit.id, role: AppointmentRole.UNIT_CDO, endDate: IsNull() }))!;
    const asCdo = actingAs(tx, cdo.personId, [], unit);
    const report = await createAnnualReport(asCdo, { unitId: toGlobalId("Unit", unit.id), year });
    const id = toGlobalId("AnnualReport", report.id);
    await updateAnnualReport(asCdo, { id, ...text });
    if (review === null) continue;
    await submitAnnualReport(asCdo, id);
    if (review === "ACCEPTED") await acceptAnnualReport(asDistrictCdo, id, comments);
    else await returnAnnualReport(asDistrictCdo, id, comments);
  }
  return { annualReports: demoReports.length };
}
