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

export async function getPerson(ctx: RequestContext, id: string, field = "id"): Promise<Person> {
  const person = await ctx.loaders(OrganisationLoaders).personById.load(rowIdOf("Person", id, field));
  if (!person) throw notFound("Person", field);
  return person;
}

export async function findPersons(ctx: RequestContext, filter: PersonFilter = {}, page: ConnectionArgs): Promise<Connection<Person>> {
  const query = ctx.manager.createQueryBuilder(Person, "person").orderBy("person.id", "ASC");
  if (filter.unitId != null) {
    const unit = await getUnit(ctx, filter.unitId, "filter.unitId");
    if (filter.includeDescendants) {
      query.innerJoin(Unit, "unit", "unit.id = person.unitId").andWhere("unit.path LIKE :under", { under: `${unit.path}%` });
    } else {
      query.andWhere("person.unitId = :unitRowId", { unitRowId: unit.id });
    }
  }
  const search = filter.search?.trim();
  if (search) query.andWhere("person.name LIKE :search ESCAPE '!'", { search: containsPattern(search) });
  return paginateQuery(query, page);
}

async function unitRowId(ctx: RequestContext, id: string): Promise<number> {
  const rowId = rowIdOf("Unit", id, "unitId");
  if (!(await ctx.manager.existsBy(Unit, { id: rowId }))) throw notFound("Unit", "unitId");
  return rowId;
}

const trimmed = (value: string | null | undefined) => (value == null ? null : value.trim() || null);

export async function createPerson(ctx: RequestContext, input: CreatePersonInput): Promise<Person> {
  return withTransaction(ctx, async (tx) => {
    const now = tx.now();
    const person = tx.manager.create(Person, {
      unitId: await unitRowId(tx, input.unitId),
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
    return person;
  });
}

/** Corrects a person's record: only the fields given change; null clears an optional field. */
export async function updatePerson(ctx: RequestContext, input: UpdatePersonInput): Promise<Person> {
  return withTransaction(ctx, async (tx) => {
    const person = await tx.manager.findOneBy(Person, { id: rowIdOf("Person", input.id) });
    if (!person) throw notFound("Person");
    for (const field of ["unitId", "name", "majorComputerRelated", "informatizationYears"] as const) {
      if (input[field] === null) throw badUserInput(field, `${field} cannot be cleared; give a value or leave it out.`);
    }
    if (input.unitId != null) person.unitId = await unitRowId(tx, input.unitId);
    if (input.name != null) person.name = input.name.trim();
    if (input.position !== undefined) person.position = trimmed(input.position);
    if (input.section !== undefined) person.section = trimmed(input.section);
    if (input.educationDegree !== undefined) person.educationDegree = input.educationDegree;
    if (input.major !== undefined) person.major = trimmed(input.major);
    if (input.majorComputerRelated != null) person.majorComputerRelated = input.majorComputerRelated;
    if (input.informatizationYears != null) person.informatizationYears = input.informatizationYears;
    if (input.phone !== undefined) person.phone = input.phone;
    if (input.email !== undefined) person.email = input.email?.toLowerCase() ?? null;
    person.updatedAt = tx.now();
    await tx.manager.save(Person, person);
    return person;
  });
}
