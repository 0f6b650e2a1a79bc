import { getMetadataStorage, registerEnumType } from "type-graphql";
import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "./context";
import { CatalogError, CommonErrorCode } from "./errors";
import type { Localised } from "./i18n";
import { CommonMessages } from "./messages";

/**
 * Who may do what (DOMAIN §7). Roles follow appointments: a person acts as a unit's CDO or
 * data specialist exactly while that appointment is active. District administrators and analysts
 * are granted explicitly on the account.
 */
export enum AccessRole {
  /** Office of the digital-government leading group: everything, district-wide. */
  DISTRICT_ADMINISTRATOR = "DISTRICT_ADMINISTRATOR",
  DISTRICT_CDO = "DISTRICT_CDO",
  DISTRICT_CHIEF_DATA_EXECUTIVE = "DISTRICT_CHIEF_DATA_EXECUTIVE",
  /** Everything of own unit (and its subordinate units). */
  UNIT_CDO = "UNIT_CDO",
  /** Reads own unit; edits own unit's inventory. */
  DATA_SPECIALIST = "DATA_SPECIALIST",
  /** Reads across all units, never personal information. */
  ANALYST = "ANALYST",
}

registerEnumType(AccessRole, {
  name: "AccessRole",
  description: "What a signed-in account may do (DOMAIN §7).",
  valuesConfig: {
    DISTRICT_ADMINISTRATOR: { description: "区数字政府建设工作领导小组办公室 (office of the digital-government leading group): everything, district-wide." },
    DISTRICT_CDO: { description: "区首席数据官 (district CDO), by appointment: everything, district-wide." },
    DISTRICT_CHIEF_DATA_EXECUTIVE: { description: "区首席数据执行官 (district chief data executive), by appointment: everything, district-wide." },
    UNIT_CDO: { description: "首席数据官 (unit CDO), by appointment: everything of own unit and its subordinate units." },
    DATA_SPECIALIST: { description: "数据专员 (data specialist), by appointment: reads own unit, edits its inventory." },
    ANALYST: { description: "Analyst (granted): reads across all units, never personal information." },
  },
});

/** A unit-scoped role from an active appointment: it covers the unit and every unit below it. */
export interface UnitRole {
  role: AccessRole.UNIT_CDO | AccessRole.DATA_SPECIALIST;
  unitId: number;
  /** The unit's materialised path ("/1/7/"). */
  unitPath: string;
}

export interface ViewerAccount {
  id: number;
  username: string;
  personId: number | null;
  /** The sign-in session the access token names (none for API tokens and single sign-on). */
  sessionId?: number | null;
  /** The account's last mutation (recorded only where reads go to replicas): read-your-writes. */
  lastWriteAt?: Date | null;
}

export class Viewer {
  private constructor(
    readonly account: ViewerAccount | null,
    /** Granted or district-wide roles (not unit-scoped). */
    readonly districtRoles: ReadonlySet<AccessRole>,
    readonly unitRoles: readonly UnitRole[],
  ) {}

  static anonymous(): Viewer {
    return new Viewer(null, new Set(), []);
  }

  static of(account: ViewerAccount, districtRoles: Iterable<AccessRole>, unitRoles: UnitRole[]): Viewer {
    return new Viewer(account, new Set(districtRoles), unitRoles);
  }

  /** A system actor (demo data, command-line tools): a district administrator with no account. */
  static system(): Viewer {
    return new Viewer({ id: 0, username: "system", personId: null }, new Set([AccessRole.DISTRICT_ADMINISTRATOR]), []);
  }

  get signedIn(): boolean {
    return this.account !== null;
  }

  get roles(): AccessRole[] {
    return [...new Set([...this.districtRoles, ...this.unitRoles.map((r) => r.role)])];
  }

  /** District administrators, the district CDO and the chief data executive: everything, district-wide. */
  get districtAdministrator(): boolean {
    return (
      this.districtRoles.has(AccessRole.DISTRICT_ADMINISTRATOR) ||
      this.districtRoles.has(AccessRole.DISTRICT_CDO) ||
      this.districtRoles.has(AccessRole.DISTRICT_CHIEF_DATA_EXECUTIVE)
    );
  }

  /** Reads every unit: district administrators and analysts. */
  get districtReader(): boolean {
    return this.districtAdministrator || this.districtRoles.has(AccessRole.ANALYST);
  }

  private covers(unitPath: string, roles: AccessRole[]): UnitRole | undefined {
    return this.unitRoles.find((r) => roles.includes(r.role) && unitPath.startsWith(r.unitPath));
  }

  canRead(unitPath: string): boolean {
    return this.districtReader || this.covers(unitPath, [AccessRole.UNIT_CDO, AccessRole.DATA_SPECIALIST]) !== undefined;
  }

  /** The unit CDO: everything of own unit (appointing its specialist, staff records, reviews…). */
  canManage(unitPath: string): boolean {
    return this.districtAdministrator || this.covers(unitPath, [AccessRole.UNIT_CDO]) !== undefined;
  }

  /** The unit's own data specialist or CDO, and district administrators, edit its inventory. */
  canEditInventory(unitPath: string): boolean {
    return this.districtAdministrator || this.covers(unitPath, [AccessRole.UNIT_CDO, AccessRole.DATA_SPECIALIST]) !== undefined;
  }

  /** Phone and email: the person, the person's unit CDO and district administrators; analysts never. */
  canSeeContactOf(personId: number, personUnitPath: string): boolean {
    if (this.account?.personId === personId) return true;
    return this.districtAdministrator || this.covers(personUnitPath, [AccessRole.UNIT_CDO]) !== undefined;
  }

  /** The role under which the viewer acts on a unit, for the audit trail. */
  actingRoleOn(unitPath: string | null): AccessRole | null {
    if (this.districtRoles.has(AccessRole.DISTRICT_ADMINISTRATOR)) return AccessRole.DISTRICT_ADMINISTRATOR;
    if (this.districtRoles.has(AccessRole.DISTRICT_CDO)) return AccessRole.DISTRICT_CDO;
    if (this.districtRoles.has(AccessRole.DISTRICT_CHIEF_DATA_EXECUTIVE)) return AccessRole.DISTRICT_CHIEF_DATA_EXECUTIVE;
    const unitRole = unitPath ? (this.covers(unitPath, [AccessRole.UNIT_CDO]) ?? this.covers(unitPath, [AccessRole.DATA_SPECIALIST])) : undefined;
    return unitRole?.role ?? this.roles[0] ?? null;
  }
}

/**
 * The viewer's read scope as SQL over a unit's materialised path column, for loaders that must
 * return only readable rows. Null when the viewer reads every unit; a condition matching nothing
 * when they act for no unit.
 */
export function unitScopeCondition(viewer: Viewer, pathColumn: string): { where: string; params: Record<string, string> } | null {
  if (viewer.districtReader) return null;
  const scopes = viewer.unitRoles.map((role) => role.unitPath);
  if (scopes.length === 0) return { where: "1 = 0", params: {} };
  return {
    where: `(${scopes.map((_, i) => `${pathColumn} LIKE :readScope${i}`).join(" OR ")})`,
    params: Object.fromEntries(scopes.map((path, i) => [`readScope${i}`, `${path}%`])),
  };
}

export function unauthenticated(message: Localised = CommonMessages.signInFirst): CatalogError {
  return new CatalogError(CommonErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
}

export function forbidden(message: Localised): CatalogError {
  return new CatalogError(CommonErrorCode.FORBIDDEN, message);
}

export function requireSignedIn(ctx: RequestContext): void {
  if (!ctx.viewer.signedIn) throw unauthenticated();
}

/** `what`: what the caller tried, as a verb phrase ("查看审计记录" / "read the audit trail"). */
export function requireDistrictAdministrator(ctx: RequestContext, what: Localised): void {
  requireSignedIn(ctx);
  if (!ctx.viewer.districtAdministrator) throw forbidden(CommonMessages.onlyDistrictAdministrators(what));
}

export function requireDistrictReader(ctx: RequestContext, what: Localised): void {
  requireSignedIn(ctx);
  if (!ctx.viewer.districtReader) throw forbidden(CommonMessages.onlyDistrictReaders(what));
}

export type UnitAccess = "read" | "manage" | "editInventory";

/** Checks the viewer's scope against the target record's unit (its path covers its ancestors). */
export function requireUnitAccess(ctx: RequestContext, unit: { path: string; name: string }, access: UnitAccess): void {
  requireSignedIn(ctx);
  const viewer = ctx.viewer;
  const allowed = access === "read" ? viewer.canRead(unit.path) : access === "manage" ? viewer.canManage(unit.path) : viewer.canEditInventory(unit.path);
  if (!allowed) throw forbidden(CommonMessages.outsideUnits(access, unit.name));
}

/**
 * No existence oracle: a record on a unit the viewer may not read answers exactly as a missing
 * one (`hidden` is the NOT_FOUND the lookup gives for a missing record). FORBIDDEN is kept for
 * records the viewer may read but not act on.
 */
export function requireReadable(ctx: RequestContext, unit: { path: string }, hidden: CatalogError): void {
  requireSignedIn(ctx);
  if (!ctx.viewer.canRead(unit.path)) throw hidden;
}

/**
 * `@Authorized()` on every query and mutation: the coarse gate (signed in, or a district role).
 * Unit scope is checked again in the services against the record itself.
 */
export const authChecker: AuthChecker<RequestContext, string> = ({ context }, roles) => {
  if (roles.includes(PUBLIC)) return true;
  if (!context.viewer.signedIn) throw unauthenticated();
  if (roles.includes(SIGNED_IN)) return true;
  if (roles.length === 0) {
    // Signed in but holding no role (an appointment ended, no grant): nothing to act as.
    if (context.viewer.roles.length === 0) throw forbidden(CommonMessages.noRole);
    return true;
  }
  if (roles.includes(AccessRole.DISTRICT_ADMINISTRATOR) && context.viewer.districtAdministrator) return true;
  if (roles.includes(AccessRole.ANALYST) && context.viewer.districtReader) return true;
  throw forbidden(CommonMessages.needsRoles(roles.join(", ")));
};

/** Role names for `@Authorized(...)`. PUBLIC marks what anonymous callers may use. */
export const PUBLIC = "PUBLIC";
/** Any signed-in account, even one holding no role (its own password, for instance). */
export const SIGNED_IN = "SIGNED_IN";

/**
 * Authorisation on a resolver class: each of its queries and mutations needs `roles` (none: any
 * role, see authChecker) unless the method carries its own `@Authorized(…)` (PUBLIC, SIGNED_IN, a
 * district role). The class's field resolvers are not gated here: a nested field answers within the
 * root operation that reached it, and its rows are scoped where they are loaded. (type-graphql's
 * class-level `@Authorized` would gate them too, and `login { account { person } }` is answered
 * to a caller who signed in only during that request.) The schema refuses to build with an
 * operation left without authorisation (requireAuthorisedOperations).
 */
export function AuthorizedOperations(...roles: string[]): ClassDecorator {
  return (target) => {
    const storage = getMetadataStorage();
    const own = new Set(storage.authorizedFields.filter((field) => field.target === target).map((field) => field.fieldName));
    for (const operation of [...storage.queries, ...storage.mutations]) {
      if (operation.target === target && !own.has(operation.methodName))
        storage.collectAuthorizedFieldMetadata({ target, fieldName: operation.methodName, roles });
    }
  };
}

/** Called once the schema is built: every query and mutation declares who may call it (none is open by omission). */
export function requireAuthorisedOperations(): void {
  const storage = getMetadataStorage();
  const open = [...storage.queries, ...storage.mutations].filter((operation) => operation.roles === undefined).map((operation) => operation.schemaName);
  if (open.length)
    throw new Error(`Operations without authorisation (use @AuthorizedOperations on the resolver class, or @Authorized(PUBLIC)): ${open.join(", ")}`);
}
