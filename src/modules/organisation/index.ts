/**
 * The organisation module's front door: what other modules may use (DOMAIN §1: units, people, CDO and
 * specialist appointments). Anything not listed here is the module's own.
 */
import { AppointmentResolver } from "./appointment.resolver";
import { Appointment } from "./appointment.entity";
import { organisationNodeTypes } from "./organisation.loaders";
import { Person } from "./person.entity";
import { PersonResolver } from "./person.resolver";
import { Unit } from "./unit.entity";
import { UnitResolver } from "./unit.resolver";

export { Unit, Person, Appointment };
export * from "./organisation.enums";
export { OrganisationLoaders } from "./organisation.loaders";
export { appoint, endAppointment, currentDataSpecialist, responsibleCdo } from "./appointment.service";
export { createUnit } from "./unit.service";
/** The page of units, for other modules' queries that list units. */
export { UnitConnection } from "./organisation.types";
export { createPerson } from "./person.service";
/** "Appointment active on a date", in TypeScript and SQL (the access module derives roles from it). */
export { appointmentActiveOnCondition, isActiveOn, requiresCdoAndSpecialist } from "./appointment.policy";
/** The staffing rules the findings module reports (DOMAIN §1), the same ones appointmentCoverage lists. */
export { isExceptionQualifiedCdo, isSpecialistOutsidePosition } from "./appointment.policy";

import { organisationLabelResolvers } from "./organisation-labels.resolver";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [UnitResolver, PersonResolver, AppointmentResolver, ...organisationLabelResolvers];
export const entities = [Unit, Person, Appointment];
export const nodeTypes = organisationNodeTypes;
