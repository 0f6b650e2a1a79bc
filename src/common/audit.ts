import { AuditEntry } from "../modules/audit/audit-entry.entity";
import type { RequestContext } from "./context";

/** Fields never worth (or never safe) to copy into the trail. */
const NOT_AUDITED = new Set(["id", "createdAt", "updatedAt", "passwordHash", "secretHash", "tokenVersion", "openTerm", "path"]);

export interface AuditTarget {
  /** GraphQL type name, e.g. "Appointment". */
  type: string;
  id: number;
  /** The unit the record belongs to, and its path (for the actor's role). */
  unit: { id: number; path: string } | null;
}

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/** The fields that differ between two snapshots of a record (all of them on create or delete). */
export function diff(before: object | null, after: object | null): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (NOT_AUDITED.has(key)) continue;
    const was = plain((before as Record<string, unknown> | null)?.[key]);
    const is = plain((after as Record<string, unknown> | null)?.[key]);
    if (typeof was === "function" || typeof is === "function") continue;
    if (JSON.stringify(was) !== JSON.stringify(is)) changes[key] = { before: was, after: is };
  }
  return changes;
}

/**
 * Writes the audit entry of a change, in the mutation's own transaction: if the mutation fails,
 * neither its data nor its entry is written.
 */
export async function recordChange(tx: RequestContext, target: AuditTarget, before: object | null, after: object | null): Promise<void> {
  const account = tx.viewer.account;
  await tx.manager.insert(AuditEntry, {
    occurredAt: tx.now(),
    requestId: tx.requestId,
    actorAccountId: account && account.id > 0 ? account.id : null,
    actorUsername: account?.username ?? "anonymous",
    actorRole: tx.viewer.actingRoleOn(target.unit?.path ?? null),
    unitId: target.unit?.id ?? null,
    operation: tx.operation ?? "system",
    targetType: target.type,
    targetId: target.id,
    changes: JSON.stringify(diff(before, after)),
  });
}
