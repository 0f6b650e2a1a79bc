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

  @Field({ nullable: true, defaultValue: false, description: "With parentId: every unit below it, not only its direct children." })
  @IsOptional()
  includeDescendants?: boolean;

  @Field({ nullable: true, description: "Part of the name or code, e.g. 茶山 or 320402." })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@ArgsType()
export class UnitsArgs extends ConnectionArgs {
  @Field(() => UnitFilter, { nullable: true, description: "Which units to list; filters combine with AND." })
  @IsOptional()
  @ValidateNested()
  filter?: UnitFilter;
}

@InputType({ description: "A new unit (单位) in the tree." })
export class CreateUnitInput {
  @Field(() => UnitKind, { description: "单位类型: what kind of unit." })
  kind!: UnitKind;

  @Field({ description: "Unique district-wide: letters, digits and '-' (e.g. 320402003 or 320402-B01)." })
  @Matches(/^[0-9A-Za-z][0-9A-Za-z-]{0,63}$/, { message: validationMessage(OrganisationMessages.unitCodeFormat) })
  code!: string;

  @Field({ description: "单位名称: the unit's name, e.g. 区发展和改革局." })
  @Length(1, 128)
  name!: string;

  @Field(() => ID, { nullable: true, description: "Required for every unit but the district (root)." })
  @IsOptional()
  parentId?: string | null;
}

// ── Persons ──────────────────────────────────────────────────────────────────

@InputType({ description: "Which persons to list. Filters combine with AND." })
export class PersonFilter {
  @Field(() => ID, { nullable: true, description: "Persons working in this unit (or its descendants with includeDescendants)." })
  @IsOptional()
  unitId?: string;

  @Field({ nullable: true, defaultValue: false, description: "With unitId: the persons of every unit below it too." })
  @IsOptional()
  includeDescendants?: boolean;

  @Field({ nullable: true, description: "Part of the name." })
  @IsOptional()
  @MaxLength(64)
  search?: string;
}

@ArgsType()
export class PersonsArgs extends ConnectionArgs {
  @Field(() => PersonFilter, { nullable: true, description: "Which persons to list; filters combine with AND." })
  @IsOptional()
  @ValidateNested()
  filter?: PersonFilter;
}

@InputType({ description: "A new person (人员) of a unit." })
export class CreatePersonInput {
  @Field(() => ID, { description: "The unit the person works in." })
  unitId!: string;

  @Field({ description: "姓名: the person's name." })
  @Length(1, 64)
  name!: string;

  @Field(() => String, { nullable: true, description: "职务: the person's post." })
  @IsOptional()
  @MaxLength(64)
  position?: string | null;

  @Field(() => String, { nullable: true, description: "科室: the section the person works in." })
  @IsOptional()
  @MaxLength(64)
  section?: string | null;

  @Field(() => EducationDegree, { nullable: true, description: "学历: highest education degree." })
  @IsOptional()
  educationDegree?: EducationDegree | null;

  @Field(() => String, { nullable: true, description: "专业: field of study." })
  @IsOptional()
  @MaxLength(128)
  major?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: "计算机类相关专业: whether the major is computer-related (part of the CDO qualification, 选聘条件).",
  })
  @IsOptional()
  majorComputerRelated?: boolean;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 0,
    description: "分管信息化年限: years in charge of informatization (3 or more meet the CDO qualification).",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  informatizationYears?: number;

  @Field(() => PhoneNumberResolver, { nullable: true, description: "联系电话 (personal information), in E.164 form, e.g. +8651988000000." })
  @IsOptional()
  @Matches(E164, { message: E164_MESSAGE })
  phone?: string | null;

  @Field(() => EmailAddressResolver, {
    nullable: true,
    description: "电子邮箱 (personal information: masked to all but the person, the unit's CDO and district administrators).",
  })
  @IsOptional()
  @MaxLength(254)
  email?: string | null;
}

@InputType({ description: "Corrects a person's record. Omitted fields stay as they are; null clears a field." })
export class UpdatePersonInput {
  @Field(() => ID, { description: "Global ID of the person." })
  id!: string;

  @Field(() => ID, { nullable: true, description: "Move the person to this unit." })
  @IsOptional()
  unitId?: string;

  @Field(() => String, { nullable: true, description: "姓名: the person's name." })
  @IsOptional()
  @Length(1, 64)
  name?: string;

  @Field(() => String, { nullable: true, description: "职务: the person's post." })
  @IsOptional()
  @MaxLength(64)
  position?: string | null;

  @Field(() => String, { nullable: true, description: "科室: the section the person works in." })
  @IsOptional()
  @MaxLength(64)
  section?: string | null;

  @Field(() => EducationDegree, { nullable: true, description: "学历: highest education degree." })
  @IsOptional()
  educationDegree?: EducationDegree | null;

  @Field(() => String, { nullable: true, description: "专业: field of study." })
  @IsOptional()
  @MaxLength(128)
  major?: string | null;

  @Field(() => Boolean, { nullable: true, description: "计算机类相关专业: whether the major is computer-related." })
  @IsOptional()
  majorComputerRelated?: boolean;

  @Field(() => Int, { nullable: true, description: "分管信息化年限: years in charge of informatization." })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  informatizationYears?: number;

  @Field(() => PhoneNumberResolver, { nullable: true, description: "联系电话 (personal information)." })
  @IsOptional()
  @Matches(E164, { message: E164_MESSAGE })
  phone?: string | null;

  @Field(() => EmailAddressResolver, { nullable: true, description: "电子邮箱 (personal information)." })
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
  @Field(() => ID, { description: "Global ID of the unit." })
  unitId!: string;

  @Field(() => ID, { description: "Global ID of the person to appoint." })
  personId!: string;

  @Field(() => AppointmentRole, {
    description:
      "The role: DISTRICT_CDO 区首席数据官 and DISTRICT_CHIEF_DATA_EXECUTIVE 区首席数据执行官 on the district only; UNIT_CDO 首席数据官 and DATA_SPECIALIST 数据专员 on units that must have them.",
  })
  role!: AppointmentRole;

  @Field(() => LocalDateResolver, { description: "First day of the term (district time)." })
  startDate!: string;

  @Field(() => String, { nullable: true, description: "任命文号: number of the appointment document." })
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

@InputType({ description: "Ends an appointment's term (history is kept)." })
export class EndAppointmentInput {
  @Field(() => ID, { description: "Global ID of the appointment." })
  appointmentId!: string;

  @Field(() => LocalDateResolver, { description: "Day the term ends (exclusive): the person no longer holds the role on this day." })
  endDate!: string;

  @Field(() => String, { nullable: true, description: "Why the term ends, e.g. 工作调动, 退休" })
  @IsOptional()
  @MaxLength(255)
  reason?: string | null;
}

@ObjectType({ description: "The new appointment, and the predecessor whose term it ended." })
export class AppointPayload {
  @Field(() => Appointment, { description: "The new appointment." })
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
