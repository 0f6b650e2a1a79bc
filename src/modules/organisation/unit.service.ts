import { recordChange } from "../../common/audit";
import { requireDistrictAdministrator, requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { containsPattern } from "../../common/loader-helpers";
import { Connection, ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { UnitKind } from "./organisation.enums";
import { OrganisationError, OrganisationErrorCode } from "./organisation.errors";
import { OrganisationLoaders } from "./organisation.loaders";
import type { CreateUnitInput, UnitFilter } from "./organisation.types";
import { Unit } from "./unit.entity";
import { RecordNames } from "../../common/messages";
import { OrganisationMessages } from "./organisation.messages";

/** Which parent kinds may hold a unit of each kind. */
const allowedParents: Record<UnitKind, UnitKind[]> = {
  [UnitKind.DISTRICT]: [],
  [UnitKind.DEVELOPMENT_ZONE]: [UnitKind.DISTRICT],
  [UnitKind.TOWN]: [UnitKind.DISTRICT],
  [UnitKind.STREET]: [UnitKind.DISTRICT],
  [UnitKind.DEPARTMENT]: [UnitKind.DISTRICT],
  [UnitKind.SUBORDINATE]: [UnitKind.DEVELOPMENT_ZONE, UnitKind.TOWN, UnitKind.STREET, UnitKind.DEPARTMENT, UnitKind.SUBORDINATE],
};

/**
 * Levels of the unit tree, the district included: district → town, street or department →
 * subordinate units, with room to spare. Each level adds at most 11 characters to `path`
 * ("/" and an id of up to 10 digits), so 10 levels take at most 111 of its 255: MariaDB would
 * refuse a longer path where SQLite stores it, so the bound is checked before writing.
 */
const MAX_UNIT_LEVELS = 10;

/** The unit directory (names, codes, the tree) is open to every signed-in user; what hangs on a unit is scoped. */
export async function getUnit(ctx: RequestContext, id: string, field = "id"): Promise<Unit> {
  requireSignedIn(ctx);
  const unit = await ctx.loaders(OrganisationLoaders).unitById.load(rowIdOf("Unit", id, field));
  if (!unit) throw notFound(RecordNames.Unit, field);
  return unit;
}

/** unit(id): null when there is none; a malformed ID stays BAD_USER_INPUT. */
export async function findUnit(ctx: RequestContext, id: string): Promise<Unit | null> {
  requireSignedIn(ctx);
  return ctx.loaders(OrganisationLoaders).unitById.load(rowIdOf("Unit", id));
}

/** unit(code): null when there is none. */
export async function findUnitByCode(ctx: RequestContext, code: string): Promise<Unit | null> {
  requireSignedIn(ctx);
  return ctx.manager.findOneBy(Unit, { code: code.trim().toUpperCase() });
}

export async function findUnits(ctx: RequestContext, filter: UnitFilter = {}, page: ConnectionArgs): Promise<Connection<Unit>> {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(Unit, "unit").orderBy("unit.code", "ASC").addOrderBy("unit.id", "ASC");
  if (filter.kinds?.length) query.andWhere("unit.kind IN (:...kinds)", { kinds: filter.kinds });
  if (filter.parentId != null) {
    const parent = await getUnit(ctx, filter.parentId, "filter.parentId");
    if (filter.includeDescendants)
      query.andWhere("unit.path LIKE :under", { under: `${parent.path}%` }).andWhere("unit.id <> :parentRowId", { parentRowId: parent.id });
    else query.andWhere("unit.parentId = :parentRowId", { parentRowId: parent.id });
  }
  const search = filter.search?.trim();
  if (search) query.andWhere("(unit.name LIKE :search ESCAPE '!' OR unit.code LIKE :search ESCAPE '!')", { search: containsPattern(search) });
  return paginateQuery(query, page);
}

/** Ancestors, root first. */
export async function ancestorsOf(ctx: RequestContext, unit: Unit): Promise<Unit[]> {
  const ancestors = await ctx.loaders(OrganisationLoaders).unitById.loadMany(unit.ancestorIds());
  return ancestors.filter((a): a is Unit => a instanceof Unit);
}

export async function createUnit(ctx: RequestContext, input: CreateUnitInput): Promise<Unit> {
  requireDistrictAdministrator(ctx, OrganisationMessages.addUnits);
  return withTransaction(ctx, async (tx) => {
    let parent: Unit | null = null;
    if (input.kind === UnitKind.DISTRICT) {
      if (input.parentId != null) throw badUserInput("parentId", OrganisationMessages.districtHasNoParent);
      if (await tx.manager.existsBy(Unit, { kind: UnitKind.DISTRICT })) {
        throw new OrganisationError(OrganisationErrorCode.DISTRICT_ALREADY_EXISTS, OrganisationMessages.districtExists, {
          field: "kind",
        });
      }
    } else {
      if (input.parentId == null) throw badUserInput("parentId", OrganisationMessages.parentRequired(input.kind));
      parent = await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", input.parentId, "parentId") });
      if (!parent) throw notFound(RecordNames.ParentUnit, "parentId");
      if (!allowedParents[input.kind].includes(parent.kind)) {
        throw new OrganisationError(
          OrganisationErrorCode.INVALID_UNIT_PARENT,
          OrganisationMessages.invalidParent(input.kind, parent.kind, allowedParents[input.kind]),
          { field: "parentId" },
        );
      }
      if (parent.depth + 1 >= MAX_UNIT_LEVELS) {
        throw new OrganisationError(OrganisationErrorCode.UNIT_TREE_TOO_DEEP, OrganisationMessages.unitTreeTooDeep(MAX_UNIT_LEVELS, parent.name), {
          field: "parentId",
        });
      }
    }
    // Codes compare the same on both databases: upper case (MariaDB's collation ignores case, SQLite's does not).
    const code = input.code.trim().toUpperCase();
    if (await tx.manager.existsBy(Unit, { code })) {
      throw new OrganisationError(OrganisationErrorCode.UNIT_CODE_TAKEN, OrganisationMessages.unitCodeTaken(code), { field: "code" });
    }
    const now = tx.now();
    const unit = tx.manager.create(Unit, {
      kind: input.kind,
      code,
      name: input.name.trim(),
      parentId: parent?.id ?? null,
      path: "",
      depth: parent ? parent.depth + 1 : 0,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(Unit, unit);
    unit.path = `${parent?.path ?? "/"}${unit.id}/`;
    await tx.manager.update(Unit, { id: unit.id }, { path: unit.path });
    await recordChange(tx, { type: "Unit", id: unit.id, unit }, null, unit);
    return unit;
  });
}
