import type { Localised } from "../../common/i18n";
import { addDays } from "../calendar";
import type { DataLevel, ItemFacts, OpenType, ResourceFacts, ResourceStatus } from "../inventory";
import { isActionItemOverdue, type ActionItemStatus } from "../meetings";
import { checkPublication, type OpenDatasetStatus } from "../opening";
import {
  AppointmentRole,
  isActiveOn,
  isExceptionQualifiedCdo,
  isSpecialistOutsidePosition,
  requiresCdoAndSpecialist,
  type SpecialistPosition,
  type UnitKind,
} from "../organisation";
import { districtDay, isQualityIssueOverdue, type QualityIssue, timelinessCenti, UPDATE_PERIOD_DAYS } from "../quality";
import { isLate } from "../reports";
import { isSharingDecisionOverdue } from "../sharing";
import { FindingKind, FindingSeverity } from "./findings.enums";
import { findingMessages } from "./findings.messages";

/**
 * The governance to-do list's rules (DOMAIN §1, §3–§6), one function per kind, each reusing the
 * owning module's own rule (timeliness, overdue, publication…) so nothing is judged twice. Pure:
 * the service reads the facts (a fixed number of statements) and these turn them into findings.
 * A finding is derived live from its cause, so it disappears as soon as the cause is fixed.
 */

/** A current finding: its stable key (kind and subject), the unit, the record it is about, since when, and why. */
export interface Finding {
  key: string;
  kind: FindingKind;
  severity: FindingSeverity;
  unitId: number;
  /** The unit's CDO or data specialist in office, per kind (see FINDING_RULES); set by the service. */
  responsiblePersonId: number | null;
  /** The GraphQL type and row of the record it is about (reachable by `node(id)`). */
  subjectType: string;
  subjectId: number;
  /** The district day its cause began; null when unknown (a unit that never had the role). */
  since: string | null;
  message: Localised;
}

/** Who answers for a kind: the unit's CDO, or its data specialist (the other when that role is vacant). */
type Responsible = "CDO" | "SPECIALIST";

/** Each kind's severity and who answers for it; the rule itself is the function of the same name below. */
const FINDING_RULES: Record<FindingKind, { severity: FindingSeverity; responsible: Responsible }> = {
  [FindingKind.UNIT_MISSING_CDO]: { severity: FindingSeverity.HIGH, responsible: "SPECIALIST" },
  [FindingKind.UNIT_MISSING_SPECIALIST]: { severity: FindingSeverity.MEDIUM, responsible: "CDO" },
  [FindingKind.CDO_QUALIFICATION_EXCEPTION]: { severity: FindingSeverity.LOW, responsible: "CDO" },
  [FindingKind.SPECIALIST_OUTSIDE_POSITION]: { severity: FindingSeverity.LOW, responsible: "CDO" },
  [FindingKind.RESOURCE_STALE]: { severity: FindingSeverity.MEDIUM, responsible: "SPECIALIST" },
  [FindingKind.QUALITY_BELOW_TARGET]: { severity: FindingSeverity.MEDIUM, responsible: "SPECIALIST" },
  [FindingKind.QUALITY_ISSUE_OVERDUE]: { severity: FindingSeverity.MEDIUM, responsible: "SPECIALIST" },
  [FindingKind.SHARING_DECISION_OVERDUE]: { severity: FindingSeverity.HIGH, responsible: "CDO" },
  [FindingKind.OPENED_AGAINST_RULES]: { severity: FindingSeverity.HIGH, responsible: "CDO" },
  [FindingKind.ACTION_ITEM_OVERDUE]: { severity: FindingSeverity.MEDIUM, responsible: "CDO" },
  [FindingKind.NO_DATA_SECURITY_TRAINING]: { severity: FindingSeverity.LOW, responsible: "CDO" },
  [FindingKind.ANNUAL_REPORT_MISSING]: { severity: FindingSeverity.HIGH, responsible: "CDO" },
  [FindingKind.ANNUAL_REPORT_LATE]: { severity: FindingSeverity.LOW, responsible: "CDO" },
};

/** The order of the list: the most severe first, then the oldest cause. */
export const SEVERITY_RANK: Record<FindingSeverity, number> = { [FindingSeverity.HIGH]: 0, [FindingSeverity.MEDIUM]: 1, [FindingSeverity.LOW]: 2 };

function finding(kind: FindingKind, unitId: number, subject: [type: string, id: number], since: string | null, message: Localised, keySuffix = ""): Finding {
  return {
    key: `${kind}:${subject[0]}:${subject[1]}${keySuffix}`,
    kind,
    severity: FINDING_RULES[kind].severity,
    unitId,
    responsiblePersonId: null,
    subjectType: subject[0],
    subjectId: subject[1],
    since,
    message,
  };
}

export interface UnitFacts {
  id: number;
  name: string;
  path: string;
  kind: UnitKind;
}

export interface AppointmentFacts {
  id: number;
  unitId: number;
  personId: number;
  role: AppointmentRole;
  startDate: string;
  endDate: string | null;
  qualificationExceptionReason: string | null;
  specialistPosition: SpecialistPosition | null;
}

/**
 * 缺少首席数据官 / 缺少数据专员: a unit that must have both (dev zone, towns, streets, departments) and
 * has no one in office today in the role, since the last term ended. 例外选聘 / 任职不符: the CDO or
 * specialist in office meets the organisation module's exception rules (the same as appointmentCoverage).
 */
export function staffingFindings(unit: UnitFacts, appointments: readonly AppointmentFacts[], today: string): Finding[] {
  if (!requiresCdoAndSpecialist(unit.kind)) return [];
  const found: Finding[] = [];
  const vacancy = (role: AppointmentRole, kind: FindingKind, message: (unit: string, since: string | null) => Localised) => {
    const terms = appointments.filter((a) => a.role === role);
    if (terms.some((a) => isActiveOn(a, today))) return;
    const lastEnd = terms
      .map((a) => a.endDate)
      .reduce<string | null>((last, end) => (end !== null && end <= today && (last === null || end > last) ? end : last), null);
    found.push(finding(kind, unit.id, ["Unit", unit.id], lastEnd, message(unit.name, lastEnd)));
  };
  vacancy(AppointmentRole.UNIT_CDO, FindingKind.UNIT_MISSING_CDO, findingMessages.missingCdo);
  vacancy(AppointmentRole.DATA_SPECIALIST, FindingKind.UNIT_MISSING_SPECIALIST, findingMessages.missingSpecialist);
  for (const a of appointments.filter((term) => isActiveOn(term, today))) {
    if (isExceptionQualifiedCdo(a))
      found.push(
        finding(
          FindingKind.CDO_QUALIFICATION_EXCEPTION,
          unit.id,
          ["Appointment", a.id],
          a.startDate,
          findingMessages.qualificationException(unit.name, a.qualificationExceptionReason!),
        ),
      );
    if (isSpecialistOutsidePosition(a))
      found.push(
        finding(FindingKind.SPECIALIST_OUTSIDE_POSITION, unit.id, ["Appointment", a.id], a.startDate, findingMessages.specialistOutsidePosition(unit.name)),
      );
  }
  return found;
}

/** 资源未按期更新: the quality module's timeliness rule scores it below 100 (older than one declared period); irregular resources never. */
export function resourceStale(
  r: { id: number; name: string; providerUnitId: number; updateFrequency: string; updatedAt: Date },
  now: Date,
  timeZone: string,
): Finding | null {
  const score = timelinessCenti(r.updateFrequency, r.updatedAt, now);
  if (score === null || score >= 10_000) return null;
  const period = UPDATE_PERIOD_DAYS[r.updateFrequency]!;
  const since = addDays(districtDay(timeZone, r.updatedAt), period);
  return finding(FindingKind.RESOURCE_STALE, r.providerUnitId, ["DataResource", r.id], since, findingMessages.resourceStale(r.name, period, since));
}

/** 质量低于目标: the resource's latest scores (quality_latest roll-up) below their target, one finding per resource naming the dimensions. */
export function qualityBelowTarget(
  r: { id: number; name: string; providerUnitId: number },
  below: readonly { dimensionLabel: string; score: number; target: number; measuredOn: string | null }[],
): Finding | null {
  if (below.length === 0) return null;
  const since = below.map((b) => b.measuredOn).reduce<string | null>((first, day) => (day !== null && (first === null || day < first) ? day : first), null);
  const dimensions = below.map((b) => `${b.dimensionLabel} ${b.score}/${b.target}`).join(", ");
  return finding(FindingKind.QUALITY_BELOW_TARGET, r.providerUnitId, ["DataResource", r.id], since, findingMessages.qualityBelowTarget(r.name, dimensions));
}

/** 数据纠错逾期: the quality module's overdue rule (the provider owes work past the due date). */
export function qualityIssueOverdue(issue: QualityIssue, today: string): Finding | null {
  if (!isQualityIssueOverdue(issue, today)) return null;
  return finding(
    FindingKind.QUALITY_ISSUE_OVERDUE,
    issue.providerUnitId,
    ["QualityIssue", issue.id],
    addDays(issue.dueDate, 1),
    findingMessages.qualityIssueOverdue(issue.title, issue.dueDate),
  );
}

/** 共享申请逾期未答复: the sharing module's deadline rule (pending past its decision day, counted in working days). */
export function sharingDecisionOverdue(
  request: { id: number; status: string; decisionDueOn: string | null; providerUnitId: number },
  names: { resource: string; consumer: string },
  today: string,
): Finding | null {
  if (!isSharingDecisionOverdue(request, today)) return null;
  return finding(
    FindingKind.SHARING_DECISION_OVERDUE,
    request.providerUnitId,
    ["SharingRequest", request.id],
    addDays(request.decisionDueOn!, 1),
    findingMessages.sharingDecisionOverdue(names.resource, names.consumer, request.decisionDueOn!),
  );
}

/**
 * 违规开放: a dataset still published whose publication the opening rules would refuse today (the
 * opening module's checkPublication against its resource as it is now): the resource reclassified
 * NOT_OPEN or core, retired, sensitive data opened unconditionally, personal information…
 */
export function openedAgainstRules(
  dataset: { id: number; title: string; status: OpenDatasetStatus; openType: OpenType; openConditions: string | null; providerUnitId: number },
  resource: ResourceFacts & { name: string; status: ResourceStatus; level: DataLevel; updatedAt: Date },
  items: readonly ItemFacts[],
  timeZone: string,
): Finding | null {
  if (dataset.status !== "PUBLISHED") return null;
  const violation = checkPublication(resource, items, { openType: dataset.openType, openConditions: dataset.openConditions });
  if (!violation) return null;
  return finding(
    FindingKind.OPENED_AGAINST_RULES,
    dataset.providerUnitId,
    ["OpenDataset", dataset.id],
    districtDay(timeZone, resource.updatedAt),
    findingMessages.openedAgainstRules(dataset.title, violation.message.zh),
  );
}

/** 督办事项逾期: the meetings module's overdue rule (still OPEN after its due day). */
export function actionItemOverdue(
  item: { id: number; unitId: number; task: string; dueDate: string; status: ActionItemStatus },
  today: string,
): Finding | null {
  if (!isActionItemOverdue(item, today)) return null;
  return finding(
    FindingKind.ACTION_ITEM_OVERDUE,
    item.unitId,
    ["MeetingActionItem", item.id],
    addDays(item.dueDate, 1),
    findingMessages.actionItemOverdue(item.task, item.dueDate),
  );
}

/** 未开展数据安全培训: the training module's rule (a unit that must have a CDO held no DATA_SECURITY session of its own this year). */
export function noDataSecurityTraining(unit: UnitFacts, year: number): Finding {
  return finding(
    FindingKind.NO_DATA_SECURITY_TRAINING,
    unit.id,
    ["Unit", unit.id],
    `${year}-01-01`,
    findingMessages.noDataSecurityTraining(unit.name, year),
    `:${year}`,
  );
}

/**
 * 述职报告未提交 / 逾期提交, for the latest year whose deadline (annual_report_deadlines.dueOn) has
 * passed: a unit that must have a CDO with no report first submitted is MISSING from the day after
 * the deadline; one first submitted after the deadline (district day) is LATE.
 */
export function annualReportFinding(
  unit: UnitFacts,
  deadline: { year: number; dueOn: string },
  report: { id: number; firstSubmittedAt: Date | null } | null,
  timeZone: string,
): Finding | null {
  if (!requiresCdoAndSpecialist(unit.kind)) return null;
  const { year, dueOn } = deadline;
  if (!report?.firstSubmittedAt)
    return finding(
      FindingKind.ANNUAL_REPORT_MISSING,
      unit.id,
      ["Unit", unit.id],
      addDays(dueOn, 1),
      findingMessages.annualReportMissing(unit.name, year, dueOn),
      `:${year}`,
    );
  // Missing was decided above (the deadline has passed); late is the reports module's rule.
  if (!isLate(report, dueOn, addDays(dueOn, 1), timeZone)) return null;
  const submittedOn = districtDay(timeZone, report.firstSubmittedAt);
  return finding(
    FindingKind.ANNUAL_REPORT_LATE,
    unit.id,
    ["AnnualReport", report.id],
    addDays(dueOn, 1),
    findingMessages.annualReportLate(unit.name, year, dueOn, submittedOn),
  );
}

/** The responsible person: the kind's role in office on the unit (the district CDO on the root), else the other role, else the nearest ancestor's. */
export function responsiblePerson(kind: FindingKind, chain: readonly (readonly AppointmentFacts[])[], today: string): number | null {
  const cdoRoles = [AppointmentRole.UNIT_CDO, AppointmentRole.DISTRICT_CDO];
  const roles = FINDING_RULES[kind].responsible === "CDO" ? [cdoRoles, [AppointmentRole.DATA_SPECIALIST]] : [[AppointmentRole.DATA_SPECIALIST], cdoRoles];
  for (const terms of chain) {
    const active = terms.filter((a) => isActiveOn(a, today));
    for (const wanted of roles) {
      const holder = active.find((a) => wanted.includes(a.role));
      if (holder) return holder.personId;
    }
  }
  return null;
}
