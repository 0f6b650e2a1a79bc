import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { ConnectionArgs, PageArgs, paginateList } from "../../common/pagination";
import { DataResource, InventoryLoaders, mayReadResource } from "../inventory";
import { OrganisationLoaders, Person, Unit } from "../organisation";
import { ItProject } from "./it-project.entity";
import { ProjectReview } from "./project-review.entity";
import * as reviews from "./project-reviews.service";
import { ProjectLoaders, resourceProjectOrder } from "./projects.loaders";
import * as queries from "./projects-queries.service";
import * as projects from "./projects.service";
import {
  CreateItProjectInput,
  ItProjectConnection,
  ItProjectsArgs,
  ProjectChecklist,
  ProjectChecklistPrefill,
  ProjectResourceUse,
  ProjectResourceUseConnection,
  ProjectReviewConnection,
  ProjectReviewsArgs,
  RecordProjectVerdictInput,
  StartProjectReviewInput,
  SubmitItProjectInput,
  UpdateItProjectInput,
  WithdrawItProjectInput,
} from "./projects.types";

/** Resources by ID, batched, leaving out any the viewer may not read. */
async function readableResources(ctx: RequestContext, ids: readonly number[]): Promise<DataResource[]> {
  const loaded = await ctx.loaders(InventoryLoaders).resourceById.loadMany(ids);
  const resources = loaded.filter((r): r is DataResource => r instanceof DataResource);
  const readable = await Promise.all(resources.map((r) => mayReadResource(ctx, r)));
  return resources.filter((_, i) => readable[i]);
}

/** 信息化项目 and the CDO's one-vote veto (DOMAIN §5). */
@AuthorizedOperations()
@Resolver(() => ItProject)
export class ItProjectResolver {
  @Query(() => ItProjectConnection, {
    description: "信息化项目: IT projects of your units (every unit's for district administrators and analysts), newest first.",
  })
  itProjects(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: ItProjectsArgs) {
    return queries.findItProjects(ctx, filter, page);
  }

  @Mutation(() => ItProject, { description: "Creates a unit's IT project as a draft. The unit's CDO or data specialist (or a district administrator)." })
  createItProject(@Ctx() ctx: RequestContext, @Arg("input", () => CreateItProjectInput, { description: "The project." }) input: CreateItProjectInput) {
    return projects.createItProject(ctx, input);
  }

  @Mutation(() => ItProject, {
    description:
      "Revises a draft, or a vetoed or withdrawn project before resubmission (PROJECT_IN_REVIEW, PROJECT_ALREADY_APPROVED otherwise). The unit's CDO or data specialist.",
  })
  updateItProject(@Ctx() ctx: RequestContext, @Arg("input", () => UpdateItProjectInput, { description: "The changes." }) input: UpdateItProjectInput) {
    return projects.updateItProject(ctx, input);
  }

  @Mutation(() => ItProject, {
    description:
      "Submits a project as a new review round (after a veto or withdrawal, the next round; every round is kept). Refused with CDO_REQUIRED_FOR_LARGE_PROJECT for an independent application of 500,000 yuan or more by a unit without an active CDO on the submission date.",
  })
  submitItProject(@Ctx() ctx: RequestContext, @Arg("input", () => SubmitItProjectInput, { description: "The project." }) input: SubmitItProjectInput) {
    return projects.submitItProject(ctx, input);
  }

  @Mutation(() => ItProject, { description: "Withdraws the round waiting for a decision (submitted or under review). The unit's CDO or data specialist." })
  withdrawItProject(@Ctx() ctx: RequestContext, @Arg("input", () => WithdrawItProjectInput, { description: "The project." }) input: WithdrawItProjectInput) {
    return projects.withdrawItProject(ctx, input);
  }

  @FieldResolver(() => Unit, { description: "The unit whose project it is." })
  unit(@Root() project: ItProject, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(project.unitId);
  }

  @FieldResolver(() => [ProjectResourceUse], { description: "The data resources the project creates or uses." })
  resources(@Root() project: ItProject, @Ctx() ctx: RequestContext) {
    return ctx.loaders(ProjectLoaders).resourcesOfProject.load(project.id);
  }

  @FieldResolver(() => [ProjectReview], { description: "Every review round, the first first: a vetoed or withdrawn round stays as it closed." })
  reviews(@Root() project: ItProject, @Ctx() ctx: RequestContext) {
    return ctx.loaders(ProjectLoaders).reviewsOfProject.load(project.id);
  }

  @FieldResolver(() => ProjectReview, { nullable: true, description: "The latest round; null for a draft." })
  async currentReview(@Root() project: ItProject, @Ctx() ctx: RequestContext) {
    const rounds = await ctx.loaders(ProjectLoaders).reviewsOfProject.load(project.id);
    return rounds.find((r) => r.round === project.roundCount) ?? null;
  }
}

@AuthorizedOperations()
@Resolver(() => ProjectReview)
export class ProjectReviewResolver {
  @Query(() => ProjectReviewConnection, {
    description: "审核轮次: review rounds of your units' projects (every unit's for district readers), latest submission first.",
  })
  projectReviews(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: ProjectReviewsArgs) {
    return queries.findProjectReviews(ctx, filter, page);
  }

  @Mutation(() => ProjectReview, { description: "The reviewing CDO starts reviewing a submitted round." })
  startProjectReview(@Ctx() ctx: RequestContext, @Arg("input", () => StartProjectReviewInput, { description: "The round." }) input: StartProjectReviewInput) {
    return reviews.startProjectReview(ctx, input);
  }

  @Mutation(() => ProjectReview, {
    description:
      "The reviewing CDO (the unit's own; the district CDO for district-level projects or a unit without an active CDO) approves or vetoes (一票否决) a round under review, with the checklist and reasons. A vetoed round refuses every later step (REVIEW_ROUND_VETOED), whoever asks.",
  })
  recordProjectVerdict(
    @Ctx() ctx: RequestContext,
    @Arg("input", () => RecordProjectVerdictInput, { description: "The verdict." }) input: RecordProjectVerdictInput,
  ) {
    return reviews.recordProjectVerdict(ctx, input);
  }

  @FieldResolver(() => ItProject, { description: "The project." })
  project(@Root() review: ProjectReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders(ProjectLoaders).projectById.load(review.projectId);
  }

  @FieldResolver(() => Unit, { description: "The project's unit." })
  unit(@Root() review: ProjectReview, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(review.unitId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: "The reviewing CDO who recorded the verdict; null before it (or for an account without a person).",
  })
  reviewer(@Root() review: ProjectReview, @Ctx() ctx: RequestContext) {
    return review.reviewerPersonId === null ? null : ctx.loaders(OrganisationLoaders).personById.load(review.reviewerPersonId);
  }

  @FieldResolver(() => ProjectChecklist, { nullable: true, description: "The checklist as the reviewing CDO recorded it; null before the verdict." })
  checklist(@Root() review: ProjectReview): ProjectChecklist | null {
    if (review.registeredInInventory === null) return null;
    return {
      registeredInInventory: review.registeredInInventory,
      sharedThroughPlatform: review.sharedThroughPlatform!,
      noDuplicateCollection: review.noDuplicateCollection!,
      standardsFollowed: review.standardsFollowed!,
    };
  }

  @FieldResolver(() => ProjectChecklistPrefill, {
    description: "The checklist as the catalog answered it on the submission date, for the reviewer to start from.",
  })
  prefilledChecklist(@Root() review: ProjectReview): ProjectChecklistPrefill {
    return {
      registeredInInventory: review.prefillRegisteredInInventory,
      noDuplicateCollection: review.prefillNoDuplicateCollection,
      sharedThroughPlatform: null,
      standardsFollowed: null,
      unregisteredResourceIds: JSON.parse(review.unregisteredResourceIds) as number[],
      duplicateResourceIds: JSON.parse(review.duplicateResourceIds) as number[],
    };
  }
}

@Resolver(() => ProjectChecklistPrefill)
export class ProjectChecklistPrefillResolver {
  @FieldResolver(() => [DataResource], { description: "Linked resources not in the catalog on the submission date (drafts, retired before publication)." })
  unregisteredResources(@Root() prefill: ProjectChecklistPrefill, @Ctx() ctx: RequestContext) {
    return readableResources(ctx, prefill.unregisteredResourceIds);
  }

  @FieldResolver(() => [DataResource], {
    description: "Other units' catalog resources with the same name or the same item names as one the project creates (重复采集?).",
  })
  possibleDuplicates(@Root() prefill: ProjectChecklistPrefill, @Ctx() ctx: RequestContext) {
    return readableResources(ctx, prefill.duplicateResourceIds);
  }
}

@Resolver(() => ProjectResourceUse)
export class ProjectResourceUseResolver {
  @FieldResolver(() => DataResource, { nullable: true, description: "The data resource; null if you may not read it." })
  async resource(@Root() use: ProjectResourceUse, @Ctx() ctx: RequestContext) {
    const resource = await ctx.loaders(InventoryLoaders).resourceById.load(use.resourceId);
    return resource && (await mayReadResource(ctx, resource)) ? resource : null;
  }

  @FieldResolver(() => ItProject, { description: "The project." })
  project(@Root() use: ProjectResourceUse, @Ctx() ctx: RequestContext) {
    return ctx.loaders(ProjectLoaders).projectById.load(use.projectId);
  }
}

/** A resource's IT projects, seen from the inventory. */
@Resolver(() => DataResource)
export class ResourceProjectsResolver {
  @FieldResolver(() => ProjectResourceUseConnection, {
    description: "信息化项目: the IT projects (of units you may read) that create or use the resource, newest first.",
  })
  projects(@Root() resource: DataResource, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
    return paginateList(page, resourceProjectOrder, () => ctx.loaders(ProjectLoaders).projectsOfResource.load(resource.id));
  }
}
