import { ArrayMaxSize, IsInt, IsOptional, Length, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { ItProject } from "./it-project.entity";
import { ProjectReview } from "./project-review.entity";
import { ItProjectStatus, ProjectResourceUsage, ProjectReviewStatus, ProjectVerdict } from "./projects.enums";
import { YuanScalar } from "./yuan.scalar";

/** Data resources one project may link. */
export const MAX_PROJECT_RESOURCES = 50;
export const MIN_PROJECT_YEAR = 2000;
export const MAX_PROJECT_YEAR = 2100;
export const NAME_MAX = 200;
export const TEXT_MAX = 2000;

export const ItProjectConnection = ConnectionType("ItProject", ItProject);
export const ProjectReviewConnection = ConnectionType("ProjectReview", ProjectReview);

// ── Writing ──────────────────────────────────────────────────────────────────

@InputType({ description: "A data resource the project creates or uses." })
export class ProjectResourceInput {
  @Field(() => ID, { description: "The data resource (a resource the project creates must be in its unit's inventory)." })
  resourceId!: string;

  @Field(() => ProjectResourceUsage, { description: "Whether the project creates the resource or uses it." })
  usage!: ProjectResourceUsage;
}

@InputType({ description: "A new IT project (信息化项目), as a draft of its unit." })
export class CreateItProjectInput {
  @Field(() => ID, { description: "The unit whose project it is; you must be its CDO or data specialist (or a district administrator)." })
  unitId!: string;

  @Field({ description: `项目名称, 1–${NAME_MAX} characters.` })
  @Length(1, NAME_MAX)
  name!: string;

  @Field(() => Int, { description: `年度: the budget year, ${MIN_PROJECT_YEAR}–${MAX_PROJECT_YEAR}.` })
  @IsInt()
  @Min(MIN_PROJECT_YEAR)
  @Max(MAX_PROJECT_YEAR)
  year!: number;

  @Field(() => YuanScalar, { description: 'Budget in yuan as an exact decimal string, e.g. "499999.99" (kept as integer fen).' })
  budget!: number;

  @Field({ description: "独立申报: the unit applies on its own (a budget of 500,000 yuan or more then needs an active CDO on the submission date)." })
  independentApplication!: boolean;

  @Field(() => String, { nullable: true, description: `项目简介, up to ${TEXT_MAX} characters.` })
  @IsOptional()
  @Length(0, TEXT_MAX)
  description?: string | null;

  @Field(() => [ProjectResourceInput], { nullable: true, description: `The data resources it creates or uses, at most ${MAX_PROJECT_RESOURCES}.` })
  @IsOptional()
  @ArrayMaxSize(MAX_PROJECT_RESOURCES)
  @ValidateNested({ each: true })
  resources?: ProjectResourceInput[];
}

@InputType({ description: "Revises a draft, or a project whose latest round was vetoed or withdrawn (before resubmitting). Fields left out are kept." })
export class UpdateItProjectInput {
  @Field(() => ID, { description: "The project." })
  id!: string;

  @Field({ nullable: true, description: `项目名称, 1–${NAME_MAX} characters.` })
  @IsOptional()
  @Length(1, NAME_MAX)
  name?: string;

  @Field(() => Int, { nullable: true, description: `年度: the budget year, ${MIN_PROJECT_YEAR}–${MAX_PROJECT_YEAR}.` })
  @IsOptional()
  @IsInt()
  @Min(MIN_PROJECT_YEAR)
  @Max(MAX_PROJECT_YEAR)
  year?: number;

  @Field(() => YuanScalar, { nullable: true, description: "Budget in yuan as an exact decimal string." })
  budget?: number;

  @Field({ nullable: true, description: "独立申报: the unit applies on its own." })
  independentApplication?: boolean;

  @Field(() => String, { nullable: true, description: `项目简介, up to ${TEXT_MAX} characters.` })
  @IsOptional()
  @Length(0, TEXT_MAX)
  description?: string | null;

  @Field(() => [ProjectResourceInput], { nullable: true, description: `Replaces the linked resources (at most ${MAX_PROJECT_RESOURCES}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_PROJECT_RESOURCES)
  @ValidateNested({ each: true })
  resources?: ProjectResourceInput[];
}

@InputType({ description: "Submits a project for review: a draft's first round, or a new round after a veto or withdrawal." })
export class SubmitItProjectInput {
  @Field(() => ID, { description: "The project." })
  id!: string;
}

@InputType({ description: "Withdraws the project's round waiting for a decision (submitted or under review)." })
export class WithdrawItProjectInput {
  @Field(() => ID, { description: "The project." })
  id!: string;
}

@InputType({ description: "The reviewing CDO starts reviewing a submitted round." })
export class StartProjectReviewInput {
  @Field(() => ID, { description: "The review round." })
  reviewId!: string;
}

@InputType({ description: "The compliance checklist (数据治理和共享合规), each point answered by the reviewing CDO." })
export class ProjectChecklistInput {
  @Field({ description: "The project's data resources are registered in the inventory (编目)." })
  registeredInInventory!: boolean;

  @Field({ description: "Its data is shared through the district's sharing platform (共享平台)." })
  sharedThroughPlatform!: boolean;

  @Field({ description: "It collects no data another unit already provides (不重复采集)." })
  noDuplicateCollection!: boolean;

  @Field({ description: "It follows the data standards (数据标准)." })
  standardsFollowed!: boolean;
}

@InputType({ description: "The reviewing CDO's verdict on a round under review: approve, or veto (一票否决), with the checklist and reasons." })
export class RecordProjectVerdictInput {
  @Field(() => ID, { description: "The review round (under review)." })
  reviewId!: string;

  @Field(() => ProjectVerdict, { description: "APPROVE, or VETO (final for the round)." })
  verdict!: ProjectVerdict;

  @Field(() => ProjectChecklistInput, { description: "The compliance checklist as the CDO judged it." })
  @ValidateNested()
  checklist!: ProjectChecklistInput;

  @Field({ description: `审核意见: the reasons, 1–${TEXT_MAX} characters.` })
  @Length(1, TEXT_MAX)
  reasons!: string;
}

// ── Reading ──────────────────────────────────────────────────────────────────

@ObjectType({ description: "The compliance checklist as the reviewing CDO recorded it." })
export class ProjectChecklist {
  @Field({ description: "Resources registered in the inventory." })
  registeredInInventory!: boolean;

  @Field({ description: "Shared through the platform." })
  sharedThroughPlatform!: boolean;

  @Field({ description: "No duplicate collection." })
  noDuplicateCollection!: boolean;

  @Field({ description: "Standards followed." })
  standardsFollowed!: boolean;
}

@ObjectType({ description: "The checklist pre-filled from the catalog on the submission date; null where the catalog cannot tell (the CDO answers)." })
export class ProjectChecklistPrefill {
  unregisteredResourceIds!: number[];
  duplicateResourceIds!: number[];

  @Field(() => Boolean, { nullable: true, description: "Every linked resource is in the catalog (published); null with no resource linked." })
  registeredInInventory!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Always null: whether data is shared through the platform is the CDO's judgement." })
  sharedThroughPlatform!: null;

  @Field(() => Boolean, {
    nullable: true,
    description: "No other unit's catalog resource has the same name or the same item names as one the project creates; null when it creates none.",
  })
  noDuplicateCollection!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Always null: whether standards are followed is the CDO's judgement." })
  standardsFollowed!: null;
}

@ObjectType({ description: "A data resource an IT project creates or uses." })
export class ProjectResourceUse {
  projectId!: number;
  resourceId!: number;

  @Field(() => ProjectResourceUsage, { description: "Whether the project creates or uses the resource." })
  usage!: ProjectResourceUsage;
}

export const ProjectResourceUseConnection = ConnectionType("ProjectResourceUse", ProjectResourceUse);

@InputType({ description: "Which IT projects to list. Filters combine with AND." })
export class ItProjectFilter {
  @Field(() => ID, { nullable: true, description: "Projects of this unit." })
  unitId?: string;

  @Field(() => Int, { nullable: true, description: "Projects of this year." })
  @IsOptional()
  @IsInt()
  @Min(MIN_PROJECT_YEAR)
  @Max(MAX_PROJECT_YEAR)
  year?: number;

  @Field(() => [ItProjectStatus], { nullable: true, description: "Any of these statuses." })
  @IsOptional()
  @ArrayMaxSize(6)
  statuses?: ItProjectStatus[];
}

@ArgsType()
export class ItProjectsArgs extends ConnectionArgs {
  @Field(() => ItProjectFilter, { nullable: true, description: "Which projects; all you may see when left out." })
  @IsOptional()
  @ValidateNested()
  filter?: ItProjectFilter;
}

@InputType({ description: "Which review rounds to list. Filters combine with AND." })
export class ProjectReviewFilter {
  @Field(() => ID, { nullable: true, description: "Rounds of this unit's projects." })
  unitId?: string;

  @Field(() => ID, { nullable: true, description: "Rounds of this project." })
  projectId?: string;

  @Field(() => [ProjectReviewStatus], { nullable: true, description: "Any of these statuses." })
  @IsOptional()
  @ArrayMaxSize(5)
  statuses?: ProjectReviewStatus[];
}

@ArgsType()
export class ProjectReviewsArgs extends ConnectionArgs {
  @Field(() => ProjectReviewFilter, { nullable: true, description: "Which rounds; all you may see when left out." })
  @IsOptional()
  @ValidateNested()
  filter?: ProjectReviewFilter;
}
