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

/** MariaDB's TEXT column holds 65,535 bytes (SQLite's any length): every entry fits it on both. */
const MAX_CHANGES_BYTES = 65_535;
/** Entries kept of a long list (item codes, function ids) when an entry would not fit. */
const LISTED_WHEN_LONG = 20;

/** The changes as stored; should they not fit the column, long lists keep their length and first entries. */
function changesText(changes: FieldChanges): string {
  const text = JSON.stringify(changes);
  if (Buffer.byteLength(text) <= MAX_CHANGES_BYTES) return text;
  const summarise = (value: unknown) =>
    Array.isArray(value) && value.length > LISTED_WHEN_LONG ? { count: value.length, first: value.slice(0, LISTED_WHEN_LONG) } : value;
  const summarised: FieldChanges = {};
  for (const [field, { before, after }] of Object.entries(changes)) summarised[field] = { before: summarise(before), after: summarise(after) };
  return JSON.stringify(summarised);
}

/**
 * An audit entry's values, as both recordChange and the import's multi-row insert write them. The
 * audit module's AuditEntry entity (table AUDIT_TABLE) implements this shape: the trail
 * is written from here without common importing any module.
 */
export interface AuditEntryValues {
  occurredAt: Date;
  requestId: string;
  actorAccountId: number | null;
  actorUsername: string;
  actorRole: string | null;
  unitId: number | null;
  operation: string;
  targetType: string;
  targetId: number;
  /** JSON: { field: { before, after } }. */
  changes: string;
}

/** AuditEntryValues' properties, in the order multi-row INSERTs write them. */
export const AUDIT_ENTRY_PROPERTIES = [
  "occurredAt",
  "requestId",
  "actorAccountId",
  "actorUsername",
  "actorRole",
  "unitId",
  "operation",
  "targetType",
  "targetId",
  "changes",
] as const satisfies readonly (keyof AuditEntryValues)[];

/** The table that stores AuditEntryValues (the audit module's AuditEntry entity maps it; TypeORM finds the entity by its table). */
export const AUDIT_TABLE = "audit_entries";

/**
 * The audit entry of a change: who, when, under which role, on what, and each changed field's
 * before and after. Null for an update that changes nothing: the trail records changes, never nothing.
 */
export function auditEntryOf(tx: RequestContext, target: AuditTarget, before: object | null, after: object | null): AuditEntryValues | null {
  const changes = diff(before, after);
  if (before && after && Object.keys(changes).length === 0) return null;
  const account = tx.viewer.account;
  return {
    occurredAt: tx.now(),
    requestId: tx.requestId,
    actorAccountId: account && account.id > 0 ? account.id : null,
    actorUsername: account?.username ?? "anonymous",
    actorRole: tx.viewer.actingRoleOn(target.unit?.path ?? null),
    unitId: target.unit?.id ?? null,
    operation: tx.operation ?? "system",
    targetType: target.type,
    targetId: target.id,
    changes: changesText(changes),
  };
}

/**
 * Writes the audit entry of a change, in the mutation's own transaction: if the mutation fails,
 * neither its data nor its entry is written. An update that changes nothing writes no entry.
 */
export async function recordChange(tx: RequestContext, target: AuditTarget, before: object | null, after: object | null): Promise<void> {
  const entry = auditEntryOf(tx, target, before, after);
  if (entry) await tx.manager.insert(AUDIT_TABLE, entry);
}

/** Entries per INSERT when several are written at once. */
const ENTRIES_PER_INSERT = 200;

/** Several changes of one mutation (a resource's items): a few multi-row INSERTs instead of one per entry. */
export async function recordChanges(
  tx: RequestContext,
  changes: readonly (readonly [target: AuditTarget, before: object | null, after: object | null])[],
): Promise<void> {
  const entries = changes
    .map(([target, before, after]) => auditEntryOf(tx, target, before, after))
    .filter((entry): entry is AuditEntryValues => entry !== null);
  for (let i = 0; i < entries.length; i += ENTRIES_PER_INSERT) await tx.manager.insert(AUDIT_TABLE, entries.slice(i, i + ENTRIES_PER_INSERT));
}
