import { registerEnumType } from "type-graphql";

/** 单位类型. Two governance levels: the district, and dev zone / towns / streets (with the district's departments). */
export enum UnitKind {
  DISTRICT = "DISTRICT",
  DEVELOPMENT_ZONE = "DEVELOPMENT_ZONE",
  TOWN = "TOWN",
  STREET = "STREET",
  DEPARTMENT = "DEPARTMENT",
  SUBORDINATE = "SUBORDINATE",
}

/** 任命角色. */
export enum AppointmentRole {
  DISTRICT_CDO = "DISTRICT_CDO",
  DISTRICT_CHIEF_DATA_EXECUTIVE = "DISTRICT_CHIEF_DATA_EXECUTIVE",
  UNIT_CDO = "UNIT_CDO",
  DATA_SPECIALIST = "DATA_SPECIALIST",
}

/** 学历. */
export enum EducationDegree {
  DOCTORATE = "DOCTORATE",
  MASTER = "MASTER",
  BACHELOR = "BACHELOR",
  JUNIOR_COLLEGE = "JUNIOR_COLLEGE",
  HIGH_SCHOOL_OR_BELOW = "HIGH_SCHOOL_OR_BELOW",
}

/** What post a data specialist holds: in principle the head of the responsible section or of a subordinate unit. */
export enum SpecialistPosition {
  RESPONSIBLE_SECTION_HEAD = "RESPONSIBLE_SECTION_HEAD",
  SUBORDINATE_UNIT_HEAD = "SUBORDINATE_UNIT_HEAD",
  OTHER = "OTHER",
}

registerEnumType(UnitKind, {
  name: "UnitKind",
  description:
    "单位类型: the district (区, root), the development zone (开发区), towns (镇), streets (街道), district departments (区各部门) and their subordinate units (下属单位).",
  valuesConfig: {
    DISTRICT: { description: "区 — the root of the tree" },
    DEVELOPMENT_ZONE: { description: "开发区: the development zone" },
    TOWN: { description: "镇: a town" },
    STREET: { description: "街道: a street (subdistrict)" },
    DEPARTMENT: { description: "区各部门: a district department, e.g. 区发展和改革局" },
    SUBORDINATE: { description: "下属单位 of a department, town, street or the development zone" },
  },
});

registerEnumType(AppointmentRole, {
  name: "AppointmentRole",
  description: "The four roles of the CDO system.",
  valuesConfig: {
    DISTRICT_CDO: { description: "区首席数据官 — exactly one, on the district (root) unit" },
    DISTRICT_CHIEF_DATA_EXECUTIVE: { description: "区首席数据执行官 — exactly one, on the district (root) unit" },
    UNIT_CDO: { description: "首席数据官 of the development zone, a town, a street or a department" },
    DATA_SPECIALIST: { description: "数据专员 of the development zone, a town, a street or a department" },
  },
});

registerEnumType(EducationDegree, {
  name: "EducationDegree",
  description: "Education degree (学历).",
  valuesConfig: {
    DOCTORATE: { description: "博士研究生: doctorate" },
    MASTER: { description: "硕士研究生: master's" },
    BACHELOR: { description: "大学本科: bachelor's" },
    JUNIOR_COLLEGE: { description: "大专: junior college" },
    HIGH_SCHOOL_OR_BELOW: { description: "高中及以下: high school or below" },
  },
});

registerEnumType(SpecialistPosition, {
  name: "SpecialistPosition",
  description: "数据专员原则上由责任科室或下属单位负责人兼任: the post the specialist holds.",
  valuesConfig: {
    RESPONSIBLE_SECTION_HEAD: { description: "责任科室负责人: head of the responsible section" },
    SUBORDINATE_UNIT_HEAD: { description: "下属单位负责人: head of a subordinate unit" },
    OTHER: { description: "Neither: reported as a finding" },
  },
});
