/** The projects module's front door (DOMAIN §5): IT projects (信息化项目) under the CDO's one-vote veto (一票否决). */
import { ItProject } from "./it-project.entity";
import { ItProjectResource } from "./it-project-resource.entity";
import { ProjectReview } from "./project-review.entity";
import { projectNodeTypes } from "./projects.loaders";
import {
  ItProjectResolver,
  ProjectChecklistPrefillResolver,
  ProjectResourceUseResolver,
  ProjectReviewResolver,
  ResourceProjectsResolver,
} from "./projects.resolver";

export { ItProject, ProjectReview };
export * from "./projects.enums";
export { createItProject, updateItProject, submitItProject, withdrawItProject } from "./projects.service";
export { startProjectReview, recordProjectVerdict } from "./project-reviews.service";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [ItProjectResolver, ProjectReviewResolver, ProjectChecklistPrefillResolver, ProjectResourceUseResolver, ResourceProjectsResolver];
export const entities = [ItProject, ItProjectResource, ProjectReview];
export const nodeTypes = projectNodeTypes;
