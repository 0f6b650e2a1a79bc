import { Appointment } from "./organisation/appointment.entity";
import { Person } from "./organisation/person.entity";
import { Unit } from "./organisation/unit.entity";

/** Every TypeORM entity, for the data source. */
export const entities = [Unit, Person, Appointment];
