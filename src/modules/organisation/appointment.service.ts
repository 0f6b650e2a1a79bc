import { recordChange } from "../../common/audit";
import { forbidden, requireDistrictReader, requireReadable, requireSignedIn, requireUnitAccess } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput, CatalogError, CommonErrorCode, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { withTransaction } from "../../common/transaction";
import { Appointment } from "./appointment.entity";
import {
  appointmentActiveOnCondition,
  isExceptionQualifiedCdo,
  isSpecialistOutsidePosition,
  meetsCdoQualification,
  qualificationApplies,
  requiresCdoAndSpecialist,
  roleAllowedOn,
} from "./appointment.policy";
import { AppointmentRole, UnitKind } from "./organisation.enums";
import { OrganisationError, OrganisationErrorCode } from "./organisation.errors";
import type { AppointInput, AppointmentCoverage, EndAppointmentInput } from "./organisation.types";
import { Person } from "./person.entity";
import { Unit } from "./unit.entity";
import { RecordNames } from "../../common/messages";
import { OrganisationMessages } from "./organisation.messages";

const DISTRICT_ROLES = [AppointmentRole.DISTRICT_CDO, AppointmentRole.DISTRICT_CHIEF_DATA_EXECUTIVE];

export interface AppointmentResult {
  appointment: Appointment;
  endedPredecessor: Appointment | null;
}

/**
 * Appoints a person to a role on a unit (DOMAIN §1). At most one open term per (unit, role):
 * the current holder's term ends on the successor's start date, and the history is kept.
 */
/**
 * Who may appoint: the district office appoints CDOs and the district roles; a unit's CDO (or
 * the district office) appoints the unit's data specialist.
 */
function requireMayAppoint(ctx: RequestContext, unit: Unit, role: AppointmentRole): void {
  if (role === AppointmentRole.DATA_SPECIALIST) return requireUnitAccess(ctx, unit, "manage");
  if (!ctx.viewer.districtAdministrator) throw forbidden(OrganisationMessages.onlyDistrictAppoints(role));
}

export async function appoint(ctx: RequestContext, input: AppointInput): Promise<AppointmentResult> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const unit = await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", input.unitId, "unitId") });
    if (!unit) throw notFound(RecordNames.Unit, "unitId");
    requireMayAppoint(tx, unit, input.role);
    const person = await tx.manager.findOneBy(Person, { id: rowIdOf("Person", input.personId, "personId") });
    if (!person) throw notFound(RecordNames.Person, "personId");
    if (!tx.viewer.districtAdministrator) {
      // A unit CDO appoints from the unit's own staff (its sections or subordinate units), not another unit's;
      // a person the caller may not even read answers as a missing one.
      const personUnit = (await tx.manager.findOneBy(Unit, { id: person.unitId }))!;
      requireReadable(tx, personUnit, notFound(RecordNames.Person, "personId"));
      if (!personUnit.path.startsWith(unit.path)) throw forbidden(OrganisationMessages.personOutsideUnit(person.name, unit.name));
    }

    if (!roleAllowedOn(input.role, unit.kind)) {
      const districtRole = DISTRICT_ROLES.includes(input.role);
      throw new OrganisationError(
        OrganisationErrorCode.ROLE_NOT_ALLOWED_FOR_UNIT,
        OrganisationMessages.roleNotAllowed(input.role, unit.name, unit.kind, districtRole),
        { field: "role" },
      );
    }

    const specialistPosition = input.specialistPosition ?? null;
    if (input.role === AppointmentRole.DATA_SPECIALIST && !specialistPosition) {
      throw badUserInput("specialistPosition", OrganisationMessages.specialistPositionRequired);
    }
    if (input.role !== AppointmentRole.DATA_SPECIALIST && specialistPosition) {
      throw badUserInput("specialistPosition", OrganisationMessages.specialistPositionOnlyForSpecialists);
    }

    const exceptionReason = input.qualificationExceptionReason?.trim() || null;
    const qualified = !qualificationApplies(input.role) || meetsCdoQualification(person);
    if (qualified && exceptionReason) {
      throw badUserInput(
        "qualificationExceptionReason",
        qualificationApplies(input.role) ? OrganisationMessages.exceptionNotNeeded(person.name) : OrganisationMessages.qualificationOnlyForCdos(input.role),
      );
    }
    if (!qualified && !exceptionReason) {
      throw new OrganisationError(OrganisationErrorCode.CDO_NOT_QUALIFIED, OrganisationMessages.cdoNotQualified(person.name), { field: "personId" });
    }

    const history = await tx.manager.find(Appointment, { where: { unitId: unit.id, role: input.role }, order: { startDate: "DESC" } });
    const open = history.find((a) => a.endDate === null) ?? null;
    if (open && open.personId === person.id) {
      throw new OrganisationError(
        OrganisationErrorCode.ROLE_ALREADY_FILLED,
        OrganisationMessages.roleAlreadyFilled(person.name, input.role, unit.name, open.startDate),
        {
          field: "personId",
        },
      );
    }
    const clash = history.find((a) => (a === open ? a.startDate >= input.startDate : a.endDate! > input.startDate));
    if (clash) {
      throw new OrganisationError(
        OrganisationErrorCode.APPOINTMENT_PERIOD_OVERLAPS,
        OrganisationMessages.periodOverlaps(input.role, unit.name, clash.startDate, clash.endDate),
        { field: "startDate" },
      );
    }

    const now = tx.now();
    if (open) {
      const before = { ...open };
      open.endDate = input.startDate;
      open.endReason = "由继任者接任 (succeeded)";
      open.openTerm = null;
      open.updatedAt = now;
      await endOpenTerm(tx, open);
      await recordChange(tx, { type: "Appointment", id: open.id, unit }, before, open);
    }
    const appointment = tx.manager.create(Appointment, {
      unitId: unit.id,
      personId: person.id,
      role: input.role,
      startDate: input.startDate,
      endDate: null,
      documentNumber: input.documentNumber?.trim() || null,
      qualificationExceptionReason: qualified ? null : exceptionReason,
      specialistPosition,
      endReason: null,
      openTerm: 1,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(Appointment, appointment);
    await recordChange(tx, { type: "Appointment", id: appointment.id, unit }, null, appointment);
    return { appointment, endedPredecessor: open };
  });
}

/**
 * Ends a term only if it is still open when the UPDATE runs: a concurrent request that ended it
 * first makes this one fail with CONFLICT instead of overwriting its end date.
 */
async function endOpenTerm(tx: RequestContext, term: Appointment): Promise<void> {
  const result = await tx.manager.update(
    Appointment,
    { id: term.id, openTerm: 1 },
    { endDate: term.endDate, endReason: term.endReason, openTerm: null, updatedAt: term.updatedAt },
  );
  if (result.affected === 0) {
    throw new CatalogError(CommonErrorCode.CONFLICT, OrganisationMessages.termEndedConcurrently);
  }
}

export async function endAppointment(ctx: RequestContext, input: EndAppointmentInput): Promise<Appointment> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const appointment = await tx.manager.findOneBy(Appointment, { id: rowIdOf("Appointment", input.appointmentId, "appointmentId") });
    if (!appointment) throw notFound(RecordNames.Appointment, "appointmentId");
    const unit = (await tx.manager.findOneBy(Unit, { id: appointment.unitId }))!;
    requireReadable(tx, unit, notFound(RecordNames.Appointment, "appointmentId"));
    requireMayAppoint(tx, unit, appointment.role);
    const before = { ...appointment };
    if (appointment.endDate !== null) {
      throw new OrganisationError(OrganisationErrorCode.APPOINTMENT_ALREADY_ENDED, OrganisationMessages.appointmentAlreadyEnded(appointment.endDate), {
        field: "appointmentId",
      });
    }
    if (input.endDate <= appointment.startDate) {
      throw badUserInput("endDate", OrganisationMessages.endBeforeStart(appointment.startDate));
    }
    appointment.endDate = input.endDate;
    appointment.endReason = input.reason?.trim() || null;
    appointment.openTerm = null;
    appointment.updatedAt = tx.now();
    await endOpenTerm(tx, appointment);
    await recordChange(tx, { type: "Appointment", id: appointment.id, unit }, before, appointment);
    return appointment;
  });
}

/** Staffing findings: units missing a CDO or a specialist, vacant district roles, exceptions. */
export async function appointmentCoverage(ctx: RequestContext, asOf: string | undefined, underUnitId?: string): Promise<AppointmentCoverage> {
  const day = asOf ?? ctx.today();
  const unitQuery = ctx.manager.createQueryBuilder(Unit, "unit").orderBy("unit.code", "ASC");
  if (underUnitId) {
    const under = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", underUnitId, "underUnitId") });
    if (!under) throw notFound(RecordNames.Unit, "underUnitId");
    requireUnitAccess(ctx, under, "read");
    unitQuery.where("unit.path LIKE :under", { under: `${under.path}%` });
  } else {
    requireDistrictReader(ctx, OrganisationMessages.seeDistrictCoverage);
  }
  const units = await unitQuery.getMany();
  const unitIds = units.map((u) => u.id);
  const active = unitIds.length
    ? await ctx.manager
        .createQueryBuilder(Appointment, "a")
        .where("a.unitId IN (:...unitIds)", { unitIds })
        .andWhere(appointmentActiveOnCondition("a", "day"), { day })
        .orderBy("a.unitId", "ASC")
        .getMany()
    : [];

  const holds = (unit: Unit, role: AppointmentRole) => active.some((a) => a.unitId === unit.id && a.role === role);
  const requiring = units.filter((u) => requiresCdoAndSpecialist(u.kind));
  const root = units.find((u) => u.kind === UnitKind.DISTRICT);
  return {
    asOf: day,
    unitsRequiringAppointments: requiring.length,
    fullyStaffedUnits: requiring.filter((u) => holds(u, AppointmentRole.UNIT_CDO) && holds(u, AppointmentRole.DATA_SPECIALIST)).length,
    unitsMissingCdo: requiring.filter((u) => !holds(u, AppointmentRole.UNIT_CDO)),
    unitsMissingDataSpecialist: requiring.filter((u) => !holds(u, AppointmentRole.DATA_SPECIALIST)),
    vacantDistrictRoles: root ? DISTRICT_ROLES.filter((role) => !holds(root, role)) : [],
    exceptionQualifiedCdos: active.filter(isExceptionQualifiedCdo),
    specialistsOutsidePosition: active.filter(isSpecialistOutsidePosition),
  };
}

/** The unit's responsible CDO today: the district CDO for the root, the unit CDO elsewhere. */
export function responsibleCdo(unit: Unit, current: Appointment[]): Appointment | null {
  const role = unit.kind === UnitKind.DISTRICT ? AppointmentRole.DISTRICT_CDO : AppointmentRole.UNIT_CDO;
  return current.find((a) => a.role === role) ?? null;
}

export function currentDataSpecialist(current: Appointment[]): Appointment | null {
  return current.find((a) => a.role === AppointmentRole.DATA_SPECIALIST) ?? null;
}
