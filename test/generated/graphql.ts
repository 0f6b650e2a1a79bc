/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** A field whose value conforms to the standard E.164 format as specified in: https://en.wikipedia.org/wiki/E.164. Basically this is +17895551234. */
  PhoneNumber: { input: string; output: string; }
};

/** Appoints a person to a role on a unit. A current holder's term ends on the new start date. */
export type AppointInput = {
  /** 任命文号 */
  documentNumber?: InputMaybe<Scalars['String']['input']>;
  personId: Scalars['ID']['input'];
  /** Required to appoint a unit CDO who does not meet 选聘条件 (bachelor's or above in a computer-related major, or 3+ years in charge of informatization); recorded and reported. */
  qualificationExceptionReason?: InputMaybe<Scalars['String']['input']>;
  role: AppointmentRole;
  /** Required for DATA_SPECIALIST: the post the person holds. */
  specialistPosition?: InputMaybe<SpecialistPosition>;
  /** First day of the term (district time). */
  startDate: Scalars['LocalDate']['input'];
  unitId: Scalars['ID']['input'];
};

export type AppointPayload = {
  __typename?: 'AppointPayload';
  appointment: Appointment;
  /** The predecessor whose term this appointment ended, if any. */
  endedPredecessor?: Maybe<Appointment>;
};

/** 任命: a person × unit × role over [startDate, endDate). */
export type Appointment = Node & {
  __typename?: 'Appointment';
  createdAt: Scalars['DateTime']['output'];
  /** 任命文号, e.g. 天数办〔2024〕3号 */
  documentNumber?: Maybe<Scalars['String']['output']>;
  /** Day the term ended (exclusive); null while open. */
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Why the term ended (e.g. 工作调动, succeeded by …). */
  endReason?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID; never parse it. */
  id: Scalars['ID']['output'];
  /** Active today (district time): started, and not yet ended. */
  isCurrent: Scalars['Boolean']['output'];
  person: Person;
  /** Why a unit CDO who does not meet the qualification rule (选聘条件) was appointed anyway; null when qualified. */
  qualificationExceptionReason?: Maybe<Scalars['String']['output']>;
  role: AppointmentRole;
  /** For data specialists: the post they hold. */
  specialistPosition?: Maybe<SpecialistPosition>;
  /** First day of the term (district time). */
  startDate: Scalars['LocalDate']['output'];
  unit: Unit;
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of Appointment records (Relay connection). */
export type AppointmentConnection = {
  __typename?: 'AppointmentConnection';
  edges: Array<AppointmentEdge>;
  /** The page's nodes, without cursors. */
  nodes: Array<Appointment>;
  pageInfo: PageInfo;
  /** How many records match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Findings on the CDO system's staffing (DOMAIN §1): who is missing, who was appointed by exception. */
export type AppointmentCoverage = {
  __typename?: 'AppointmentCoverage';
  /** The day the findings describe. */
  asOf: Scalars['LocalDate']['output'];
  /** Current unit CDOs appointed by exception to the qualification rule. */
  exceptionQualifiedCdos: Array<Appointment>;
  /** Of those, how many have both. */
  fullyStaffedUnits: Scalars['Int']['output'];
  /** Current data specialists who are neither a responsible section's nor a subordinate unit's head. */
  specialistsOutsidePosition: Array<Appointment>;
  /** Units that must have a CDO and have none. */
  unitsMissingCdo: Array<Unit>;
  /** Units that must have a data specialist and have none. */
  unitsMissingDataSpecialist: Array<Unit>;
  /** Units that must have a CDO and a data specialist (dev zone, towns, streets, departments). */
  unitsRequiringAppointments: Scalars['Int']['output'];
  /** District roles (区首席数据官, 区首席数据执行官) nobody holds. */
  vacantDistrictRoles: Array<AppointmentRole>;
};

export type AppointmentEdge = {
  __typename?: 'AppointmentEdge';
  cursor: Scalars['String']['output'];
  node: Appointment;
};

/** The four roles of the CDO system. */
export type AppointmentRole =
  /** 数据专员 of the development zone, a town, a street or a department */
  | 'DATA_SPECIALIST'
  /** 区首席数据官 — exactly one, on the district (root) unit */
  | 'DISTRICT_CDO'
  /** 区首席数据执行官 — exactly one, on the district (root) unit */
  | 'DISTRICT_CHIEF_DATA_EXECUTIVE'
  /** 首席数据官 of the development zone, a town, a street or a department */
  | 'UNIT_CDO';

export type CreatePersonInput = {
  educationDegree?: InputMaybe<EducationDegree>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  informatizationYears?: InputMaybe<Scalars['Int']['input']>;
  major?: InputMaybe<Scalars['String']['input']>;
  majorComputerRelated?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  /** E.164, e.g. +8651900000000. */
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  section?: InputMaybe<Scalars['String']['input']>;
  /** The unit the person works in. */
  unitId: Scalars['ID']['input'];
};

export type CreateUnitInput = {
  /** Unique district-wide: letters, digits and '-' (e.g. 320402003 or 320402-B01). */
  code: Scalars['String']['input'];
  kind: UnitKind;
  name: Scalars['String']['input'];
  /** Required for every unit but the district (root). */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** 学历 */
export type EducationDegree =
  /** 大学本科 */
  | 'BACHELOR'
  /** 博士研究生 */
  | 'DOCTORATE'
  /** 高中及以下 */
  | 'HIGH_SCHOOL_OR_BELOW'
  /** 大专 */
  | 'JUNIOR_COLLEGE'
  /** 硕士研究生 */
  | 'MASTER';

export type EndAppointmentInput = {
  appointmentId: Scalars['ID']['input'];
  /** Day the term ends (exclusive): the person no longer holds the role on this day. */
  endDate: Scalars['LocalDate']['input'];
  /** e.g. 工作调动, 退休 */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Appoints a person; a current holder of the role is succeeded (their term ends on startDate). */
  appoint: AppointPayload;
  /** Records a person working in a unit. */
  createPerson: Person;
  /** Adds a unit to the tree. */
  createUnit: Unit;
  /** Ends a term without a successor (the role becomes vacant). */
  endAppointment: Appointment;
  /** Corrects a person's record (name, post, qualification facts, contact details). */
  updatePerson: Person;
};


export type MutationAppointArgs = {
  input: AppointInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreateUnitArgs = {
  input: CreateUnitInput;
};


export type MutationEndAppointmentArgs = {
  input: EndAppointmentInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};

/** A record with a global, opaque ID. */
export type Node = {
  /** Opaque global ID; never parse it. */
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 人员: a person working in a unit, who may hold CDO-system appointments. */
export type Person = Node & {
  __typename?: 'Person';
  /** Every appointment the person has held, newest first. */
  appointments: AppointmentConnection;
  createdAt: Scalars['DateTime']['output'];
  /** Appointments the person holds today. */
  currentAppointments: Array<Appointment>;
  /** 学历 */
  educationDegree?: Maybe<EducationDegree>;
  /** Email (personal information). */
  email?: Maybe<Scalars['EmailAddress']['output']>;
  /** Opaque global ID; never parse it. */
  id: Scalars['ID']['output'];
  /** Years in charge of informatization (分管信息化年限). */
  informatizationYears: Scalars['Int']['output'];
  /** 专业 */
  major?: Maybe<Scalars['String']['output']>;
  /** Whether the major is computer-related (计算机类相关专业). */
  majorComputerRelated: Scalars['Boolean']['output'];
  /** Whether the person meets the CDO qualification (选聘条件): a bachelor's degree or above in a computer-related major, or 3+ years in charge of informatization. */
  meetsCdoQualification: Scalars['Boolean']['output'];
  /** 姓名 */
  name: Scalars['String']['output'];
  /** Phone, E.164 (personal information). */
  phone?: Maybe<Scalars['PhoneNumber']['output']>;
  /** 职务, e.g. 副局长 */
  position?: Maybe<Scalars['String']['output']>;
  /** 科室, e.g. 信息科 */
  section?: Maybe<Scalars['String']['output']>;
  /** The unit the person works in. */
  unit: Unit;
  updatedAt: Scalars['DateTime']['output'];
};


/** 人员: a person working in a unit, who may hold CDO-system appointments. */
export type PersonAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Person records (Relay connection). */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  /** The page's nodes, without cursors. */
  nodes: Array<Person>;
  pageInfo: PageInfo;
  /** How many records match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Persons working in this unit (or its descendants with includeDescendants). */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Staffing findings: every unit missing a CDO or a data specialist, vacant district roles, CDOs appointed by exception and specialists outside the expected post. */
  appointmentCoverage: AppointmentCoverage;
  /** Any record by its global ID; null if it no longer exists. A malformed ID is BAD_USER_INPUT. */
  node?: Maybe<Node>;
  /** Records by global ID, in the order given (null where one no longer exists). At most 100. */
  nodes: Array<Maybe<Node>>;
  /** One person. NOT_FOUND if there is none. */
  person: Person;
  /** Persons, by unit (optionally with descendants) and name search. */
  persons: PersonConnection;
  /** One unit, by ID or by code. NOT_FOUND if there is none. */
  unit: Unit;
  /** Units, filtered by kind, parent (optionally with all descendants) and name/code search; ordered by code. */
  units: UnitConnection;
};


export type QueryAppointmentCoverageArgs = {
  asOf?: InputMaybe<Scalars['LocalDate']['input']>;
  underUnitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryUnitArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnitFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 数据专员原则上由责任科室或下属单位负责人兼任: the post the specialist holds. */
export type SpecialistPosition =
  /** Neither: reported as a finding */
  | 'OTHER'
  /** 责任科室负责人 */
  | 'RESPONSIBLE_SECTION_HEAD'
  /** 下属单位负责人 */
  | 'SUBORDINATE_UNIT_HEAD';

/** 单位: a unit of the district, in a tree rooted at the district (区). */
export type Unit = Node & {
  __typename?: 'Unit';
  /** From the district (root) down to the parent. */
  ancestors: Array<Unit>;
  /** Appointment history (ended terms included), newest first. */
  appointments: AppointmentConnection;
  /** The responsible CDO today: the unit CDO, or the district CDO for the district. Null when vacant. */
  cdo?: Maybe<Appointment>;
  /** Direct children, by code. */
  children: UnitConnection;
  /** Administrative or internal code, unique district-wide (e.g. 320402003 for 茶山街道). */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Every appointment active today on this unit, all roles. */
  currentAppointments: Array<Appointment>;
  /** The data specialist (数据专员) today; null when vacant. */
  dataSpecialist?: Maybe<Appointment>;
  /** 0 for the district, 1 for its towns, streets and departments, … */
  depth: Scalars['Int']['output'];
  /** Opaque global ID; never parse it. */
  id: Scalars['ID']['output'];
  kind: UnitKind;
  /** Name in Chinese, e.g. 区发展和改革局. */
  name: Scalars['String']['output'];
  /** Null for the district (root). */
  parent?: Maybe<Unit>;
  /** Whether policy requires this unit to have a CDO and a data specialist (dev zone, towns, streets, departments). */
  requiresCdoAndSpecialist: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
};


/** 单位: a unit of the district, in a tree rooted at the district (区). */
export type UnitAppointmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<AppointmentRole>;
};


/** 单位: a unit of the district, in a tree rooted at the district (区). */
export type UnitChildrenArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of Unit records (Relay connection). */
export type UnitConnection = {
  __typename?: 'UnitConnection';
  edges: Array<UnitEdge>;
  /** The page's nodes, without cursors. */
  nodes: Array<Unit>;
  pageInfo: PageInfo;
  /** How many records match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type UnitEdge = {
  __typename?: 'UnitEdge';
  cursor: Scalars['String']['output'];
  node: Unit;
};

/** Which units to list. Filters combine with AND. */
export type UnitFilter = {
  includeDescendants?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any of these kinds. */
  kinds?: InputMaybe<Array<UnitKind>>;
  /** Units under this unit: its children, or all its descendants with includeDescendants. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name or code, e.g. 茶山 or 320402. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** 单位类型: the district (区, root), the development zone (开发区), towns (镇), streets (街道), district departments (区各部门) and their subordinate units (下属单位). */
export type UnitKind =
  /** 区各部门, e.g. 区发展和改革局 */
  | 'DEPARTMENT'
  /** 开发区 */
  | 'DEVELOPMENT_ZONE'
  /** 区 — the root of the tree */
  | 'DISTRICT'
  /** 街道 */
  | 'STREET'
  /** 下属单位 of a department, town, street or the development zone */
  | 'SUBORDINATE'
  /** 镇 */
  | 'TOWN';

/** Corrects a person's record. Omitted fields stay as they are; null clears a field. */
export type UpdatePersonInput = {
  educationDegree?: InputMaybe<EducationDegree>;
  email?: InputMaybe<Scalars['EmailAddress']['input']>;
  id: Scalars['ID']['input'];
  informatizationYears?: InputMaybe<Scalars['Int']['input']>;
  major?: InputMaybe<Scalars['String']['input']>;
  majorComputerRelated?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['PhoneNumber']['input']>;
  position?: InputMaybe<Scalars['String']['input']>;
  section?: InputMaybe<Scalars['String']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Appoints a person to a role on a unit. A current holder's term ends on the new start date. */
export type AppointInput = {
  /** 任命文号 */
  documentNumber?: string | null | undefined;
  personId: string | number;
  /** Required to appoint a unit CDO who does not meet 选聘条件 (bachelor's or above in a computer-related major, or 3+ years in charge of informatization); recorded and reported. */
  qualificationExceptionReason?: string | null | undefined;
  role: AppointmentRole;
  /** Required for DATA_SPECIALIST: the post the person holds. */
  specialistPosition?: SpecialistPosition | null | undefined;
  /** First day of the term (district time). */
  startDate: string;
  unitId: string | number;
};

/** The four roles of the CDO system. */
export type AppointmentRole =
  /** 数据专员 of the development zone, a town, a street or a department */
  | 'DATA_SPECIALIST'
  /** 区首席数据官 — exactly one, on the district (root) unit */
  | 'DISTRICT_CDO'
  /** 区首席数据执行官 — exactly one, on the district (root) unit */
  | 'DISTRICT_CHIEF_DATA_EXECUTIVE'
  /** 首席数据官 of the development zone, a town, a street or a department */
  | 'UNIT_CDO';

export type CreatePersonInput = {
  educationDegree?: EducationDegree | null | undefined;
  email?: string | null | undefined;
  informatizationYears?: number | null | undefined;
  major?: string | null | undefined;
  majorComputerRelated?: boolean | null | undefined;
  name: string;
  /** E.164, e.g. +8651900000000. */
  phone?: string | null | undefined;
  position?: string | null | undefined;
  section?: string | null | undefined;
  /** The unit the person works in. */
  unitId: string | number;
};

export type CreateUnitInput = {
  /** Unique district-wide: letters, digits and '-' (e.g. 320402003 or 320402-B01). */
  code: string;
  kind: UnitKind;
  name: string;
  /** Required for every unit but the district (root). */
  parentId?: string | number | null | undefined;
};

/** 学历 */
export type EducationDegree =
  /** 大学本科 */
  | 'BACHELOR'
  /** 博士研究生 */
  | 'DOCTORATE'
  /** 高中及以下 */
  | 'HIGH_SCHOOL_OR_BELOW'
  /** 大专 */
  | 'JUNIOR_COLLEGE'
  /** 硕士研究生 */
  | 'MASTER';

export type EndAppointmentInput = {
  appointmentId: string | number;
  /** Day the term ends (exclusive): the person no longer holds the role on this day. */
  endDate: string;
  /** e.g. 工作调动, 退休 */
  reason?: string | null | undefined;
};

export type PersonFilter = {
  includeDescendants?: boolean | null | undefined;
  /** Part of the name. */
  search?: string | null | undefined;
  /** Persons working in this unit (or its descendants with includeDescendants). */
  unitId?: string | number | null | undefined;
};

/** 数据专员原则上由责任科室或下属单位负责人兼任: the post the specialist holds. */
export type SpecialistPosition =
  /** Neither: reported as a finding */
  | 'OTHER'
  /** 责任科室负责人 */
  | 'RESPONSIBLE_SECTION_HEAD'
  /** 下属单位负责人 */
  | 'SUBORDINATE_UNIT_HEAD';

/** Which units to list. Filters combine with AND. */
export type UnitFilter = {
  includeDescendants?: boolean | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<UnitKind> | null | undefined;
  /** Units under this unit: its children, or all its descendants with includeDescendants. */
  parentId?: string | number | null | undefined;
  /** Part of the name or code, e.g. 茶山 or 320402. */
  search?: string | null | undefined;
};

/** 单位类型: the district (区, root), the development zone (开发区), towns (镇), streets (街道), district departments (区各部门) and their subordinate units (下属单位). */
export type UnitKind =
  /** 区各部门, e.g. 区发展和改革局 */
  | 'DEPARTMENT'
  /** 开发区 */
  | 'DEVELOPMENT_ZONE'
  /** 区 — the root of the tree */
  | 'DISTRICT'
  /** 街道 */
  | 'STREET'
  /** 下属单位 of a department, town, street or the development zone */
  | 'SUBORDINATE'
  /** 镇 */
  | 'TOWN';

/** Corrects a person's record. Omitted fields stay as they are; null clears a field. */
export type UpdatePersonInput = {
  educationDegree?: EducationDegree | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  informatizationYears?: number | null | undefined;
  major?: string | null | undefined;
  majorComputerRelated?: boolean | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  position?: string | null | undefined;
  section?: string | null | undefined;
  unitId?: string | number | null | undefined;
};

export type UnitSummaryFragment = { id: string, kind: UnitKind, code: string, name: string, depth: number };

export type AppointmentSummaryFragment = { id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { id: string, kind: UnitKind, code: string, name: string, depth: number } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, name: string, position: string | null, section: string | null, educationDegree: EducationDegree | null, major: string | null, majorComputerRelated: boolean, informatizationYears: number, phone: string | null, email: string | null, meetsCdoQualification: boolean, unit: { id: string } } };

export type UpdatePersonMutationVariables = Exact<{
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string, position: string | null, section: string | null, educationDegree: EducationDegree | null, major: string | null, majorComputerRelated: boolean, informatizationYears: number, phone: string | null, email: string | null, meetsCdoQualification: boolean, unit: { id: string } } };

export type AppointMutationVariables = Exact<{
  input: AppointInput;
}>;


export type AppointMutation = { appoint: { appointment: { id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } }, endedPredecessor: { id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } } | null } };

export type EndAppointmentMutationVariables = Exact<{
  input: EndAppointmentInput;
}>;


export type EndAppointmentMutation = { endAppointment: { id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } } };

export type UnitByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitByIdQuery = { unit: { requiresCdoAndSpecialist: boolean, id: string, kind: UnitKind, code: string, name: string, depth: number, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }>, children: { totalCount: number, nodes: Array<{ id: string, name: string }> }, cdo: { id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } } | null, dataSpecialist: { id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } } | null, currentAppointments: Array<{ role: AppointmentRole, person: { name: string } }> } };

export type UnitByCodeQueryVariables = Exact<{
  code: string;
}>;


export type UnitByCodeQuery = { unit: { id: string, kind: UnitKind, code: string, name: string, depth: number } };

export type UnitsQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnitsQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: UnitKind, code: string, name: string, depth: number } }> } };

export type UnitsWithAccountabilityQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type UnitsWithAccountabilityQuery = { units: { edges: Array<{ node: { cdo: { person: { name: string } } | null, dataSpecialist: { person: { name: string } } | null, children: { totalCount: number } } }> } };

export type AppointmentHistoryQueryVariables = Exact<{
  unitId: string | number;
  role?: AppointmentRole | null | undefined;
}>;


export type AppointmentHistoryQuery = { unit: { appointments: { totalCount: number, nodes: Array<{ id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } }> } } };

export type PersonByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonByIdQuery = { person: { id: string, name: string, meetsCdoQualification: boolean, currentAppointments: Array<{ role: AppointmentRole, unit: { name: string } }>, appointments: { totalCount: number, nodes: Array<{ role: AppointmentRole, startDate: string, endDate: string | null }> } } };

export type PersonsQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PersonsQuery = { persons: { totalCount: number, nodes: Array<{ id: string, name: string }> } };

export type AppointmentCoverageQueryVariables = Exact<{
  underUnitId?: string | number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type AppointmentCoverageQuery = { appointmentCoverage: { asOf: string, unitsRequiringAppointments: number, fullyStaffedUnits: number, vacantDistrictRoles: Array<AppointmentRole>, unitsMissingCdo: Array<{ id: string, name: string }>, unitsMissingDataSpecialist: Array<{ id: string, name: string }>, exceptionQualifiedCdos: Array<{ id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } }>, specialistsOutsidePosition: Array<{ id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } }> } };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Appointment', role: AppointmentRole, id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'Unit', name: string, id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'Appointment', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Unit', id: string }
   | null> };

export const UnitSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]} as unknown as DocumentNode<UnitSummaryFragment, unknown>;
export const AppointmentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"specialistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointmentSummaryFragment, unknown>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"educationDegree"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"majorComputerRelated"}},{"kind":"Field","name":{"kind":"Name","value":"informatizationYears"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"meetsCdoQualification"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"educationDegree"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"majorComputerRelated"}},{"kind":"Field","name":{"kind":"Name","value":"informatizationYears"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"meetsCdoQualification"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const AppointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Appoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedPredecessor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"specialistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointMutation, AppointMutationVariables>;
export const EndAppointmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"specialistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EndAppointmentMutation, EndAppointmentMutationVariables>;
export const UnitByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitSummary"}},{"kind":"Field","name":{"kind":"Name","value":"requiresCdoAndSpecialist"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSpecialist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"specialistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitByIdQuery, UnitByIdQueryVariables>;
export const UnitByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]} as unknown as DocumentNode<UnitByCodeQuery, UnitByCodeQueryVariables>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const UnitsWithAccountabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsWithAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSpecialist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsWithAccountabilityQuery, UnitsWithAccountabilityQueryVariables>;
export const AppointmentHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointmentRole"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"specialistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointmentHistoryQuery, AppointmentHistoryQueryVariables>;
export const PersonByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"meetsCdoQualification"}},{"kind":"Field","name":{"kind":"Name","value":"currentAppointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonByIdQuery, PersonByIdQueryVariables>;
export const PersonsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Persons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"persons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonsQuery, PersonsQueryVariables>;
export const AppointmentCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppointmentCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underUnitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointmentCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"underUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"unitsRequiringAppointments"}},{"kind":"Field","name":{"kind":"Name","value":"fullyStaffedUnits"}},{"kind":"Field","name":{"kind":"Name","value":"unitsMissingCdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsMissingDataSpecialist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vacantDistrictRoles"}},{"kind":"Field","name":{"kind":"Name","value":"exceptionQualifiedCdos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialistsOutsidePosition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppointmentSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"specialistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointmentCoverageQuery, AppointmentCoverageQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;