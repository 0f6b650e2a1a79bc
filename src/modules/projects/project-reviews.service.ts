import { recordChange } from "../../common/audit";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { withTransaction } from "../../common/transaction";
import { OrganisationLoaders, type Unit } from "../organisation";
import { ItProject } from "./it-project.entity";
import { ItProjectResource } from "./it-project-resource.entity";
import { ProjectReview } from "./project-review.entity";
import { ItProjectStatus, ProjectReviewStatus, ProjectVerdict } from "./projects.enums";
import { maySeeProject } from "./projects.loaders";
import { projectFieldNames, projectMessages } from "./projects.messages";
import { hadActiveCdoOn, isReviewingCdo, type RuleViolation, reviewStartRefusal, verdictRefusal } from "./projects.policy";
import { accountIdOf, cdoTermsCovering, checkedText, moveProject, notFound, projectAudit, reviewAudit, violated } from "./projects.service";
import { RecordProjectVerdictInput, StartProjectReviewInput, TEXT_MAX } from "./projects.types";

/**
 * A round the viewer may review, in the state the step needs. The round's own state is judged
 * before who is asking: a vetoed round refuses everyone alike (REVIEW_ROUND_VETOED), its reviewer,
 * another CDO and a district administrator.
 */
async function reviewableRound(
  tx: RequestContext,
  reviewId: string,
  refusalOf: (status: ProjectReviewStatus, round: number) => RuleViolation | null,
): Promise<{ review: ProjectReview; project: ItProject; unit: Unit }> {
  const review = await tx.manager.findOneBy(ProjectReview, { id: rowIdOf("ProjectReview", reviewId, "reviewId") });
  if (!review || !(await maySeeProject(tx, review))) throw notFound("reviewId", projectMessages.reviewNotFound);
  const refusal = refusalOf(review.status, review.round);
  if (refusal) throw violated(refusal, "reviewId");
  const unit = (await tx.loaders(OrganisationLoaders).unitById.load(review.unitId))!;
  const unitHasCdo = hadActiveCdoOn(await cdoTermsCovering(tx, unit), tx.today());
  if (!isReviewingCdo(tx.viewer, unit, unitHasCdo))
    throw new CatalogError(CommonErrorCode.FORBIDDEN, projectMessages.notReviewer(unit.name), { field: "reviewId" });
  const project = (await tx.manager.findOneBy(ItProject, { id: review.projectId }))!;
  return { review, project, unit };
}

/**
 * Moves a round from one state to another only if it is still in it: of two verdicts racing on one
 * round, the second finds it closed and is refused with the round's real state (a veto stays final).
 */
async function moveRound(
  tx: RequestContext,
  review: ProjectReview,
  from: ProjectReviewStatus,
  fields: Partial<ProjectReview>,
  refusalOf: typeof verdictRefusal,
) {
  const result = await tx.manager.update(ProjectReview, { id: review.id, status: from }, { ...fields, updatedAt: tx.now() });
  if (result.affected === 0) {
    const now = (await tx.manager.findOneBy(ProjectReview, { id: review.id }))!;
    const refusal = refusalOf(now.status, now.round);
    throw refusal
      ? violated(refusal, "reviewId")
      : new CatalogError(CommonErrorCode.CONFLICT, projectMessages.alreadyDecided(now.round), { field: "reviewId" });
  }
  Object.assign(review, fields, { updatedAt: tx.now() });
}

/** Runs a review step and writes the trail of the round and of its project. */
async function auditedStep(
  tx: RequestContext,
  { review, project, unit }: { review: ProjectReview; project: ItProject; unit: Unit },
  step: () => Promise<void>,
) {
  const links = await tx.manager.findBy(ItProjectResource, { projectId: project.id });
  const reviewBefore = reviewAudit(review);
  const projectBefore = projectAudit(project, links);
  await step();
  await recordChange(tx, { type: "ProjectReview", id: review.id, unit }, reviewBefore, reviewAudit(review));
  await recordChange(tx, { type: "ItProject", id: project.id, unit }, projectBefore, projectAudit(project, links));
}

/** The reviewing CDO starts reviewing a submitted round. */
export async function startProjectReview(ctx: RequestContext, input: StartProjectReviewInput): Promise<ProjectReview> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const round = await reviewableRound(tx, input.reviewId, reviewStartRefusal);
    await auditedStep(tx, round, async () => {
      await moveRound(
        tx,
        round.review,
        ProjectReviewStatus.SUBMITTED,
        { status: ProjectReviewStatus.UNDER_REVIEW, reviewStartedAt: tx.now() },
        reviewStartRefusal,
      );
      await moveProject(tx, round.project, ItProjectStatus.SUBMITTED, { status: ItProjectStatus.UNDER_REVIEW });
    });
    return round.review;
  });
}

/**
 * The reviewing CDO's verdict with the checklist and reasons. A veto (一票否决) ends the round at
 * once: the round is closed for good, and the unit may only revise and resubmit as a new round.
 */
export async function recordProjectVerdict(ctx: RequestContext, input: RecordProjectVerdictInput): Promise<ProjectReview> {
  requireSignedIn(ctx);
  const reasons = checkedText(input.reasons, "reasons", projectFieldNames.reasons, TEXT_MAX, true);
  return withTransaction(ctx, async (tx) => {
    const round = await reviewableRound(tx, input.reviewId, verdictRefusal);
    const vetoed = input.verdict === ProjectVerdict.VETO;
    await auditedStep(tx, round, async () => {
      await moveRound(
        tx,
        round.review,
        ProjectReviewStatus.UNDER_REVIEW,
        {
          status: vetoed ? ProjectReviewStatus.VETOED : ProjectReviewStatus.APPROVED,
          decidedAt: tx.now(),
          decidedOn: tx.today(),
          decidedByAccountId: accountIdOf(tx),
          reviewerPersonId: tx.viewer.account?.personId ?? null,
          registeredInInventory: input.checklist.registeredInInventory,
          sharedThroughPlatform: input.checklist.sharedThroughPlatform,
          noDuplicateCollection: input.checklist.noDuplicateCollection,
          standardsFollowed: input.checklist.standardsFollowed,
          reasons,
        },
        verdictRefusal,
      );
      await moveProject(tx, round.project, ItProjectStatus.UNDER_REVIEW, { status: vetoed ? ItProjectStatus.VETOED : ItProjectStatus.APPROVED });
    });
    return round.review;
  });
}
