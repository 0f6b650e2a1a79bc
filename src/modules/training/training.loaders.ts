import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { OrganisationLoaders } from "../organisation";
import { PlannedTrainingSession, TrainingAttendance, TrainingPlan, TrainingSession } from "./training.entity";

/** The training module's per-request loaders: one `IN (…)` statement per level of a page. */
export class TrainingLoaders {
  constructor(private readonly ctx: RequestContext) {}

  readonly planById = new DataLoader<number, TrainingPlan | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(TrainingPlan, { id: In([...ids]) }), (p) => p.id),
  );

  readonly sessionById = new DataLoader<number, TrainingSession | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(TrainingSession, { id: In([...ids]) }), (s) => s.id),
  );

  readonly plannedSessionsOf = new DataLoader<number, PlannedTrainingSession[]>(async (ids) =>
    groupedByKey(
      ids,
      await this.ctx.manager.find(PlannedTrainingSession, { where: { planId: In([...ids]) }, order: { month: "ASC", id: "ASC" } }),
      (s) => s.planId,
    ),
  );

  /** The attendees' person IDs of each session. */
  readonly attendeesOf = new DataLoader<number, TrainingAttendance[]>(async (ids) =>
    groupedByKey(ids, await this.ctx.manager.find(TrainingAttendance, { where: { sessionId: In([...ids]) }, order: { personId: "ASC" } }), (a) => a.sessionId),
  );
}

/** The module's records as `node(id)` finds them: plans for anyone with a role; a session if you may read its unit. */
export const trainingNodeTypes = [
  nodeType(TrainingPlan, "TrainingPlan", async (ctx, ids) => {
    requireSignedIn(ctx);
    return ctx.loaders(TrainingLoaders).planById.loadMany(ids) as Promise<(TrainingPlan | null)[]>;
  }),
  nodeType(TrainingSession, "TrainingSession", async (ctx, ids) => {
    requireSignedIn(ctx);
    const sessions = await ctx.loaders(TrainingLoaders).sessionById.loadMany(ids);
    return Promise.all(
      sessions.map(async (s) => {
        if (!(s instanceof TrainingSession)) return null;
        const unit = await ctx.loaders(OrganisationLoaders).unitById.load(s.unitId);
        return unit && ctx.viewer.canRead(unit.path) ? s : null;
      }),
    );
  }),
];
