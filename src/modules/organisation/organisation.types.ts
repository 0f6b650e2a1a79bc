import { IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { EmailAddressResolver, LocalDateResolver, PhoneNumberResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { Appointment } from "./appointment.entity";
import { AppointmentRole, EducationDegree, SpecialistPosition, UnitKind } from "./organisation.enums";
import { Person } from "./person.entity";
import { Unit } from "./unit.entity";
import { validationMessage } from "../../common/i18n";
import { OrganisationMessages } from "./organisation.messages";

/** E.164 (graphql-scalars' PhoneNumber also lets "12345" through). */
const E164 = /^\+[1-9]\d{6,14}$/;
const E164_MESSAGE = validationMessage(OrganisationMessages.phoneFormat);

export const UnitConnection = ConnectionType("Unit", Unit);
export const PersonConnection = ConnectionType("Person", Person);
export const AppointmentConnection = ConnectionType("Appointment", Appointment);

// ── Units ────────────────────────────────────────────────────────────────────

@InputType({ description: "Which units to list. Filters combine with AND." })
export class UnitFilter {
  @Field(() => [UnitKind], { nullable: true, description: "Any of these kinds." })
  @IsOptional()
  kinds?: UnitKind[];

  @Field(() => ID, { nullable: true, description: "Units under this unit: its children, or all its descendants with includeDescendants." })
  @IsOptional()
  parentId?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeDescendants?: boolean;

  @Field({ nullable: true, description: "Part of the name or code, e.g. 茶山 or 320402." })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@ArgsType()
export class UnitsArgs extends ConnectionArgs {
  @Field(() => UnitFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UnitFilter;
}

@InputType()
export class CreateUnitInput {
  @Field(() => UnitKind)
  kind!: UnitKind;

  @Field({ description: "Unique district-wide: letters, digits and '-' (e.g. 320402003 or 320402-B01)." })
  @Matches(/^[0-9A-Za-z][0-9A-Za-z-]{0,63}$/, { message: validationMessage(OrganisationMessages.unitCodeFormat) })
  code!: string;

  @Field()
  @Length(1, 128)
  name!: string;

  @Field(() => ID, { nullable: true, description: "Required for every unit but the district (root)." })
  @IsOptional()
  parentId?: string | null;
}

// ── Persons ──────────────────────────────────────────────────────────────────

@InputType()
export class PersonFilter {
  @Field(() => ID, { nullable: true, description: "Persons working in this unit (or its descendants with includeDescendants)." })
  @IsOptional()
  unitId?: string;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  includeDescendants?: boolean;

  @Field({ nullable: true, description: "Part of the name." })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@ArgsType()
export class PersonsArgs extends ConnectionArgs {
  @Field(() => PersonFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: PersonFilter;
}

@InputType()
export class CreatePersonInput {
  @Field(() => ID, { description: "The unit the person works in." })
  unitId!: string;

  @Field()
  @Length(1, 64)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  section?: string | null;

  @Field(() => EducationDegree, { nullable: true })
  @IsOptional()
  educationDegree?: EducationDegree | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(128)
  major?: string | null;

  @Field({ nullable: true, defaultValue: false })
  @IsOptional()
  majorComputerRelated?: boolean;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  informatizationYears?: number;

  @Field(() => PhoneNumberResolver, { nullable: true, description: "E.164, e.g. +8651988000000." })
  @IsOptional()
  @Matches(E164, { message: E164_MESSAGE })
  phone?: string | null;

  @Field(() => EmailAddressResolver, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;
}

@InputType({ description: "Corrects a person's record. Omitted fields stay as they are; null clears a field." })
export class UpdatePersonInput {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  unitId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  position?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64)
  section?: string | null;

  @Field(() => EducationDegree, { nullable: true })
  @IsOptional()
  educationDegree?: EducationDegree | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(128)
  major?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  majorComputerRelated?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  informatizationYears?: number;

  @Field(() => PhoneNumberResolver, { nullable: true })
  @IsOptional()
  @Matches(E164, { message: E164_MESSAGE })
  phone?: string | null;

  @Field(() => EmailAddressResolver, { nullable: true })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;
}

// ── Appointments ─────────────────────────────────────────────────────────────

@ArgsType()
export class AppointmentHistoryArgs extends ConnectionArgs {
  @Field(() => AppointmentRole, { nullable: true, description: "Only this role." })
  @IsOptional()
  role?: AppointmentRole;
}

@InputType({ description: "Appoints a person to a role on a unit. A current holder's term ends on the new start date." })
export class AppointInput {
  @Field(() => ID)
  unitId!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => AppointmentRole)
  role!: AppointmentRole;

  @Field(() => LocalDateResolver, { description: "First day of the term (district time)." })
  startDate!: string;

  @Field(() => String, { nullable: true, description: "任命文号" })
  @IsOptional()
  @MaxLength(64)
  documentNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Required to appoint a unit CDO who does not meet 选聘条件 (bachelor's or above in a computer-related major, or 3+ years in charge of informatization); recorded and reported.",
  })
  @IsOptional()
  @MaxLength(500)
  qualificationExceptionReason?: string | null;

  @Field(() => SpecialistPosition, { nullable: true, description: "Required for DATA_SPECIALIST: the post the person holds." })
  @IsOptional()
  specialistPosition?: SpecialistPosition | null;
}

@InputType()
export class EndAppointmentInput {
  @Field(() => ID)
  appointmentId!: string;

  @Field(() => LocalDateResolver, { description: "Day the term ends (exclusive): the person no longer holds the role on this day." })
  endDate!: string;

  @Field(() => String, { nullable: true, description: "e.g. 工作调动, 退休" })
  @IsOptional()
  @MaxLength(255)
  reason?: string | null;
}

@ObjectType()
export class AppointPayload {
  @Field(() => Appointment)
  appointment!: Appointment;

  @Field(() => Appointment, { nullable: true, description: "The predecessor whose term this appointment ended, if any." })
  endedPredecessor!: Appointment | null;
}

@ObjectType({ description: "Findings on the CDO system's staffing (DOMAIN §1): who is missing, who was appointed by exception." })
export class AppointmentCoverage {
  @Field(() => LocalDateResolver, { description: "The day the findings describe." })
  asOf!: string;

  @Field(() => Int, { description: "Units that must have a CDO and a data specialist (dev zone, towns, streets, departments)." })
  unitsRequiringAppointments!: number;

  @Field(() => Int, { description: "Of those, how many have both." })
  fullyStaffedUnits!: number;

  @Field(() => [Unit], { description: "Units that must have a CDO and have none." })
  unitsMissingCdo!: Unit[];

  @Field(() => [Unit], { description: "Units that must have a data specialist and have none." })
  unitsMissingDataSpecialist!: Unit[];

  @Field(() => [AppointmentRole], { description: "District roles (区首席数据官, 区首席数据执行官) nobody holds." })
  vacantDistrictRoles!: AppointmentRole[];

  @Field(() => [Appointment], { description: "Current unit CDOs appointed by exception to the qualification rule." })
  exceptionQualifiedCdos!: Appointment[];

  @Field(() => [Appointment], { description: "Current data specialists who are neither a responsible section's nor a subordinate unit's head." })
  specialistsOutsidePosition!: Appointment[];
}
