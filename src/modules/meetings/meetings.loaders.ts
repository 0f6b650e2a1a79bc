import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { OrganisationLoaders, Unit } from "../organisation";
import { MeetingActionItem } from "./action-item.entity";
import { JointMeeting, MeetingAgendaItem, MeetingInvitee, MeetingResolution } from "./joint-meeting.entity";
import { ActionItemStatus } from "./meetings.enums";
import { mayReadMeeting } from "./meetings.service";

/** The meetings module's per-request loaders: one `IN (…)` statement per level of a page. */
export class MeetingLoaders {
  constructor(private readonly ctx: RequestContext) {}

  readonly meetingById = new DataLoader<number, JointMeeting | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(JointMeeting, { id: In([...ids]) }), (m) => m.id),
  );

  readonly resolutionById = new DataLoader<number, MeetingResolution | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(MeetingResolution, { id: In([...ids]) }), (r) => r.id),
  );

  readonly actionItemById = new DataLoader<number, MeetingActionItem | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(MeetingActionItem, { id: In([...ids]) }), (a) => a.id),
  );

  readonly inviteesOf = new DataLoader<number, MeetingInvitee[]>(async (ids) =>
    groupedByKey(ids, await this.ctx.manager.find(MeetingInvitee, { where: { meetingId: In([...ids]) }, order: { unitId: "ASC" } }), (i) => i.meetingId),
  );

  readonly agendaOf = new DataLoader<number, MeetingAgendaItem[]>(async (ids) =>
    groupedByKey(ids, await this.ctx.manager.find(MeetingAgendaItem, { where: { meetingId: In([...ids]) }, order: { position: "ASC" } }), (a) => a.meetingId),
  );

  readonly resolutionsOf = new DataLoader<number, MeetingResolution[]>(async (ids) =>
    groupedByKey(ids, await this.ctx.manager.find(MeetingResolution, { where: { meetingId: In([...ids]) }, order: { id: "ASC" } }), (r) => r.meetingId),
  );

  readonly actionItemsOfResolution = new DataLoader<number, MeetingActionItem[]>(async (ids) =>
    groupedByKey(
      ids,
      await this.ctx.manager.find(MeetingActionItem, { where: { resolutionId: In([...ids]) }, order: { dueDate: "ASC", id: "ASC" } }),
      (a) => a.resolutionId,
    ),
  );

  /** OPEN items past their due day of each unit with its descendants (keyed by the unit's path), in one statement. */
  readonly overdueUnder = new DataLoader<string, MeetingActionItem[]>(async (paths) => {
    const query = this.ctx.manager
      .createQueryBuilder(MeetingActionItem, "a")
      .innerJoin(Unit, "u", "u.id = a.unitId")
      .addSelect("u.path", "unit_path")
      .where("a.status = :open AND a.dueDate < :today", { open: ActionItemStatus.OPEN, today: this.ctx.today() })
      .andWhere(`(${paths.map((_, i) => `u.path LIKE :under${i}`).join(" OR ")})`, Object.fromEntries(paths.map((p, i) => [`under${i}`, `${p}%`])))
      .orderBy("a.dueDate", "ASC")
      .addOrderBy("a.id", "ASC");
    const { entities, raw } = await query.getRawAndEntities<{ unit_path: string }>();
    const rows = entities.map((item, i) => ({ item, path: raw[i].unit_path }));
    return paths.map((path) => rows.filter((row) => row.path.startsWith(path)).map((row) => row.item));
  });
}

/** The module's records as `node(id)` finds them: a meeting (and its resolutions) if you may read the meeting; an action item if you may read its unit. */
export const meetingNodeTypes = [
  nodeType(JointMeeting, "JointMeeting", async (ctx, ids) => {
    requireSignedIn(ctx);
    const meetings = await ctx.loaders(MeetingLoaders).meetingById.loadMany(ids);
    return Promise.all(meetings.map(async (m) => (m instanceof JointMeeting && (await mayReadMeeting(ctx, m.id)) ? m : null)));
  }),
  nodeType(MeetingResolution, "MeetingResolution", async (ctx, ids) => {
    requireSignedIn(ctx);
    const resolutions = await ctx.loaders(MeetingLoaders).resolutionById.loadMany(ids);
    return Promise.all(resolutions.map(async (r) => (r instanceof MeetingResolution && (await mayReadMeeting(ctx, r.meetingId)) ? r : null)));
  }),
  nodeType(MeetingActionItem, "MeetingActionItem", async (ctx, ids) => {
    requireSignedIn(ctx);
    const items = await ctx.loaders(MeetingLoaders).actionItemById.loadMany(ids);
    return Promise.all(
      items.map(async (item) => {
        if (!(item instanceof MeetingActionItem)) return null;
        const unit = await ctx.loaders(OrganisationLoaders).unitById.load(item.unitId);
        return unit && ctx.viewer.canRead(unit.path) ? item : null;
      }),
    );
  }),
];
