/** Reading IT projects and their review rounds, limited to the units the viewer may read, paged by the one helper. */
import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { ItProject } from "./it-project.entity";
import { ProjectReview } from "./project-review.entity";
import type { ItProjectFilter, ProjectReviewFilter } from "./projects.types";

/** Rows whose unit the viewer may read (no condition for district readers). */
function scoped<T extends { andWhere: (sql: string, params?: Record<string, unknown>) => T }>(ctx: RequestContext, query: T, alias: string): T {
  const scope = unitScopeCondition(ctx.viewer, "su.path");
  if (!scope) return query;
  return query.andWhere(`${alias}.unitId IN (SELECT su.id FROM units su WHERE ${scope.where})`, scope.params);
}

export function findItProjects(ctx: RequestContext, filter: ItProjectFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = scoped(ctx, ctx.manager.createQueryBuilder(ItProject, "p"), "p");
  if (filter.unitId != null) query.andWhere("p.unitId = :unit", { unit: rowIdOf("Unit", filter.unitId, "filter.unitId") });
  if (filter.year != null) query.andWhere("p.year = :year", { year: filter.year });
  if (filter.statuses?.length) query.andWhere("p.status IN (:...statuses)", { statuses: filter.statuses });
  query.orderBy("p.id", "DESC");
  return paginateQuery(query, page);
}

export function findProjectReviews(ctx: RequestContext, filter: ProjectReviewFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = scoped(ctx, ctx.manager.createQueryBuilder(ProjectReview, "r"), "r");
  if (filter.unitId != null) query.andWhere("r.unitId = :unit", { unit: rowIdOf("Unit", filter.unitId, "filter.unitId") });
  if (filter.projectId != null) query.andWhere("r.projectId = :project", { project: rowIdOf("ItProject", filter.projectId, "filter.projectId") });
  if (filter.statuses?.length) query.andWhere("r.status IN (:...statuses)", { statuses: filter.statuses });
  query.orderBy("r.submittedAt", "DESC").addOrderBy("r.id", "DESC");
  return paginateQuery(query, page);
}
