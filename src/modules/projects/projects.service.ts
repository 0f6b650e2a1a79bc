import { In } from "typeorm";
import { recordChange } from "../../common/audit";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import type { Localised } from "../../common/i18n";
import { withTransaction } from "../../common/transaction";
import { DataResource, mayReadResource } from "../inventory";
import { Appointment, OrganisationLoaders, Unit } from "../organisation";
import { ItProject } from "./it-project.entity";
import { ItProjectResource } from "./it-project-resource.entity";
import { prefillChecklist } from "./project-checklist";
import { ProjectReview } from "./project-review.entity";
import { ItProjectStatus, ProjectResourceUsage, ProjectReviewStatus } from "./projects.enums";
import { ProjectError, ProjectErrorCode } from "./projects.errors";
import { maySeeProject } from "./projects.loaders";
import { projectFieldNames, projectMessages } from "./projects.messages";
import {
  cdoRoleFor,
  hadActiveCdoOn,
  LARGE_PROJECT_THRESHOLD_FEN,
  largeProjectRefused,
  mayPrepareFor,
  revisionRefusal,
  type RuleViolation,
  withdrawalRefusal,
} from "./projects.policy";
import {
  CreateItProjectInput,
  MAX_PROJECT_RESOURCES,
  MAX_PROJECT_YEAR,
  MIN_PROJECT_YEAR,
  NAME_MAX,
  ProjectResourceInput,
  SubmitItProjectInput,
  TEXT_MAX,
  UpdateItProjectInput,
  WithdrawItProjectInput,
} from "./projects.types";
import { yuanText } from "./yuan.scalar";

// ── Shared by the project and review services ───────────────────────────────

function invalid(field: string, message: Localised): CatalogError {
  return new CatalogError(CommonErrorCode.BAD_USER_INPUT, message, { field });
}

export function notFound(field: string, message: Localised): CatalogError {
  return new CatalogError(CommonErrorCode.NOT_FOUND, message, { field });
}

export function violated(v: RuleViolation, field: string): ProjectError {
  return new ProjectError(v.code, v.message, { field });
}

export function accountIdOf(tx: RequestContext): number | null {
  const id = tx.viewer.account?.id;
  return id && id > 0 ? id : null;
}

/** A text trimmed and bounded: required, or optional (empty → null). */
export function checkedText(value: string | null | undefined, field: string, name: Localised, max: number, required: true): string;
export function checkedText(value: string | null | undefined, field: string, name: Localised, max: number, required: false): string | null;
export function checkedText(value: string | null | undefined, field: string, name: Localised, max: number, required: boolean): string | null {
  const trimmed = value?.trim() ?? "";
  if (!trimmed && required) throw invalid(field, projectMessages.required(name));
  if (trimmed.length > max) throw invalid(field, projectMessages.tooLong(name, max));
  return trimmed || null;
}

/** The CDO appointments that answer for a unit: on the unit and above it (its path lists them), in the role its kind needs. */
export async function cdoTermsCovering(tx: RequestContext, unit: Unit): Promise<Appointment[]> {
  const lineage = unit.path.split("/").filter(Boolean).map(Number);
  return tx.manager.find(Appointment, { where: { unitId: In(lineage), role: cdoRoleFor(unit.kind) }, select: { id: true, startDate: true, endDate: true } });
}

export const projectAudit = (p: ItProject, links: readonly { resourceId: number; usage: ProjectResourceUsage }[]) => ({
  unitId: p.unitId,
  name: p.name,
  year: p.year,
  budget: yuanText(p.budgetFen),
  independentApplication: p.independentApplication,
  description: p.description,
  status: p.status,
  roundCount: p.roundCount,
  createdResourceIds: links.filter((l) => l.usage === ProjectResourceUsage.CREATES).map((l) => l.resourceId),
  usedResourceIds: links.filter((l) => l.usage === ProjectResourceUsage.USES).map((l) => l.resourceId),
});

export const reviewAudit = (r: ProjectReview) => ({
  projectId: r.projectId,
  unitId: r.unitId,
  round: r.round,
  status: r.status,
  budget: yuanText(r.budgetFen),
  independentApplication: r.independentApplication,
  submittedOn: r.submittedOn,
  cdoActiveOnSubmission: r.cdoActiveOnSubmission,
  prefillRegisteredInInventory: r.prefillRegisteredInInventory,
  prefillNoDuplicateCollection: r.prefillNoDuplicateCollection,
  reviewStartedAt: r.reviewStartedAt,
  decidedOn: r.decidedOn,
  reviewerPersonId: r.reviewerPersonId,
  registeredInInventory: r.registeredInInventory,
  sharedThroughPlatform: r.sharedThroughPlatform,
  noDuplicateCollection: r.noDuplicateCollection,
  standardsFollowed: r.standardsFollowed,
  reasons: r.reasons,
  withdrawnAt: r.withdrawnAt,
});

/** Moves a project from the status it was read in to another; a concurrent move wins and this one answers CONFLICT. */
export async function moveProject(tx: RequestContext, project: ItProject, from: ItProjectStatus, fields: Partial<ItProject>): Promise<void> {
  const result = await tx.manager.update(ItProject, { id: project.id, status: from }, { ...fields, updatedAt: tx.now() });
  if (result.affected === 0) throw new CatalogError(CommonErrorCode.CONFLICT, projectMessages.inReview, { field: "id" });
  Object.assign(project, fields, { updatedAt: tx.now() });
}

// ── Preparing a project ──────────────────────────────────────────────────────

async function unitById(tx: RequestContext, id: string): Promise<Unit> {
  const unit = await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", id, "unitId") });
  if (!unit) throw notFound("unitId", projectMessages.unitNotFound);
  return unit;
}

/** A project the viewer may prepare: NOT_FOUND if they may not even see it, FORBIDDEN if they may see but not act for its unit. */
async function preparableProject(tx: RequestContext, id: string): Promise<{ project: ItProject; unit: Unit }> {
  const project = await tx.manager.findOneBy(ItProject, { id: rowIdOf("ItProject", id, "id") });
  if (!project || !(await maySeeProject(tx, project))) throw notFound("id", projectMessages.projectNotFound);
  const unit = (await tx.loaders(OrganisationLoaders).unitById.load(project.unitId))!;
  if (!mayPrepareFor(tx.viewer, unit)) throw new CatalogError(CommonErrorCode.FORBIDDEN, projectMessages.onlyUnit(unit.name), { field: "id" });
  return { project, unit };
}

/** The linked resources, checked: each once, each one the viewer may read, and a created one in the project's unit (or below it). */
async function checkedLinks(tx: RequestContext, unit: Unit, inputs: readonly ProjectResourceInput[]) {
  if (inputs.length > MAX_PROJECT_RESOURCES) throw invalid("resources", projectMessages.tooManyResources(MAX_PROJECT_RESOURCES));
  const links = inputs.map((input, i) => ({ resourceId: rowIdOf("DataResource", input.resourceId, `resources.${i}.resourceId`), usage: input.usage }));
  if (new Set(links.map((l) => l.resourceId)).size !== links.length) throw invalid("resources", projectMessages.resourceTwice);
  if (links.length === 0) return links;
  const resources = new Map((await tx.manager.findBy(DataResource, { id: In(links.map((l) => l.resourceId)) })).map((r) => [r.id, r]));
  const providers = await tx.loaders(OrganisationLoaders).unitById.loadMany([...new Set([...resources.values()].map((r) => r.providerUnitId))]);
  for (const [i, link] of links.entries()) {
    const resource = resources.get(link.resourceId);
    if (!resource || !(await mayReadResource(tx, resource))) throw notFound(`resources.${i}.resourceId`, projectMessages.resourceNotFound);
    const provider = providers.find((u) => u instanceof Unit && u.id === resource.providerUnitId) as Unit | undefined;
    if (link.usage === ProjectResourceUsage.CREATES && !provider?.path.startsWith(unit.path))
      throw invalid(`resources.${i}.resourceId`, projectMessages.createdNotOwn(resource.name));
  }
  return links;
}

function checkedYear(year: number): number {
  if (!Number.isInteger(year) || year < MIN_PROJECT_YEAR || year > MAX_PROJECT_YEAR)
    throw invalid("year", projectMessages.yearRange(MIN_PROJECT_YEAR, MAX_PROJECT_YEAR));
  return year;
}

/** A unit's new project, as a draft. Its CDO or data specialist (or a district administrator) prepares it. */
export async function createItProject(ctx: RequestContext, input: CreateItProjectInput): Promise<ItProject> {
  requireSignedIn(ctx);
  const name = checkedText(input.name, "name", projectFieldNames.name, NAME_MAX, true);
  const description = checkedText(input.description, "description", projectFieldNames.description, TEXT_MAX, false);
  const year = checkedYear(input.year);
  return withTransaction(ctx, async (tx) => {
    const unit = await unitById(tx, input.unitId);
    if (!mayPrepareFor(tx.viewer, unit)) throw new CatalogError(CommonErrorCode.FORBIDDEN, projectMessages.onlyUnit(unit.name), { field: "unitId" });
    const links = await checkedLinks(tx, unit, input.resources ?? []);
    const now = tx.now();
    const project = tx.manager.create(ItProject, {
      unitId: unit.id,
      name,
      year,
      budgetFen: input.budget,
      independentApplication: input.independentApplication,
      description,
      status: ItProjectStatus.DRAFT,
      roundCount: 0,
      createdByAccountId: accountIdOf(tx),
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(ItProject, project);
    if (links.length)
      await tx.manager.insert(
        ItProjectResource,
        links.map((l) => ({ projectId: project.id, ...l })),
      );
    await recordChange(tx, { type: "ItProject", id: project.id, unit }, null, projectAudit(project, links));
    return project;
  });
}

/** Revises a draft, or a vetoed or withdrawn project before it is resubmitted. No status can be set here: only the review steps move it. */
export async function updateItProject(ctx: RequestContext, input: UpdateItProjectInput): Promise<ItProject> {
  requireSignedIn(ctx);
  const name = input.name != null ? checkedText(input.name, "name", projectFieldNames.name, NAME_MAX, true) : undefined;
  const description =
    input.description !== undefined ? checkedText(input.description, "description", projectFieldNames.description, TEXT_MAX, false) : undefined;
  const year = input.year != null ? checkedYear(input.year) : undefined;
  return withTransaction(ctx, async (tx) => {
    const { project, unit } = await preparableProject(tx, input.id);
    const refusal = revisionRefusal(project.status);
    if (refusal) throw violated(refusal, "id");
    const oldLinks = await tx.manager.findBy(ItProjectResource, { projectId: project.id });
    const links = input.resources ? await checkedLinks(tx, unit, input.resources) : oldLinks;
    const before = projectAudit(project, oldLinks);
    await moveProject(tx, project, project.status, {
      ...(name !== undefined ? { name } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(year !== undefined ? { year } : {}),
      ...(input.budget != null ? { budgetFen: input.budget } : {}),
      ...(input.independentApplication != null ? { independentApplication: input.independentApplication } : {}),
    });
    if (input.resources) {
      await tx.manager.delete(ItProjectResource, { projectId: project.id });
      if (links.length)
        await tx.manager.insert(
          ItProjectResource,
          links.map((l) => ({ projectId: project.id, resourceId: l.resourceId, usage: l.usage })),
        );
    }
    await recordChange(tx, { type: "ItProject", id: project.id, unit }, before, projectAudit(project, links));
    return project;
  });
}

/**
 * Submits a project as a new review round (the first, or the next after a veto or withdrawal; every
 * round is kept). The 500,000-yuan rule is judged on the submission date; the checklist is
 * pre-filled from the catalog.
 */
export async function submitItProject(ctx: RequestContext, input: SubmitItProjectInput): Promise<ItProject> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const { project, unit } = await preparableProject(tx, input.id);
    const refusal = revisionRefusal(project.status);
    if (refusal) throw violated(refusal, "id");
    const today = tx.today();
    const cdoActive = hadActiveCdoOn(await cdoTermsCovering(tx, unit), today);
    if (largeProjectRefused(project, cdoActive))
      throw new ProjectError(ProjectErrorCode.CDO_REQUIRED_FOR_LARGE_PROJECT, projectMessages.largeProjectNeedsCdo(unit.name, today), {
        field: "budget",
        rule: "独立申报 50 万元以上须有在任首席数据官",
        threshold: yuanText(LARGE_PROJECT_THRESHOLD_FEN),
        submittedOn: today,
      });
    const links = await tx.manager.findBy(ItProjectResource, { projectId: project.id });
    const prefill = await prefillChecklist(tx, links);
    const now = tx.now();
    const review = tx.manager.create(ProjectReview, {
      projectId: project.id,
      round: project.roundCount + 1,
      unitId: unit.id,
      status: ProjectReviewStatus.SUBMITTED,
      budgetFen: project.budgetFen,
      independentApplication: project.independentApplication,
      submittedAt: now,
      submittedOn: today,
      cdoActiveOnSubmission: cdoActive,
      prefillRegisteredInInventory: prefill.registeredInInventory,
      prefillNoDuplicateCollection: prefill.noDuplicateCollection,
      unregisteredResourceIds: JSON.stringify(prefill.unregisteredResourceIds),
      duplicateResourceIds: JSON.stringify(prefill.duplicateResourceIds),
      reviewStartedAt: null,
      decidedAt: null,
      decidedOn: null,
      reviewerPersonId: null,
      submittedByAccountId: accountIdOf(tx),
      decidedByAccountId: null,
      registeredInInventory: null,
      sharedThroughPlatform: null,
      noDuplicateCollection: null,
      standardsFollowed: null,
      reasons: null,
      withdrawnAt: null,
      createdAt: now,
      updatedAt: now,
    });
    const before = projectAudit(project, links);
    await moveProject(tx, project, project.status, { status: ItProjectStatus.SUBMITTED, roundCount: review.round });
    await tx.manager.insert(ProjectReview, review);
    await recordChange(tx, { type: "ItProject", id: project.id, unit }, before, projectAudit(project, links));
    await recordChange(tx, { type: "ProjectReview", id: review.id, unit }, null, reviewAudit(review));
    return project;
  });
}

/** Withdraws the round waiting for a decision (submitted or under review); after a decision nothing is withdrawn. */
export async function withdrawItProject(ctx: RequestContext, input: WithdrawItProjectInput): Promise<ItProject> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const { project, unit } = await preparableProject(tx, input.id);
    const refusal = withdrawalRefusal(project.status, project.roundCount);
    if (refusal) throw violated(refusal, "id");
    const review = (await tx.manager.findOneBy(ProjectReview, { projectId: project.id, round: project.roundCount }))!;
    const reviewBefore = reviewAudit(review);
    const now = tx.now();
    const result = await tx.manager.update(
      ProjectReview,
      { id: review.id, status: In([ProjectReviewStatus.SUBMITTED, ProjectReviewStatus.UNDER_REVIEW]) },
      { status: ProjectReviewStatus.WITHDRAWN, withdrawnAt: now, updatedAt: now },
    );
    if (result.affected === 0) throw new CatalogError(CommonErrorCode.CONFLICT, projectMessages.alreadyDecided(review.round), { field: "id" });
    Object.assign(review, { status: ProjectReviewStatus.WITHDRAWN, withdrawnAt: now, updatedAt: now });
    const links = await tx.manager.findBy(ItProjectResource, { projectId: project.id });
    const before = projectAudit(project, links);
    await moveProject(tx, project, project.status, { status: ItProjectStatus.WITHDRAWN });
    await recordChange(tx, { type: "ItProject", id: project.id, unit }, before, projectAudit(project, links));
    await recordChange(tx, { type: "ProjectReview", id: review.id, unit }, reviewBefore, reviewAudit(review));
    return project;
  });
}
