/** The organisation module's front door: what other modules may use (DOMAIN §1: units, people, CDO and specialist appointments). */
export { Unit } from "./unit.entity";
export { Person } from "./person.entity";
export { Appointment } from "./appointment.entity";
export * from "./organisation.enums";
export { OrganisationLoaders } from "./organisation.loaders";
export { appoint, endAppointment, currentDataSpecialist, responsibleCdo } from "./appointment.service";
export { createUnit } from "./unit.service";
export { createPerson } from "./person.service";
