import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, Min, ValidateNested } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { DataResource } from "../inventory";
import { SharingGrantState, SharingRequestStatus } from "./sharing.enums";
import { SharingGrant } from "./sharing-grant.entity";
import { SharingRequest } from "./sharing-request.entity";
import { SharingUsageRecord } from "./sharing-usage.entity";

/** Items one request may name. */
export const MAX_REQUESTED_ITEMS = 500;
/** Usage records one API batch may carry (the CLI sends a file in one transaction, up to MAX_USAGE_FILE_RECORDS). */
export const MAX_USAGE_BATCH = 1000;
export const MAX_USAGE_FILE_RECORDS = 100_000;
export const MAX_USAGE_COUNT = 1_000_000_000;

export const SharingRequestConnection = ConnectionType("SharingRequest", SharingRequest);
export const SharingGrantConnection = ConnectionType("SharingGrant", SharingGrant);
export const SharingUsageConnection = ConnectionType("SharingUsageRecord", SharingUsageRecord);
export const UnrequestedResourceConnection = ConnectionType("UnrequestedDataResource", DataResource);

// ── Requests and decisions ───────────────────────────────────────────────────

@InputType({ description: "A consumer unit's request for a resource, or some of its items (共享申请)." })
export class RequestSharingInput {
  @Field(() => ID, { description: "The requesting (consumer) unit; you must be its CDO or data specialist." })
  consumerUnitId!: string;

  @Field(() => ID, { description: "The data resource requested." })
  resourceId!: string;

  @Field(() => [ID], { nullable: true, description: `Only these items of the resource (at most ${MAX_REQUESTED_ITEMS}); leave out for the whole resource.` })
  @IsOptional()
  @ArrayMaxSize(MAX_REQUESTED_ITEMS)
  itemIds?: string[];

  @Field({ description: "申请用途: what the data will be used for, 1–1000 characters." })
  @Length(1, 1000)
  purpose!: string;

  @Field({ description: "申请依据: the legal or policy basis, 1–1000 characters." })
  @Length(1, 1000)
  legalBasis!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of use asked for; today or later. Leave out for no end." })
  @IsOptional()
  wantedUntil?: string;
}

@InputType({ description: "The provider approves a pending request, with the conditions of use (有条件共享)." })
export class ApproveSharingRequestInput {
  @Field(() => ID, { description: "The pending request." })
  requestId!: string;

  @Field({ description: "共享条件: the conditions of use, 1–1000 characters." })
  @Length(1, 1000)
  conditions!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of use; default: what the request asked for (or no end)." })
  @IsOptional()
  expiresOn?: string;
}

@InputType({ description: "The provider rejects a pending request, with a reason." })
export class RejectSharingRequestInput {
  @Field(() => ID, { description: "The pending request." })
  requestId!: string;

  @Field({ description: "驳回理由, 1–1000 characters." })
  @Length(1, 1000)
  reason!: string;
}

@InputType({ description: "The provider revokes an active grant, with a reason." })
export class RevokeSharingGrantInput {
  @Field(() => ID, { description: "The active grant." })
  grantId!: string;

  @Field({ description: "撤销理由, 1–1000 characters." })
  @Length(1, 1000)
  reason!: string;
}

// ── Usage ────────────────────────────────────────────────────────────────────

@InputType({ description: "Calls and records exchanged under one grant on one day, as the exchange platform reports them." })
export class SharingUsageInput {
  @Field(() => ID, { description: "The grant used." })
  grantId!: string;

  @Field(() => LocalDateResolver, { description: "The day of use, within the grant's period and not in the future." })
  date!: string;

  @Field(() => Int, { description: "Calls made that day, 0 to 1,000,000,000." })
  @IsInt()
  @Min(0)
  @Max(MAX_USAGE_COUNT)
  calls!: number;

  @Field(() => Int, { description: "Records exchanged that day, 0 to 1,000,000,000." })
  @IsInt()
  @Min(0)
  @Max(MAX_USAGE_COUNT)
  records!: number;
}

@InputType({ description: `A batch of usage records, 1 to ${MAX_USAGE_BATCH}: all are written or none.` })
export class RecordSharingUsageInput {
  @Field(() => [SharingUsageInput], { description: "The records; a day already reported for a grant is replaced by the new figures." })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_USAGE_BATCH)
  @ValidateNested({ each: true })
  records!: SharingUsageInput[];
}

@ObjectType({ description: "What a usage batch wrote." })
export class RecordSharingUsagePayload {
  @Field(() => Int, { description: "Days newly recorded." })
  created!: number;

  @Field(() => Int, { description: "Days already recorded whose figures changed." })
  replaced!: number;

  @Field(() => Int, { description: "Days already recorded with the same figures (nothing written)." })
  unchanged!: number;
}

@ObjectType({ description: "A grant's usage so far." })
export class SharingUsageTotals {
  @Field(() => Int, { description: "Days with usage recorded." })
  days!: number;

  @Field(() => Float, { description: "Calls in total (a whole number; may exceed 2^31)." })
  calls!: number;

  @Field(() => Float, { description: "Records exchanged in total (a whole number; may exceed 2^31)." })
  records!: number;
}

// ── Lists ────────────────────────────────────────────────────────────────────

@InputType({ description: "Which requests to list. Filters combine with AND." })
export class SharingRequestFilter {
  @Field(() => ID, { nullable: true, description: "Requests to this provider unit." })
  providerUnitId?: string;

  @Field(() => ID, { nullable: true, description: "Requests of this consumer unit." })
  consumerUnitId?: string;

  @Field(() => ID, { nullable: true, description: "Requests for this resource." })
  resourceId?: string;

  @Field(() => [SharingRequestStatus], { nullable: true, description: "Any of these statuses." })
  @IsOptional()
  @ArrayMaxSize(3)
  statuses?: SharingRequestStatus[];
}

@ArgsType()
export class SharingRequestsArgs extends ConnectionArgs {
  @Field(() => SharingRequestFilter, { nullable: true, description: "Which requests; all you may see when left out." })
  @IsOptional()
  @ValidateNested()
  filter?: SharingRequestFilter;
}

@ArgsType()
export class OverdueSharingRequestsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only this provider unit's overdue requests." })
  providerUnitId?: string;
}

@InputType({ description: "Which grants to list. Filters combine with AND." })
export class SharingGrantFilter {
  @Field(() => ID, { nullable: true, description: "Grants of this provider unit." })
  providerUnitId?: string;

  @Field(() => ID, { nullable: true, description: "Grants to this consumer unit." })
  consumerUnitId?: string;

  @Field(() => SharingGrantState, { nullable: true, description: "Only grants in this state today." })
  state?: SharingGrantState;
}

@ArgsType()
export class SharingGrantsArgs extends ConnectionArgs {
  @Field(() => SharingGrantFilter, { nullable: true, description: "Which grants; all you may see when left out." })
  @IsOptional()
  @ValidateNested()
  filter?: SharingGrantFilter;
}

@ArgsType()
export class SharingUsageArgs extends ConnectionArgs {
  @Field(() => ID, { description: "The grant." })
  grantId!: string;

  @Field(() => LocalDateResolver, { description: "First day (inclusive)." })
  from!: string;

  @Field(() => LocalDateResolver, { description: "Last day (inclusive); at most 1,830 days after `from`." })
  to!: string;
}

@ArgsType()
export class SharingPeriodArgs extends ConnectionArgs {
  @Field(() => LocalDateResolver, { description: "First day of the period (inclusive)." })
  from!: string;

  @Field(() => LocalDateResolver, { description: "Last day of the period (inclusive); at most 1,830 days after `from`." })
  to!: string;
}

@ArgsType()
export class SharingMatrixArgs {
  @Field(() => LocalDateResolver, { description: "First day of the period (inclusive)." })
  from!: string;

  @Field(() => LocalDateResolver, { description: "Last day of the period (inclusive); at most 1,830 days after `from`." })
  to!: string;
}

@ArgsType()
export class UnrequestedResourcesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "Only this provider unit's resources." })
  providerUnitId?: string;
}

// ── Analysts' questions ──────────────────────────────────────────────────────

@ObjectType({ description: "One provider × consumer pair of the sharing matrix, for the period." })
export class SharingMatrixCell {
  providerUnitId!: number;
  consumerUnitId!: number;

  @Field(() => Int, { description: "Requests made in the period (requestedOn within it)." })
  requestCount!: number;

  @Field(() => Int, { description: "Of those, still pending." })
  pendingCount!: number;

  @Field(() => Int, { description: "Of those, rejected." })
  rejectedCount!: number;

  @Field(() => Int, { description: "Grants made in the period (grantedOn within it)." })
  grantCount!: number;

  @Field(() => Float, { description: "Calls under the pair's grants on days within the period." })
  callCount!: number;

  @Field(() => Float, { description: "Records exchanged under the pair's grants on days within the period." })
  recordCount!: number;
}

@ObjectType({ description: "Totals of the sharing matrix, over every pair." })
export class SharingMatrixTotals {
  @Field(() => Int, { description: "Requests made in the period." })
  requestCount!: number;

  @Field(() => Int, { description: "Grants made in the period." })
  grantCount!: number;

  @Field(() => Float, { description: "Calls on days within the period." })
  callCount!: number;

  @Field(() => Float, { description: "Records exchanged on days within the period." })
  recordCount!: number;
}

@ObjectType({ description: "共享矩阵: who shares what with whom in a period (provider × consumer)." })
export class SharingMatrix {
  @Field(() => LocalDateResolver, { description: "First day of the period." })
  from!: string;

  @Field(() => LocalDateResolver, { description: "Last day of the period." })
  to!: string;

  /** Every cell, loaded once (three grouped statements) for totals and pages alike. */
  loadCells!: () => Promise<SharingMatrixCell[]>;
}

export const SharingMatrixCellConnection = ConnectionType("SharingMatrixCell", SharingMatrixCell);

@ObjectType({ description: "答复时效: how fast one provider decides on requests, in working days." })
export class ProviderTurnaround {
  providerUnitId!: number;

  @Field(() => Int, { description: "Requests the provider decided (approved or rejected) in the period; those granted at once are not decisions." })
  decidedCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Median decision time in working days (mean of the two middle values for an even count); null with no decision.",
  })
  medianWorkingDays!: number | null;

  @Field(() => Int, { nullable: true, description: "90th percentile of decision time in working days, by nearest rank; null with no decision." })
  p90WorkingDays!: number | null;

  @Field(() => Int, { description: "Decisions in the period made after their due day." })
  decidedLateCount!: number;

  @Field(() => Int, { description: "Requests pending today." })
  pendingCount!: number;

  @Field(() => Int, { description: "Requests pending today past their due day (overdue now)." })
  overdueCount!: number;
}

export const ProviderTurnaroundConnection = ConnectionType("ProviderTurnaround", ProviderTurnaround);

@ObjectType({ description: "A resource's use through sharing in a period." })
export class SharedResourceUsage {
  resourceId!: number;

  @Field(() => Float, { description: "Calls on days within the period." })
  callCount!: number;

  @Field(() => Float, { description: "Records exchanged on days within the period." })
  recordCount!: number;

  @Field(() => Int, { description: "Consumer units that used it in the period." })
  consumerCount!: number;
}

export const SharedResourceUsageConnection = ConnectionType("SharedResourceUsage", SharedResourceUsage);
