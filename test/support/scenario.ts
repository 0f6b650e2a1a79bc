import {
  AppointDocument,
  CreateAccountDocument,
  AppointInput,
  CreatePersonDocument,
  CreatePersonInput,
  CreateUnitDocument,
  UnitKind,
} from "../generated/graphql";
import type { ApiClient } from "./api-client";

let sequence = 0;
/** A code no other test uses, so tests can run in any order on a shared database. */
export function uniqueCode(prefix = "T"): string {
  sequence += 1;
  return `${prefix}${process.pid.toString(36)}-${Date.now().toString(36)}-${sequence}`;
}

export type Qualification = "degree" | "experience" | "none";

const qualificationFacts: Record<Qualification, Partial<CreatePersonInput>> = {
  degree: { educationDegree: "BACHELOR", major: "计算机科学与技术", majorComputerRelated: true, informatizationYears: 0 },
  experience: { educationDegree: "JUNIOR_COLLEGE", major: "行政管理", majorComputerRelated: false, informatizationYears: 5 },
  none: { educationDegree: "BACHELOR", major: "汉语言文学", majorComputerRelated: false, informatizationYears: 1 },
};

/**
 * Named fixtures that read like the policy: a district with its units and people, built through
 * the API like a front-end would. One district (root) per test file's database.
 */
export class DistrictScenario {
  private constructor(
    readonly api: ApiClient,
    readonly rootId: string,
  ) {}

  static async create(api: ApiClient, name = "天宁区"): Promise<DistrictScenario> {
    const { createUnit } = await api.request(CreateUnitDocument, { input: { kind: "DISTRICT", code: uniqueCode("D"), name } });
    return new DistrictScenario(api, createUnit.id);
  }

  async unit(kind: UnitKind, name: string, parentId: string = this.rootId) {
    const { createUnit } = await this.api.request(CreateUnitDocument, { input: { kind, code: uniqueCode(), name, parentId } });
    return createUnit;
  }

  street(name = "茶山街道") {
    return this.unit("STREET", name);
  }

  department(name = "区发展和改革局") {
    return this.unit("DEPARTMENT", name);
  }

  async person(unitId: string, name: string, qualification: Qualification = "degree", extra: Partial<CreatePersonInput> = {}) {
    const { createPerson } = await this.api.request(CreatePersonDocument, { input: { unitId, name, ...qualificationFacts[qualification], ...extra } });
    return createPerson;
  }

  async appoint(input: AppointInput) {
    const { appoint } = await this.api.request(AppointDocument, { input });
    return appoint;
  }

  /** A unit with a qualified CDO and a section-head data specialist, both current. */
  async staffedUnit(kind: UnitKind = "STREET", name = "红梅街道") {
    const unit = await this.unit(kind, name);
    const cdo = await this.person(unit.id, `${name}首席数据官`, "degree");
    const specialist = await this.person(unit.id, `${name}数据专员`, "experience");
    const cdoTerm = await this.appoint({ unitId: unit.id, personId: cdo.id, role: "UNIT_CDO", startDate: "2024-01-01" });
    const specialistTerm = await this.appoint({
      unitId: unit.id,
      personId: specialist.id,
      role: "DATA_SPECIALIST",
      startDate: "2024-01-01",
      specialistPosition: "RESPONSIBLE_SECTION_HEAD",
    });
    return { unit, cdo, specialist, cdoTerm: cdoTerm.appointment, specialistTerm: specialistTerm.appointment };
  }
}

let accountSequence = 0;

/** An account for a person (its roles follow the person's appointments), signed in. */
export async function signedInAs(admin: ApiClient, personId: string | null, grants: { analyst?: boolean; districtAdministrator?: boolean } = {}) {
  accountSequence += 1;
  const username = `user${process.pid}x${accountSequence}`;
  const password = "correct-horse-battery";
  const { createAccount } = await admin.request(CreateAccountDocument, { input: { username, password, personId, kind: "PERSON", ...grants } });
  return { client: await admin.signIn(username, password), account: createAccount, username, password };
}
