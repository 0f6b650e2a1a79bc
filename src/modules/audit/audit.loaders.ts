import DataLoader from "dataloader";
import { In } from "typeorm";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import type { Ordering } from "../../common/pagination";
import { requireDistrictAdministrator, unitScopeCondition } from "../../common/auth";
import { Unit } from "../organisation";
import { AuditEntry } from "./audit-entry.entity";
import { AuditMessages } from "./audit.messages";

/** A record's history, newest first (the order of historyOf), for its keyset cursors. */
export const historyOrder: Ordering = {
  list: "AuditEntry.history",
  keys: [
    { column: "occurredAt", property: "occurredAt", descending: true },
    { column: "id", property: "id", descending: true },
  ],
};

export class AuditLoaders {
  private readonly histories = new Map<string, DataLoader<number, AuditEntry[]>>();

  constructor(private readonly ctx: RequestContext) {}

  readonly entryById = new DataLoader<number, AuditEntry | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(AuditEntry, { id: In([...ids]) }), (entry) => entry.id),
  );

  /**
   * A record's history, newest first: one query per record type per request. Only entries on units
   * the viewer may read (and those on no unit): a record outside your units has an empty history.
   */
  historyOf(targetType: string): DataLoader<number, AuditEntry[]> {
    let loader = this.histories.get(targetType);
    if (!loader) {
      loader = new DataLoader<number, AuditEntry[]>(async (targetIds) => {
        const query = this.ctx.manager
          .createQueryBuilder(AuditEntry, "e")
          .leftJoin(Unit, "scopeUnit", "scopeUnit.id = e.unitId")
          .where("e.targetType = :targetType AND e.targetId IN (:...targetIds)", { targetType, targetIds })
          .orderBy("e.occurredAt", "DESC")
          .addOrderBy("e.id", "DESC");
        const scope = unitScopeCondition(this.ctx.viewer, "scopeUnit.path");
        if (scope) query.andWhere(`(e.unitId IS NULL OR ${scope.where})`, scope.params);
        return groupedByKey(targetIds, await query.getMany(), (entry) => entry.targetId);
      });
      this.histories.set(targetType, loader);
    }
    return loader;
  }
}

/** The module's records as `node(id)` finds them (registered by the schema, src/schema.ts). */
export const auditNodeTypes = [
  nodeType(AuditEntry, "AuditEntry", (ctx, ids) => {
    requireDistrictAdministrator(ctx, AuditMessages.readTrail);
    return ctx.loaders(AuditLoaders).entryById.loadMany(ids) as Promise<(AuditEntry | null)[]>;
  }),
];
