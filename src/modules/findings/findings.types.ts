import { ArrayMaxSize, IsOptional, ValidateNested } from "class-validator";
import { LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { FindingOccurrence } from "./finding-occurrence.entity";
import { FindingKind, FindingSeverity } from "./findings.enums";

const KIND_COUNT = Object.keys(FindingKind).length;

@InputType("FindingFilter", { description: "Which findings: a unit (with or without its descendants), kinds and severities; all you may see by default." })
export class FindingFilterInput {
  @Field(() => ID, { nullable: true, description: "Only findings of this unit (with includeDescendants, of the units below it too)." })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "With unitId: include the units below it." })
  includeDescendants?: boolean | null;

  @Field(() => [FindingKind], { nullable: true, description: "Only these kinds (问题类型)." })
  @IsOptional()
  @ArrayMaxSize(KIND_COUNT)
  kinds?: FindingKind[] | null;

  @Field(() => [FindingSeverity], { nullable: true, description: "Only these severities (严重程度)." })
  @IsOptional()
  @ArrayMaxSize(3)
  severities?: FindingSeverity[] | null;
}

@ArgsType()
export class FindingsArgs extends ConnectionArgs {
  @Field(() => FindingFilterInput, { nullable: true, description: "Which findings; all you may see by default." })
  @IsOptional()
  @ValidateNested()
  filter?: FindingFilterInput | null;
}

@ObjectType("Finding", {
  description:
    "问题: one current governance finding, derived live from the records behind it (it disappears as soon as its cause is fixed). Each kind's rule and severity: see FindingKind.",
})
export class FindingRecord {
  @Field({ description: "Stable key of the finding (kind and subject, e.g. RESOURCE_STALE:DataResource:12): the same cause keeps the same key." })
  key!: string;

  @Field(() => FindingKind, { description: "问题类型: the kind of finding (its rule and severity are documented on FindingKind)." })
  kind!: FindingKind;

  @Field(() => FindingSeverity, { description: "严重程度 (高/中/低), fixed per kind." })
  severity!: FindingSeverity;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "The district day its cause began (the day after a due date, the day a term ended…); null when unknown (a role never filled).",
  })
  since!: string | null;
}

@ObjectType("FindingKindCount", { description: "How many findings of one kind." })
export class FindingKindCount {
  @Field(() => FindingKind, { description: "问题类型: the kind of finding (its rule and severity are documented on FindingKind)." })
  kind!: FindingKind;

  @Field({ description: "问题类型, as a person reads it, in the request's language." })
  label!: string;

  @Field(() => Int, { description: "Findings of the kind." })
  count!: number;
}

@ObjectType("FindingSeverityCount", { description: "How many findings of one severity." })
export class FindingSeverityCount {
  @Field(() => FindingSeverity, { description: "严重程度: the severity these findings share." })
  severity!: FindingSeverity;

  @Field({ description: "严重程度 (高/中/低), in the request's language." })
  label!: string;

  @Field(() => Int, { description: "Findings of the severity." })
  count!: number;
}

@ObjectType("UnitFindingCounts", { description: "One unit's findings, in total and per kind." })
export class UnitFindingCounts {
  unitId!: number;

  @Field(() => Int, { description: "The unit's findings (its own, not its descendants')." })
  total!: number;

  @Field(() => [FindingKindCount], { description: "Per kind, the kinds it has only, in FindingKind order." })
  byKind!: FindingKindCount[];
}

@ObjectType("FindingCounts", { description: "问题统计: counts for a dashboard, per kind, per severity and per unit × kind." })
export class FindingCounts {
  @Field(() => Int, { description: "All findings matching the filter." })
  total!: number;

  @Field(() => [FindingKindCount], { description: "Per kind (the kinds present only), in FindingKind order." })
  byKind!: FindingKindCount[];

  @Field(() => [FindingSeverityCount], { description: "Per severity (present only), the most severe first." })
  bySeverity!: FindingSeverityCount[];

  @Field(() => [UnitFindingCounts], { description: "Per unit that has findings, by unit." })
  units!: UnitFindingCounts[];
}

@InputType("FindingHistoryFilter", { description: "Which occurrences of the findings ledger (问题台账)." })
export class FindingHistoryFilterInput {
  @Field(() => ID, { nullable: true, description: "Only occurrences of this unit (with includeDescendants, of the units below it too)." })
  unitId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "With unitId: include the units below it." })
  includeDescendants?: boolean | null;

  @Field(() => [FindingKind], { nullable: true, description: "Only these kinds." })
  @IsOptional()
  @ArrayMaxSize(KIND_COUNT)
  kinds?: FindingKind[] | null;

  @Field(() => Boolean, { nullable: true, description: "true: only resolved occurrences; false: only open ones; both by default." })
  resolved?: boolean | null;
}

@ArgsType()
export class FindingHistoryArgs extends ConnectionArgs {
  @Field(() => FindingHistoryFilterInput, { nullable: true, description: "Which occurrences; all you may see by default." })
  @IsOptional()
  @ValidateNested()
  filter?: FindingHistoryFilterInput | null;
}

@ArgsType()
export class FindingCountsArgs {
  @Field(() => FindingFilterInput, { nullable: true, description: "Which findings to count; all you may see by default." })
  @IsOptional()
  @ValidateNested()
  filter?: FindingFilterInput | null;
}

export const FindingConnection = ConnectionType("Finding", FindingRecord);
export const FindingOccurrenceConnection = ConnectionType("FindingOccurrence", FindingOccurrence);
