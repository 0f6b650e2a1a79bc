import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import { nodeType } from "../../common/node";
import { plainRows } from "../../common/plain-rows";
import type { Ordering } from "../../common/pagination";
import { Appointment } from "./appointment.entity";
import { appointmentActiveOnCondition } from "./appointment.policy";
import { Person } from "./person.entity";
import { Unit } from "./unit.entity";

/** Orders of the nested lists below, for their keyset cursors. */
export const childUnitOrder: Ordering = {
  list: "Unit.children",
  keys: [
    { column: "code", property: "code" },
    { column: "id", property: "id" },
  ],
};
export const appointmentHistoryOrder: Ordering = {
  list: "Appointment.history",
  keys: [
    { column: "startDate", property: "startDate", descending: true },
    { column: "id", property: "id", descending: true },
  ],
};

/**
 * The organisation module's per-request DataLoaders: each batch is one `IN (…)` query, whatever
 * the number of parents in the page.
 */
export class OrganisationLoaders {
  constructor(private readonly ctx: RequestContext) {}

  private get manager() {
    return this.ctx.manager;
  }

  readonly unitById = new DataLoader<number, Unit | null>(async (ids) =>
    byKey(ids, await plainRows(this.ctx.dataSource, Unit).byIds(this.manager, ids), (unit) => unit.id),
  );

  readonly personById = new DataLoader<number, Person | null>(async (ids) =>
    byKey(ids, await plainRows(this.ctx.dataSource, Person).byIds(this.manager, ids), (person) => person.id),
  );

  readonly appointmentById = new DataLoader<number, Appointment | null>(async (ids) =>
    byKey(ids, await this.manager.findBy(Appointment, { id: In([...ids]) }), (appointment) => appointment.id),
  );

  /** A unit's children, by code. */
  readonly childrenOf = new DataLoader<number, Unit[]>(async (parentIds) =>
    groupedByKey(
      parentIds,
      await this.manager.find(Unit, { where: { parentId: In([...parentIds]) }, order: { code: "ASC", id: "ASC" } }),
      (unit) => unit.parentId!,
    ),
  );

  readonly childCountOf = new DataLoader<number, number>(async (parentIds) => {
    const rows = await this.manager
      .createQueryBuilder(Unit, "unit")
      .select("unit.parentId", "parentId")
      .addSelect("COUNT(*)", "count")
      .where("unit.parentId IN (:...parentIds)", { parentIds })
      .groupBy("unit.parentId")
      .getRawMany<{ parentId: number; count: string | number }>();
    const counts = new Map(rows.map((row) => [Number(row.parentId), Number(row.count)]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  });

  /**
   * Appointments are accountability records of their unit: the loaders below return only those on
   * units the viewer may read (an empty list elsewhere), so no field built on them can forget the scope.
   */
  private readableAppointments() {
    const query = this.manager.createQueryBuilder(Appointment, "a").innerJoin(Unit, "scopeUnit", "scopeUnit.id = a.unitId");
    const scope = unitScopeCondition(this.ctx.viewer, "scopeUnit.path");
    if (scope) query.andWhere(scope.where, scope.params);
    return query;
  }

  /** Appointments active today on each unit, all roles; none on units outside your scope. */
  readonly currentAppointmentsOf = new DataLoader<number, Appointment[]>(async (unitIds) => {
    const today = this.ctx.today();
    const query = this.readableAppointments()
      .andWhere("a.unitId IN (:...unitIds)", { unitIds })
      .andWhere(appointmentActiveOnCondition("a", "today"), { today })
      .orderBy("a.role", "ASC");
    const rows = await plainRows(this.ctx.dataSource, Appointment).many(query, "a");
    return groupedByKey(unitIds, rows, (a) => a.unitId);
  });

  /** Every appointment ever made on each unit, newest first: the unit's history (within your scope). */
  readonly appointmentHistoryOfUnit = new DataLoader<number, Appointment[]>(async (unitIds) => {
    const rows = await this.readableAppointments()
      .andWhere("a.unitId IN (:...unitIds)", { unitIds })
      .orderBy("a.startDate", "DESC")
      .addOrderBy("a.id", "DESC")
      .getMany();
    return groupedByKey(unitIds, rows, (a) => a.unitId);
  });

  /** Every appointment each person has held on units within your scope, newest first (a person may serve several units). */
  readonly appointmentHistoryOfPerson = new DataLoader<number, Appointment[]>(async (personIds) => {
    const rows = await this.readableAppointments()
      .andWhere("a.personId IN (:...personIds)", { personIds })
      .orderBy("a.startDate", "DESC")
      .addOrderBy("a.id", "DESC")
      .getMany();
    return groupedByKey(personIds, rows, (a) => a.personId);
  });
}

/** node(id) for records that belong to a unit: one outside the caller's scope is null, as a missing one (no existence oracle). */
async function scoped<T extends { unitId: number }>(ctx: RequestContext, records: (T | Error | null)[]): Promise<(T | null)[]> {
  requireSignedIn(ctx);
  const units = ctx.loaders(OrganisationLoaders).unitById;
  return Promise.all(
    records.map(async (record) => {
      if (!record || record instanceof Error) return null;
      const unit = await units.load(record.unitId);
      return unit && ctx.viewer.canRead(unit.path) ? record : null;
    }),
  );
}

/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const organisationNodeTypes = [
  nodeType(Unit, "Unit", (ctx, ids) => ctx.loaders(OrganisationLoaders).unitById.loadMany(ids) as Promise<(Unit | null)[]>),
  nodeType(Person, "Person", async (ctx, ids) => scoped(ctx, await ctx.loaders(OrganisationLoaders).personById.loadMany(ids))),
  nodeType(Appointment, "Appointment", async (ctx, ids) => scoped(ctx, await ctx.loaders(OrganisationLoaders).appointmentById.loadMany(ids))),
];
