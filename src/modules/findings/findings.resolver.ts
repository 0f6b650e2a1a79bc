import { Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { toGlobalId } from "../../common/global-id";
import { AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { Node } from "../../common/node";
import { OrganisationLoaders, Person, Unit } from "../organisation";
import { FindingOccurrence } from "./finding-occurrence.entity";
import * as ledger from "./finding-ledger.service";
import { FindingLoaders } from "./findings.loaders";
import { FindingKindLabels, FindingSeverityLabels } from "./findings.messages";
import type { Finding } from "./findings.policy";
import * as findings from "./findings.service";
import {
  FindingConnection,
  FindingCounts,
  FindingCountsArgs,
  FindingHistoryArgs,
  FindingOccurrenceConnection,
  FindingRecord,
  FindingsArgs,
  UnitFindingCounts,
} from "./findings.types";

/** 问题清单 (DOMAIN §6): the governance to-do list, its counts and its ledger; every signed-in role, within its units. */
@AuthorizedOperations()
@Resolver()
export class FindingsResolver {
  @Query(() => FindingConnection, {
    description:
      "问题清单: the current findings, derived live (a finding disappears as soon as its cause is fixed), within your units (all for district readers and analysts); the most severe first, then the oldest cause.",
  })
  findings(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: FindingsArgs) {
    return findings.findFindings(ctx, filter ?? undefined, page);
  }

  @Query(() => FindingCounts, {
    description:
      "问题统计: the current findings counted per kind, per severity and per unit × kind, for a dashboard; a fixed number of SQL statements however many units.",
  })
  findingCounts(@Ctx() ctx: RequestContext, @Args() { filter }: FindingCountsArgs) {
    return findings.countFindings(ctx, filter ?? undefined);
  }

  @Query(() => FindingOccurrenceConnection, {
    description: "问题台账: each occurrence of a finding, from first seen to resolved (kept by the daily sweep), within your units; the latest first.",
  })
  findingHistory(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: FindingHistoryArgs) {
    return ledger.findFindingHistory(ctx, filter ?? undefined, page);
  }
}

@Resolver(() => FindingRecord)
export class FindingResolver {
  @FieldResolver(() => String, { description: "问题类型, as a person reads it, in the request's language." })
  kindLabel(@Root() finding: Finding, @Ctx() ctx: RequestContext): string {
    return ctx.localise(FindingKindLabels[finding.kind]);
  }

  @FieldResolver(() => String, { description: "严重程度 (高/中/低), in the request's language." })
  severityLabel(@Root() finding: Finding, @Ctx() ctx: RequestContext): string {
    return ctx.localise(FindingSeverityLabels[finding.severity]);
  }

  @FieldResolver(() => String, { description: "Why it is a finding, in the request's language (Chinese by default)." })
  message(@Root() finding: Finding, @Ctx() ctx: RequestContext): string {
    return ctx.localise(finding.message);
  }

  @FieldResolver(() => Unit, { description: "The unit the finding is about (or whose record it is)." })
  unit(@Root() finding: Finding, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(finding.unitId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      "负责人: the unit's CDO or data specialist in office, per kind (the other role when that one is vacant, else the parent unit's); null when none.",
  })
  responsiblePerson(@Root() finding: Finding, @Ctx() ctx: RequestContext) {
    return finding.responsiblePersonId === null ? null : ctx.loaders(OrganisationLoaders).personById.load(finding.responsiblePersonId);
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description:
      "The record it is about (unit, appointment, data resource, quality issue, sharing request, open dataset, action item, annual report), as node(id) returns it; null where you may not read it.",
  })
  subject(@Root() finding: Finding, @Ctx() ctx: RequestContext) {
    return ctx.loaders(FindingLoaders).subject.load(`${finding.subjectType}:${finding.subjectId}`);
  }
}

@Resolver(() => FindingOccurrence)
export class FindingOccurrenceResolver {
  @FieldResolver(() => String, { description: "问题类型, in the request's language." })
  kindLabel(@Root() occurrence: FindingOccurrence, @Ctx() ctx: RequestContext): string {
    return ctx.localise(FindingKindLabels[occurrence.kind]);
  }

  @FieldResolver(() => Unit, { description: "The unit the finding was about." })
  unit(@Root() occurrence: FindingOccurrence, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(occurrence.unitId);
  }

  @FieldResolver(() => ID, {
    description: "The global ID of the record it was about: pass it to node(id), which applies that record's read rule (a plain ID keeps a ledger page flat).",
  })
  subjectId(@Root() occurrence: FindingOccurrence): string {
    const [type, rowId] = occurrence.subjectRef.split(":");
    return toGlobalId(type, Number(rowId));
  }
}

@Resolver(() => UnitFindingCounts)
export class UnitFindingCountsResolver {
  @FieldResolver(() => Unit, { description: "The unit." })
  unit(@Root() counts: UnitFindingCounts, @Ctx() ctx: RequestContext) {
    return ctx.loaders(OrganisationLoaders).unitById.load(counts.unitId);
  }
}
