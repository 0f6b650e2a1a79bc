import { recordChange } from "../../common/audit";
import { requireSignedIn, requireUnitAccess, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, type Ordering, paginateList, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { Person, requiresCdoAndSpecialist, Unit, UnitKind } from "../organisation";
import { PlannedTrainingSession, TrainingAttendance, TrainingPlan, TrainingSession } from "./training.entity";
import { TrainingFormat, TrainingTopic } from "./training.enums";
import { TrainingError, TrainingErrorCode } from "./training.errors";
import { trainingMessages } from "./training.messages";
import {
  atMost,
  checkAttendee,
  checkHeldOn,
  checkMonth,
  checkYear,
  MAX_ATTENDEES,
  MAX_PLANNED_SESSIONS,
  parseHours,
  requiredText,
  requirePlanMaker,
  yearRange,
} from "./training.policy";

interface PlannedSessionInput {
  title: string;
  topic: TrainingTopic;
  format: TrainingFormat;
  month: number;
  hours: string;
}

export interface CreateTrainingPlan {
  districtId: string;
  year: number;
  title: string;
  sessions: PlannedSessionInput[];
}

export interface RecordTrainingSession {
  unitId: string;
  title: string;
  topic: TrainingTopic;
  heldOn: string;
  hours: string;
  attendeePersonIds: string[];
}

export interface PersonTrainingHours {
  personId: number;
  year: number;
  hoursCenti: number;
  sessionCount: number;
}

async function unitById(ctx: RequestContext, id: string, field: string): Promise<Unit> {
  const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", id, field) });
  if (!unit) throw new CatalogError(CommonErrorCode.NOT_FOUND, trainingMessages.unitNotFound, { field });
  return unit;
}

/** 年度培训计划: the district's plan for a year (one per year), with its planned sessions. */
export async function createTrainingPlan(ctx: RequestContext, input: CreateTrainingPlan): Promise<TrainingPlan> {
  requireSignedIn(ctx);
  requirePlanMaker(ctx.viewer);
  const year = checkYear(input.year);
  const title = requiredText(input.title, "title");
  const sessions = atMost(input.sessions, MAX_PLANNED_SESSIONS, "sessions").map((s, i) => ({
    title: requiredText(s.title, `sessions.${i}.title`),
    topic: s.topic,
    format: s.format,
    month: checkMonth(s.month, `sessions.${i}.month`),
    hoursCenti: parseHours(s.hours, `sessions.${i}.hours`),
  }));
  return withTransaction(ctx, async (tx) => {
    const district = await unitById(tx, input.districtId, "districtId");
    if (district.kind !== UnitKind.DISTRICT) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, trainingMessages.notDistrict, { field: "districtId" });
    if (await tx.manager.existsBy(TrainingPlan, { districtUnitId: district.id, year }))
      throw new TrainingError(TrainingErrorCode.TRAINING_PLAN_EXISTS, trainingMessages.planExists(year), { field: "year" });
    const now = tx.now();
    const plan = tx.manager.create(TrainingPlan, { districtUnitId: district.id, year, title, createdAt: now, updatedAt: now });
    await tx.manager.insert(TrainingPlan, plan);
    if (sessions.length)
      await tx.manager.insert(
        PlannedTrainingSession,
        sessions.map((s) => ({ ...s, planId: plan.id })),
      );
    await recordChange(tx, { type: "TrainingPlan", id: plan.id, unit: { id: district.id, path: district.path } }, null, { ...plan, sessions });
    return plan;
  });
}

/** 培训: a unit's CDO (or the district) records a session held, with the people of the unit who attended. */
export async function recordTrainingSession(ctx: RequestContext, input: RecordTrainingSession): Promise<TrainingSession> {
  requireSignedIn(ctx);
  const title = requiredText(input.title, "title");
  const hoursCenti = parseHours(input.hours, "hours");
  const heldOn = checkHeldOn(input.heldOn, ctx.today());
  const personIds = [
    ...new Set(atMost(input.attendeePersonIds, MAX_ATTENDEES, "attendeePersonIds").map((id, i) => rowIdOf("Person", id, `attendeePersonIds.${i}`))),
  ];
  if (personIds.length === 0) throw new CatalogError(CommonErrorCode.BAD_USER_INPUT, trainingMessages.attendeesRequired, { field: "attendeePersonIds" });
  return withTransaction(ctx, async (tx) => {
    const unit = await unitById(tx, input.unitId, "unitId");
    requireUnitAccess(tx, unit, "manage");
    const persons = await tx.manager
      .createQueryBuilder(Person, "p")
      .innerJoin(Unit, "u", "u.id = p.unitId")
      .select(["p.id AS id", "p.name AS name", "u.path AS unit_path"])
      .where("p.id IN (:...personIds)", { personIds })
      .getRawMany<{ id: number; name: string; unit_path: string }>();
    const byId = new Map(persons.map((p) => [Number(p.id), p]));
    for (const [i, personId] of personIds.entries()) {
      const person = byId.get(personId);
      if (!person) throw new CatalogError(CommonErrorCode.NOT_FOUND, trainingMessages.personNotFound, { field: `attendeePersonIds.${i}` });
      checkAttendee({ name: person.name, unitPath: person.unit_path }, unit, `attendeePersonIds.${i}`);
    }
    const now = tx.now();
    const session = tx.manager.create(TrainingSession, { unitId: unit.id, title, topic: input.topic, heldOn, hoursCenti, createdAt: now, updatedAt: now });
    await tx.manager.insert(TrainingSession, session);
    await tx.manager.insert(
      TrainingAttendance,
      personIds.map((personId) => ({ sessionId: session.id, personId })),
    );
    await recordChange(tx, { type: "TrainingSession", id: session.id, unit: { id: unit.id, path: unit.path } }, null, {
      ...session,
      attendeePersonIds: personIds,
    });
    return session;
  });
}

/** Plans, the latest year first (readable by anyone with a role: the plan is for every unit CDO). */
export function findTrainingPlans(ctx: RequestContext, page: ConnectionArgs) {
  requireSignedIn(ctx);
  return paginateQuery(ctx.manager.createQueryBuilder(TrainingPlan, "p").orderBy("p.year", "DESC").addOrderBy("p.id", "DESC"), page);
}

export interface TrainingSessionFilter {
  unitId?: string | null;
  year?: number | null;
  topic?: TrainingTopic | null;
}

/** Sessions of your units (with their descendants), the latest first. */
export async function findTrainingSessions(ctx: RequestContext, filter: TrainingSessionFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(TrainingSession, "s").innerJoin(Unit, "u", "u.id = s.unitId");
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope) query.andWhere(scope.where, scope.params);
  if (filter.unitId) query.andWhere("u.path LIKE :under", { under: `${(await unitById(ctx, filter.unitId, "filter.unitId")).path}%` });
  if (filter.year !== null && filter.year !== undefined) {
    const { from, to } = yearRange(checkYear(filter.year, "filter.year"));
    query.andWhere("s.heldOn BETWEEN :from AND :to", { from, to });
  }
  if (filter.topic) query.andWhere("s.topic = :topic", { topic: filter.topic });
  query.orderBy("s.heldOn", "DESC").addOrderBy("s.id", "DESC");
  return paginateQuery(query, page);
}

const hoursOrder: Ordering = { list: "trainingHours", keys: [{ column: "personId", property: "personId" }] };

/**
 * 学时: hours per person in a year — the sum of the sessions they attended, exact — for the people
 * of your units (of one unit with its descendants, if given). One statement.
 */
export async function trainingHours(ctx: RequestContext, year: number, unitId: string | null | undefined, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const { from, to } = yearRange(checkYear(year));
  const under = unitId ? (await unitById(ctx, unitId, "unitId")).path : null;
  const query = ctx.manager
    .createQueryBuilder(TrainingAttendance, "a")
    .innerJoin(TrainingSession, "s", "s.id = a.sessionId")
    .innerJoin(Person, "p", "p.id = a.personId")
    .innerJoin(Unit, "u", "u.id = p.unitId")
    .select("a.personId", "person_id")
    .addSelect("SUM(s.hoursCenti)", "hours_centi")
    .addSelect("COUNT(*)", "session_count")
    .where("s.heldOn BETWEEN :from AND :to", { from, to });
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope) query.andWhere(scope.where, scope.params);
  if (under) query.andWhere("u.path LIKE :under", { under: `${under}%` });
  query.groupBy("a.personId").orderBy("a.personId", "ASC");
  let rows: Promise<PersonTrainingHours[]> | undefined;
  const load = () =>
    (rows ??= query
      .getRawMany<{ person_id: number; hours_centi: number | string; session_count: number | string }>()
      .then((raw) => raw.map((r) => ({ personId: Number(r.person_id), year, hoursCenti: Number(r.hours_centi), sessionCount: Number(r.session_count) }))));
  return paginateList(page, hoursOrder, load);
}

/**
 * 未开展数据安全培训: units that must have a CDO (dev zone, towns, streets, departments) and held no
 * DATA_SECURITY session of their own in the year, within your units. One statement whatever the
 * number of units (NOT EXISTS over the sessions' (unit, held on) index), plus the page's count.
 */
export function unitsWithoutDataSecurityTraining(ctx: RequestContext, year: number, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = withoutDataSecurityTraining(ctx, year);
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope) query.andWhere(scope.where, scope.params);
  query.orderBy("u.id", "ASC");
  return paginateQuery(query, page);
}

/** The rule itself, unscoped (alias `u`): also what the findings module reports as "no data-security training this year". */
export function withoutDataSecurityTraining(ctx: RequestContext, year: number) {
  const { from, to } = yearRange(checkYear(year));
  return ctx.manager
    .createQueryBuilder(Unit, "u")
    .where("u.kind IN (:...kinds)", { kinds: Object.values(UnitKind).filter(requiresCdoAndSpecialist) })
    .andWhere("NOT EXISTS (SELECT 1 FROM training_sessions s WHERE s.unit_id = u.id AND s.topic = :security AND s.held_on BETWEEN :from AND :to)", {
      security: TrainingTopic.DATA_SECURITY,
      from,
      to,
    });
}
