import { Args, Authorized, ClassType, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { AccessRole, AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { toGlobalId } from "../../common/global-id";
import { ConnectionArgs, paginateList, PageArgs } from "../../common/pagination";
import { UserAccount } from "../access";
import { Appointment, OrganisationLoaders, Person, Unit } from "../organisation";
import { CatalogFunction, DataItem, DataResource } from "../inventory";
import { AuditEntry } from "./audit-entry.entity";
import { AuditLoaders, historyOrder } from "./audit.loaders";
import * as audit from "./audit.service";
import { AuditEntriesArgs, AuditEntryConnection, FieldChange } from "./audit.types";

@AuthorizedOperations()
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(AccessRole.DISTRICT_ADMINISTRATOR, AccessRole.ANALYST)
  @Query(() => AuditEntryConnection, {
    description:
      "The audit trail, newest first, by target, actor, unit (with its subordinate units) and time range. District administrators read all of it; analysts the catalog's: not the entries of accounts and API tokens, and persons' phone and email masked.",
  })
  auditEntries(@Ctx() ctx: RequestContext, @Args() { filter, ...page }: AuditEntriesArgs) {
    return audit.findAuditEntries(ctx, filter, page);
  }

  @FieldResolver(() => ID, { description: "Global ID of the changed record." })
  targetId(@Root() entry: AuditEntry): string {
    return toGlobalId(entry.targetType, entry.targetId);
  }

  @FieldResolver(() => UserAccount, {
    nullable: true,
    description: "The acting account (district administrators only; null for others and for system changes).",
  })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext) {
    return audit.actorOf(ctx, entry);
  }

  @FieldResolver(() => Unit, { nullable: true, description: "The unit the changed record belongs to." })
  unit(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext) {
    return entry.unitId === null ? null : ctx.loaders(OrganisationLoaders).unitById.load(entry.unitId);
  }

  @FieldResolver(() => [FieldChange], { description: 'Changed fields, before and after. Personal information is masked ("***") for those who may not see it.' })
  changes(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext) {
    return audit.changesOf(ctx, entry);
  }
}

/** Adds `history` (who changed what, when) to a record type; the loader keeps it to entries on units you may read. */
function historyResolver<T extends { id: number }>(type: ClassType<T>, typeName: string) {
  @Resolver(() => type)
  class HistoryResolver {
    @FieldResolver(() => AuditEntryConnection, { description: "This record's change history from the audit trail, newest first. Empty outside your units." })
    history(@Root() record: T, @Ctx() ctx: RequestContext, @PageArgs() page: ConnectionArgs) {
      return paginateList(page, historyOrder, () => ctx.loaders(AuditLoaders).historyOf(typeName).load(record.id));
    }
  }
  return HistoryResolver;
}

export const UnitHistoryResolver = historyResolver(Unit, "Unit");
export const PersonHistoryResolver = historyResolver(Person, "Person");
export const DataItemHistoryResolver = historyResolver(DataItem, "DataItem");
export const FunctionHistoryResolver = historyResolver(CatalogFunction, "Function");
export const DataResourceHistoryResolver = historyResolver(DataResource, "DataResource");
export const AppointmentHistoryResolver = historyResolver(Appointment, "Appointment");
