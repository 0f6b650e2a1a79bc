import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import type { Ordering } from "../../common/pagination";
import { OrganisationLoaders } from "../organisation";
import { ItProject } from "./it-project.entity";
import { ItProjectResource } from "./it-project-resource.entity";
import { ProjectReview } from "./project-review.entity";
import type { ProjectResourceUse } from "./projects.types";

/** DataResource.projects: newest project first. */
export const resourceProjectOrder: Ordering = { list: "DataResource.projects", keys: [{ column: "projectId", property: "projectId", descending: true }] };

/** The projects module's per-request loaders: each batch is one IN (…) query, whatever the page size. */
export class ProjectLoaders {
  constructor(private readonly ctx: RequestContext) {}

  private get manager() {
    return this.ctx.manager;
  }

  readonly projectById = new DataLoader<number, ItProject | null>(async (ids) =>
    byKey(ids, await this.manager.findBy(ItProject, { id: In([...ids]) }), (p) => p.id),
  );

  readonly reviewById = new DataLoader<number, ProjectReview | null>(async (ids) =>
    byKey(ids, await this.manager.findBy(ProjectReview, { id: In([...ids]) }), (r) => r.id),
  );

  /** Every round of each project, first round first. */
  readonly reviewsOfProject = new DataLoader<number, ProjectReview[]>(async (projectIds) =>
    groupedByKey(
      projectIds,
      await this.manager.find(ProjectReview, { where: { projectId: In([...projectIds]) }, order: { round: "ASC" } }),
      (r) => r.projectId,
    ),
  );

  /** The resources each project creates or uses (at most MAX_PROJECT_RESOURCES each). */
  readonly resourcesOfProject = new DataLoader<number, ProjectResourceUse[]>(async (projectIds) =>
    groupedByKey(
      projectIds,
      await this.manager.find(ItProjectResource, { where: { projectId: In([...projectIds]) }, order: { resourceId: "ASC" } }),
      (link) => link.projectId,
    ),
  );

  /** The projects that create or use each resource, among the projects the viewer may read, newest first. */
  readonly projectsOfResource = new DataLoader<number, ProjectResourceUse[]>(async (resourceIds) => {
    const query = this.manager
      .createQueryBuilder(ItProjectResource, "l")
      .innerJoin(ItProject, "p", "p.id = l.projectId")
      .where("l.resourceId IN (:...resourceIds)", { resourceIds })
      .orderBy("l.projectId", "DESC");
    const scope = unitScopeCondition(this.ctx.viewer, "u.path");
    if (scope) query.innerJoin("units", "u", "u.id = p.unitId").andWhere(scope.where, scope.params);
    return groupedByKey(resourceIds, await query.getMany(), (link) => link.resourceId);
  });
}

/** Whether the viewer may see a project (or a round of it): district readers everything, a unit's people their units' projects. */
export async function maySeeProject(ctx: RequestContext, record: { unitId: number }): Promise<boolean> {
  requireSignedIn(ctx);
  if (ctx.viewer.districtReader) return true;
  const unit = await ctx.loaders(OrganisationLoaders).unitById.load(record.unitId);
  return unit !== null && ctx.viewer.canRead(unit.path);
}

// A project or round the viewer may not see is null, as a missing one: no existence oracle.
/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const projectNodeTypes = [
  nodeType(ItProject, "ItProject", async (ctx, ids) => {
    const projects = await ctx.loaders(ProjectLoaders).projectById.loadMany(ids);
    return Promise.all(projects.map(async (p) => (p instanceof ItProject && (await maySeeProject(ctx, p)) ? p : null)));
  }),
  nodeType(ProjectReview, "ProjectReview", async (ctx, ids) => {
    const reviews = await ctx.loaders(ProjectLoaders).reviewById.loadMany(ids);
    return Promise.all(reviews.map(async (r) => (r instanceof ProjectReview && (await maySeeProject(ctx, r)) ? r : null)));
  }),
];
