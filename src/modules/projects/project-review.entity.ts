import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Unit } from "../organisation";
import { fenColumn, ItProject } from "./it-project.entity";
import { ProjectReviewStatus } from "./projects.enums";
import { YuanScalar } from "./yuan.scalar";

/** 审核轮次: one submission of an IT project and the reviewing CDO's verdict on it. Every round is kept. */
@Entity("project_reviews")
@Index(["projectId", "round"], { unique: true })
@Index(["unitId", "status"])
@Index(["status", "submittedOn"])
@ObjectType("ProjectReview", {
  implements: Node,
  description: "审核轮次: one submission of an IT project and the reviewing CDO's verdict with its compliance checklist. Every round is kept.",
})
export class ProjectReview {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  projectId!: number;

  @ManyToOne(() => ItProject, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "project_id" })
  project?: ItProject;

  @Field(() => Int, { description: "The round's number: 1 for the first submission, one more for each resubmission." })
  @Column({ type: "integer" })
  round!: number;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  @Field(() => ProjectReviewStatus, { description: "Where the round stands; APPROVED, VETOED and WITHDRAWN are final." })
  @Column({ type: "varchar", length: 16 })
  status!: ProjectReviewStatus;

  @Field(() => YuanScalar, { name: "budget", description: "The budget submitted in this round, in yuan (exact decimal string, kept as integer fen)." })
  @Column({ type: "bigint", transformer: fenColumn })
  budgetFen!: number;

  @Field({ description: "Whether this round was an independent application (独立申报)." })
  @Column({ type: "boolean" })
  independentApplication!: boolean;

  @Field(() => DateTimeResolver, { description: "When the round was submitted." })
  @Column({ type: "datetime" })
  submittedAt!: Date;

  @Field(() => LocalDateResolver, { description: "申报日: the submission date (district time), on which the 500,000-yuan CDO rule was judged." })
  @Column({ type: "date" })
  submittedOn!: string;

  @Field({ description: "Whether the unit had an active CDO on the submission date." })
  @Column({ type: "boolean" })
  cdoActiveOnSubmission!: boolean;

  @Column({ type: "boolean", nullable: true })
  prefillRegisteredInInventory!: boolean | null;

  @Column({ type: "boolean", nullable: true })
  prefillNoDuplicateCollection!: boolean | null;

  /** JSON lists of resource row IDs found at submission: linked resources not in the catalog, other units' resources that look the same. */
  @Column({ type: "text" })
  unregisteredResourceIds!: string;

  @Column({ type: "text" })
  duplicateResourceIds!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the reviewing CDO started the review." })
  @Column({ type: "datetime", nullable: true })
  reviewStartedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the verdict was recorded." })
  @Column({ type: "datetime", nullable: true })
  decidedAt!: Date | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day of the verdict (district time)." })
  @Column({ type: "date", nullable: true })
  decidedOn!: string | null;

  @Column({ type: "integer", nullable: true })
  reviewerPersonId!: number | null;

  @Column({ type: "integer", nullable: true })
  submittedByAccountId!: number | null;

  @Column({ type: "integer", nullable: true })
  decidedByAccountId!: number | null;

  @Column({ type: "boolean", nullable: true })
  registeredInInventory!: boolean | null;

  @Column({ type: "boolean", nullable: true })
  sharedThroughPlatform!: boolean | null;

  @Column({ type: "boolean", nullable: true })
  noDuplicateCollection!: boolean | null;

  @Column({ type: "boolean", nullable: true })
  standardsFollowed!: boolean | null;

  @Field(() => String, { nullable: true, description: "审核意见: the reviewing CDO's reasons for the verdict." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  reasons!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the unit withdrew the round (before a decision)." })
  @Column({ type: "datetime", nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => DateTimeResolver, { description: "When the record was created." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the record last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
