import type { DataSource } from "typeorm";
import { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import { withTransaction } from "../common/transaction";
import { appoint, endAppointment } from "../modules/organisation/appointment.service";
import { AppointmentRole, EducationDegree, SpecialistPosition, UnitKind } from "../modules/organisation/organisation.enums";
import { createPerson } from "../modules/organisation/person.service";
import { Unit } from "../modules/organisation/unit.entity";
import { createUnit } from "../modules/organisation/unit.service";
import { demoAppointments, demoPersons, demoUnits } from "./tianning.data";

export interface DemoDataSummary {
  units: number;
  persons: number;
  appointments: number;
}

export async function databaseIsEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.manager.count(Unit)) === 0;
}

/**
 * Loads the Tianning demo district (real unit names and codes, invented people) through the
 * same services, and so the same rules, as the API, in one transaction.
 */
export async function loadDemoData(dataSource: DataSource, districtTimeZone: string): Promise<DemoDataSummary> {
  const ctx = new RequestContext(dataSource, "demo-data", { districtTimeZone });
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
    return { units: demoUnits.length, persons: demoPersons.length, appointments: demoAppointments.length };
  });
}
