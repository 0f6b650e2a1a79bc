/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a signed-in account may do (DOMAIN §7). */
export type AccessRole =
  /** Analyst (granted): reads across all units, never personal information. */
  | 'ANALYST'
  /** 数据专员 (data specialist), by appointment: reads own unit, edits its inventory. */
  | 'DATA_SPECIALIST'
  /** 区数字政府建设工作领导小组办公室 (office of the digital-government leading group): everything, district-wide. */
  | 'DISTRICT_ADMINISTRATOR'
  /** 区首席数据官 (district CDO), by appointment: everything, district-wide. */
  | 'DISTRICT_CDO'
  /** 区首席数据执行官 (district chief data executive), by appointment: everything, district-wide. */
  | 'DISTRICT_CHIEF_DATA_EXECUTIVE'
  /** 首席数据官 (unit CDO), by appointment: everything of own unit and its subordinate units. */
  | 'UNIT_CDO';

/** Who signs in with an account: a person or an integration. */
export type AccountKind =
  /** A person signing in with a password or the district's single sign-on. */
  | 'PERSON'
  /** An integration calling with long-lived API tokens. */
  | 'SERVICE';

/** 督办事项: work assigned to a unit, due on a date or in working days from the meeting's day. */
export type ActionItemInput = {
  /** The last day, on or after the meeting's day (or give dueInWorkingDays). */
  dueDate?: string | null | undefined;
  /** Working days (1 to 250) counted from the meeting's day on the district calendar (or give dueDate). */
  dueInWorkingDays?: number | null | undefined;
  /** What the unit must do, 1 to 1,000 characters. */
  task: string;
  /** The unit assigned (a unit of the district). */
  unitId: string | number;
};

/** 督办事项状态: OPEN until DONE, or CANCELLED with a reason. */
export type ActionItemStatus =
  /** 已撤销: cancelled by the district with a reason. */
  | 'CANCELLED'
  /** 已办结: the assigned unit reported it done. */
  | 'DONE'
  /** 办理中: the assigned unit still owes the work. */
  | 'OPEN';

/** Which reports. */
export type AnnualReportFilter = {
  /** In this state. */
  status?: AnnualReportStatus | null | undefined;
  /** Of this unit and its descendants. */
  unitId?: string | number | null | undefined;
  /** Of this year. */
  year?: number | null | undefined;
};

/** 审阅动作: a submission by the CDO, or the district office's return or acceptance. */
export type AnnualReportReviewAction =
  /** 通过: the district office accepted it. */
  | 'ACCEPTED'
  /** 退回: the district office returned it with comments. */
  | 'RETURNED'
  /** 提交: the CDO submitted (or resubmitted) the report. */
  | 'SUBMITTED';

/** 述职报告的部分: the report's four sections, in their printed order. */
export type AnnualReportSectionKind =
  /** 三、应用创新: application innovation — innovation cases and IT projects reviewed. */
  | 'APPLICATION_INNOVATION'
  /** 一、数据汇聚: data aggregation — the inventory and its quality. */
  | 'DATA_AGGREGATION'
  /** 二、开放共享: open sharing — sharing requests decided and data opened. */
  | 'OPEN_SHARING'
  /** 四、安全保护: security protection — classified data and training. */
  | 'SECURITY_PROTECTION';

/** 年度述职报告状态: the annual report's place in its review. */
export type AnnualReportStatus =
  /** 已通过: accepted by the district office; final. */
  | 'ACCEPTED'
  /** 草稿: being written by the unit's CDO; its figures are refreshed from the catalog on request. */
  | 'DRAFT'
  /** 已退回: returned with comments; the CDO edits and resubmits. */
  | 'RETURNED'
  /** 已提交: waiting for the district office; its figures are frozen. */
  | 'SUBMITTED';

/** Appoints a person to a role on a unit. A current holder's term ends on the new start date. */
export type AppointInput = {
  /** 任命文号: number of the appointment document. */
  documentNumber?: string | null | undefined;
  /** Global ID of the person to appoint. */
  personId: string | number;
  /** Required to appoint a unit CDO who does not meet 选聘条件 (bachelor's or above in a computer-related major, or 3+ years in charge of informatization); recorded and reported. */
  qualificationExceptionReason?: string | null | undefined;
  /** The role: DISTRICT_CDO 区首席数据官 and DISTRICT_CHIEF_DATA_EXECUTIVE 区首席数据执行官 on the district only; UNIT_CDO 首席数据官 and DATA_SPECIALIST 数据专员 on units that must have them. */
  role: AppointmentRole;
  /** Required for DATA_SPECIALIST: the post the person holds. */
  specialistPosition?: SpecialistPosition | null | undefined;
  /** First day of the term (district time). */
  startDate: string;
  /** Global ID of the unit. */
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

/** Which audit entries to list. Filters combine with AND. */
export type AuditFilter = {
  /** Changes made by this account. */
  actorId?: string | number | null | undefined;
  /** From this time (inclusive). */
  from?: string | null | undefined;
  /** Only changes of the last this many days (1 to 366), counted back from now: "what changed in the last 30 days" is lastDays: 30. */
  lastDays?: number | null | undefined;
  /** Only this operation, e.g. appoint. */
  operation?: AuditOperation | null | undefined;
  /** Changes to this record (any type's ID). */
  targetId?: string | number | null | undefined;
  /** Until this time (exclusive). */
  to?: string | null | undefined;
  /** Changes to records of this unit or any unit below it. */
  unitId?: string | number | null | undefined;
};

/** The operation that made a change: the mutation, by its name, or system. */
export type AuditOperation =
  /** The acceptAnnualReport mutation: 通过: the district office accepts a SUBMITTED report (else ANNUAL_REPORT_NOT_SUBMITTED or ANNUAL_REPORT_ALREADY_ACCEPTED); final. */
  | 'acceptAnnualReport'
  /** The acceptQualityIssue mutation: 受理: the provider's data specialist or CDO accepts a REPORTED issue (else QUALITY_ISSUE_CANNOT_ACCEPT). */
  | 'acceptQualityIssue'
  /** The appoint mutation: Appoints a person; a current holder of the role is succeeded (their term ends on startDate). */
  | 'appoint'
  /** The approveSharingRequest mutation: Approves a pending request with its conditions, making a grant. The provider's CDO or data specialist. */
  | 'approveSharingRequest'
  /** The cancelActionItem mutation: 撤销: the district cancels an OPEN action item with a reason (else ACTION_ITEM_NOT_OPEN). */
  | 'cancelActionItem'
  /** The changePassword mutation: Changes your own password; every session and access token issued before ends, and a new session starts. */
  | 'changePassword'
  /** The completeActionItem mutation: 办结: the assigned unit's CDO (or district administrators) reports an OPEN action item done (else ACTION_ITEM_NOT_OPEN). */
  | 'completeActionItem'
  /** The conveneJointMeeting mutation: 召集联席会议: only the district CDO in office on heldOn (else MEETING_CONVENER_NOT_DISTRICT_CDO); invited units need a CDO in office that day (else MEETING_INVITEE_WITHOUT_CDO). */
  | 'conveneJointMeeting'
  /** The createAccount mutation: Creates an account (district administrators). */
  | 'createAccount'
  /** The createAnnualReport mutation: 创建年度述职报告: the unit's CDO in office opens its report for a year, every section pre-filled with the unit's figures (ANNUAL_REPORT_EXISTS, ANNUAL_REPORT_NOT_UNIT_CDO, ANNUAL_REPORT_UNIT_NOT_REPORTING). */
  | 'createAnnualReport'
  /** The createDataResource mutation: Adds a resource to a unit's inventory (its data specialist or CDO, or district administrators). */
  | 'createDataResource'
  /** The createEvaluationScheme mutation: 评价指标体系: a new draft version of the district's indicator system for a year (version 1, or the next). */
  | 'createEvaluationScheme'
  /** The createFunction mutation: Records a unit's statutory function (职能) that its resources serve. */
  | 'createFunction'
  /** The createInnovationCase mutation: Records an innovation case (the lead unit's CDO or district administrators). */
  | 'createInnovationCase'
  /** The createItProject mutation: Creates a unit's IT project as a draft. The unit's CDO or data specialist (or a district administrator). */
  | 'createItProject'
  /** The createPerson mutation: Records a person working in a unit. */
  | 'createPerson'
  /** The createQualityRule mutation: Adds a quality rule to a resource (its unit's data specialist or CDO, or district administrators). */
  | 'createQualityRule'
  /** The createTrainingPlan mutation: 年度培训计划: the district CDO's plan for a year (one per year, else TRAINING_PLAN_EXISTS). */
  | 'createTrainingPlan'
  /** The createUnit mutation: Adds a unit to the tree (district administrators). */
  | 'createUnit'
  /** The endAppointment mutation: Ends a term without a successor (the role becomes vacant). */
  | 'endAppointment'
  /** The importInventory mutation: Imports a unit's inventory from the template (XLSX or CSV, one row per data item) as a GraphQL multipart upload; send the header apollo-require-preflight: true. Resources are matched by 信息资源代码 (a row without one by 信息资源名称 among the providing unit's resources: see nameMatches) and items by 信息项编码 (a number cell's 1 reads as the stored 001): re-importing creates no duplicates. A resource's rows are its whole item list, as the API's items: stored items the file leaves out of a resource it lists are removed (itemsRemoved). All or nothing: a file with any problem writes nothing and the report (applied: false) lists every problem by row and column; dryRun only checks. The unit's data specialist or CDO, or district administrators; rows may name the unit or its subordinate units in 资源提供方代码. */
  | 'importInventory'
  /** The inventoryExportLink query: A signed link to a unit's inventory export or template (up to 50 units, by ID or code), valid for 10 minutes, bound to your account and these units: what it downloads is exactly what your own export would (same scope). Signing out everywhere, a password change or disabling the account ends it. */
  | 'inventoryExportLink'
  /** The issueApiToken mutation: Issues a long-lived API token to a service account; the secret is shown once. */
  | 'issueApiToken'
  /** The login mutation: Signs in with a username and password: opens a session and returns a short-lived access token and a refresh token. */
  | 'login'
  /** The publishEvaluationRun mutation: 发布评价结果: a draft run becomes final (EVALUATION_RUN_PUBLISHED if it already is). */
  | 'publishEvaluationRun'
  /** The publishEvaluationScheme mutation: 发布: freezes a draft version; its weights must sum to exactly 100 (else EVALUATION_WEIGHTS_NOT_100). */
  | 'publishEvaluationScheme'
  /** The publishOpenDataset mutation: 开放: opens a published data resource to the public (the provider unit's CDO or data specialist, or the district office), under the opening rules. */
  | 'publishOpenDataset'
  /** The recordMeetingAttendance mutation: 出席情况: records how an invited unit's CDO attended (the district CDO, executive or administrators). */
  | 'recordMeetingAttendance'
  /** The recordMeetingResolution mutation: 会议决议: records a resolution and the action items it assigns to units (the district CDO, executive or administrators). */
  | 'recordMeetingResolution'
  /** The recordOpenDataUsage mutation: The open-data portal's daily downloads and API calls, in batches of up to 1,000 (the district office, or a unit's CDO for its own datasets). */
  | 'recordOpenDataUsage'
  /** The recordProjectVerdict mutation: The reviewing CDO (the unit's own; the district CDO for district-level projects or a unit without an active CDO) approves or vetoes (一票否决) a round under review, with the checklist and reasons. A vetoed round refuses every later step (REVIEW_ROUND_VETOED), whoever asks. */
  | 'recordProjectVerdict'
  /** The recordQualityMeasurementColumns mutation: recordQualityMeasurements with the batch as columns (QualityMeasurementColumnsInput): the same rows, checks, limit (10,000), all or nothing, roll-ups and audit; a failing row is refused with `extensions.index` and `extensions.field` (the list it is in), a list of the wrong length with its `extensions.field`. About half the JSON of the list of objects, and less work for the server. */
  | 'recordQualityMeasurementColumns'
  /** The recordQualityMeasurements mutation: Records up to 10,000 measurements at once, all or nothing: a failing row is refused with `extensions.index` (0-based) and `extensions.field`, and nothing is written. Roll-ups are updated in the same transaction. The unit's data specialist or CDO, or district administrators. A full batch is about 1.3 MB of JSON: this mutation alone may send a body of up to 8 MiB whatever MAX_REQUEST_BYTES is (signed in). */
  | 'recordQualityMeasurements'
  /** The recordSharingUsage mutation: Records daily usage as the exchange platform reports it, all or nothing: a refused record fails the batch with `extensions.index` and `field` records.<index>.<field>. District administrators (the platform's account). */
  | 'recordSharingUsage'
  /** The recordTrainingSession mutation: 培训: a unit's CDO (or the district) records a session held; attendees are people of the unit (else TRAINING_ATTENDEE_OUTSIDE_UNIT). */
  | 'recordTrainingSession'
  /** The rectifyQualityIssue mutation: 整改: the provider reports an ACCEPTED or REOPENED issue fixed (else QUALITY_ISSUE_CANNOT_RECTIFY). */
  | 'rectifyQualityIssue'
  /** The refreshAnnualReportFigures mutation: 更新数据: the unit's CDO recomputes the figures from the catalog as it is now, while DRAFT or RETURNED. */
  | 'refreshAnnualReportFigures'
  /** The refreshSession mutation: Exchanges a refresh token for a new access token and refresh token (the old one is retired). Errors: UNAUTHENTICATED with `extensions.reason` TOKEN_EXPIRED, TOKEN_INVALID, TOKEN_REVOKED or TOKEN_REUSED (the session is ended: sign in again). */
  | 'refreshSession'
  /** The rejectQualityIssue mutation: 驳回: the provider rejects a REPORTED issue with a reason (comment; else QUALITY_ISSUE_CANNOT_REJECT). */
  | 'rejectQualityIssue'
  /** The rejectSharingRequest mutation: Rejects a pending request with a reason. The provider's CDO or data specialist. */
  | 'rejectSharingRequest'
  /** The removeWorkingDayException mutation: Removes one day's exception; returns what was removed (district office only). */
  | 'removeWorkingDayException'
  /** The reopenQualityIssue mutation: 重新打开: the reporter or the district office finds a RECTIFIED issue not fixed, with a reason (else QUALITY_ISSUE_CANNOT_REOPEN); a new due date. */
  | 'reopenQualityIssue'
  /** The reportQualityIssue mutation: 数据纠错: reports a defect in a resource you can read (anyone signed in). It goes to the provider, due in QUALITY_ISSUE_DUE_WORKING_DAYS working days. */
  | 'reportQualityIssue'
  /** The requestSharing mutation: Requests a resource (or some items) for a consumer unit: 无条件共享 is granted at once, 有条件共享 waits for the provider, 不予共享 is refused (RESOURCE_NOT_SHARED with the basis). The consumer's CDO or data specialist. */
  | 'requestSharing'
  /** The retireDataResource mutation: Retires a resource: it stays readable with its history, and is no longer edited. */
  | 'retireDataResource'
  /** The returnAnnualReport mutation: 退回: the district office returns a SUBMITTED report with comments; the CDO edits and resubmits. */
  | 'returnAnnualReport'
  /** The reviseEvaluationScheme mutation: 修订: a new draft version copied from a published one, to change; the published version and its runs are never rewritten. */
  | 'reviseEvaluationScheme'
  /** The revokeApiToken mutation: Revokes an API token at once. */
  | 'revokeApiToken'
  /** The revokeSharingGrant mutation: Revokes an active grant with a reason; no usage is accepted after today. The provider's CDO or data specialist. */
  | 'revokeSharingGrant'
  /** The runEvaluation mutation: 履职评价: scores every unit CDO of the district for the scheme's year (a published scheme; every manual indicator scored, else EVALUATION_MANUAL_SCORE_MISSING). A fixed number of statements whatever the number of units. */
  | 'runEvaluation'
  /** The setAnnualReportDeadline mutation: 提交期限: the district office sets (or moves) the deadline of a year's reports. */
  | 'setAnnualReportDeadline'
  /** The setEvaluationManualScore mutation: 人工评分: scores a unit on a MANUAL indicator of a published scheme, with a reason (set again to change it). */
  | 'setEvaluationManualScore'
  /** The setWorkingDayException mutation: Records or replaces one day's exception (district office only). */
  | 'setWorkingDayException'
  /** The signOut mutation: Signs out of this session: its access token and refresh token stop working. False when the token names no session (API tokens, single sign-on). */
  | 'signOut'
  /** The signOutEverywhere mutation: Signs out of every session of your account (every access and refresh token issued to it); returns how many sessions ended. */
  | 'signOutEverywhere'
  /** The startProjectReview mutation: The reviewing CDO starts reviewing a submitted round. */
  | 'startProjectReview'
  /** The submitAnnualReport mutation: 提交: the unit's CDO submits (or resubmits after a return) with every section written (else ANNUAL_REPORT_INCOMPLETE); the figures are frozen as they are; the first submission's time is kept for 'on time'. */
  | 'submitAnnualReport'
  /** The submitItProject mutation: Submits a project as a new review round (after a veto or withdrawal, the next round; every round is kept). Refused with CDO_REQUIRED_FOR_LARGE_PROJECT for an independent application of 500,000 yuan or more by a unit without an active CDO on the submission date. */
  | 'submitItProject'
  /** The server itself: demo data and the start-up bootstrap administrator. */
  | 'system'
  /** The updateAccount mutation: Grants or withdraws roles, links a person, disables an account (district administrators). */
  | 'updateAccount'
  /** The updateAnnualReport mutation: 撰写: the unit's CDO writes the sections' narratives and the suggestions, while DRAFT or RETURNED (else ANNUAL_REPORT_UNDER_REVIEW or ANNUAL_REPORT_ALREADY_ACCEPTED). */
  | 'updateAnnualReport'
  /** The updateDataResource mutation: Changes a resource (optimistic lock: send the version you read). */
  | 'updateDataResource'
  /** The updateEvaluationScheme mutation: Edits a draft version (a published one is frozen: EVALUATION_SCHEME_PUBLISHED; revise it instead). */
  | 'updateEvaluationScheme'
  /** The updateInnovationCase mutation: Changes an innovation case (the lead unit's CDO or district administrators). */
  | 'updateInnovationCase'
  /** The updateItProject mutation: Revises a draft, or a vetoed or withdrawn project before resubmission (PROJECT_IN_REVIEW, PROJECT_ALREADY_APPROVED otherwise). The unit's CDO or data specialist. */
  | 'updateItProject'
  /** The updatePerson mutation: Corrects a person's record (name, post, qualification facts, contact details). */
  | 'updatePerson'
  /** The updateQualityRule mutation: Changes a rule's description or target, or switches it on or off. */
  | 'updateQualityRule'
  /** The verifyQualityIssue mutation: 核验: the reporter or the district office confirms a RECTIFIED issue fixed (else QUALITY_ISSUE_CANNOT_VERIFY). */
  | 'verifyQualityIssue'
  /** The withdrawItProject mutation: Withdraws the round waiting for a decision (submitted or under review). The unit's CDO or data specialist. */
  | 'withdrawItProject'
  /** The withdrawOpenDataset mutation: 撤回: withdraws an open dataset; it stays listed as WITHDRAWN, without its files. */
  | 'withdrawOpenDataset';

/** The type of a changed record (a GraphQL type implementing Node). */
export type AuditTargetType =
  /** A record of type AnnualReport. */
  | 'AnnualReport'
  /** A record of type AnnualReportDeadline. */
  | 'AnnualReportDeadline'
  /** A record of type ApiToken. */
  | 'ApiToken'
  /** A record of type Appointment. */
  | 'Appointment'
  /** A record of type DataItem. */
  | 'DataItem'
  /** A record of type DataResource. */
  | 'DataResource'
  /** A record of type EvaluationIndicator. */
  | 'EvaluationIndicator'
  /** A record of type EvaluationManualScore. */
  | 'EvaluationManualScore'
  /** A record of type EvaluationResult. */
  | 'EvaluationResult'
  /** A record of type EvaluationRun. */
  | 'EvaluationRun'
  /** A record of type EvaluationScheme. */
  | 'EvaluationScheme'
  /** A record of type FindingOccurrence. */
  | 'FindingOccurrence'
  /** A record of type Function. */
  | 'Function'
  /** A record of type InnovationCase. */
  | 'InnovationCase'
  /** A record of type ItProject. */
  | 'ItProject'
  /** A record of type JointMeeting. */
  | 'JointMeeting'
  /** A record of type MeetingActionItem. */
  | 'MeetingActionItem'
  /** A record of type MeetingResolution. */
  | 'MeetingResolution'
  /** A record of type OpenDataset. */
  | 'OpenDataset'
  /** A record of type Person. */
  | 'Person'
  /** A record of type ProjectReview. */
  | 'ProjectReview'
  /** A record of type QualityIssue. */
  | 'QualityIssue'
  /** A record of type QualityMeasurement. */
  | 'QualityMeasurement'
  /** A record of type QualityRule. */
  | 'QualityRule'
  /** A record of type SharingGrant. */
  | 'SharingGrant'
  /** A record of type SharingRequest. */
  | 'SharingRequest'
  /** A record of type SharingUsageRecord. */
  | 'SharingUsageRecord'
  /** A record of type TrainingPlan. */
  | 'TrainingPlan'
  /** A record of type TrainingSession. */
  | 'TrainingSession'
  /** A record of type Unit. */
  | 'Unit'
  /** A record of type UserAccount. */
  | 'UserAccount'
  /** A record of type WorkingDayException. */
  | 'WorkingDayException';

/** 撤销: an OPEN action item cancelled, with a reason. */
export type CancelActionItemInput = {
  /** The action item. */
  id: string | number;
  /** 撤销理由, 1 to 1,000 characters. */
  reason: string;
};

/** Catalog classification (资源属性分类, 2017 national catalog guideline): the classification code's first digit. */
export type CatalogCategory =
  /** 基础: basic (1) */
  | 'BASIC'
  /** 部门: departmental (3) */
  | 'DEPARTMENTAL'
  /** 主题: thematic (2) */
  | 'THEMATIC';

/** Your current password and the new one. */
export type ChangePasswordInput = {
  /** Your password now (checked against the sign-in limits). */
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

/** 办结: an OPEN action item done, with an optional note. */
export type CompleteActionItemInput = {
  /** The action item. */
  id: string | number;
  /** 办结说明, at most 1,000 characters. */
  note?: string | null | undefined;
};

/** 召集联席会议: the meeting, its invited units and its agenda. */
export type ConveneJointMeetingInput = {
  /** 议程: the agenda's items in order (at most 30, each 1 to 200 characters). */
  agenda?: Array<string>;
  /** The day it is held; the convener must be the district CDO in office that day. */
  heldOn: string;
  /** The invited units (at most 100), each of the district and with a CDO in office on heldOn. */
  invitedUnitIds: Array<string | number>;
  /** 会议地点, at most 200 characters. */
  location?: string | null | undefined;
  /** 会议名称, 1 to 200 characters. */
  title: string;
};

/** A new sign-in account (district administrators). */
export type CreateAccountInput = {
  /** Grant the analyst role: read-only across all units, without personal information. */
  analyst?: boolean | null | undefined;
  /** Grant district administration (区数字政府建设工作领导小组办公室): everything, district-wide. */
  districtAdministrator?: boolean | null | undefined;
  /** PERSON (signs in) or SERVICE (calls with API tokens). */
  kind?: AccountKind;
  /** At least 10 characters. Leave out for single-sign-on-only users and service accounts. */
  password?: string | null | undefined;
  /** The person the account belongs to: roles follow their appointments. */
  personId?: string | number | null | undefined;
  /** Lower-case letters, digits, '.', '-' and '_'. */
  username: string;
};

/** 年度述职报告 of a unit for a year. */
export type CreateAnnualReportInput = {
  /** The unit (its CDO in office creates the report). */
  unitId: string | number;
  /** The year reported on, 2000 to the current year (one report per unit and year). */
  year: number;
};

/** A new data resource (数据资源) of a unit's inventory, with its data items; the server assigns its code. */
export type CreateDataResourceInput = {
  /** 资源属性分类: must match the classification code's first digit (1 BASIC, 2 THEMATIC, 3 DEPARTMENTAL). */
  catalogCategory: CatalogCategory;
  /** 6 digits, e.g. 301002; its first digit matches the category. */
  classificationCode: string;
  /** Leave out to have the next sequence assigned (e.g. 301002/00016). */
  code?: string | null | undefined;
  /** 信息资源格式 (format). */
  format: ResourceFormat;
  /** The provider's functions the resource serves. */
  functionIds?: Array<string | number> | null | undefined;
  /** On update: the resource's full item list (matched by code; items not listed are removed). */
  items?: Array<DataItemInput> | null | undefined;
  /** 分类分级: CORE 核心数据 (never opened), IMPORTANT 重要数据 (never opened unconditionally) or GENERAL 一般数据. */
  level: DataLevel;
  /** 生命周期阶段 (lifecycle stage); default PLANNING 规划. */
  lifecycleStage?: LifecycleStage;
  /** 信息资源名称: the resource's name. */
  name: string;
  /** 涉及国家利益 (national interest): the resource can then not be opened unconditionally. */
  nationalInterest?: boolean;
  /** 不予共享依据: the legal or policy basis, required when sharingType is NOT_SHARED. */
  notSharedBasis?: string | null | undefined;
  /** 开放条件: required when openType is CONDITIONAL. */
  openConditions?: string | null | undefined;
  /** 开放类型: UNCONDITIONAL 无条件开放, CONDITIONAL 有条件开放 (needs openConditions) or NOT_OPEN 不予开放; bounded by level, the sensitivity flags and sharingType. */
  openType: OpenType;
  /** 涉及个人隐私 (personal privacy): the resource can then not be opened unconditionally. */
  personalPrivacy?: boolean;
  /** Global ID of the providing unit (提供方): your own unit, or one below it. */
  providerUnitId: string | number;
  /** 涉及公共安全 (public safety): the resource can then not be opened unconditionally. */
  publicSafety?: boolean;
  /** Default for a published resource: the day it is published. */
  publishedDate?: string | null | undefined;
  /** 数据量: number of records. */
  recordCount?: number | null | undefined;
  /** 共享条件: required when sharingType is CONDITIONAL. */
  sharingConditions?: string | null | undefined;
  /** 共享方式: 接口, 文件 or 库表交换. */
  sharingMethod?: SharingMethod | null | undefined;
  /** 共享类型: UNCONDITIONAL 无条件共享, CONDITIONAL 有条件共享 (needs sharingConditions) or NOT_SHARED 不予共享 (needs notSharedBasis). */
  sharingType: SharingType;
  /** 来源系统: the information system the data comes from. */
  sourceSystem?: string | null | undefined;
  /** DRAFT or PUBLISHED. */
  status?: ResourceStatus;
  /** 信息资源摘要: what the resource holds. */
  summary?: string | null | undefined;
  /** 涉及商业秘密 (trade secret): the resource can then not be opened unconditionally. */
  tradeSecret?: boolean;
  /** 更新周期 (update frequency). */
  updateFrequency: UpdateFrequency;
};

/** A new draft version of the district's indicator system for a year. */
export type CreateEvaluationSchemeInput = {
  /** The district (root unit). */
  districtId: string | number;
  /** Grade thresholds; the defaults (90, 80, 60) when omitted. */
  grades?: GradeThresholdsInput | null | undefined;
  /** The indicators in order (at most 30). */
  indicators: Array<EvaluationIndicatorInput>;
  /** 名称, 1 to 200 characters. */
  title: string;
  /** 评价年度, 2000 to 2100. */
  year: number;
};

/** A statutory function or service item (职能) of a unit. */
export type CreateFunctionInput = {
  /** 法定依据: the law or regulation that assigns the function. */
  legalBasis?: string | null | undefined;
  /** The function's name, unique within the unit (ignoring case and width). */
  name: string;
  /** Global ID of the unit. */
  unitId: string | number;
};

/** 融合创新案例: a case, the resources it uses and the units involved. */
export type CreateInnovationCaseInput = {
  /** 案例类型: the kind of case. */
  kind: InnovationCaseKind;
  /** The lead unit (its CDO records the case). */
  leadUnitId: string | number;
  /** The data resources it uses (at most 50, each readable by you and not retired). */
  resourceIds?: Array<string | number>;
  /** 案例简介, 1 to 2,000 characters. */
  summary: string;
  /** 案例名称, 1 to 200 characters. */
  title: string;
  /** Other units involved (at most 50); the lead unit always is. */
  unitIds?: Array<string | number>;
  /** The year it started, 2000 to 2100. */
  year: number;
};

/** A new person (人员) of a unit. */
export type CreatePersonInput = {
  /** 学历: highest education degree. */
  educationDegree?: EducationDegree | null | undefined;
  /** 电子邮箱 (personal information: masked to all but the person, the unit's CDO and district administrators). */
  email?: string | null | undefined;
  /** 分管信息化年限: years in charge of informatization (3 or more meet the CDO qualification). */
  informatizationYears?: number | null | undefined;
  /** 专业: field of study. */
  major?: string | null | undefined;
  /** 计算机类相关专业: whether the major is computer-related (part of the CDO qualification, 选聘条件). */
  majorComputerRelated?: boolean | null | undefined;
  /** 姓名: the person's name. */
  name: string;
  /** 联系电话 (personal information), in E.164 form, e.g. +8651988000000. */
  phone?: string | null | undefined;
  /** 职务: the person's post. */
  position?: string | null | undefined;
  /** 科室: the section the person works in. */
  section?: string | null | undefined;
  /** The unit the person works in. */
  unitId: string | number;
};

/** A rule on a resource (or one of its items). */
export type CreateQualityRuleInput = {
  /** What kind of check it is. */
  checkKind: QualityCheckKind;
  /** 规则说明, 1–500 characters. */
  description: string;
  /** The dimension the rule checks. */
  dimension: QualityDimension;
  /** The item checked, if the rule is on one item. */
  itemId?: string | number | null | undefined;
  /** The resource checked. */
  resourceId: string | number;
  /** 目标分 0–100: the resource is below target in this dimension when its latest score is lower. */
  targetScore: number;
};

/** 年度培训计划 of a district for a year. */
export type CreateTrainingPlanInput = {
  /** The district (root unit). */
  districtId: string | number;
  /** At most 100 planned sessions. */
  sessions?: Array<PlannedTrainingSessionInput>;
  /** 计划名称, 1 to 200 characters. */
  title: string;
  /** The year, 2000 to 2100 (one plan per year). */
  year: number;
};

/** A new unit (单位) in the tree. */
export type CreateUnitInput = {
  /** Unique district-wide: letters, digits and '-' (e.g. 320402003 or 320402-B01). */
  code: string;
  /** 单位类型: what kind of unit. */
  kind: UnitKind;
  /** 单位名称: the unit's name, e.g. 区发展和改革局. */
  name: string;
  /** Required for every unit but the district (root). */
  parentId?: string | number | null | undefined;
};

/** A data item (信息项) of a resource: one field of its data. */
export type DataItemInput = {
  /** 信息项编码, unique within the resource: 1–64 letters, digits, '_', '.' or '-' (else ITEM_CODE_INVALID). */
  code: string;
  /** 数据类型: the item's data type. */
  dataType: ItemDataType;
  /** 信息项描述: what the item holds. */
  description?: string | null | undefined;
  /** 数据长度: the item's length, where its type has one. */
  length?: number | null | undefined;
  /** 信息项名称: the item's name. */
  name: string;
  /** The item holds personal information (个人信息): the resource can then not be shared or opened unconditionally as a whole. */
  personalInformation?: boolean | null | undefined;
  /** Only if stricter than the resource's. */
  sharingType?: SharingType | null | undefined;
};

/** Classification level (数据分级): it bounds how far a resource may be opened. */
export type DataLevel =
  /** 核心数据: core data, never opened */
  | 'CORE'
  /** 一般数据: general data */
  | 'GENERAL'
  /** 重要数据: important data, never opened unconditionally */
  | 'IMPORTANT';

/** Which resources to list. Filters combine with AND; the values inside one list with OR. */
export type DataResourceFilter = {
  /** Only these catalog classifications (资源属性分类). */
  catalogCategories?: Array<CatalogCategory> | null | undefined;
  /** Classification codes starting with this, e.g. 301 or 301002. */
  classificationCodePrefix?: string | null | undefined;
  /** With providerUnitId: also the resources of every unit below it. */
  includeDescendants?: boolean | null | undefined;
  /** Only these classification levels (分级). */
  levels?: Array<DataLevel> | null | undefined;
  /** Only these lifecycle stages (生命周期阶段). */
  lifecycleStages?: Array<LifecycleStage> | null | undefined;
  /** Only these open types (开放类型). */
  openTypes?: Array<OpenType> | null | undefined;
  /** Part of a resource's name or summary, or of one of its items' names (Chinese substring). */
  search?: string | null | undefined;
  /** Resources carrying any of these flags. */
  sensitivity?: Array<SensitivityFlag> | null | undefined;
  /** Only these sharing types (共享类型). */
  sharingTypes?: Array<SharingType> | null | undefined;
  /** Only these statuses. */
  statuses?: Array<ResourceStatus> | null | undefined;
  /** Resources provided by this unit (or by it and its subordinate units, with includeDescendants). */
  unitId?: string | number | null | undefined;
  /** Only these update frequencies (更新周期). */
  updateFrequencies?: Array<UpdateFrequency> | null | undefined;
};

/** How to sort resources: a field and a direction (ties broken by ID). */
export type DataResourceOrder = {
  /** Ascending (default) or descending. */
  direction?: OrderDirection;
  /** The field to sort by. */
  field: DataResourceOrderField;
};

/** What data resources can be sorted by. */
export type DataResourceOrderField =
  /** 信息资源代码 (resource code) */
  | 'CODE'
  /** 信息资源名称 (name), in the database's collation */
  | 'NAME'
  /** 数据量 (record count); resources without one sort as 0 */
  | 'RECORD_COUNT'
  /** Time of the last change */
  | 'UPDATED_AT';

/** 数据格式: the format of a distribution. */
export type DistributionFormat =
  /** API (数据接口) */
  | 'API'
  /** CSV file (CSV 文件) */
  | 'CSV'
  /** JSON file (JSON 文件) */
  | 'JSON'
  /** PDF document (PDF 文档) */
  | 'PDF'
  /** Excel 97-2003 workbook (XLS) (Excel 97-2003 工作簿 (XLS)) */
  | 'XLS'
  /** Excel workbook (XLSX) (Excel 工作簿 (XLSX)) */
  | 'XLSX'
  /** XML file (XML 文件) */
  | 'XML'
  /** ZIP archive (ZIP 压缩包) */
  | 'ZIP';

/** Education degree (学历). */
export type EducationDegree =
  /** 大学本科: bachelor's */
  | 'BACHELOR'
  /** 博士研究生: doctorate */
  | 'DOCTORATE'
  /** 高中及以下: high school or below */
  | 'HIGH_SCHOOL_OR_BELOW'
  /** 大专: junior college */
  | 'JUNIOR_COLLEGE'
  /** 硕士研究生: master's */
  | 'MASTER';

/** Ends an appointment's term (history is kept). */
export type EndAppointmentInput = {
  /** Global ID of the appointment. */
  appointmentId: string | number;
  /** Day the term ends (exclusive): the person no longer holds the role on this day. */
  endDate: string;
  /** Why the term ends, e.g. 工作调动, 退休 */
  reason?: string | null | undefined;
};

/** 评价等次: the grade a total earns under the scheme's thresholds. */
export type EvaluationGrade =
  /** 优秀: at or above the excellent threshold (default 90). */
  | 'EXCELLENT'
  /** 不合格: below the pass threshold. */
  | 'FAIL'
  /** 良好: at or above the good threshold (default 80). */
  | 'GOOD'
  /** 合格: at or above the pass threshold (default 60). */
  | 'PASS';

/** 评价指标: one indicator of a draft scheme. */
export type EvaluationIndicatorInput = {
  /** The indicator's category (指标类别). */
  category: IndicatorCategory;
  /** 满分点: the metric value scoring 100, an exact decimal with at most two decimals ("12.5"), never a float; linear between the two, clamped to 0–100. For lower-is-better metrics it lies below the zero point; a target ratio is zero point 0, full point the target. */
  fullPoint?: string | null | undefined;
  /** COMPUTED (give metric, zeroPoint, fullPoint) or MANUAL (give none of them). */
  method: IndicatorMethod;
  /** The metric of a COMPUTED indicator. */
  metric?: EvaluationMetric | null | undefined;
  /** 指标名称, 1 to 200 characters. */
  name: string;
  /** 权重: an exact decimal with at most two decimals ("12.5"), never a float, above 0 and at most 100; a scheme is published only when its weights sum to exactly 100. */
  weight: string;
  /** 零分点: the metric value scoring 0, an exact decimal with at most two decimals ("12.5"), never a float, in the metric's unit. */
  zeroPoint?: string | null | undefined;
};

/** 计算指标: a metric the catalog computes for every unit of the district in one statement or two (see `evaluationMetrics` for units and formulas). */
export type EvaluationMetric =
  /** 问题整改率: the share of the findings open at some time in the year (from the findings ledger) that were resolved by the run's day. */
  | 'FINDINGS_RESOLVED'
  /** 清单覆盖率: the unit's functions served by at least one catalogued resource, over its functions (%). */
  | 'INVENTORY_COVERAGE'
  /** 开放数据集数: open datasets the unit published (issued) in the year. */
  | 'OPEN_DATASETS'
  /** 数据质量得分: the year's overall quality score of the unit's resources (mean of the dimensions' yearly means). */
  | 'QUALITY_SCORE'
  /** 述职报告按时提交: 100 when the year's annual report was first submitted by the deadline, else 0. */
  | 'REPORT_ON_TIME'
  /** 共享申请按期办结率: requests received and due in the year decided by their deadline, over those due (%). */
  | 'REQUESTS_FULFILLED'
  /** 共享申请办理时长: median working days to decide the sharing requests the unit received (lower is better). */
  | 'SHARING_TURNAROUND'
  /** 培训学时: hours of training the unit's CDO attended in the year. */
  | 'TRAINING_HOURS';

/** The order of a run's results. */
export type EvaluationResultOrder =
  /** Best first (rank 1 first; ties in a fixed order: unit code, then ID). */
  | 'RANK_ASC'
  /** Lowest rank first (the reverse). */
  | 'RANK_DESC';

/** Where a run stands (评价结果状态). */
export type EvaluationRunStatus =
  /** 试算: a run to check; it may be run again. */
  | 'DRAFT'
  /** 已发布: final; never rewritten. */
  | 'PUBLISHED';

/** Where a scheme version stands (评价指标体系版本状态). */
export type EvaluationSchemeStatus =
  /** 草稿: editable; cannot be run. */
  | 'DRAFT'
  /** 已发布: frozen; runs and manual scores use it; changing it makes a new version. */
  | 'PUBLISHED';

/** Which findings: a unit (with or without its descendants), kinds and severities; all you may see by default. */
export type FindingFilter = {
  /** With unitId: include the units below it. */
  includeDescendants?: boolean | null | undefined;
  /** Only these kinds (问题类型). */
  kinds?: Array<FindingKind> | null | undefined;
  /** Only these severities (严重程度). */
  severities?: Array<FindingSeverity> | null | undefined;
  /** Only findings of this unit (with includeDescendants, of the units below it too). */
  unitId?: string | number | null | undefined;
};

/** Which occurrences of the findings ledger (问题台账). */
export type FindingHistoryFilter = {
  /** With unitId: include the units below it. */
  includeDescendants?: boolean | null | undefined;
  /** Only these kinds. */
  kinds?: Array<FindingKind> | null | undefined;
  /** true: only resolved occurrences; false: only open ones; both by default. */
  resolved?: boolean | null | undefined;
  /** Only occurrences of this unit (with includeDescendants, of the units below it too). */
  unitId?: string | number | null | undefined;
};

/** 问题类型: what a governance finding is about. Each value states its rule and severity (findings.policy.ts). */
export type FindingKind =
  /** 督办事项逾期 (MEDIUM): a joint meeting's action item still OPEN after its due date. */
  | 'ACTION_ITEM_OVERDUE'
  /** 年度述职报告逾期提交 (LOW): the latest year whose deadline has passed, and the report was first submitted after it. */
  | 'ANNUAL_REPORT_LATE'
  /** 年度述职报告未提交 (HIGH): the latest year whose deadline has passed, and the unit's CDO report was never submitted. */
  | 'ANNUAL_REPORT_MISSING'
  /** 例外选聘首席数据官 (LOW): the CDO in office was appointed by qualification exception. */
  | 'CDO_QUALIFICATION_EXCEPTION'
  /** 本年度未开展数据安全培训 (LOW): a unit that must have a CDO held no data-security session of its own this year. */
  | 'NO_DATA_SECURITY_TRAINING'
  /** 违规开放 (HIGH): a published open dataset that the opening rules would refuse today (resource NOT_OPEN, core, sensitive opened unconditionally, retired…). */
  | 'OPENED_AGAINST_RULES'
  /** 质量低于目标 (MEDIUM): a resource whose latest score in some dimension is below its target (the quality roll-ups). */
  | 'QUALITY_BELOW_TARGET'
  /** 数据纠错逾期 (MEDIUM): a reported quality issue the provider still owes work on after its due date. */
  | 'QUALITY_ISSUE_OVERDUE'
  /** 资源未按期更新 (MEDIUM): a catalogued resource (not retired) last updated more than one declared update period ago (the quality module's timeliness rule). */
  | 'RESOURCE_STALE'
  /** 共享申请逾期未答复 (HIGH): a pending sharing request past its decision deadline (working days). */
  | 'SHARING_DECISION_OVERDUE'
  /** 数据专员非责任科室或下属单位负责人 (LOW): the specialist in office is recorded outside the expected position (OTHER). */
  | 'SPECIALIST_OUTSIDE_POSITION'
  /** 缺少首席数据官 (HIGH): a unit that must have a CDO (dev zone, town, street, department) has none in office today. */
  | 'UNIT_MISSING_CDO'
  /** 缺少数据专员 (MEDIUM): a unit that must have a data specialist has none in office today. */
  | 'UNIT_MISSING_SPECIALIST';

/** 严重程度: how urgent a finding is (高/中/低). */
export type FindingSeverity =
  /** 高: a rule of the CDO system broken outright (a missing CDO, late decisions, data opened against the rules, a missing report). */
  | 'HIGH'
  /** 低: recorded and reported, to be improved. */
  | 'LOW'
  /** 中: work owed and overdue. */
  | 'MEDIUM';

/** 等次分数线: the lowest totals of 优秀, 良好 and 合格 (defaults 90, 80, 60). */
export type GradeThresholdsInput = {
  /** 优秀: an exact decimal with at most two decimals ("12.5"), never a float, 0 to 100. */
  excellent: string;
  /** 良好: an exact decimal with at most two decimals ("12.5"), never a float, at most excellent. */
  good: string;
  /** 合格: an exact decimal with at most two decimals ("12.5"), never a float, at most good. */
  pass: string;
};

/** 指标类别: which part of the CDO's duties an indicator measures. */
export type IndicatorCategory =
  /** 应用创新: application innovation. */
  | 'APPLICATION_INNOVATION'
  /** 数据汇聚: data aggregation (inventory, quality). */
  | 'DATA_AGGREGATION'
  /** 履职保障: the role's own duties (training, reporting). */
  | 'DUTY_ASSURANCE'
  /** 开放共享: open sharing. */
  | 'OPEN_SHARING'
  /** 安全保护: security protection. */
  | 'SECURITY_PROTECTION';

/** 评分方式: computed by a named metric, or scored by hand with a reason. */
export type IndicatorMethod =
  /** 系统计算: computed from the catalog by a metric and a linear scoring rule. */
  | 'COMPUTED'
  /** 人工评分: scored 0–100 per unit by the district office, with a reason. */
  | 'MANUAL';

/** 融合创新案例类型: a data product, a public-data exploitation pilot, or an open-data competition entry. */
export type InnovationCaseKind =
  /** 数据开放应用创新大赛作品: an open-data application competition entry. */
  | 'COMPETITION_ENTRY'
  /** 数据产品: a data product. */
  | 'DATA_PRODUCT'
  /** 公共数据开发利用试点: a public-data exploitation pilot. */
  | 'PUBLIC_DATA_PILOT';

/** The files under /exports/ a signed link can name. */
export type InventoryDownload =
  /** /exports/inventory.csv: one row per item, UTF-8 with BOM. */
  | 'INVENTORY_CSV'
  /** /exports/inventory.xlsx: the items sheet (the import template), then one row per resource. */
  | 'INVENTORY_XLSX'
  /** /exports/template.xlsx: the empty template with drop-down lists, 填表说明 and the units' functions. */
  | 'TEMPLATE_XLSX';

/** What is wrong in an imported row: the file's own problems, or the inventory rule it breaks (the same code the API refuses with). */
export type InventoryImportProblemCode =
  /** 资源属性分类 does not match the classification code's first digit. */
  | 'CLASSIFICATION_CATEGORY_MISMATCH'
  /** 分类代码 is not 类 (1 digit) + 项 (2) + 目 (3). */
  | 'CLASSIFICATION_CODE_INVALID'
  /** 核心数据 (core data) is never opened. */
  | 'CORE_DATA_NEVER_OPENED'
  /** The unit already has a function of that name (case and width ignored). */
  | 'FUNCTION_NAME_TAKEN'
  /** A function that is not the providing unit's. */
  | 'FUNCTION_NOT_OF_PROVIDER'
  /** Not a date where one is needed. */
  | 'INVALID_DATE'
  /** Not a number where one is needed. */
  | 'INVALID_NUMBER'
  /** Too long for its field, or characters a code may not have. */
  | 'INVALID_TEXT'
  /** Two items of one resource with the same code (case and width ignored). */
  | 'ITEM_CODE_DUPLICATE'
  /** 信息项编码 is not 1–64 letters, digits, '_', '.' or '-' (the same rule as the API's). */
  | 'ITEM_CODE_INVALID'
  /** 信息项编码 written as a number (1) beside stored codes of another width (001, 0002): which item is meant is not guessed; write the code as text. */
  | 'ITEM_CODE_LOOKALIKE'
  /** An item's own sharing type may only be stricter than its resource's. */
  | 'ITEM_SHARING_LOOSER_THAN_RESOURCE'
  /** 不予共享 (not shared) without its legal or policy basis. */
  | 'NOT_SHARED_BASIS_REQUIRED'
  /** Opening to the public cannot be wider than sharing between government units. */
  | 'OPENING_WIDER_THAN_SHARING'
  /** 有条件开放 (conditional opening) without its conditions. */
  | 'OPEN_CONDITIONS_REQUIRED'
  /** A resource with a personal-information item is never shared or opened unconditionally as a whole. */
  | 'PERSONAL_INFORMATION_UNCONDITIONAL'
  /** 信息资源代码 is not the classification code + '/' + a 5-digit sequence. */
  | 'RESOURCE_CODE_INVALID'
  /** 信息资源代码 is already another resource's (unique district-wide). */
  | 'RESOURCE_CODE_TAKEN'
  /** A resource column holds another value than on the resource's first row. */
  | 'RESOURCE_COLUMNS_DIFFER'
  /** A row without 信息资源代码 whose 信息资源名称 is the name of several of the providing unit's resources: give the code to say which. */
  | 'RESOURCE_NAME_AMBIGUOUS'
  /** The resource is retired: readable with its history, no longer edited. */
  | 'RESOURCE_RETIRED'
  /** The rows of one resource are not next to each other. */
  | 'RESOURCE_ROWS_NOT_CONTIGUOUS'
  /** Important or sensitive data (重要数据, or any sensitivity flag) is never opened unconditionally. */
  | 'SENSITIVE_DATA_OPENED_UNCONDITIONALLY'
  /** 有条件共享 (conditional sharing) without its conditions. */
  | 'SHARING_CONDITIONS_REQUIRED'
  /** The file is not the template: unreadable, headers missing, unknown or repeated, values under no header. */
  | 'SPREADSHEET_FORMAT_INVALID'
  /** The file is past a reading bound (columns, cell or row length, inflated size, time). */
  | 'SPREADSHEET_TOO_LARGE'
  /** 已退役 (retired) is not a status a file can set: retire with retireDataResource. */
  | 'STATUS_NOT_ALLOWED'
  /** 资源提供方代码 names no unit. */
  | 'UNIT_NOT_FOUND'
  /** 资源提供方代码 names a unit that is not the target unit or one below it. */
  | 'UNIT_OUTSIDE_SCOPE'
  /** A cell that should hold one of the template's labels (e.g. 有条件共享) holds something else. */
  | 'UNKNOWN_LABEL'
  /** A required value is empty, or its column is missing while a new resource or item needs it. */
  | 'VALUE_REQUIRED';

/** An API token for a service account. */
export type IssueApiTokenInput = {
  /** A service account. */
  accountId: string | number;
  /** Default: never expires (revoke it instead). */
  expiresAt?: string | null | undefined;
  /** What the token is for, e.g. 共享交换平台同步 (1–128 characters). */
  name: string;
};

/** Data type of a data item (信息项数据类型). */
export type ItemDataType =
  /** 二进制: binary */
  | 'BINARY'
  /** 布尔型: yes/no */
  | 'BOOLEAN'
  /** 日期型: date */
  | 'DATE'
  /** 日期时间型: date and time */
  | 'DATETIME'
  /** 数值型: number */
  | 'NUMBER'
  /** 字符型: text */
  | 'STRING';

/** Lifecycle stage of the resource (生命周期阶段). */
export type LifecycleStage =
  /** 归档: archived */
  | 'ARCHIVED'
  /** 采集: collection */
  | 'COLLECTION'
  /** 开发利用: exploitation */
  | 'EXPLOITATION'
  /** 规划: planning */
  | 'PLANNING'
  /** 处理: processing */
  | 'PROCESSING'
  /** 共享开放: sharing and opening */
  | 'SHARING_AND_OPENING';

/** 出席情况: how an invited unit CDO attended a joint meeting. */
export type MeetingAttendance =
  /** 缺席: did not attend and sent no one. */
  | 'ABSENT'
  /** 委托参会: sent a person of the unit in their place. */
  | 'DELEGATED'
  /** 出席: attended in person. */
  | 'PRESENT';

/** One dataset's downloads and API calls on one day, as the portal counted them. */
export type OpenDataUsageInput = {
  /** 接口调用次数 that day (0 to 1,000,000,000). */
  apiCalls: number;
  /** The open dataset. */
  datasetId: string | number;
  /** The day (district time), from the publication date to today. */
  day: string;
  /** 下载次数 that day (0 to 1,000,000,000). */
  downloads: number;
};

/** Narrows the public catalog; every given condition must hold. */
export type OpenDatasetFilter = {
  /** Offered in any of these formats (at most 20). */
  formats?: Array<DistributionFormat> | null | undefined;
  /** Also list withdrawn datasets (default false). */
  includeWithdrawn?: boolean | null | undefined;
  /** Chinese (or any) substring of the title or description, case and width ignored; at most 100 characters. */
  search?: string | null | undefined;
  /** Any of these themes (at most 20). */
  themes?: Array<OpenTheme> | null | undefined;
  /** Published by any of these units (PublicUnit IDs; at most 20). */
  unitIds?: Array<string | number> | null | undefined;
};

/** 开放状态: whether an open dataset is published or withdrawn. */
export type OpenDatasetStatus =
  /** Published (已开放) */
  | 'PUBLISHED'
  /** Withdrawn (已撤回) */
  | 'WITHDRAWN';

/** One way the dataset is offered: a file or an API. */
export type OpenDistributionInput = {
  /** dcat:accessURL: an http(s) URL of at most 500 characters. */
  accessUrl: string;
  /** dcat:downloadURL for a file: an http(s) URL of at most 500 characters. */
  downloadUrl?: string | null | undefined;
  /** 数据格式; the media type follows from it. */
  format: DistributionFormat;
  /** A name for it (at most 200 characters). */
  title?: string | null | undefined;
};

/** 开放许可: the licence a dataset is opened under. */
export type OpenLicence =
  /** Creative Commons CC0 1.0 (知识共享 CC0 1.0 公共领域贡献) */
  | 'CC0_1_0'
  /** Creative Commons Attribution 4.0 (知识共享署名 4.0 国际许可协议) */
  | 'CC_BY_4_0'
  /** Open Data Commons Attribution 1.0 (开放数据共享署名许可 1.0) */
  | 'ODC_BY_1_0';

/** 开放主题: the portal's fixed list of themes. */
export type OpenTheme =
  /** Agriculture and rural affairs (农业农村) */
  | 'AGRICULTURE'
  /** Credit (信用服务) */
  | 'CREDIT'
  /** Culture and leisure (文化休闲) */
  | 'CULTURE_LEISURE'
  /** Economy (经济建设) */
  | 'ECONOMY'
  /** Education, science and technology (教育科技) */
  | 'EDUCATION_SCIENCE'
  /** Resources and environment (资源环境) */
  | 'ENVIRONMENT'
  /** Government (政府机构) */
  | 'GOVERNMENT'
  /** Health (卫生健康) */
  | 'HEALTH'
  /** Public services (民生服务) */
  | 'LIVELIHOOD'
  /** Organisations (机构团体) */
  | 'ORGANISATIONS'
  /** Public safety (公共安全) */
  | 'PUBLIC_SAFETY'
  /** Social development (社会发展) */
  | 'SOCIAL_DEVELOPMENT'
  /** Roads and transport (道路交通) */
  | 'TRANSPORT'
  /** Urban construction and housing (城建住房) */
  | 'URBAN_CONSTRUCTION';

/** Open type (开放类型): whether and how the resource is opened to the public. */
export type OpenType =
  /** 有条件开放: open on stated conditions */
  | 'CONDITIONAL'
  /** 不予开放: not opened to the public */
  | 'NOT_OPEN'
  /** 无条件开放: open to anyone */
  | 'UNCONDITIONAL';

/** Sort direction. */
export type OrderDirection =
  /** Ascending: A to Z, oldest first, smallest first */
  | 'ASC'
  /** Descending: Z to A, newest first, largest first */
  | 'DESC';

/** Which persons to list. Filters combine with AND. */
export type PersonFilter = {
  /** With unitId: the persons of every unit below it too. */
  includeDescendants?: boolean | null | undefined;
  /** Part of the name. */
  search?: string | null | undefined;
  /** Persons working in this unit (or its descendants with includeDescendants). */
  unitId?: string | number | null | undefined;
};

/** A session the plan foresees. */
export type PlannedTrainingSessionInput = {
  /** 培训形式: the format. */
  format: TrainingFormat;
  /** Planned hours, an exact decimal above 0 and at most 40 with at most two decimals, e.g. "1.5". */
  hours: string;
  /** The month, 1 to 12. */
  month: number;
  /** 培训题目, 1 to 200 characters. */
  title: string;
  /** 培训主题: the topic. */
  topic: TrainingTopic;
};

/** Opens a published data resource to the public (开放). */
export type PublishOpenDatasetInput = {
  /** Description (at most 2,000 characters); the resource's summary by default. */
  description?: string | null | undefined;
  /** Its files and APIs: 1 to 10. */
  distributions: Array<OpenDistributionInput>;
  /** 发布日期: today by default; never in the future. */
  issued?: string | null | undefined;
  /** The licence it is opened under (开放许可). */
  licence: OpenLicence;
  /** 开放条件 for a CONDITIONAL dataset (at most 1,000 characters); the resource's by default. */
  openConditions?: string | null | undefined;
  /** 开放类型 of the dataset: the resource's by default; may be stricter (CONDITIONAL for an UNCONDITIONAL resource), never wider. */
  openType?: OpenType | null | undefined;
  /** The data resource to open. */
  resourceId: string | number;
  /** The open-data theme (开放主题). */
  theme: OpenTheme;
  /** Title (at most 200 characters); the resource's name by default. */
  title?: string | null | undefined;
  /** 更新频率; the resource's by default. */
  updateFrequency?: UpdateFrequency | null | undefined;
};

/** Which below-target scores to list. */
export type QualityBelowTargetFilter = {
  /** Only this dimension. */
  dimension?: QualityDimension | null | undefined;
  /** With unitId: include the resources of every unit below it. */
  includeDescendants?: boolean | null | undefined;
  /** Only this unit's resources (with includeDescendants, its descendants' too). */
  unitId?: string | number | null | undefined;
};

/** 校验类型: what a quality rule checks (after GB/T 36344's sub-indicators). */
export type QualityCheckKind =
  /** 可访问性: the interface or file is reachable. */
  | 'ACCESSIBILITY'
  /** 一致性: consistent with related data. */
  | 'CONSISTENCY'
  /** 自定义: any other check, described in the rule. */
  | 'CUSTOM'
  /** 格式: format compliance. */
  | 'FORMAT'
  /** 及时性: updated in time. */
  | 'FRESHNESS'
  /** 非空: element completeness. */
  | 'NOT_NULL'
  /** 参照完整性: references resolve. */
  | 'REFERENCE'
  /** 来源核验: checked against the authoritative source. */
  | 'SOURCE_VERIFICATION'
  /** 唯一性: no duplicate keys. */
  | 'UNIQUENESS'
  /** 值域: values within their domain. */
  | 'VALUE_RANGE';

/** 数据质量维度: the policy's five dimensions, each mapped to GB/T 36344-2018 where they meet. */
export type QualityDimension =
  /** 准确性 (GB/T 36344 准确性 and 规范性): content correct, formats compliant, no duplicates, unique keys unique. */
  | 'ACCURACY'
  /** 真实性: the data reflects what really happened (GB/T 36344 has no own indicator; checked against the source system or authoritative records). */
  | 'AUTHENTICITY'
  /** 可用性 (GB/T 36344 可访问性 and 一致性): reachable and usable by consumers as catalogued. */
  | 'AVAILABILITY'
  /** 完整性 (GB/T 36344 完整性): elements and records filled in; the catalog also checks its own metadata. */
  | 'COMPLETENESS'
  /** 时效性 (GB/T 36344 时效性): updated as often as declared; the catalog checks the last update against the update frequency. */
  | 'TIMELINESS';

/** Which issues to list. */
export type QualityIssueFilter = {
  /** With unitId: include the units below it. */
  includeDescendants?: boolean | null | undefined;
  /** 逾期: only issues past their due date that the provider still owes work on (REPORTED, ACCEPTED, REOPENED). */
  overdueOnly?: boolean | null | undefined;
  /** Only issues of this resource. */
  resourceId?: string | number | null | undefined;
  /** Only issues in these states. */
  states?: Array<QualityIssueState> | null | undefined;
  /** Only issues of this provider unit (with includeDescendants, of the units below it too). */
  unitId?: string | number | null | undefined;
};

/** 数据纠错状态: REPORTED → ACCEPTED → RECTIFIED → VERIFIED; REPORTED → REJECTED; RECTIFIED → REOPENED → RECTIFIED. */
export type QualityIssueState =
  /** 已受理: the provider accepted it and is rectifying. */
  | 'ACCEPTED'
  /** 已整改: the provider says it is fixed; waiting for the reporter's (or the district office's) verification. */
  | 'RECTIFIED'
  /** 已驳回: the provider rejected it with a reason (closed). */
  | 'REJECTED'
  /** 已重新打开: the verification failed; back with the provider. */
  | 'REOPENED'
  /** 已提交: reported, waiting for the provider. */
  | 'REPORTED'
  /** 已核验: verified as fixed (closed). */
  | 'VERIFIED';

/** One step of an issue's workflow. */
export type QualityIssueStepInput = {
  /** The reason (required to reject and to reopen) or the rectification note (optional), at most 1000 characters. */
  comment?: string | null | undefined;
  /** The issue. */
  id: string | number;
};

/** A batch of measurements as columns: item i of every list is row i (0-based, the index errors name), measuredAt gives the row count, and a list left out is null in every row. The rows are the same as QualityMeasurementInput's and are checked the same way; lists of scalars are cheaper to send and to read than 10,000 objects. */
export type QualityMeasurementColumnsInput = {
  /** Each row's dimension, unless its ruleId is given. */
  dimension?: Array<QualityDimension | null | undefined> | null | undefined;
  /** When each check was made (to the second; not in the future): one item per row. */
  measuredAt: Array<string>;
  /** Each row's 备注 (at most 500 characters), or null. */
  note?: Array<string | null | undefined> | null | undefined;
  /** Each row's A: elements that passed, or null. */
  passed?: Array<number | null | undefined> | null | undefined;
  /** Each row's measured resource (with dimension), unless its ruleId is given. */
  resourceId?: Array<string | number | null | undefined> | null | undefined;
  /** Each row's rule; its resource and dimension are the row's. */
  ruleId?: Array<string | number | null | undefined> | null | undefined;
  /** Each row's 得分 0–100, or null where passed/total give it. */
  score?: Array<number | null | undefined> | null | undefined;
  /** The source of every row: MANUAL, AUTOMATED or EXTERNAL_PLATFORM. */
  source: QualitySource;
  /** Each row's B: elements checked, or null. */
  total?: Array<number | null | undefined> | null | undefined;
};

/** One measurement: of a rule (ruleId: its resource and dimension follow), or of a resource in a dimension (resourceId and dimension); a score, or passed and total (GB/T 36344's X = A/B). */
export type QualityMeasurementInput = {
  /** The dimension, unless ruleId is given (if both, they must agree). */
  dimension?: QualityDimension | null | undefined;
  /** When the check was made (to the second; not in the future). Its district day is the day it counts in. */
  measuredAt: string;
  /** 备注, at most 500 characters. */
  note?: string | null | undefined;
  /** A: elements that passed (a whole number, 0 ≤ passed ≤ total). */
  passed?: number | null | undefined;
  /** The measured resource (with dimension), unless ruleId is given. */
  resourceId?: string | number | null | undefined;
  /** The rule measured; its resource and dimension are the measurement's. */
  ruleId?: string | number | null | undefined;
  /** 得分 0–100 (kept to two decimals); not with passed/total. */
  score?: number | null | undefined;
  /** MANUAL, AUTOMATED or EXTERNAL_PLATFORM (CATALOG is the server's own). */
  source: QualitySource;
  /** B: elements checked (a whole number ≥ 1). */
  total?: number | null | undefined;
};

/** 测量来源: who or what made a measurement. */
export type QualitySource =
  /** 自动检查: an automated check run by the unit. */
  | 'AUTOMATED'
  /** 目录自检: the catalog's own checks (timeliness, metadata completeness); recorded by the server only. */
  | 'CATALOG'
  /** 外部平台: a measurement from another platform (e.g. the city's data-sharing platform). */
  | 'EXTERNAL_PLATFORM'
  /** 人工检查: a person's check. */
  | 'MANUAL';

/** 出席情况 of one invited unit's CDO. */
export type RecordMeetingAttendanceInput = {
  /** PRESENT, ABSENT or DELEGATED. */
  attendance: MeetingAttendance;
  /** 受托人: for DELEGATED only, a person of the invited unit. */
  delegatePersonId?: string | number | null | undefined;
  /** The meeting. */
  meetingId: string | number;
  /** The invited unit. */
  unitId: string | number;
};

/** 会议决议 and the action items it assigns. */
export type RecordMeetingResolutionInput = {
  /** At most 50 action items. */
  actionItems?: Array<ActionItemInput>;
  /** 决议内容, 1 to 2,000 characters. */
  content: string;
  /** STRATEGIC_DECISION or MAJOR_MATTER_COORDINATION. */
  kind: ResolutionKind;
  /** The meeting. */
  meetingId: string | number;
};

/** A batch of daily usage figures from the open-data portal. */
export type RecordOpenDataUsageInput = {
  /** 1 to 1,000 records; a day already recorded for a dataset is replaced (re-sending a batch is harmless). */
  entries: Array<OpenDataUsageInput>;
};

/** 培训: a session a unit held, and who attended. */
export type RecordTrainingSessionInput = {
  /** 1 to 500 attendees, people of the unit (or of units below it). */
  attendeePersonIds: Array<string | number>;
  /** The day it was held (not in the future). */
  heldOn: string;
  /** Hours, an exact decimal above 0 and at most 40 with at most two decimals, e.g. "1.5". */
  hours: string;
  /** 培训题目, 1 to 200 characters. */
  title: string;
  /** 培训主题: the topic. */
  topic: TrainingTopic;
  /** The unit that held it (its CDO records it). */
  unitId: string | number;
};

/** 数据纠错: a defect found in a resource or one of its items. */
export type ReportQualityIssueInput = {
  /** 问题描述, 1–2000 characters. */
  description: string;
  /** The item at fault, if one. */
  itemId?: string | number | null | undefined;
  /** The resource (any you can read). */
  resourceId: string | number;
  /** 纠错标题, 1–200 characters. */
  title: string;
};

/** 决议类型: a strategic decision, or the coordination of a major matter. */
export type ResolutionKind =
  /** 重大事项协调: coordination of a major cross-unit matter. */
  | 'MAJOR_MATTER_COORDINATION'
  /** 战略决策: a decision on the district's data strategy. */
  | 'STRATEGIC_DECISION';

/** Which resources to analyse. Filters combine with AND, the values inside one list with OR; you always see the shared catalog plus the drafts of your own units. */
export type ResourceAnalysisFilter = {
  /** Only these catalog categories (资源属性分类). */
  categories?: Array<CatalogCategory> | null | undefined;
  /** Only these formats (信息资源格式). */
  formats?: Array<ResourceFormat> | null | undefined;
  /** Only these classification levels (分级). */
  levels?: Array<DataLevel> | null | undefined;
  /** Only these lifecycle stages (生命周期阶段). */
  lifecycleStages?: Array<LifecycleStage> | null | undefined;
  /** Only these open types (开放类型). */
  openTypes?: Array<OpenType> | null | undefined;
  /** Published (发布日期) on or after this day. */
  publishedFrom?: string | null | undefined;
  /** Published (发布日期) on or before this day. */
  publishedTo?: string | null | undefined;
  /** Search words (at most 5, 64 characters), as in searchDataResources: every word must match. */
  search?: string | null | undefined;
  /** Only these sharing types (共享类型). */
  sharingTypes?: Array<SharingType> | null | undefined;
  /** Only these statuses. */
  statuses?: Array<ResourceStatus> | null | undefined;
  /** Resources of these units or any unit below them (at most 50). */
  unitIds?: Array<string | number> | null | undefined;
  /** Only these update frequencies (更新周期). */
  updateFrequencies?: Array<UpdateFrequency> | null | undefined;
  /** Changed at or after this time. */
  updatedFrom?: string | null | undefined;
  /** Changed before this time. */
  updatedTo?: string | null | undefined;
};

/** A dimension of the data resources for cross-tabs and facets. */
export type ResourceDimension =
  /** 资源属性分类: catalog category. */
  | 'CATEGORY'
  /** 信息资源格式: format. */
  | 'FORMAT'
  /** 分级: classification level. */
  | 'LEVEL'
  /** 生命周期阶段: lifecycle stage. */
  | 'LIFECYCLE_STAGE'
  /** 开放类型: open type. */
  | 'OPEN_TYPE'
  /** 共享类型: sharing type. */
  | 'SHARING_TYPE'
  /** Status: draft, published or retired. */
  | 'STATUS'
  /** Providing unit (提供单位), rolled up to the chosen unit depth. */
  | 'UNIT'
  /** 更新周期: update frequency. */
  | 'UPDATE_FREQUENCY';

/** Format of the resource (信息资源格式). */
export type ResourceFormat =
  /** 接口: API */
  | 'API'
  /** 数据库 (库表): database tables */
  | 'DATABASE'
  /** 电子文件: electronic document */
  | 'DOCUMENT'
  /** 图形图像: graphics and images */
  | 'IMAGE'
  /** 电子表格: spreadsheet */
  | 'SPREADSHEET'
  /** 流媒体: streaming media */
  | 'STREAMING_MEDIA';

/** Catalog status of a resource: draft, published or retired. */
export type ResourceStatus =
  /** 草稿: draft */
  | 'DRAFT'
  /** 已发布: published */
  | 'PUBLISHED'
  /** 已退役: retired, readable, no longer edited */
  | 'RETIRED';

/** Retires a resource: it stays readable with its history, and is no longer edited. */
export type RetireDataResourceInput = {
  /** Global ID of the resource. */
  id: string | number;
  /** The version you read (optimistic lock): a stale one is refused with CONFLICT. */
  version: number;
};

/** Which scheme version to run (its district and year are the scheme's). */
export type RunEvaluationInput = {
  /** A published scheme version. */
  schemeId: string | number;
};

/** Where a search word matched a resource (ranked in this order). */
export type SearchMatchField =
  /** The resource's code (信息资源代码) or classification code. */
  | 'CODE'
  /** The name of one of its data items (信息项名称). */
  | 'ITEM'
  /** The resource's name (信息资源名称). */
  | 'NAME'
  /** The resource's summary (信息资源摘要). */
  | 'SUMMARY'
  /** The providing unit's name or code, or an abbreviation of its name (卫健 for 区卫生健康局). */
  | 'UNIT';

/** Sensitivity flags (涉及国家利益、公共安全、商业秘密、个人隐私): a flagged resource is never opened unconditionally. */
export type SensitivityFlag =
  /** 涉及国家利益: national interest */
  | 'NATIONAL_INTEREST'
  /** 涉及个人隐私: personal privacy */
  | 'PERSONAL_PRIVACY'
  /** 涉及公共安全: public safety */
  | 'PUBLIC_SAFETY'
  /** 涉及商业秘密: trade secret */
  | 'TRADE_SECRET';

/** 人工评分 of one unit on a MANUAL indicator of a published scheme. */
export type SetEvaluationManualScoreInput = {
  /** The MANUAL indicator. */
  indicatorId: string | number;
  /** 评分理由 (required), 1 to 1,000 characters. */
  reason: string;
  /** 得分: an exact decimal with at most two decimals ("12.5"), never a float, 0 to 100. */
  score: string;
  /** The unit scored (a unit of the district that must have a CDO). */
  unitId: string | number;
};

/** How a resource is shared (共享方式). */
export type SharingMethod =
  /** 接口: API */
  | 'API'
  /** 库表交换: database exchange */
  | 'DATABASE_EXCHANGE'
  /** 文件: file */
  | 'FILE';

/** Sharing type (共享类型) between government units, from least to most restrictive. */
export type SharingType =
  /** 有条件共享: conditional, the provider decides each request against the stated conditions */
  | 'CONDITIONAL'
  /** 不予共享: not shared, on a stated legal or policy basis */
  | 'NOT_SHARED'
  /** 无条件共享: unconditional, granted to any government unit on request */
  | 'UNCONDITIONAL';

/** 数据专员原则上由责任科室或下属单位负责人兼任: the post the specialist holds. */
export type SpecialistPosition =
  /** Neither: reported as a finding */
  | 'OTHER'
  /** 责任科室负责人: head of the responsible section */
  | 'RESPONSIBLE_SECTION_HEAD'
  /** 下属单位负责人: head of a subordinate unit */
  | 'SUBORDINATE_UNIT_HEAD';

/** The inventory template's file formats. */
export type SpreadsheetFormat =
  /** CSV: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK as Excel saves it. */
  | 'CSV'
  /** Excel workbook: its first sheet. */
  | 'XLSX';

/** 培训形式: technical exchange or business training. */
export type TrainingFormat =
  /** 业务培训: business training. */
  | 'BUSINESS_TRAINING'
  /** 技术交流: technical exchange. */
  | 'TECHNICAL_EXCHANGE';

/** Which sessions. */
export type TrainingSessionFilter = {
  /** On this topic. */
  topic?: TrainingTopic | null | undefined;
  /** Of this unit with its descendants. */
  unitId?: string | number | null | undefined;
  /** Held in this year. */
  year?: number | null | undefined;
};

/** 培训主题: digital literacy, digital skills or data security. */
export type TrainingTopic =
  /** 数据安全: data security. */
  | 'DATA_SECURITY'
  /** 数字素养: digital literacy. */
  | 'DIGITAL_LITERACY'
  /** 数字技能: digital skills. */
  | 'DIGITAL_SKILLS';

/** 趋势粒度: the buckets of a trend, as civil dates in the district's time zone. */
export type TrendGranularity =
  /** 按日: one point per day. */
  | 'DAY'
  /** 按月: one point per calendar month, dated by its first day. */
  | 'MONTH'
  /** 按周: one point per ISO week (Monday to Sunday), dated by its Monday. */
  | 'WEEK';

/** Which units to list. Filters combine with AND. */
export type UnitFilter = {
  /** With parentId: every unit below it, not only its direct children. */
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
  /** 区各部门: a district department, e.g. 区发展和改革局 */
  | 'DEPARTMENT'
  /** 开发区: the development zone */
  | 'DEVELOPMENT_ZONE'
  /** 区 — the root of the tree */
  | 'DISTRICT'
  /** 街道: a street (subdistrict) */
  | 'STREET'
  /** 下属单位 of a department, town, street or the development zone */
  | 'SUBORDINATE'
  /** 镇: a town */
  | 'TOWN';

/** Changes to an account; a field left out (or null) stays as it is. */
export type UpdateAccountInput = {
  /** Global ID of the account. */
  accountId: string | number;
  /** Grant (true) or withdraw (false) the analyst role. */
  analyst?: boolean | null | undefined;
  /** A disabled account's tokens stop working at once. */
  disabled?: boolean | null | undefined;
  /** Grant (true) or withdraw (false) district administration. */
  districtAdministrator?: boolean | null | undefined;
  /** Link the account to this person (roles follow their appointments); null unlinks it. */
  personId?: string | number | null | undefined;
};

/** The CDO's text: a field left out stays as it is; an empty one is cleared. Each at most 8000 characters. */
export type UpdateAnnualReportInput = {
  /** 三、应用创新: the narrative. */
  applicationInnovation?: string | null | undefined;
  /** 一、数据汇聚: the narrative. */
  dataAggregation?: string | null | undefined;
  /** The report. */
  id: string | number;
  /** 二、开放共享: the narrative. */
  openSharing?: string | null | undefined;
  /** 四、安全保护: the narrative. */
  securityProtection?: string | null | undefined;
  /** 工作建议: the work suggestions. */
  suggestions?: string | null | undefined;
};

/** Changes a resource. Omitted fields stay as they are; null clears an optional one. */
export type UpdateDataResourceInput = {
  /** 信息资源格式 (format). */
  format?: ResourceFormat | null | undefined;
  /** The provider's functions the resource serves. */
  functionIds?: Array<string | number> | null | undefined;
  /** Global ID of the resource. */
  id: string | number;
  /** On update: the resource's full item list (matched by code; items not listed are removed). */
  items?: Array<DataItemInput> | null | undefined;
  /** 分类分级 (classification level). */
  level?: DataLevel | null | undefined;
  /** 生命周期阶段 (lifecycle stage). */
  lifecycleStage?: LifecycleStage | null | undefined;
  /** 信息资源名称: the new name. */
  name?: string | null | undefined;
  /** 涉及国家利益 (national interest). */
  nationalInterest?: boolean | null | undefined;
  /** 不予共享依据: the legal or policy basis, required when sharingType is NOT_SHARED. */
  notSharedBasis?: string | null | undefined;
  /** 开放条件: required when openType is CONDITIONAL. */
  openConditions?: string | null | undefined;
  /** 开放类型 (open type); bounded by level, the sensitivity flags and sharingType. */
  openType?: OpenType | null | undefined;
  /** 涉及个人隐私 (personal privacy). */
  personalPrivacy?: boolean | null | undefined;
  /** 涉及公共安全 (public safety). */
  publicSafety?: boolean | null | undefined;
  /** Default for a published resource: the day it is published. */
  publishedDate?: string | null | undefined;
  /** 数据量: number of records. */
  recordCount?: number | null | undefined;
  /** 共享条件: required when sharingType is CONDITIONAL. */
  sharingConditions?: string | null | undefined;
  /** 共享方式: 接口, 文件 or 库表交换. */
  sharingMethod?: SharingMethod | null | undefined;
  /** 共享类型 (sharing type); the conditions or basis it needs must be set too. */
  sharingType?: SharingType | null | undefined;
  /** 来源系统: the information system the data comes from. */
  sourceSystem?: string | null | undefined;
  /** DRAFT or PUBLISHED (retire with retireDataResource). */
  status?: ResourceStatus | null | undefined;
  /** 信息资源摘要: what the resource holds. */
  summary?: string | null | undefined;
  /** 涉及商业秘密 (trade secret). */
  tradeSecret?: boolean | null | undefined;
  /** 更新周期 (update frequency). */
  updateFrequency?: UpdateFrequency | null | undefined;
  /** The version you read: a stale one is refused with CONFLICT and nothing is written. */
  version: number;
};

/** Changes to a draft version; omitted fields stay as they are. */
export type UpdateEvaluationSchemeInput = {
  /** New grade thresholds. */
  grades?: GradeThresholdsInput | null | undefined;
  /** The draft scheme. */
  id: string | number;
  /** The indicators, replacing all of them (at most 30). */
  indicators?: Array<EvaluationIndicatorInput> | null | undefined;
  /** 名称, 1 to 200 characters. */
  title?: string | null | undefined;
};

/** How often the resource is updated (更新周期). */
export type UpdateFrequency =
  /** 每年: yearly */
  | 'ANNUAL'
  /** 每日: daily */
  | 'DAILY'
  /** 不定期: irregularly */
  | 'IRREGULAR'
  /** 每月: monthly */
  | 'MONTHLY'
  /** 每季度: quarterly */
  | 'QUARTERLY'
  /** 实时: real time */
  | 'REAL_TIME'
  /** 每半年: every six months */
  | 'SEMI_ANNUAL'
  /** 每周: weekly */
  | 'WEEKLY';

/** Changes to a case; lists given replace the current ones. */
export type UpdateInnovationCaseInput = {
  /** The case. */
  id: string | number;
  /** 案例类型: the kind of case. */
  kind?: InnovationCaseKind | null | undefined;
  /** Replaces the resources it uses (at most 50). */
  resourceIds?: Array<string | number> | null | undefined;
  /** 案例简介, 1 to 2,000 characters. */
  summary?: string | null | undefined;
  /** 案例名称, 1 to 200 characters. */
  title?: string | null | undefined;
  /** Replaces the other units involved (at most 50). */
  unitIds?: Array<string | number> | null | undefined;
  /** The year it started. */
  year?: number | null | undefined;
};

/** Corrects a person's record. Omitted fields stay as they are; null clears a field. */
export type UpdatePersonInput = {
  /** 学历: highest education degree. */
  educationDegree?: EducationDegree | null | undefined;
  /** 电子邮箱 (personal information). */
  email?: string | null | undefined;
  /** Global ID of the person. */
  id: string | number;
  /** 分管信息化年限: years in charge of informatization. */
  informatizationYears?: number | null | undefined;
  /** 专业: field of study. */
  major?: string | null | undefined;
  /** 计算机类相关专业: whether the major is computer-related. */
  majorComputerRelated?: boolean | null | undefined;
  /** 姓名: the person's name. */
  name?: string | null | undefined;
  /** 联系电话 (personal information). */
  phone?: string | null | undefined;
  /** 职务: the person's post. */
  position?: string | null | undefined;
  /** 科室: the section the person works in. */
  section?: string | null | undefined;
  /** Move the person to this unit. */
  unitId?: string | number | null | undefined;
};

/** Changes a rule; leave out what stays. */
export type UpdateQualityRuleInput = {
  /** Switch the rule on or off (an inactive rule sets no target and takes no measurements). */
  active?: boolean | null | undefined;
  /** 规则说明, 1–500 characters. */
  description?: string | null | undefined;
  /** The rule. */
  id: string | number;
  /** Target score 0–100 (目标分). */
  targetScore?: number | null | undefined;
};

/** Withdraws an open dataset: it stays listed as WITHDRAWN, without its files. */
export type WithdrawOpenDatasetInput = {
  /** The open dataset. */
  id: string | number;
  /** 撤回理由 (1 to 500 characters), shown to the public. */
  reason: string;
};

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, expiresAt: string, account: { id: string, username: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { roles: Array<AccessRole>, account: { id: string, username: string, kind: AccountKind }, person: { id: string, name: string } | null, units: Array<{ role: AccessRole, unit: { id: string, name: string } }> } | null };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { createAccount: { id: string, username: string, kind: AccountKind, districtAdministrator: boolean, analyst: boolean, disabled: boolean } };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { updateAccount: { id: string, disabled: boolean, analyst: boolean, districtAdministrator: boolean } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: { accessToken: string } };

export type IssueApiTokenMutationVariables = Exact<{
  input: IssueApiTokenInput;
}>;


export type IssueApiTokenMutation = { issueApiToken: { token: string, apiToken: { id: string, name: string, prefix: string, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, revokedAt: string | null } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, occurredAt: string, requestId: string, actorUsername: string, actorRole: AccessRole | null, operation: AuditOperation, targetType: AuditTargetType, targetId: string, unit: { id: string } | null, changes: Array<{ field: string, before: unknown, after: unknown }> }> } };

export type PersonHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonHistoryQuery = { person: { history: { totalCount: number, nodes: Array<{ operation: AuditOperation, actorUsername: string, changes: Array<{ field: string, before: unknown, after: unknown }> }> } } | null };

export type SignInSessionMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInSessionMutation = { login: { accessToken: string, expiresAt: string, refreshToken: string | null, refreshTokenExpiresAt: string | null } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, expiresAt: string, refreshToken: string | null, refreshTokenExpiresAt: string | null, account: { username: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type AnalysisValueFragment = { value: string, label: string, unit: { id: string, name: string } | null };

export type ResourceCrossTabQueryVariables = Exact<{
  filter?: ResourceAnalysisFilter | null | undefined;
  unitDepth?: number | null | undefined;
  rows?: ResourceDimension | null | undefined;
  columns?: ResourceDimension | null | undefined;
}>;


export type ResourceCrossTabQuery = { resourceAnalysis: { resourceCount: number, recordCount: number, crossTab: { resourceCount: number, recordCount: number, cells: Array<{ resourceCount: number, recordCount: number, row: { value: string, label: string, unit: { id: string, name: string } | null }, column: { value: string, label: string, unit: { id: string, name: string } | null } }> } } };

export type ResourceFacetsQueryVariables = Exact<{
  filter?: ResourceAnalysisFilter | null | undefined;
  unitDepth?: number | null | undefined;
  dimensions?: Array<ResourceDimension> | ResourceDimension | null | undefined;
}>;


export type ResourceFacetsQuery = { resourceAnalysis: { resourceCount: number, facets: Array<{ dimension: ResourceDimension, values: Array<{ resourceCount: number, selected: boolean, value: { value: string, label: string, unit: { id: string, name: string } | null } }> }> } };

export type SearchDataResourcesQueryVariables = Exact<{
  text: string;
  filter?: ResourceAnalysisFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchDataResourcesQuery = { searchDataResources: { totalCount: number, totalCountIsExact: boolean, hits: Array<{ score: number, matchedIn: Array<SearchMatchField>, resource: { id: string, code: string, name: string, status: ResourceStatus } }> } };

export type EvaluationSchemeFieldsFragment = { id: string, year: number, version: number, title: string, status: EvaluationSchemeStatus, publishedAt: string | null, totalWeight: string, grades: { excellent: string, good: string, pass: string }, basedOn: { id: string, version: number } | null, indicators: Array<{ id: string, position: number, category: IndicatorCategory, name: string, weight: string, method: IndicatorMethod, metric: EvaluationMetric | null, zeroPoint: string | null, fullPoint: string | null, unit: string | null, formula: string | null }> };

export type EvaluationResultFieldsFragment = { id: string, rank: number | null, total: string | null, grade: EvaluationGrade | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, scores: Array<{ value: string | null, numerator: string | null, denominator: string | null, score: string, weightedScore: string, explanation: string | null, indicator: { id: string, name: string, metric: EvaluationMetric | null }, evidence: { totalCount: number, nodes: Array<{ recordType: string, recordId: string, record:
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
          | { id: string }
         | null }> } }> };

export type CreateEvaluationSchemeMutationVariables = Exact<{
  input: CreateEvaluationSchemeInput;
}>;


export type CreateEvaluationSchemeMutation = { createEvaluationScheme: { id: string, year: number, version: number, title: string, status: EvaluationSchemeStatus, publishedAt: string | null, totalWeight: string, grades: { excellent: string, good: string, pass: string }, basedOn: { id: string, version: number } | null, indicators: Array<{ id: string, position: number, category: IndicatorCategory, name: string, weight: string, method: IndicatorMethod, metric: EvaluationMetric | null, zeroPoint: string | null, fullPoint: string | null, unit: string | null, formula: string | null }> } };

export type UpdateEvaluationSchemeMutationVariables = Exact<{
  input: UpdateEvaluationSchemeInput;
}>;


export type UpdateEvaluationSchemeMutation = { updateEvaluationScheme: { id: string, year: number, version: number, title: string, status: EvaluationSchemeStatus, publishedAt: string | null, totalWeight: string, grades: { excellent: string, good: string, pass: string }, basedOn: { id: string, version: number } | null, indicators: Array<{ id: string, position: number, category: IndicatorCategory, name: string, weight: string, method: IndicatorMethod, metric: EvaluationMetric | null, zeroPoint: string | null, fullPoint: string | null, unit: string | null, formula: string | null }> } };

export type PublishEvaluationSchemeMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishEvaluationSchemeMutation = { publishEvaluationScheme: { id: string, year: number, version: number, title: string, status: EvaluationSchemeStatus, publishedAt: string | null, totalWeight: string, grades: { excellent: string, good: string, pass: string }, basedOn: { id: string, version: number } | null, indicators: Array<{ id: string, position: number, category: IndicatorCategory, name: string, weight: string, method: IndicatorMethod, metric: EvaluationMetric | null, zeroPoint: string | null, fullPoint: string | null, unit: string | null, formula: string | null }> } };

export type ReviseEvaluationSchemeMutationVariables = Exact<{
  id: string | number;
}>;


export type ReviseEvaluationSchemeMutation = { reviseEvaluationScheme: { id: string, year: number, version: number, title: string, status: EvaluationSchemeStatus, publishedAt: string | null, totalWeight: string, grades: { excellent: string, good: string, pass: string }, basedOn: { id: string, version: number } | null, indicators: Array<{ id: string, position: number, category: IndicatorCategory, name: string, weight: string, method: IndicatorMethod, metric: EvaluationMetric | null, zeroPoint: string | null, fullPoint: string | null, unit: string | null, formula: string | null }> } };

export type SetEvaluationManualScoreMutationVariables = Exact<{
  input: SetEvaluationManualScoreInput;
}>;


export type SetEvaluationManualScoreMutation = { setEvaluationManualScore: { id: string, score: string, reason: string, unit: { id: string }, indicator: { id: string } } };

export type RunEvaluationMutationVariables = Exact<{
  input: RunEvaluationInput;
}>;


export type RunEvaluationMutation = { runEvaluation: { id: string, year: number, status: EvaluationRunStatus, asOf: string, scheme: { id: string, version: number }, unitsWithoutCdo: Array<{ id: string, name: string }> } };

export type PublishEvaluationRunMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishEvaluationRunMutation = { publishEvaluationRun: { id: string, status: EvaluationRunStatus, publishedAt: string | null } };

export type EvaluationSchemesQueryVariables = Exact<{
  year: number;
  districtId?: string | number | null | undefined;
}>;


export type EvaluationSchemesQuery = { evaluationSchemes: { totalCount: number, nodes: Array<{ id: string, year: number, version: number, title: string, status: EvaluationSchemeStatus, publishedAt: string | null, totalWeight: string, grades: { excellent: string, good: string, pass: string }, basedOn: { id: string, version: number } | null, indicators: Array<{ id: string, position: number, category: IndicatorCategory, name: string, weight: string, method: IndicatorMethod, metric: EvaluationMetric | null, zeroPoint: string | null, fullPoint: string | null, unit: string | null, formula: string | null }> }> } };

export type EvaluationResultsQueryVariables = Exact<{
  runId?: string | number | null | undefined;
  year?: number | null | undefined;
  order?: EvaluationResultOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationResultsQuery = { evaluationResults: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, rank: number | null, total: string | null, grade: EvaluationGrade | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, scores: Array<{ value: string | null, numerator: string | null, denominator: string | null, score: string, weightedScore: string, explanation: string | null, indicator: { id: string, name: string, metric: EvaluationMetric | null }, evidence: { totalCount: number, nodes: Array<{ recordType: string, recordId: string, record:
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
              | { id: string }
             | null }> } }> }> } };

export type UnitEvaluationQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;


export type UnitEvaluationQuery = { node:
    | { id: string, evaluation: { id: string, rank: number | null, total: string | null, grade: EvaluationGrade | null } | null }
    | Record<PropertyKey, never>
   | null };

export type EvaluationMetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationMetricsQuery = { evaluationMetrics: Array<{ metric: EvaluationMetric, label: string, unit: string, formula: string, lowerIsBetter: boolean, noDataScore: string }> };

export type EvaluationEvidencePageQueryVariables = Exact<{
  resultId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EvaluationEvidencePageQuery = { node:
    | { id: string, scores: Array<{ indicator: { id: string }, evidence: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ recordId: string }> } }> }
    | Record<PropertyKey, never>
   | null };

export type EvaluationEvidenceWindowsQueryVariables = Exact<{
  runId: string | number;
  size: number;
}>;


export type EvaluationEvidenceWindowsQuery = { evaluationResults: { totalCount: number, nodes: Array<{ id: string, scores: Array<{ indicator: { id: string }, head: { totalCount: number, nodes: Array<{ recordId: string }> }, tail: { nodes: Array<{ recordId: string }> } }> }> } };

export type FindingsQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FindingsQuery = { findings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ key: string, kind: FindingKind, kindLabel: string, severity: FindingSeverity, severityLabel: string, since: string | null, message: string, unit: { id: string, name: string }, responsiblePerson: { id: string, name: string, phone: string | null } | null, subject:
        | { __typename: 'AnnualReport', id: string }
        | { __typename: 'AnnualReportDeadline', id: string }
        | { __typename: 'ApiToken', id: string }
        | { __typename: 'Appointment', id: string }
        | { __typename: 'AuditEntry', id: string }
        | { __typename: 'DataItem', id: string }
        | { __typename: 'DataResource', id: string }
        | { __typename: 'EvaluationIndicator', id: string }
        | { __typename: 'EvaluationManualScore', id: string }
        | { __typename: 'EvaluationResult', id: string }
        | { __typename: 'EvaluationRun', id: string }
        | { __typename: 'EvaluationScheme', id: string }
        | { __typename: 'FindingOccurrence', id: string }
        | { __typename: 'Function', id: string }
        | { __typename: 'InnovationCase', id: string }
        | { __typename: 'ItProject', id: string }
        | { __typename: 'JointMeeting', id: string }
        | { __typename: 'MeetingActionItem', id: string }
        | { __typename: 'MeetingResolution', id: string }
        | { __typename: 'OpenDataset', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'ProjectReview', id: string }
        | { __typename: 'QualityIssue', id: string }
        | { __typename: 'QualityMeasurement', id: string }
        | { __typename: 'QualityRule', id: string }
        | { __typename: 'SharingGrant', id: string }
        | { __typename: 'SharingRequest', id: string }
        | { __typename: 'SharingUsageRecord', id: string }
        | { __typename: 'TrainingPlan', id: string }
        | { __typename: 'TrainingSession', id: string }
        | { __typename: 'Unit', id: string }
        | { __typename: 'UserAccount', id: string }
        | { __typename: 'WorkingDayException', id: string }
       | null }> } };

export type FindingCountsQueryVariables = Exact<{
  filter?: FindingFilter | null | undefined;
}>;


export type FindingCountsQuery = { findingCounts: { total: number, byKind: Array<{ kind: FindingKind, label: string, count: number }>, bySeverity: Array<{ severity: FindingSeverity, label: string, count: number }>, units: Array<{ total: number, unit: { id: string, name: string }, byKind: Array<{ kind: FindingKind, count: number }> }> } };

export type FindingHistoryQueryVariables = Exact<{
  filter?: FindingHistoryFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type FindingHistoryQuery = { findingHistory: { totalCount: number, nodes: Array<{ id: string, kind: FindingKind, kindLabel: string, severity: FindingSeverity, since: string | null, firstSeenOn: string, lastSeenOn: string, resolvedOn: string | null, subjectId: string, unit: { name: string } }> } };

export type ActionItemFieldsFragment = { id: string, task: string, dueDate: string, status: ActionItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, cancellationReason: string | null, unit: { id: string, name: string } };

export type ConveneJointMeetingMutationVariables = Exact<{
  input: ConveneJointMeetingInput;
}>;


export type ConveneJointMeetingMutation = { conveneJointMeeting: { id: string, title: string, heldOn: string, location: string | null, convener: { id: string, name: string }, district: { id: string }, agenda: Array<{ position: number, title: string }>, invitees: Array<{ attendance: MeetingAttendance | null, unit: { id: string, name: string }, cdo: { id: string, name: string }, delegate: { id: string, name: string } | null }> } };

export type RecordMeetingAttendanceMutationVariables = Exact<{
  input: RecordMeetingAttendanceInput;
}>;


export type RecordMeetingAttendanceMutation = { recordMeetingAttendance: { attendance: MeetingAttendance | null, unit: { id: string }, delegate: { id: string, name: string } | null } };

export type RecordMeetingResolutionMutationVariables = Exact<{
  input: RecordMeetingResolutionInput;
}>;


export type RecordMeetingResolutionMutation = { recordMeetingResolution: { id: string, kind: ResolutionKind, content: string, meeting: { id: string }, actionItems: Array<{ id: string, task: string, dueDate: string, status: ActionItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, cancellationReason: string | null, unit: { id: string, name: string } }> } };

export type CompleteActionItemMutationVariables = Exact<{
  input: CompleteActionItemInput;
}>;


export type CompleteActionItemMutation = { completeActionItem: { id: string, task: string, dueDate: string, status: ActionItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, cancellationReason: string | null, unit: { id: string, name: string } } };

export type CancelActionItemMutationVariables = Exact<{
  input: CancelActionItemInput;
}>;


export type CancelActionItemMutation = { cancelActionItem: { id: string, task: string, dueDate: string, status: ActionItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, cancellationReason: string | null, unit: { id: string, name: string } } };

export type JointMeetingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type JointMeetingsQuery = { jointMeetings: { totalCount: number, nodes: Array<{ id: string, title: string, heldOn: string, invitees: Array<{ attendance: MeetingAttendance | null, unit: { name: string }, delegate: { name: string } | null }>, resolutions: Array<{ kind: ResolutionKind, content: string, actionItems: Array<{ id: string, task: string, dueDate: string, status: ActionItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, cancellationReason: string | null, unit: { id: string, name: string } }> }> }> } };

export type OverdueActionItemsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  includeDescendants?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type OverdueActionItemsQuery = { overdueActionItems: { totalCount: number, nodes: Array<{ id: string, task: string, dueDate: string, status: ActionItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, cancellationReason: string | null, unit: { id: string, name: string } }> } };

export type UnitOverdueActionItemsQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitOverdueActionItemsQuery = { unit: { id: string, name: string, overdueActionItems: Array<{ id: string, task: string, dueDate: string, status: ActionItemStatus, overdue: boolean, completedOn: string | null, completionNote: string | null, cancellationReason: string | null, unit: { id: string, name: string } }> | null } | null };

export type CreateTrainingPlanMutationVariables = Exact<{
  input: CreateTrainingPlanInput;
}>;


export type CreateTrainingPlanMutation = { createTrainingPlan: { id: string, year: number, title: string, district: { id: string }, sessions: Array<{ title: string, topic: TrainingTopic, format: TrainingFormat, month: number, hours: string }> } };

export type RecordTrainingSessionMutationVariables = Exact<{
  input: RecordTrainingSessionInput;
}>;


export type RecordTrainingSessionMutation = { recordTrainingSession: { id: string, title: string, topic: TrainingTopic, heldOn: string, hours: string, attendeeCount: number, unit: { id: string, name: string }, attendees: Array<{ id: string, name: string }> } };

export type TrainingSessionsQueryVariables = Exact<{
  filter?: TrainingSessionFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type TrainingSessionsQuery = { trainingSessions: { totalCount: number, nodes: Array<{ id: string, title: string, topic: TrainingTopic, hours: string, attendeeCount: number, unit: { name: string } }> } };

export type TrainingHoursQueryVariables = Exact<{
  year: number;
  unitId?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type TrainingHoursQuery = { trainingHours: { totalCount: number, nodes: Array<{ year: number, hours: string, sessionCount: number, person: { id: string, name: string } }> } };

export type UnitsWithoutDataSecurityTrainingQueryVariables = Exact<{
  year?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnitsWithoutDataSecurityTrainingQuery = { unitsWithoutDataSecurityTraining: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string }> } };

export type CreateInnovationCaseMutationVariables = Exact<{
  input: CreateInnovationCaseInput;
}>;


export type CreateInnovationCaseMutation = { createInnovationCase: { id: string, kind: InnovationCaseKind, title: string, year: number, leadUnit: { id: string }, units: Array<{ id: string, name: string }>, resources: Array<{ id: string, name: string }> } };

export type UpdateInnovationCaseMutationVariables = Exact<{
  input: UpdateInnovationCaseInput;
}>;


export type UpdateInnovationCaseMutation = { updateInnovationCase: { id: string, title: string, units: Array<{ id: string }>, resources: Array<{ id: string }> } };

export type ResourceInnovationCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceInnovationCasesQuery = { dataResource: { id: string, innovationCases: Array<{ id: string, title: string, kind: InnovationCaseKind }> } | null };

export type InventoryExportLinkQueryVariables = Exact<{
  file: InventoryDownload;
  unitIds?: Array<string | number> | string | number | null | undefined;
  unitCodes?: Array<string> | string | null | undefined;
  includeDescendants?: boolean | null | undefined;
}>;


export type InventoryExportLinkQuery = { inventoryExportLink: { url: string, fileName: string, expiresAt: string } };

export type ImportReportFragment = { dryRun: boolean, sheetName: string | null, headerRow: number, applied: boolean, rowsRead: number, resourcesCreated: number, resourcesUpdated: number, resourcesUnchanged: number, itemsCreated: number, itemsUpdated: number, itemsUnchanged: number, itemsRemoved: number, functionsCreated: number, problemCount: number, nameMatches: Array<{ row: number, resourceName: string, matched: boolean, resourceCode: string | null }>, problems: Array<{ row: number, column: string | null, code: InventoryImportProblemCode, message: string }> };

export type ImportInventoryMutationVariables = Exact<{
  file: unknown;
  unitId: string | number;
  dryRun?: boolean | null | undefined;
  format?: SpreadsheetFormat | null | undefined;
  sheet?: string | null | undefined;
}>;


export type ImportInventoryMutation = { importInventory: { dryRun: boolean, sheetName: string | null, headerRow: number, applied: boolean, rowsRead: number, resourcesCreated: number, resourcesUpdated: number, resourcesUnchanged: number, itemsCreated: number, itemsUpdated: number, itemsUnchanged: number, itemsRemoved: number, functionsCreated: number, problemCount: number, nameMatches: Array<{ row: number, resourceName: string, matched: boolean, resourceCode: string | null }>, problems: Array<{ row: number, column: string | null, code: InventoryImportProblemCode, message: string }> } };

export type ImportedResourceQueryVariables = Exact<{
  code: string;
}>;


export type ImportedResourceQuery = { dataResource: { id: string, code: string, name: string, version: number, status: ResourceStatus, sharingType: SharingType, openType: OpenType, level: DataLevel, publishedDate: string | null, provider: { code: string }, functions: Array<{ name: string }>, items: { totalCount: number, nodes: Array<{ code: string, name: string, dataType: ItemDataType, length: number | null, personalInformation: boolean, sharingType: SharingType | null }> }, history: { nodes: Array<{ operation: AuditOperation, actorUsername: string, changes: Array<{ field: string, before: unknown, after: unknown }> }> } } | null };

export type ResourceSummaryFragment = { id: string, code: string, classificationCode: string, sequence: number, catalogCategory: CatalogCategory, name: string, status: ResourceStatus, level: DataLevel, sharingType: SharingType, openType: OpenType, version: number, publishedDate: string | null, provider: { id: string, name: string } };

export type CreateFunctionMutationVariables = Exact<{
  input: CreateFunctionInput;
}>;


export type CreateFunctionMutation = { createFunction: { id: string, name: string, legalBasis: string | null } };

export type CreateDataResourceMutationVariables = Exact<{
  input: CreateDataResourceInput;
}>;


export type CreateDataResourceMutation = { createDataResource: { id: string, code: string, classificationCode: string, sequence: number, catalogCategory: CatalogCategory, name: string, status: ResourceStatus, level: DataLevel, sharingType: SharingType, openType: OpenType, version: number, publishedDate: string | null, functions: Array<{ id: string, name: string }>, items: { totalCount: number, nodes: Array<{ code: string, name: string, personalInformation: boolean, sharingType: SharingType | null }> }, provider: { id: string, name: string } } };

export type UpdateDataResourceMutationVariables = Exact<{
  input: UpdateDataResourceInput;
}>;


export type UpdateDataResourceMutation = { updateDataResource: { summary: string | null, id: string, code: string, classificationCode: string, sequence: number, catalogCategory: CatalogCategory, name: string, status: ResourceStatus, level: DataLevel, sharingType: SharingType, openType: OpenType, version: number, publishedDate: string | null, items: { totalCount: number, nodes: Array<{ code: string, name: string }> }, provider: { id: string, name: string } } };

export type RetireDataResourceMutationVariables = Exact<{
  input: RetireDataResourceInput;
}>;


export type RetireDataResourceMutation = { retireDataResource: { id: string, code: string, classificationCode: string, sequence: number, catalogCategory: CatalogCategory, name: string, status: ResourceStatus, level: DataLevel, sharingType: SharingType, openType: OpenType, version: number, publishedDate: string | null, provider: { id: string, name: string } } };

export type DataResourceByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type DataResourceByIdQuery = { dataResource: { id: string, code: string, classificationCode: string, sequence: number, catalogCategory: CatalogCategory, name: string, status: ResourceStatus, level: DataLevel, sharingType: SharingType, openType: OpenType, version: number, publishedDate: string | null, cdo: { person: { name: string } } | null, dataSpecialist: { person: { name: string } } | null, history: { totalCount: number, nodes: Array<{ operation: AuditOperation, changes: Array<{ field: string, before: unknown, after: unknown }> }> }, provider: { id: string, name: string } } | null };

export type DataResourcesQueryVariables = Exact<{
  filter?: DataResourceFilter | null | undefined;
  orderBy?: DataResourceOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DataResourcesQuery = { dataResources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, classificationCode: string, sequence: number, catalogCategory: CatalogCategory, name: string, status: ResourceStatus, level: DataLevel, sharingType: SharingType, openType: OpenType, version: number, publishedDate: string | null, provider: { id: string, name: string } }>, facets: { byUnit: Array<{ count: number, unit: { id: string, name: string } }>, bySharingType: Array<{ value: SharingType, count: number }>, byOpenType: Array<{ value: OpenType, count: number }>, byLevel: Array<{ value: DataLevel, count: number }> } } };

export type InventoryPageQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
  first?: number | null | undefined;
  resources?: number | null | undefined;
  items?: number | null | undefined;
}>;


export type InventoryPageQuery = { units: { edges: Array<{ node: { name: string, cdo: { person: { name: string } } | null, dataSpecialist: { person: { name: string } } | null, dataResources: { totalCount: number, nodes: Array<{ code: string, name: string, cdo: { person: { name: string } } | null, items: { totalCount: number, nodes: Array<{ code: string, name: string }> } }> } } }> } };

export type CatalogWithAccountabilityQueryVariables = Exact<{
  filter?: DataResourceFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CatalogWithAccountabilityQuery = { dataResources: { totalCount: number, nodes: Array<{ id: string, name: string, provider: { id: string }, cdo: { person: { name: string } } | null, dataSpecialist: { person: { name: string } } | null }> } };

export type OpenDatasetFieldsFragment = { id: string, identifier: string, title: string, description: string | null, theme: OpenTheme, themeLabel: string, licence: OpenLicence, licenceUrl: string, updateFrequency: UpdateFrequency, openType: OpenType, openConditions: string | null, issued: string, status: OpenDatasetStatus, withdrawnOn: string | null, withdrawalReason: string | null, downloadCount: number, apiCallCount: number, modified: string, publisher: { id: string, name: string }, distributions: Array<{ title: string | null, format: DistributionFormat, mediaType: string, accessUrl: string, downloadUrl: string | null }> };

export type PublishOpenDatasetMutationVariables = Exact<{
  input: PublishOpenDatasetInput;
}>;


export type PublishOpenDatasetMutation = { publishOpenDataset: { id: string, identifier: string, title: string, description: string | null, theme: OpenTheme, themeLabel: string, licence: OpenLicence, licenceUrl: string, updateFrequency: UpdateFrequency, openType: OpenType, openConditions: string | null, issued: string, status: OpenDatasetStatus, withdrawnOn: string | null, withdrawalReason: string | null, downloadCount: number, apiCallCount: number, modified: string, publisher: { id: string, name: string }, distributions: Array<{ title: string | null, format: DistributionFormat, mediaType: string, accessUrl: string, downloadUrl: string | null }> } };

export type WithdrawOpenDatasetMutationVariables = Exact<{
  input: WithdrawOpenDatasetInput;
}>;


export type WithdrawOpenDatasetMutation = { withdrawOpenDataset: { id: string, identifier: string, title: string, description: string | null, theme: OpenTheme, themeLabel: string, licence: OpenLicence, licenceUrl: string, updateFrequency: UpdateFrequency, openType: OpenType, openConditions: string | null, issued: string, status: OpenDatasetStatus, withdrawnOn: string | null, withdrawalReason: string | null, downloadCount: number, apiCallCount: number, modified: string, publisher: { id: string, name: string }, distributions: Array<{ title: string | null, format: DistributionFormat, mediaType: string, accessUrl: string, downloadUrl: string | null }> } };

export type RecordOpenDataUsageMutationVariables = Exact<{
  input: RecordOpenDataUsageInput;
}>;


export type RecordOpenDataUsageMutation = { recordOpenDataUsage: { recorded: number, unchanged: number } };

export type OpenDatasetsQueryVariables = Exact<{
  filter?: OpenDatasetFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OpenDatasetsQuery = { openDatasets: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, title: string, status: OpenDatasetStatus, issued: string, downloadCount: number, publisher: { name: string }, distributions: Array<{ format: DistributionFormat }> }>, facets: { byTheme: Array<{ theme: OpenTheme, label: string, count: number }>, byUnit: Array<{ count: number, unit: { id: string, name: string } }>, byFormat: Array<{ format: DistributionFormat, count: number }> } } };

export type OpenDatasetQueryVariables = Exact<{
  id: string | number;
}>;


export type OpenDatasetQuery = { openDataset: { id: string, identifier: string, title: string, description: string | null, theme: OpenTheme, themeLabel: string, licence: OpenLicence, licenceUrl: string, updateFrequency: UpdateFrequency, openType: OpenType, openConditions: string | null, issued: string, status: OpenDatasetStatus, withdrawnOn: string | null, withdrawalReason: string | null, downloadCount: number, apiCallCount: number, modified: string, publisher: { id: string, name: string }, distributions: Array<{ title: string | null, format: DistributionFormat, mediaType: string, accessUrl: string, downloadUrl: string | null }> } | null };

export type MostDownloadedOpenDatasetsQueryVariables = Exact<{
  from: string;
  to: string;
  first?: number | null | undefined;
}>;


export type MostDownloadedOpenDatasetsQuery = { mostDownloadedOpenDatasets: Array<{ rank: number, downloads: number, apiCalls: number, dataset: { id: string, title: string, publisher: { name: string } } }> };

export type ResourceOpenDatasetQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceOpenDatasetQuery = { dataResource: { id: string, openDataset: { id: string, status: OpenDatasetStatus } | null } | null };

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


export type UnitByIdQuery = { unit: { requiresCdoAndSpecialist: boolean, id: string, kind: UnitKind, code: string, name: string, depth: number, parent: { id: string, name: string } | null, ancestors: Array<{ id: string, name: string }>, children: { totalCount: number, nodes: Array<{ id: string, name: string }> }, cdo: { id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } } | null, dataSpecialist: { id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } } | null, currentAppointments: Array<{ role: AppointmentRole, person: { name: string } }> } | null };

export type UnitByCodeQueryVariables = Exact<{
  code: string;
}>;


export type UnitByCodeQuery = { unit: { id: string, kind: UnitKind, code: string, name: string, depth: number } | null };

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


export type AppointmentHistoryQuery = { unit: { appointments: { totalCount: number, nodes: Array<{ id: string, role: AppointmentRole, startDate: string, endDate: string | null, endReason: string | null, documentNumber: string | null, isCurrent: boolean, qualificationExceptionReason: string | null, specialistPosition: SpecialistPosition | null, person: { id: string, name: string }, unit: { id: string, name: string } }> } } | null };

export type PersonByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonByIdQuery = { person: { id: string, name: string, meetsCdoQualification: boolean, currentAppointments: Array<{ role: AppointmentRole, unit: { name: string } }>, appointments: { totalCount: number, nodes: Array<{ role: AppointmentRole, startDate: string, endDate: string | null }> } } | null };

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
    | { __typename: 'AnnualReport', id: string }
    | { __typename: 'AnnualReportDeadline', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Appointment', role: AppointmentRole, id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'DataItem', id: string }
    | { __typename: 'DataResource', id: string }
    | { __typename: 'EvaluationIndicator', id: string }
    | { __typename: 'EvaluationManualScore', id: string }
    | { __typename: 'EvaluationResult', id: string }
    | { __typename: 'EvaluationRun', id: string }
    | { __typename: 'EvaluationScheme', id: string }
    | { __typename: 'FindingOccurrence', id: string }
    | { __typename: 'Function', id: string }
    | { __typename: 'InnovationCase', id: string }
    | { __typename: 'ItProject', id: string }
    | { __typename: 'JointMeeting', id: string }
    | { __typename: 'MeetingActionItem', id: string }
    | { __typename: 'MeetingResolution', id: string }
    | { __typename: 'OpenDataset', id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'ProjectReview', id: string }
    | { __typename: 'QualityIssue', id: string }
    | { __typename: 'QualityMeasurement', id: string }
    | { __typename: 'QualityRule', id: string }
    | { __typename: 'SharingGrant', id: string }
    | { __typename: 'SharingRequest', id: string }
    | { __typename: 'SharingUsageRecord', id: string }
    | { __typename: 'TrainingPlan', id: string }
    | { __typename: 'TrainingSession', id: string }
    | { __typename: 'Unit', name: string, id: string }
    | { __typename: 'UserAccount', id: string }
    | { __typename: 'WorkingDayException', id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { __typename: 'AnnualReport', id: string }
    | { __typename: 'AnnualReportDeadline', id: string }
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Appointment', id: string }
    | { __typename: 'AuditEntry', id: string }
    | { __typename: 'DataItem', id: string }
    | { __typename: 'DataResource', id: string }
    | { __typename: 'EvaluationIndicator', id: string }
    | { __typename: 'EvaluationManualScore', id: string }
    | { __typename: 'EvaluationResult', id: string }
    | { __typename: 'EvaluationRun', id: string }
    | { __typename: 'EvaluationScheme', id: string }
    | { __typename: 'FindingOccurrence', id: string }
    | { __typename: 'Function', id: string }
    | { __typename: 'InnovationCase', id: string }
    | { __typename: 'ItProject', id: string }
    | { __typename: 'JointMeeting', id: string }
    | { __typename: 'MeetingActionItem', id: string }
    | { __typename: 'MeetingResolution', id: string }
    | { __typename: 'OpenDataset', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'ProjectReview', id: string }
    | { __typename: 'QualityIssue', id: string }
    | { __typename: 'QualityMeasurement', id: string }
    | { __typename: 'QualityRule', id: string }
    | { __typename: 'SharingGrant', id: string }
    | { __typename: 'SharingRequest', id: string }
    | { __typename: 'SharingUsageRecord', id: string }
    | { __typename: 'TrainingPlan', id: string }
    | { __typename: 'TrainingSession', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'UserAccount', id: string }
    | { __typename: 'WorkingDayException', id: string }
   | null> };

export type PersonContactQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonContactQuery = { person: { id: string, name: string, phone: string | null, email: string | null } | null };

export type UnitAccountabilityQueryVariables = Exact<{
  id: string | number;
}>;


export type UnitAccountabilityQuery = { unit: { id: string, name: string, cdo: { id: string, person: { name: string } } | null, dataSpecialist: { id: string } | null } | null };

export type ScoresFragment = { overall: { score: number | null, target: number, belowTarget: boolean | null }, dimensions: Array<{ dimension: QualityDimension, label: string, score: number | null, target: number, belowTarget: boolean | null, measuredAt: string | null, resourceCount: number | null }> };

export type RecordQualityMeasurementsMutationVariables = Exact<{
  input: Array<QualityMeasurementInput> | QualityMeasurementInput;
}>;


export type RecordQualityMeasurementsMutation = { recordQualityMeasurements: { recorded: number, resources: number, latestChanged: number } };

export type RecordQualityMeasurementColumnsMutationVariables = Exact<{
  input: QualityMeasurementColumnsInput;
}>;


export type RecordQualityMeasurementColumnsMutation = { recordQualityMeasurementColumns: { recorded: number, resources: number, latestChanged: number } };

export type CreateQualityRuleMutationVariables = Exact<{
  input: CreateQualityRuleInput;
}>;


export type CreateQualityRuleMutation = { createQualityRule: { id: string, dimension: QualityDimension, checkKind: QualityCheckKind, description: string, targetScore: number, active: boolean, item: { code: string } | null } };

export type UpdateQualityRuleMutationVariables = Exact<{
  input: UpdateQualityRuleInput;
}>;


export type UpdateQualityRuleMutation = { updateQualityRule: { id: string, targetScore: number, active: boolean } };

export type ResourceQualityQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  granularity: TrendGranularity;
}>;


export type ResourceQualityQuery = { dataResource: { id: string, quality: { trend: Array<{ periodStart: string, measurementCount: number, overall: number | null, dimensions: Array<{ dimension: QualityDimension, score: number, measurementCount: number }> }>, overall: { score: number | null, target: number, belowTarget: boolean | null }, dimensions: Array<{ dimension: QualityDimension, label: string, score: number | null, target: number, belowTarget: boolean | null, measuredAt: string | null, resourceCount: number | null }> }, qualityRules: Array<{ id: string, dimension: QualityDimension, targetScore: number }> } | null };

export type UnitQualityQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
  granularity: TrendGranularity;
}>;


export type UnitQualityQuery = { unit: { name: string, quality: { trend: Array<{ periodStart: string, measurementCount: number, overall: number | null, dimensions: Array<{ dimension: QualityDimension, score: number, measurementCount: number }> }>, overall: { score: number | null, target: number, belowTarget: boolean | null }, dimensions: Array<{ dimension: QualityDimension, label: string, score: number | null, target: number, belowTarget: boolean | null, measuredAt: string | null, resourceCount: number | null }> } | null } | null };

export type DistrictQualityQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictQualityQuery = { districtQuality: { overall: { score: number | null, target: number, belowTarget: boolean | null }, dimensions: Array<{ dimension: QualityDimension, label: string, score: number | null, target: number, belowTarget: boolean | null, measuredAt: string | null, resourceCount: number | null }> } | null };

export type QualityBelowTargetQueryVariables = Exact<{
  filter?: QualityBelowTargetFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type QualityBelowTargetQuery = { qualityBelowTarget: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ dimension: QualityDimension, score: number, target: number, measuredAt: string, resource: { id: string, name: string } }> } };

export type QualityMeasurementsQueryVariables = Exact<{
  resourceId: string | number;
  dimension?: QualityDimension | null | undefined;
  first?: number | null | undefined;
}>;


export type QualityMeasurementsQuery = { qualityMeasurements: { totalCount: number, nodes: Array<{ id: string, dimension: QualityDimension, score: number, passed: number | null, total: number | null, source: QualitySource, measuredAt: string, day: string, note: string | null, recordedBy: string }> } };

export type IssueFieldsFragment = { id: string, title: string, state: QualityIssueState, dueDate: string, overdue: boolean, reporterUsername: string, rejectionReason: string | null, rectificationNote: string | null, reopenReason: string | null, reopenCount: number, closedAt: string | null, provider: { name: string }, resource: { id: string } };

export type ReportQualityIssueMutationVariables = Exact<{
  input: ReportQualityIssueInput;
}>;


export type ReportQualityIssueMutation = { reportQualityIssue: { id: string, title: string, state: QualityIssueState, dueDate: string, overdue: boolean, reporterUsername: string, rejectionReason: string | null, rectificationNote: string | null, reopenReason: string | null, reopenCount: number, closedAt: string | null, provider: { name: string }, resource: { id: string } } };

export type AcceptQualityIssueMutationVariables = Exact<{
  input: QualityIssueStepInput;
}>;


export type AcceptQualityIssueMutation = { acceptQualityIssue: { id: string, title: string, state: QualityIssueState, dueDate: string, overdue: boolean, reporterUsername: string, rejectionReason: string | null, rectificationNote: string | null, reopenReason: string | null, reopenCount: number, closedAt: string | null, provider: { name: string }, resource: { id: string } } };

export type RejectQualityIssueMutationVariables = Exact<{
  input: QualityIssueStepInput;
}>;


export type RejectQualityIssueMutation = { rejectQualityIssue: { id: string, title: string, state: QualityIssueState, dueDate: string, overdue: boolean, reporterUsername: string, rejectionReason: string | null, rectificationNote: string | null, reopenReason: string | null, reopenCount: number, closedAt: string | null, provider: { name: string }, resource: { id: string } } };

export type RectifyQualityIssueMutationVariables = Exact<{
  input: QualityIssueStepInput;
}>;


export type RectifyQualityIssueMutation = { rectifyQualityIssue: { id: string, title: string, state: QualityIssueState, dueDate: string, overdue: boolean, reporterUsername: string, rejectionReason: string | null, rectificationNote: string | null, reopenReason: string | null, reopenCount: number, closedAt: string | null, provider: { name: string }, resource: { id: string } } };

export type VerifyQualityIssueMutationVariables = Exact<{
  input: QualityIssueStepInput;
}>;


export type VerifyQualityIssueMutation = { verifyQualityIssue: { id: string, title: string, state: QualityIssueState, dueDate: string, overdue: boolean, reporterUsername: string, rejectionReason: string | null, rectificationNote: string | null, reopenReason: string | null, reopenCount: number, closedAt: string | null, provider: { name: string }, resource: { id: string } } };

export type ReopenQualityIssueMutationVariables = Exact<{
  input: QualityIssueStepInput;
}>;


export type ReopenQualityIssueMutation = { reopenQualityIssue: { id: string, title: string, state: QualityIssueState, dueDate: string, overdue: boolean, reporterUsername: string, rejectionReason: string | null, rectificationNote: string | null, reopenReason: string | null, reopenCount: number, closedAt: string | null, provider: { name: string }, resource: { id: string } } };

export type QualityIssuesQueryVariables = Exact<{
  filter?: QualityIssueFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type QualityIssuesQuery = { qualityIssues: { totalCount: number, nodes: Array<{ id: string, title: string, state: QualityIssueState, dueDate: string, overdue: boolean, reporterUsername: string, rejectionReason: string | null, rectificationNote: string | null, reopenReason: string | null, reopenCount: number, closedAt: string | null, provider: { name: string }, resource: { id: string } }> } };

export type AnnualReportFieldsFragment = { id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> };

export type CreateAnnualReportMutationVariables = Exact<{
  input: CreateAnnualReportInput;
}>;


export type CreateAnnualReportMutation = { createAnnualReport: { id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> } };

export type UpdateAnnualReportMutationVariables = Exact<{
  input: UpdateAnnualReportInput;
}>;


export type UpdateAnnualReportMutation = { updateAnnualReport: { id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> } };

export type RefreshAnnualReportFiguresMutationVariables = Exact<{
  id: string | number;
}>;


export type RefreshAnnualReportFiguresMutation = { refreshAnnualReportFigures: { id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> } };

export type SubmitAnnualReportMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitAnnualReportMutation = { submitAnnualReport: { id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> } };

export type AcceptAnnualReportMutationVariables = Exact<{
  id: string | number;
  comments?: string | null | undefined;
}>;


export type AcceptAnnualReportMutation = { acceptAnnualReport: { id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> } };

export type ReturnAnnualReportMutationVariables = Exact<{
  id: string | number;
  comments: string;
}>;


export type ReturnAnnualReportMutation = { returnAnnualReport: { id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> } };

export type SetAnnualReportDeadlineMutationVariables = Exact<{
  year: number;
  dueOn: string;
}>;


export type SetAnnualReportDeadlineMutation = { setAnnualReportDeadline: { year: number, dueOn: string } };

export type AnnualReportQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;


export type AnnualReportQuery = { annualReport: { id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> } | null };

export type AnnualReportsQueryVariables = Exact<{
  filter?: AnnualReportFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AnnualReportsQuery = { annualReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, year: number, status: AnnualReportStatus, statusLabel: string, firstSubmittedAt: string | null, submittedAt: string | null, acceptedAt: string | null, deadline: string | null, late: boolean | null, suggestions: string | null, unit: { id: string, name: string }, cdo: { id: string, name: string } | null, sections: Array<{ kind: AnnualReportSectionKind, title: string, narrative: string | null, figures: Array<{ key: string, label: string, unit: string, value: number | null, display: string }> }>, figures: { computedAt: string, frozen: boolean, dataAggregation: { resourceCount: number, publishedResourceCount: number, newResourceCount: number, itemCount: number, recordCount: number, qualityScore: number | null, qualityDimensionsBelowTarget: number, qualityIssuesReported: number, qualityIssuesRectified: number }, openSharing: { sharingRequestsReceived: number, sharingRequestsDecided: number, sharingRequestsGranted: number, medianDecisionWorkingDays: number | null, openDatasetsPublished: number, openDatasetsOpen: number }, applicationInnovation: { innovationCases: number, itProjectsReviewed: number, itProjectsVetoed: number }, securityProtection: { classifiedResources: number, sensitiveResources: number, personalInformationItems: number, trainingSessions: number, trainingHours: number, dataSecurityTrainingSessions: number } }, reviews: Array<{ action: AnnualReportReviewAction, actionLabel: string, actorUsername: string, comments: string | null, occurredAt: string, by: { id: string, name: string } | null }> }> } };

export type UnitAnnualReportQueryVariables = Exact<{
  unitId: string | number;
  year: number;
}>;


export type UnitAnnualReportQuery = { node:
    | { annualReport: { id: string, status: AnnualReportStatus } | null }
    | Record<PropertyKey, never>
   | null };

export type AnnualReportPrintLinkQueryVariables = Exact<{
  id: string | number;
}>;


export type AnnualReportPrintLinkQuery = { annualReportPrintLink: { url: string, expiresAt: string } };

export type UnitQualityForReportQueryVariables = Exact<{
  unitId: string | number;
}>;


export type UnitQualityForReportQuery = { node:
    | { quality: { overall: { score: number | null }, dimensions: Array<{ dimension: QualityDimension, belowTarget: boolean | null }> } | null }
    | Record<PropertyKey, never>
   | null };

export const AnalysisValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AnalysisValueFragment, unknown>;
export const EvaluationSchemeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"zeroPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fullPoint"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<EvaluationSchemeFieldsFragment, unknown>;
export const EvaluationResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationResultFieldsFragment, unknown>;
export const ActionItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActionItemFieldsFragment, unknown>;
export const ImportReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"sheetName"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"itemsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"itemsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"itemsUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"itemsRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"functionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"nameMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"resourceName"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportReportFragment, unknown>;
export const ResourceSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResourceSummaryFragment, unknown>;
export const OpenDatasetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenDatasetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updateFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"openConditions"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","alias":{"kind":"Name","value":"modified"},"name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"accessUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloadCount"}},{"kind":"Field","name":{"kind":"Name","value":"apiCallCount"}}]}}]} as unknown as DocumentNode<OpenDatasetFieldsFragment, unknown>;
export const UnitSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]} as unknown as DocumentNode<UnitSummaryFragment, unknown>;
export const AppointmentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppointmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"documentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"isCurrent"}},{"kind":"Field","name":{"kind":"Name","value":"qualificationExceptionReason"}},{"kind":"Field","name":{"kind":"Name","value":"specialistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppointmentSummaryFragment, unknown>;
export const ScoresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scores"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityScores"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}}]}}]}}]} as unknown as DocumentNode<ScoresFragment, unknown>;
export const IssueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IssueFieldsFragment, unknown>;
export const AnnualReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<AnnualReportFieldsFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"districtAdministrator"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"analyst"}},{"kind":"Field","name":{"kind":"Name","value":"districtAdministrator"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const IssueApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IssueApiTokenMutation, IssueApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const PersonHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonHistoryQuery, PersonHistoryQueryVariables>;
export const SignInSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]}}]} as unknown as DocumentNode<SignInSessionMutation, SignInSessionMutationVariables>;
export const RefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ResourceCrossTabDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceCrossTab"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceAnalysisFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceDimension"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"columns"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceDimension"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"crossTab"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}},{"kind":"Argument","name":{"kind":"Name","value":"columns"},"value":{"kind":"Variable","name":{"kind":"Name","value":"columns"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"column"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResourceCrossTabQuery, ResourceCrossTabQueryVariables>;
export const ResourceFacetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceFacets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceAnalysisFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceDimension"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimensions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimensions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalysisValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalysisValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DimensionValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResourceFacetsQuery, ResourceFacetsQueryVariables>;
export const SearchDataResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchDataResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceAnalysisFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchDataResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedIn"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchDataResourcesQuery, SearchDataResourcesQueryVariables>;
export const CreateEvaluationSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvaluationScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluationScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSchemeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"zeroPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fullPoint"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<CreateEvaluationSchemeMutation, CreateEvaluationSchemeMutationVariables>;
export const UpdateEvaluationSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvaluationScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEvaluationSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvaluationScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSchemeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"zeroPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fullPoint"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<UpdateEvaluationSchemeMutation, UpdateEvaluationSchemeMutationVariables>;
export const PublishEvaluationSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvaluationScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvaluationScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSchemeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"zeroPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fullPoint"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<PublishEvaluationSchemeMutation, PublishEvaluationSchemeMutationVariables>;
export const ReviseEvaluationSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseEvaluationScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseEvaluationScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSchemeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"zeroPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fullPoint"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<ReviseEvaluationSchemeMutation, ReviseEvaluationSchemeMutationVariables>;
export const SetEvaluationManualScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetEvaluationManualScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetEvaluationManualScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setEvaluationManualScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SetEvaluationManualScoreMutation, SetEvaluationManualScoreMutationVariables>;
export const RunEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"scheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsWithoutCdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RunEvaluationMutation, RunEvaluationMutationVariables>;
export const PublishEvaluationRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishEvaluationRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishEvaluationRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<PublishEvaluationRunMutation, PublishEvaluationRunMutationVariables>;
export const EvaluationSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationSchemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationSchemeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationSchemeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationScheme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalWeight"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"good"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"zeroPoint"}},{"kind":"Field","name":{"kind":"Name","value":"fullPoint"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}}]}}]}}]} as unknown as DocumentNode<EvaluationSchemesQuery, EvaluationSchemesQueryVariables>;
export const EvaluationResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"order"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationResultOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"Variable","name":{"kind":"Name","value":"order"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationResultFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"weightedScore"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"record"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationResultsQuery, EvaluationResultsQueryVariables>;
export const UnitEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitEvaluationQuery, UnitEvaluationQueryVariables>;
export const EvaluationMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"lowerIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"noDataScore"}}]}}]}}]} as unknown as DocumentNode<EvaluationMetricsQuery, EvaluationMetricsQueryVariables>;
export const EvaluationEvidencePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationEvidencePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resultId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resultId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationEvidencePageQuery, EvaluationEvidencePageQueryVariables>;
export const EvaluationEvidenceWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationEvidenceWindows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"head"},"name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"tail"},"name":{"kind":"Name","value":"evidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordId"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvaluationEvidenceWindowsQuery, EvaluationEvidenceWindowsQueryVariables>;
export const FindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Findings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"severityLabel"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingsQuery, FindingsQueryVariables>;
export const FindingCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySeverity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingCountsQuery, FindingCountsQueryVariables>;
export const FindingHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingHistoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findingHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"kindLabel"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeenOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenOn"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}}]}}]}}]} as unknown as DocumentNode<FindingHistoryQuery, FindingHistoryQueryVariables>;
export const ConveneJointMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConveneJointMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConveneJointMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conveneJointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConveneJointMeetingMutation, ConveneJointMeetingMutationVariables>;
export const RecordMeetingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordMeetingAttendanceMutation, RecordMeetingAttendanceMutationVariables>;
export const RecordMeetingResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeetingResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeetingResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordMeetingResolutionMutation, RecordMeetingResolutionMutationVariables>;
export const CompleteActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteActionItemMutation, CompleteActionItemMutationVariables>;
export const CancelActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CancelActionItemMutation, CancelActionItemMutationVariables>;
export const JointMeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"invitees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<JointMeetingsQuery, JointMeetingsQueryVariables>;
export const OverdueActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OverdueActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdueActionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OverdueActionItemsQuery, OverdueActionItemsQueryVariables>;
export const UnitOverdueActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitOverdueActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"task"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnitOverdueActionItemsQuery, UnitOverdueActionItemsQueryVariables>;
export const CreateTrainingPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTrainingPlanMutation, CreateTrainingPlanMutationVariables>;
export const RecordTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingSessionMutation, RecordTrainingSessionMutationVariables>;
export const TrainingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSessionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const TrainingHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingHoursQuery, TrainingHoursQueryVariables>;
export const UnitsWithoutDataSecurityTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsWithoutDataSecurityTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitsWithoutDataSecurityTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsWithoutDataSecurityTrainingQuery, UnitsWithoutDataSecurityTrainingQueryVariables>;
export const CreateInnovationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInnovationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInnovationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInnovationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInnovationCaseMutation, CreateInnovationCaseMutationVariables>;
export const UpdateInnovationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInnovationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInnovationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInnovationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateInnovationCaseMutation, UpdateInnovationCaseMutationVariables>;
export const ResourceInnovationCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceInnovationCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"innovationCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ResourceInnovationCasesQuery, ResourceInnovationCasesQueryVariables>;
export const InventoryExportLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryExportLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryDownload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCodes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryExportLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCodes"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDescendants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDescendants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<InventoryExportLinkQuery, InventoryExportLinkQueryVariables>;
export const ImportInventoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportInventory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetFormat"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importInventory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"sheet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReport"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InventoryImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"sheetName"}},{"kind":"Field","name":{"kind":"Name","value":"headerRow"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"itemsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"itemsUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"itemsUnchanged"}},{"kind":"Field","name":{"kind":"Name","value":"itemsRemoved"}},{"kind":"Field","name":{"kind":"Name","value":"functionsCreated"}},{"kind":"Field","name":{"kind":"Name","value":"nameMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"resourceName"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problemCount"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportInventoryMutation, ImportInventoryMutationVariables>;
export const ImportedResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportedResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"functions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformation"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportedResourceQuery, ImportedResourceQueryVariables>;
export const CreateFunctionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFunction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFunctionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFunction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}}]} as unknown as DocumentNode<CreateFunctionMutation, CreateFunctionMutationVariables>;
export const CreateDataResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDataResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDataResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"functions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformation"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDataResourceMutation, CreateDataResourceMutationVariables>;
export const UpdateDataResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDataResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDataResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDataResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateDataResourceMutation, UpdateDataResourceMutationVariables>;
export const RetireDataResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireDataResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireDataResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireDataResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RetireDataResourceMutation, RetireDataResourceMutationVariables>;
export const DataResourceByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataResourceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceSummary"}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSpecialist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DataResourceByIdQuery, DataResourceByIdQueryVariables>;
export const DataResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DataResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DataResourceOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySharingType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOpenType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"classificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"catalogCategory"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sharingType"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedDate"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DataResourcesQuery, DataResourcesQueryVariables>;
export const InventoryPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resources"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSpecialist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resources"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InventoryPageQuery, InventoryPageQueryVariables>;
export const CatalogWithAccountabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogWithAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DataResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSpecialist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CatalogWithAccountabilityQuery, CatalogWithAccountabilityQueryVariables>;
export const PublishOpenDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishOpenDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishOpenDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishOpenDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpenDatasetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenDatasetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updateFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"openConditions"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","alias":{"kind":"Name","value":"modified"},"name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"accessUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloadCount"}},{"kind":"Field","name":{"kind":"Name","value":"apiCallCount"}}]}}]} as unknown as DocumentNode<PublishOpenDatasetMutation, PublishOpenDatasetMutationVariables>;
export const WithdrawOpenDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawOpenDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawOpenDatasetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawOpenDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpenDatasetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenDatasetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updateFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"openConditions"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","alias":{"kind":"Name","value":"modified"},"name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"accessUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloadCount"}},{"kind":"Field","name":{"kind":"Name","value":"apiCallCount"}}]}}]} as unknown as DocumentNode<WithdrawOpenDatasetMutation, WithdrawOpenDatasetMutationVariables>;
export const RecordOpenDataUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOpenDataUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOpenDataUsageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOpenDataUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}}]}}]} as unknown as DocumentNode<RecordOpenDataUsageMutation, RecordOpenDataUsageMutationVariables>;
export const OpenDatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenDatasets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDatasetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDatasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloadCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byTheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byFormat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenDatasetsQuery, OpenDatasetsQueryVariables>;
export const OpenDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OpenDatasetFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OpenDatasetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"themeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"licence"}},{"kind":"Field","name":{"kind":"Name","value":"licenceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"updateFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"openType"}},{"kind":"Field","name":{"kind":"Name","value":"openConditions"}},{"kind":"Field","name":{"kind":"Name","value":"issued"}},{"kind":"Field","alias":{"kind":"Name","value":"modified"},"name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnOn"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"mediaType"}},{"kind":"Field","name":{"kind":"Name","value":"accessUrl"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"downloadCount"}},{"kind":"Field","name":{"kind":"Name","value":"apiCallCount"}}]}}]} as unknown as DocumentNode<OpenDatasetQuery, OpenDatasetQueryVariables>;
export const MostDownloadedOpenDatasetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MostDownloadedOpenDatasets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mostDownloadedOpenDatasets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"downloads"}},{"kind":"Field","name":{"kind":"Name","value":"apiCalls"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MostDownloadedOpenDatasetsQuery, MostDownloadedOpenDatasetsQueryVariables>;
export const ResourceOpenDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceOpenDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openDataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ResourceOpenDatasetQuery, ResourceOpenDatasetQueryVariables>;
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
export const PersonContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<PersonContactQuery, PersonContactQueryVariables>;
export const UnitAccountabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSpecialist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnitAccountabilityQuery, UnitAccountabilityQueryVariables>;
export const RecordQualityMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordQualityMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityMeasurementInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordQualityMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"latestChanged"}}]}}]}}]} as unknown as DocumentNode<RecordQualityMeasurementsMutation, RecordQualityMeasurementsMutationVariables>;
export const RecordQualityMeasurementColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordQualityMeasurementColumns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityMeasurementColumnsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordQualityMeasurementColumns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"resources"}},{"kind":"Field","name":{"kind":"Name","value":"latestChanged"}}]}}]}}]} as unknown as DocumentNode<RecordQualityMeasurementColumnsMutation, RecordQualityMeasurementColumnsMutationVariables>;
export const CreateQualityRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQualityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQualityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQualityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"checkKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"targetScore"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateQualityRuleMutation, CreateQualityRuleMutationVariables>;
export const UpdateQualityRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateQualityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQualityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQualityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetScore"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateQualityRuleMutation, UpdateQualityRuleMutationVariables>;
export const ResourceQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scores"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"measurementCount"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"measurementCount"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualityRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"targetScore"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scores"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityScores"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}}]}}]}}]} as unknown as DocumentNode<ResourceQualityQuery, ResourceQualityQueryVariables>;
export const UnitQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitQuality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrendGranularity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scores"}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"measurementCount"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"measurementCount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scores"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityScores"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}}]}}]}}]} as unknown as DocumentNode<UnitQualityQuery, UnitQualityQueryVariables>;
export const DistrictQualityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtQuality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Scores"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Scores"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityScores"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}}]}}]}}]} as unknown as DocumentNode<DistrictQualityQuery, DistrictQualityQueryVariables>;
export const QualityBelowTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualityBelowTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityBelowTargetFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityBelowTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}}]}}]}}]}}]} as unknown as DocumentNode<QualityBelowTargetQuery, QualityBelowTargetQueryVariables>;
export const QualityMeasurementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualityMeasurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityDimension"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityMeasurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measuredAt"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]} as unknown as DocumentNode<QualityMeasurementsQuery, QualityMeasurementsQueryVariables>;
export const ReportQualityIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportQualityIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportQualityIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportQualityIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReportQualityIssueMutation, ReportQualityIssueMutationVariables>;
export const AcceptQualityIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptQualityIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssueStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptQualityIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AcceptQualityIssueMutation, AcceptQualityIssueMutationVariables>;
export const RejectQualityIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectQualityIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssueStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectQualityIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RejectQualityIssueMutation, RejectQualityIssueMutationVariables>;
export const RectifyQualityIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RectifyQualityIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssueStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectifyQualityIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RectifyQualityIssueMutation, RectifyQualityIssueMutationVariables>;
export const VerifyQualityIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyQualityIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssueStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyQualityIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<VerifyQualityIssueMutation, VerifyQualityIssueMutationVariables>;
export const ReopenQualityIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenQualityIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssueStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenQualityIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReopenQualityIssueMutation, ReopenQualityIssueMutationVariables>;
export const QualityIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QualityIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qualityIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QualityIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reporterUsername"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"provider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QualityIssuesQuery, QualityIssuesQueryVariables>;
export const CreateAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnualReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<CreateAnnualReportMutation, CreateAnnualReportMutationVariables>;
export const UpdateAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAnnualReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<UpdateAnnualReportMutation, UpdateAnnualReportMutationVariables>;
export const RefreshAnnualReportFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshAnnualReportFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshAnnualReportFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<RefreshAnnualReportFiguresMutation, RefreshAnnualReportFiguresMutationVariables>;
export const SubmitAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SubmitAnnualReportMutation, SubmitAnnualReportMutationVariables>;
export const AcceptAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comments"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<AcceptAnnualReportMutation, AcceptAnnualReportMutationVariables>;
export const ReturnAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comments"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAnnualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"comments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<ReturnAnnualReportMutation, ReturnAnnualReportMutationVariables>;
export const SetAnnualReportDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAnnualReportDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAnnualReportDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]} as unknown as DocumentNode<SetAnnualReportDeadlineMutation, SetAnnualReportDeadlineMutationVariables>;
export const AnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<AnnualReportQuery, AnnualReportQueryVariables>;
export const AnnualReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnualReportFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnualReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnualReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cdo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"display"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"dataAggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"newResourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"itemCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualityScore"}},{"kind":"Field","name":{"kind":"Name","value":"qualityDimensionsBelowTarget"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesReported"}},{"kind":"Field","name":{"kind":"Name","value":"qualityIssuesRectified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSharing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsDecided"}},{"kind":"Field","name":{"kind":"Name","value":"sharingRequestsGranted"}},{"kind":"Field","name":{"kind":"Name","value":"medianDecisionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsPublished"}},{"kind":"Field","name":{"kind":"Name","value":"openDatasetsOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicationInnovation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"innovationCases"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsReviewed"}},{"kind":"Field","name":{"kind":"Name","value":"itProjectsVetoed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityProtection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifiedResources"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveResources"}},{"kind":"Field","name":{"kind":"Name","value":"personalInformationItems"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"}},{"kind":"Field","name":{"kind":"Name","value":"dataSecurityTrainingSessions"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actorUsername"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<AnnualReportsQuery, AnnualReportsQueryVariables>;
export const UnitAnnualReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAnnualReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitAnnualReportQuery, UnitAnnualReportQueryVariables>;
export const AnnualReportPrintLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnualReportPrintLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annualReportPrintLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<AnnualReportPrintLinkQuery, AnnualReportPrintLinkQueryVariables>;
export const UnitQualityForReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitQualityForReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"belowTarget"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitQualityForReportQuery, UnitQualityForReportQueryVariables>;