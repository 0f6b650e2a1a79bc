import { AppointmentRole, EducationDegree, SpecialistPosition, UnitKind } from "./organisation.enums";

/**
 * The CDO system's appointment rules (天宁区首席数据官制度建设实施意见, 三(一)1-2), kept in one
 * place so the services and the coverage report read the same policy.
 */

/** 开发区、镇、各街道和区各部门应设立首席数据官和数据专员各1名. */
export function requiresCdoAndSpecialist(kind: UnitKind): boolean {
  return kind === UnitKind.DEVELOPMENT_ZONE || kind === UnitKind.TOWN || kind === UnitKind.STREET || kind === UnitKind.DEPARTMENT;
}

/** The district roles sit on the root unit only; unit roles only on units that must have them. */
export function roleAllowedOn(role: AppointmentRole, kind: UnitKind): boolean {
  switch (role) {
    case AppointmentRole.DISTRICT_CDO:
    case AppointmentRole.DISTRICT_CHIEF_DATA_EXECUTIVE:
      return kind === UnitKind.DISTRICT;
    case AppointmentRole.UNIT_CDO:
    case AppointmentRole.DATA_SPECIALIST:
      return requiresCdoAndSpecialist(kind);
  }
}

const BACHELOR_OR_ABOVE = new Set([EducationDegree.BACHELOR, EducationDegree.MASTER, EducationDegree.DOCTORATE]);

/** 选聘条件: a bachelor's degree or above in a computer-related major, or 3+ years in charge of informatization. */
const MIN_INFORMATIZATION_YEARS = 3;

export interface QualificationFacts {
  educationDegree: EducationDegree | null;
  majorComputerRelated: boolean;
  informatizationYears: number;
}

export function meetsCdoQualification(person: QualificationFacts): boolean {
  const degreeRoute = person.educationDegree !== null && BACHELOR_OR_ABOVE.has(person.educationDegree) && person.majorComputerRelated;
  return degreeRoute || person.informatizationYears >= MIN_INFORMATIZATION_YEARS;
}

/** The qualification rule applies to unit CDOs; district roles are filled by district leaders. */
export function qualificationApplies(role: AppointmentRole): boolean {
  return role === AppointmentRole.UNIT_CDO;
}

/**
 * An appointment is active on `day` (YYYY-MM-DD, district time): started on or before it and not
 * yet ended (its end date is the first day without it).
 */
export function isActiveOn(term: { startDate: string; endDate: string | null }, day: string): boolean {
  return term.startDate <= day && (term.endDate === null || term.endDate > day);
}

/** 例外选聘: a unit CDO appointed despite failing the qualification, with an exception reason on record (a staffing finding). */
export function isExceptionQualifiedCdo(a: { role: AppointmentRole; qualificationExceptionReason: string | null }): boolean {
  return a.role === AppointmentRole.UNIT_CDO && a.qualificationExceptionReason !== null;
}

/** 数据专员非责任科室或下属单位负责人: a specialist recorded outside the expected position (a staffing finding). */
export function isSpecialistOutsidePosition(a: { role: AppointmentRole; specialistPosition: SpecialistPosition | null }): boolean {
  return a.role === AppointmentRole.DATA_SPECIALIST && a.specialistPosition === SpecialistPosition.OTHER;
}

/** isActiveOn in SQL, for a query-builder alias of Appointment (entity property names); bind `:${dayParameter}` to the day. */
export function appointmentActiveOnCondition(alias: string, dayParameter: string): string {
  return `${alias}.startDate <= :${dayParameter} AND (${alias}.endDate IS NULL OR ${alias}.endDate > :${dayParameter})`;
}
