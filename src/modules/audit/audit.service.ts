import { setImmediate } from "node:timers/promises";
import type { FieldChanges } from "../../common/audit";
import { requireDistrictAdministrator, requireDistrictReader } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { csvCell } from "../../common/csv";
import { badUserInput, notFound } from "../../common/errors";
import { parseGlobalId, rowIdOf, toGlobalId } from "../../common/global-id";
import { Connection, ConnectionArgs, paginateQuery } from "../../common/pagination";
import { AccessLoaders, type UserAccount } from "../access";
import { OrganisationLoaders, Unit } from "../organisation";
import { AuditEntry } from "./audit-entry.entity";
import { changesInApiTerms } from "./audit-fields";
import { hiddenAuditTargetTypes } from "./audit.policy";
import type { AuditFilter, FieldChange } from "./audit.types";
import { RecordNames } from "../../common/messages";
import { AuditMessages } from "./audit.messages";

/** Personal information inside changes: shown only to those who may see the person's contact details. */
const CONTACT_FIELDS: Record<string, string[]> = { Person: ["phone", "email"] };
const MASK = "***";

function auditQuery(ctx: RequestContext) {
  return ctx.manager.createQueryBuilder(AuditEntry, "entry").orderBy("entry.occurredAt", "DESC").addOrderBy("entry.id", "DESC");
}

async function filtered(ctx: RequestContext, filter: AuditFilter = {}) {
  const query = auditQuery(ctx);
  if (filter.targetId) {
    const { type, rowId } = parseGlobalId(filter.targetId, "filter.targetId");
    query.andWhere("entry.targetType = :type AND entry.targetId = :rowId", { type, rowId });
  }
  if (filter.actorId) query.andWhere("entry.actorAccountId = :actor", { actor: rowIdOf("UserAccount", filter.actorId, "filter.actorId") });
  if (filter.unitId) {
    const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", filter.unitId, "filter.unitId") });
    if (!unit) throw notFound(RecordNames.Unit, "filter.unitId");
    query.innerJoin(Unit, "unit", "unit.id = entry.unitId").andWhere("unit.path LIKE :under", { under: `${unit.path}%` });
  }
  if (filter.from && filter.to && filter.from >= filter.to) throw badUserInput("filter.to", AuditMessages.toBeforeFrom);
  if (filter.from) query.andWhere("entry.occurredAt >= :from", { from: filter.from });
  if (filter.to) query.andWhere("entry.occurredAt < :to", { to: filter.to });
  if (filter.operation) query.andWhere("entry.operation = :operation", { operation: filter.operation });
  if (filter.lastDays) query.andWhere("entry.occurredAt >= :since", { since: new Date(ctx.now().getTime() - filter.lastDays * 86_400_000) });
  return query;
}

/** The account that made a change: district administrators only (null for others and for system changes). */
export async function actorOf(ctx: RequestContext, entry: AuditEntry): Promise<UserAccount | null> {
  if (entry.actorAccountId === null || !ctx.viewer.districtAdministrator) return null;
  return ctx.loaders(AccessLoaders).accountById.load(entry.actorAccountId);
}

/** The trail, newest first: district administrators all of it, analysts the catalog's (audit.policy.ts). */
export async function findAuditEntries(ctx: RequestContext, filter: AuditFilter | undefined, page: ConnectionArgs): Promise<Connection<AuditEntry>> {
  requireDistrictReader(ctx, AuditMessages.readTrail);
  const hidden = hiddenAuditTargetTypes(ctx.viewer) ?? [];
  const query = await filtered(ctx, filter);
  if (hidden.length) query.andWhere("entry.targetType NOT IN (:...hiddenTypes)", { hiddenTypes: hidden });
  return paginateQuery(query, page);
}

/** The changed fields of an entry in API terms (field names, global IDs), with personal information masked for those who may not see it. */
export async function changesOf(ctx: RequestContext, entry: AuditEntry): Promise<FieldChange[]> {
  const changes = changesInApiTerms(entry.targetType, JSON.parse(entry.changes) as FieldChanges);
  const personal = CONTACT_FIELDS[entry.targetType] ?? [];
  let maySee = true;
  if (personal.length) {
    const loaders = ctx.loaders(OrganisationLoaders);
    const person = await loaders.personById.load(entry.targetId);
    const unit = person ? await loaders.unitById.load(person.unitId) : null;
    maySee = unit !== null && ctx.viewer.canSeeContactOf(entry.targetId, unit.path);
  }
  const shown = (field: string, value: unknown) => (personal.includes(field) && !maySee && value !== null ? MASK : value);
  return Object.entries(changes).map(([field, { before, after }]) => ({ field, before: shown(field, before), after: shown(field, after) }));
}

const CSV_COLUMNS = ["occurredAt", "requestId", "actor", "actorRole", "unitCode", "operation", "targetType", "targetId", "changes"];

function auditCsvCell(value: unknown): string {
  return csvCell(value == null ? "" : String(value));
}

/** Entries read per statement of an export. */
const EXPORT_PAGE = 1000;

/**
 * Streams a range of the trail as CSV (UTF-8 with BOM, so spreadsheets show Chinese), newest
 * first, in keyset pages of 1,000 rows: memory stays flat whatever the range, and other requests
 * (and a shutdown, through `signal`) get their turn between pages.
 */
export async function exportAuditCsv(
  ctx: RequestContext,
  filter: AuditFilter,
  signal: AbortSignal | undefined,
  write: (chunk: string) => Promise<void> | void,
): Promise<number> {
  requireDistrictAdministrator(ctx, AuditMessages.exportTrail);
  const query = await filtered(ctx, filter);
  await write("\uFEFF" + CSV_COLUMNS.join(",") + "\r\n");
  let written = 0;
  let last: AuditEntry | undefined;
  for (;;) {
    const page = query.clone().limit(EXPORT_PAGE);
    if (last)
      page.andWhere("(entry.occurredAt < :lastAt OR (entry.occurredAt = :lastAt AND entry.id < :lastId))", { lastAt: last.occurredAt, lastId: last.id });
    const entries = await page.getMany();
    if (entries.length === 0) break;
    last = entries[entries.length - 1];
    const unitIds = [...new Set(entries.map((e) => e.unitId).filter((id): id is number => id !== null))];
    const units = await ctx.loaders(OrganisationLoaders).unitById.loadMany(unitIds);
    const codes = new Map(units.filter((u): u is Unit => u instanceof Unit).map((u) => [u.id, u.code]));
    const lines = entries.map((e) =>
      [
        e.occurredAt.toISOString(),
        e.requestId,
        e.actorUsername,
        e.actorRole,
        e.unitId ? codes.get(e.unitId) : "",
        e.operation,
        e.targetType,
        toGlobalId(e.targetType, e.targetId),
        JSON.stringify(changesInApiTerms(e.targetType, JSON.parse(e.changes) as FieldChanges)),
      ]
        .map(auditCsvCell)
        .join(","),
    );
    await write(lines.join("\r\n") + "\r\n");
    written += entries.length;
    if (entries.length < EXPORT_PAGE) break;
    await setImmediate();
    signal?.throwIfAborted();
  }
  return written;
}
