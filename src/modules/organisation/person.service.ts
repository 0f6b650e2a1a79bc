import { diff, recordChange } from "../../common/audit";
import { forbidden, requireReadable, requireSignedIn, requireUnitAccess } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput, notFound } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { containsPattern } from "../../common/loader-helpers";
import { Connection, ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { OrganisationLoaders } from "./organisation.loaders";
import type { CreatePersonInput, PersonFilter, UpdatePersonInput } from "./organisation.types";
import { Person } from "./person.entity";
import { Unit } from "./unit.entity";
import { getUnit } from "./unit.service";
import { CommonMessages, RecordNames } from "../../common/messages";
import { OrganisationMessages } from "./organisation.messages";

/** person(id): null when there is none or they work outside the caller's units (no existence oracle); a malformed ID stays BAD_USER_INPUT. */
export async function findPerson(ctx: RequestContext, id: string): Promise<Person | null> {
  requireSignedIn(ctx);
  const loaders = ctx.loaders(OrganisationLoaders);
  const person = await loaders.personById.load(rowIdOf("Person", id));
  if (!person) return null;
  const unit = await loaders.unitById.load(person.unitId);
  return unit && ctx.viewer.canRead(unit.path) ? person : null;
}

export async function findPersons(ctx: RequestContext, filter: PersonFilter = {}, page: ConnectionArgs): Promise<Connection<Person>> {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(Person, "person").innerJoin(Unit, "unit", "unit.id = person.unitId").orderBy("person.id", "ASC");
  if (filter.unitId != null) {
    const unit = await getUnit(ctx, filter.unitId, "filter.unitId");
    requireUnitAccess(ctx, unit, "read");
    if (filter.includeDescendants) query.andWhere("unit.path LIKE :under", { under: `${unit.path}%` });
    else query.andWhere("person.unitId = :unitRowId", { unitRowId: unit.id });
  }
  if (!ctx.viewer.districtReader) {
    // Unit-scoped callers list only the staff of the units they act for.
    const scopes = ctx.viewer.unitRoles.map((role) => role.unitPath);
    if (scopes.length === 0) throw forbidden(OrganisationMessages.noUnitToList);
    query.andWhere(
      `(${scopes.map((_, i) => `unit.path LIKE :scope${i}`).join(" OR ")})`,
      Object.fromEntries(scopes.map((path, i) => [`scope${i}`, `${path}%`])),
    );
  }
  const search = filter.search?.trim();
  if (search) query.andWhere("person.name LIKE :search ESCAPE '!'", { search: containsPattern(search) });
  return paginateQuery(query, page);
}

/** The unit a person is recorded in: the caller must manage it (its CDO, or a district administrator). */
async function managedUnit(ctx: RequestContext, id: string): Promise<Unit> {
  const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", id, "unitId") });
  if (!unit) throw notFound(RecordNames.Unit, "unitId");
  requireUnitAccess(ctx, unit, "manage");
  return unit;
}

const trimmed = (value: string | null | undefined) => (value == null ? null : value.trim() || null);

export async function createPerson(ctx: RequestContext, input: CreatePersonInput): Promise<Person> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const unit = await managedUnit(tx, input.unitId);
    const now = tx.now();
    const person = tx.manager.create(Person, {
      unitId: unit.id,
      name: input.name.trim(),
      position: trimmed(input.position),
      section: trimmed(input.section),
      educationDegree: input.educationDegree ?? null,
      major: trimmed(input.major),
      majorComputerRelated: input.majorComputerRelated ?? false,
      informatizationYears: input.informatizationYears ?? 0,
      phone: input.phone ?? null,
      email: input.email?.toLowerCase() ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(Person, person);
    await recordChange(tx, { type: "Person", id: person.id, unit }, null, person);
    return person;
  });
}

/** Corrects a person's record: only the fields given change; null clears an optional field. */
export async function updatePerson(ctx: RequestContext, input: UpdatePersonInput): Promise<Person> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const person = await tx.manager.findOneBy(Person, { id: rowIdOf("Person", input.id) });
    if (!person) throw notFound(RecordNames.Person);
    let unit = (await tx.manager.findOneBy(Unit, { id: person.unitId }))!;
    requireReadable(tx, unit, notFound(RecordNames.Person));
    requireUnitAccess(tx, unit, "manage");
    const before = { ...person };
    for (const field of ["unitId", "name", "majorComputerRelated", "informatizationYears"] as const) {
      if (input[field] === null) throw badUserInput(field, CommonMessages.cannotBeCleared(field));
    }
    if (input.unitId != null) {
      unit = await managedUnit(tx, input.unitId);
      person.unitId = unit.id;
    }
    if (input.name != null) person.name = input.name.trim();
    if (input.position !== undefined) person.position = trimmed(input.position);
    if (input.section !== undefined) person.section = trimmed(input.section);
    if (input.educationDegree !== undefined) person.educationDegree = input.educationDegree;
    if (input.major !== undefined) person.major = trimmed(input.major);
    if (input.majorComputerRelated != null) person.majorComputerRelated = input.majorComputerRelated;
    if (input.informatizationYears != null) person.informatizationYears = input.informatizationYears;
    if (input.phone !== undefined) person.phone = input.phone;
    if (input.email !== undefined) person.email = input.email?.toLowerCase() ?? null;
    // A correction that changes nothing writes nothing (no new timestamp, no audit entry).
    if (Object.keys(diff(before, person)).length === 0) return person;
    person.updatedAt = tx.now();
    await tx.manager.save(Person, person);
    await recordChange(tx, { type: "Person", id: person.id, unit }, before, person);
    return person;
  });
}

/** Phone and email (personal information): the person, the CDO of their unit and district administrators; null for everyone else. */
export async function contactOf(ctx: RequestContext, person: Person): Promise<{ phone: string | null; email: string | null } | null> {
  const unit = await ctx.loaders(OrganisationLoaders).unitById.load(person.unitId);
  return unit !== null && ctx.viewer.canSeeContactOf(person.id, unit.path) ? { phone: person.phone, email: person.email } : null;
}
