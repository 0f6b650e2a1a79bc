import type { DataSource } from "typeorm";
import { Viewer } from "../common/auth";
import { ContextSettings, RequestContext } from "../common/context";
import { AccountKind, createAccount } from "../modules/access";
import { toGlobalId } from "../common/global-id";
import { withTransaction } from "../common/transaction";
import {
  appoint,
  AppointmentRole,
  createPerson,
  createUnit,
  EducationDegree,
  endAppointment,
  SpecialistPosition,
  Unit,
  UnitKind,
} from "../modules/organisation";
import { categoryOfClassification, createDataResource, createFunction, type CreateDataResourceInput } from "../modules/inventory";
import { demoFunctions, demoResources } from "./tianning-inventory.data";
import { loadOpenDataDemo } from "./load-opening-demo";
import { demoAppointments, demoPersons, demoUnits } from "./tianning.data";
import { loadCalendarDemo, loadSharingDemo } from "./load-sharing-demo";
import { loadQualityDemo } from "./load-quality-demo";
import { loadProjectsDemo } from "./load-projects-demo";
import { loadGovernanceDemo } from "./load-governance-demo";
import { loadReportsDemo } from "./load-reports-demo";
import { loadEvaluationDemo } from "./load-evaluation-demo";
import { loadFindingsDemo } from "./load-findings-demo";

interface DemoAccount {
  username: string;
  password: string;
  role: string;
}

export interface DemoDataSummary {
  units: number;
  persons: number;
  appointments: number;
  dataResources: number;
  accounts: DemoAccount[];
}

/** One sign-in per role, printed by `npm start` in demo mode. Demo only: never in production. */
export const DEMO_PASSWORD = "tianning-demo";
export const demoAccounts: { username: string; role: string; personKey?: string; unitCode?: string; grant?: "districtAdministrator" | "analyst" }[] = [
  { username: "admin", role: "district administrator (区数字政府建设工作领导小组办公室)", grant: "districtAdministrator" },
  { username: "district.cdo", role: "district CDO (区首席数据官)", unitCode: "320402" },
  { username: "chashan.cdo", role: "unit CDO of 茶山街道", unitCode: "320402003" },
  { username: "chashan.specialist", role: "data specialist of 茶山街道", unitCode: "320402003" },
  { username: "weijian.specialist", role: "data specialist of 区卫生健康局 (an overdue sharing request waits for it)", unitCode: "320402-B12" },
  { username: "analyst", role: "analyst (read-only, no personal information)", grant: "analyst" },
];

export async function databaseIsEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.manager.count(Unit)) === 0;
}

/**
 * Loads the Tianning demo district (real unit names and codes, invented people) through the
 * same services, and so the same rules, as the API, in one transaction.
 */
/** `clock`: the catalog's clock (tests set it), so the demo's "today" is the day its requests see. */
export async function loadDemoData(dataSource: DataSource, settings: ContextSettings, clock?: () => Date): Promise<DemoDataSummary> {
  const ctx = new RequestContext(dataSource, "demo-data", settings, Viewer.system(), undefined, clock);
  return withTransaction(ctx, async (tx) => {
    const unitIds = new Map<string, string>();
    for (const unit of demoUnits) {
      const created = await createUnit(tx, {
        kind: unit.kind as UnitKind,
        code: unit.code,
        name: unit.name,
        parentId: unit.parentCode ? unitIds.get(unit.parentCode)! : null,
      });
      unitIds.set(unit.code, toGlobalId("Unit", created.id));
    }

    const personIds = new Map<string, string>();
    for (const { key, unitCode, educationDegree, ...person } of demoPersons) {
      const created = await createPerson(tx, { ...person, unitId: unitIds.get(unitCode)!, educationDegree: educationDegree as EducationDegree | null });
      personIds.set(key, toGlobalId("Person", created.id));
    }

    // In start-date order, so successions happen as they did; a term that ended is ended right away.
    const currentHolder = (unitCode: string, role: string) =>
      demoAppointments.find((a) => a.unitCode === unitCode && a.role === role && a.endDate === null)?.personKey;

    const chronological = [...demoAppointments].sort((a, b) => a.startDate.localeCompare(b.startDate));
    for (const a of chronological) {
      const { appointment } = await appoint(tx, {
        unitId: unitIds.get(a.unitCode)!,
        personId: personIds.get(a.personKey)!,
        role: a.role as AppointmentRole,
        startDate: a.startDate,
        documentNumber: a.documentNumber,
        qualificationExceptionReason: a.qualificationExceptionReason,
        specialistPosition: a.specialistPosition as SpecialistPosition | null,
      });
      if (a.endDate) {
        await endAppointment(tx, { appointmentId: toGlobalId("Appointment", appointment.id), endDate: a.endDate, reason: a.endReason });
      }
    }
    // The function-data inventory, through the same rules as the API.
    const functionIds = new Map<string, string>();
    for (const fn of demoFunctions) {
      const created = await createFunction(tx, { unitId: unitIds.get(fn.unitCode)!, name: fn.name, legalBasis: fn.legalBasis });
      functionIds.set(`${fn.unitCode}:${fn.name}`, toGlobalId("Function", created.id));
    }
    for (const { unitCode, functions, ...resource } of demoResources) {
      await createDataResource(tx, {
        ...resource,
        providerUnitId: unitIds.get(unitCode)!,
        catalogCategory: categoryOfClassification(resource.classificationCode)!,
        nationalInterest: false,
        publicSafety: resource.publicSafety ?? false,
        tradeSecret: resource.tradeSecret ?? false,
        personalPrivacy: resource.personalPrivacy ?? false,
        functionIds: functions.map((name) => functionIds.get(`${unitCode}:${name}`)!),
      } as CreateDataResourceInput);
    }
    await loadCalendarDemo(tx);
    await loadSharingDemo(tx);
    await loadOpenDataDemo(tx);

    await loadQualityDemo(tx); // rules, 90 days of measurements, 数据纠错 issues
    await loadProjectsDemo(tx); // IT projects: a veto and its resubmission, the 500,000-yuan boundary, an approval, a withdrawal
    await loadGovernanceDemo(tx); // a joint meeting with an overdue action item, training, innovation cases
    await loadReportsDemo(tx); // annual reports: 茶山街道 accepted, 区发展和改革局 returned, 天宁街道 a draft, 红梅街道 missing
    await loadEvaluationDemo(tx); // 履职评价: the year's indicator system, manual scores, a published run over all of the above
    const accounts: DemoAccount[] = [];
    for (const account of demoAccounts) {
      const role = account.username === "district.cdo" ? "DISTRICT_CDO" : account.username.endsWith(".cdo") ? "UNIT_CDO" : "DATA_SPECIALIST";
      const personKey = account.unitCode ? currentHolder(account.unitCode, role) : undefined;
      await createAccount(tx, {
        username: account.username,
        password: DEMO_PASSWORD,
        kind: AccountKind.PERSON,
        personId: personKey ? personIds.get(personKey)! : null,
        districtAdministrator: account.grant === "districtAdministrator",
        analyst: account.grant === "analyst",
        // The demo password is printed in the README: a 2^17 hash would protect nothing and cost seconds at the first start.
        passwordHashCost: 10,
      });
      accounts.push({ username: account.username, password: DEMO_PASSWORD, role: account.role });
    }
    await loadFindingsDemo(tx); // a stale resource and an overdue 数据纠错 issue, then the findings ledger's first sweep (问题台账)
    return { units: demoUnits.length, persons: demoPersons.length, appointments: demoAppointments.length, dataResources: demoResources.length, accounts };
  });
}
