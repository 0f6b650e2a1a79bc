/**
 * What the organisation module says to people (DOMAIN §1), in Simplified Chinese and English:
 * the labels of its enums (the policy's own terms) and the messages of its rules.
 */
import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";
import { AppointmentRole, EducationDegree, SpecialistPosition, UnitKind } from "./organisation.enums";

/** 单位类型. */
export const UnitKindLabels = registerEnumLabels<UnitKind>("UnitKind", {
  DISTRICT: text("区", "District"),
  DEVELOPMENT_ZONE: text("开发区", "Development zone"),
  TOWN: text("镇", "Town"),
  STREET: text("街道", "Street"),
  DEPARTMENT: text("区级部门", "District department"),
  SUBORDINATE: text("下属单位", "Subordinate unit"),
});

/** 任命角色. */
export const AppointmentRoleLabels = registerEnumLabels<AppointmentRole>("AppointmentRole", {
  DISTRICT_CDO: text("区首席数据官", "District chief data officer"),
  DISTRICT_CHIEF_DATA_EXECUTIVE: text("区首席数据执行官", "District chief data executive"),
  UNIT_CDO: text("首席数据官", "Chief data officer"),
  DATA_SPECIALIST: text("数据专员", "Data specialist"),
});

/** 学历. */
export const EducationDegreeLabels = registerEnumLabels<EducationDegree>("EducationDegree", {
  DOCTORATE: text("博士研究生", "Doctorate"),
  MASTER: text("硕士研究生", "Master's degree"),
  BACHELOR: text("大学本科", "Bachelor's degree"),
  JUNIOR_COLLEGE: text("大专", "Junior college"),
  HIGH_SCHOOL_OR_BELOW: text("高中及以下", "High school or below"),
});

/** 数据专员所任职务. */
export const SpecialistPositionLabels = registerEnumLabels<SpecialistPosition>("SpecialistPosition", {
  RESPONSIBLE_SECTION_HEAD: text("责任科室负责人", "Head of the responsible section"),
  SUBORDINATE_UNIT_HEAD: text("下属单位负责人", "Head of a subordinate unit"),
  OTHER: text("其他", "Other"),
});

const role = (r: AppointmentRole) => AppointmentRoleLabels[r];
const kind = (k: UnitKind) => UnitKindLabels[k];

export const OrganisationMessages = {
  // Who may do what
  addUnits: text("新增单位", "add units"),
  seeDistrictCoverage: text("查看全区任命覆盖情况（查看本单位请给出 underUnitId）", "see district-wide coverage (give underUnitId for your own unit)"),
  onlyDistrictAppoints: (r: AppointmentRole) => text(`只有区级管理员可以任命或免去${role(r).zh}。`, `Only district administrators appoint or end a ${r}.`),
  personOutsideUnit: (person: string, unit: string) =>
    text(`${person}不在${unit}任职：跨单位任命只能由区级管理员办理。`, `${person} works outside ${unit}: only district administrators appoint across units.`),
  noUnitToList: text("您不代表任何单位：没有可列出的人员。", "You act for no unit: there are no persons you may list."),

  // Units
  districtHasNoParent: text("区是单位树的根：没有上级单位。", "The district is the root unit: it has no parent."),
  districtExists: text("已有一个区（根）单位，只能有一个。", "There is already a district (root) unit; there can be only one."),
  parentRequired: (k: UnitKind) => text(`${kind(k).zh}类单位需要上级单位。`, `A ${k} unit needs a parent unit.`),
  invalidParent: (k: UnitKind, parent: UnitKind, allowed: readonly UnitKind[]) =>
    text(
      `${kind(k).zh}类单位不能设在${kind(parent).zh}类单位之下（允许的上级：${allowed.map((a) => kind(a).zh).join("、")}）。`,
      `A ${k} unit cannot sit under a ${parent} unit (allowed: ${allowed.join(", ")}).`,
    ),
  unitTreeTooDeep: (levels: number, parent: string) =>
    text(
      `单位树最多 ${levels} 级（含区）：${parent}已在最后一级。`,
      `The unit tree has at most ${levels} levels, the district included: ${parent} is on the last one.`,
    ),
  unitCodeTaken: (code: string) => text(`单位代码 ${code} 已被其他单位使用。`, `Unit code ${code} is already used by another unit.`),

  // Appointments
  roleNotAllowed: (r: AppointmentRole, unitName: string, k: UnitKind, districtRole: boolean) =>
    districtRole
      ? text(
          `${role(r).zh}只能在区（根）单位任命；${unitName}是${kind(k).zh}类单位。`,
          `${r} can be appointed only on the district (root) unit; ${unitName} is a ${k} unit.`,
        )
      : text(
          `${role(r).zh}只能在开发区、镇、街道和区级部门任命；${unitName}是${kind(k).zh}类单位。`,
          `${r} can be appointed only on the development zone, towns, streets and departments; ${unitName} is a ${k} unit.`,
        ),
  specialistPositionRequired: text(
    "任命数据专员须记录其所任职务（specialistPosition）。",
    "A data specialist's appointment records the post they hold (specialistPosition).",
  ),
  specialistPositionOnlyForSpecialists: text("specialistPosition 只为数据专员记录。", "specialistPosition is recorded for data specialists only."),
  exceptionNotNeeded: (person: string) =>
    text(`${person}符合首席数据官选聘条件：无需例外任命。`, `${person} meets the CDO qualification: no exception is needed.`),
  qualificationOnlyForCdos: (r: AppointmentRole) =>
    text(`选聘条件只适用于首席数据官，不适用于${role(r).zh}。`, `The qualification rule applies to unit CDOs only, not to ${r}.`),
  cdoNotQualified: (person: string) =>
    text(
      `${person}不符合首席数据官选聘条件（计算机类相关专业本科以上学历，或分管信息化工作 3 年以上）。如需例外任命，请填写 qualificationExceptionReason。`,
      `${person} does not meet the CDO qualification (a bachelor's degree or above in a computer-related major, or at least 3 years in charge of informatization). Give qualificationExceptionReason to appoint by exception.`,
    ),
  roleAlreadyFilled: (person: string, r: AppointmentRole, unit: string, since: string) =>
    text(`${person}自 ${since} 起已担任${unit}${role(r).zh}。`, `${person} already holds ${r} on ${unit} since ${since}.`),
  periodOverlaps: (r: AppointmentRole, unit: string, from: string, to: string | null) =>
    text(
      `${unit}的${role(r).zh}已有一届任期${to ? `（${from} 至 ${to}）` : `（自 ${from} 起）`}：新任期须在其后开始。`,
      `A ${r} term on ${unit} runs from ${from}${to ? ` to ${to}` : ""}; a new term must start after it.`,
    ),
  termEndedConcurrently: text(
    "该任期刚被另一个请求同时免去，请重新加载后再试。",
    "This term was ended by another request at the same time; reload and try again.",
  ),
  appointmentAlreadyEnded: (endDate: string) => text(`该任命已于 ${endDate} 结束。`, `This appointment already ended on ${endDate}.`),
  endBeforeStart: (startDate: string) => text(`endDate 须晚于任期开始日期（${startDate}）。`, `endDate must be after the term's start (${startDate}).`),

  // Inputs (class-validator)
  unitCodeFormat: text("code 须为 1–64 位字母、数字或“-”", "code must be 1–64 letters, digits or '-'"),
  phoneFormat: text("phone 须为 E.164 格式，例如 +8651988000000", "phone must be in E.164 form, e.g. +8651988000000"),
};
