import { In } from "typeorm";
import { recordChange, recordChanges } from "../../common/audit";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import type { Localised } from "../../common/i18n";
import { withTransaction } from "../../common/transaction";
import { CalendarLoaders, workingDaysBetween } from "../calendar";
import { DataItem, DataResource, ResourceStatus } from "../inventory";
import { Unit } from "../organisation";
import { SharingGrantState, SharingRequestStatus } from "./sharing.enums";
import { SharingError, SharingErrorCode } from "./sharing.errors";
import { SharingGrant } from "./sharing-grant.entity";
import { SharingRequestItem } from "./sharing-request-item.entity";
import { SharingRequest } from "./sharing-request.entity";
import { SharingUsageRecord } from "./sharing-usage.entity";
import { maySeeSharing } from "./sharing.loaders";
import { sharingFieldNames, sharingMessages } from "./sharing.messages";
import {
  DEFAULT_DECISION_WORKING_DAYS,
  decisionDueOn,
  grantState,
  isViolation,
  mayDecideFor,
  mayRequestFor,
  requestOutcome,
  type RuleViolation,
  usageRefusal,
} from "./sharing.policy";
import {
  ApproveSharingRequestInput,
  MAX_REQUESTED_ITEMS,
  MAX_USAGE_BATCH,
  MAX_USAGE_COUNT,
  RecordSharingUsagePayload,
  RejectSharingRequestInput,
  RequestSharingInput,
  RevokeSharingGrantInput,
} from "./sharing.types";

const TEXT_MAX = 1000;

function invalid(field: string, message: Localised, details: Record<string, unknown> = {}): CatalogError {
  return new CatalogError(CommonErrorCode.BAD_USER_INPUT, message, { field, ...details });
}

function notFound(field: string, message: Localised): CatalogError {
  return new CatalogError(CommonErrorCode.NOT_FOUND, message, { field });
}

function violated(v: RuleViolation): SharingError {
  return new SharingError(v.code, v.message, { field: v.field, ...v.details });
}

/** A required text, trimmed and bounded. */
function requiredText(value: string | undefined, field: string, name: Localised): string {
  const trimmed = value?.trim() ?? "";
  if (!trimmed) throw invalid(field, sharingMessages.required(name));
  if (trimmed.length > TEXT_MAX) throw invalid(field, sharingMessages.tooLong(name, TEXT_MAX));
  return trimmed;
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function decisionLimit(ctx: RequestContext): number {
  return ctx.settings.sharingDecisionWorkingDays ?? DEFAULT_DECISION_WORKING_DAYS;
}

async function unitById(tx: RequestContext, id: string, field: string): Promise<Unit> {
  const unit = await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", id, field) });
  if (!unit) throw notFound(field, sharingMessages.unitNotFound);
  return unit;
}

const requestAudit = (r: SharingRequest, itemIds: number[] | null = null) => ({
  resourceId: r.resourceId,
  providerUnitId: r.providerUnitId,
  consumerUnitId: r.consumerUnitId,
  wholeResource: r.wholeResource,
  ...(itemIds ? { itemIds } : {}),
  purpose: r.purpose,
  legalBasis: r.legalBasis,
  wantedUntil: r.wantedUntil,
  effectiveSharingType: r.effectiveSharingType,
  status: r.status,
  requestedOn: r.requestedOn,
  decisionDueOn: r.decisionDueOn,
  decidedOn: r.decidedOn,
  decisionWorkingDays: r.decisionWorkingDays,
  grantedAtOnce: r.grantedAtOnce,
  conditions: r.conditions,
  rejectionReason: r.rejectionReason,
});

const grantAudit = (g: SharingGrant) => ({
  requestId: g.requestId,
  resourceId: g.resourceId,
  providerUnitId: g.providerUnitId,
  consumerUnitId: g.consumerUnitId,
  grantedOn: g.grantedOn,
  expiresOn: g.expiresOn,
  conditions: g.conditions,
  revokedOn: g.revokedOn,
  revocationReason: g.revocationReason,
});

async function insertGrant(
  tx: RequestContext,
  request: SharingRequest,
  provider: Unit,
  expiresOn: string | null,
  conditions: string | null,
): Promise<SharingGrant> {
  const now = tx.now();
  const grant = tx.manager.create(SharingGrant, {
    requestId: request.id,
    resourceId: request.resourceId,
    providerUnitId: request.providerUnitId,
    consumerUnitId: request.consumerUnitId,
    grantedAt: now,
    grantedOn: tx.today(),
    expiresOn,
    conditions,
    revokedAt: null,
    revokedOn: null,
    revocationReason: null,
    createdAt: now,
    updatedAt: now,
  });
  await tx.manager.insert(SharingGrant, grant);
  await recordChange(tx, { type: "SharingGrant", id: grant.id, unit: provider }, null, grantAudit(grant));
  return grant;
}

/** The items a request names, or every item of the resource for a whole-resource request. */
async function itemsOf(tx: RequestContext, resource: DataResource, itemRowIds: number[] | null): Promise<DataItem[]> {
  if (itemRowIds === null)
    return tx.manager.find(DataItem, { where: { resourceId: resource.id }, select: { id: true, code: true, name: true, sharingType: true } });
  if (itemRowIds.length === 0) return [];
  return tx.manager.find(DataItem, { where: { id: In(itemRowIds), resourceId: resource.id }, select: { id: true, code: true, name: true, sharingType: true } });
}

// ── Requesting ───────────────────────────────────────────────────────────────

/**
 * A consumer unit's request: unconditionally shared resources are granted at once, conditional
 * ones wait for the provider (due in the configured working days), not-shared ones are refused
 * now with their basis. Only the consumer's CDO or data specialist requests.
 */
export async function requestSharing(ctx: RequestContext, input: RequestSharingInput): Promise<SharingRequest> {
  requireSignedIn(ctx);
  const purpose = requiredText(input.purpose, "purpose", sharingFieldNames.purpose);
  const legalBasis = requiredText(input.legalBasis, "legalBasis", sharingFieldNames.legalBasis);
  if ((input.itemIds?.length ?? 0) > MAX_REQUESTED_ITEMS) throw invalid("itemIds", sharingMessages.tooManyItems(MAX_REQUESTED_ITEMS));
  const itemRowIds = input.itemIds?.length ? [...new Set(input.itemIds.map((id) => rowIdOf("DataItem", id, "itemIds")))] : null;
  const resourceRowId = rowIdOf("DataResource", input.resourceId, "resourceId");
  if (input.wantedUntil != null && !isDate(input.wantedUntil)) throw invalid("wantedUntil", sharingMessages.dateInvalid("wantedUntil"));

  return withTransaction(ctx, async (tx) => {
    const consumer = await unitById(tx, input.consumerUnitId, "consumerUnitId");
    if (!mayRequestFor(tx.viewer, consumer))
      throw new CatalogError(CommonErrorCode.FORBIDDEN, sharingMessages.onlyConsumer(consumer.name), { field: "consumerUnitId" });
    const resource = await tx.manager.findOneBy(DataResource, { id: resourceRowId });
    const provider = resource ? await tx.manager.findOneBy(Unit, { id: resource.providerUnitId }) : null;
    // A draft outside the caller's units answers as a missing resource (no existence oracle).
    if (!resource || !provider || (resource.status === ResourceStatus.DRAFT && !tx.viewer.canRead(provider.path)))
      throw notFound("resourceId", sharingMessages.resourceNotFound);
    if (provider.id === consumer.id) throw new SharingError(SharingErrorCode.OWN_RESOURCE, sharingMessages.ownResource, { field: "consumerUnitId" });

    const items = await itemsOf(tx, resource, itemRowIds);
    if (itemRowIds && items.length !== itemRowIds.length) throw notFound("itemIds", sharingMessages.itemNotOfResource);
    const outcome = requestOutcome(resource, items);
    if (isViolation(outcome)) throw violated(outcome);

    if (await tx.manager.existsBy(SharingRequest, { resourceId: resource.id, consumerUnitId: consumer.id, status: SharingRequestStatus.PENDING }))
      throw new SharingError(SharingErrorCode.REQUEST_ALREADY_PENDING, sharingMessages.alreadyPending, { field: "resourceId" });
    const today = tx.today();
    if (input.wantedUntil != null && input.wantedUntil < today) throw invalid("wantedUntil", sharingMessages.wantedUntilPast);

    const now = tx.now();
    const atOnce = outcome.outcome === "GRANT_AT_ONCE";
    const calendar = atOnce ? null : await tx.loaders(CalendarLoaders).calendar();
    const request = tx.manager.create(SharingRequest, {
      resourceId: resource.id,
      providerUnitId: provider.id,
      consumerUnitId: consumer.id,
      wholeResource: itemRowIds === null,
      purpose,
      legalBasis,
      wantedUntil: input.wantedUntil ?? null,
      effectiveSharingType: outcome.type,
      status: atOnce ? SharingRequestStatus.GRANTED : SharingRequestStatus.PENDING,
      requestedAt: now,
      requestedOn: today,
      decisionDueOn: calendar ? decisionDueOn(today, decisionLimit(tx), calendar) : null,
      decidedAt: atOnce ? now : null,
      decidedOn: atOnce ? today : null,
      decisionWorkingDays: atOnce ? 0 : null,
      grantedAtOnce: atOnce,
      conditions: null,
      rejectionReason: null,
      pendingKey: atOnce ? null : `${resource.id}:${consumer.id}`,
      requestedByAccountId: accountIdOf(tx),
      decidedByAccountId: null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(SharingRequest, request);
    if (itemRowIds)
      await tx.manager.insert(
        SharingRequestItem,
        itemRowIds.map((itemId) => ({ requestId: request.id, itemId })),
      );
    await recordChange(tx, { type: "SharingRequest", id: request.id, unit: consumer }, null, requestAudit(request, itemRowIds));
    if (atOnce) await insertGrant(tx, request, provider, request.wantedUntil, null);
    return request;
  });
}

function accountIdOf(tx: RequestContext): number | null {
  const id = tx.viewer.account?.id;
  return id && id > 0 ? id : null;
}

// ── Deciding ─────────────────────────────────────────────────────────────────

/** A pending request the viewer may decide on: NOT_FOUND if they may not even see it, FORBIDDEN if they may see but not decide. */
async function decidableRequest(tx: RequestContext, requestId: string): Promise<{ request: SharingRequest; provider: Unit }> {
  const request = await tx.manager.findOneBy(SharingRequest, { id: rowIdOf("SharingRequest", requestId, "requestId") });
  if (!request || !(await maySeeSharing(tx, request))) throw notFound("requestId", sharingMessages.requestNotFound);
  const provider = (await tx.manager.findOneBy(Unit, { id: request.providerUnitId }))!;
  if (!mayDecideFor(tx.viewer, provider))
    throw new CatalogError(CommonErrorCode.FORBIDDEN, sharingMessages.onlyProvider(provider.name), { field: "requestId" });
  if (request.status !== SharingRequestStatus.PENDING)
    throw new SharingError(SharingErrorCode.REQUEST_ALREADY_DECIDED, sharingMessages.alreadyDecided, { field: "requestId" });
  return { request, provider };
}

/** Writes a decision only if the request is still pending (a concurrent decision wins; this one is refused). */
async function saveDecision(tx: RequestContext, request: SharingRequest, before: object, consumerOrProvider: Unit): Promise<void> {
  const { id, ...fields } = request;
  const result = await tx.manager.update(SharingRequest, { id, status: SharingRequestStatus.PENDING }, fields);
  if (result.affected === 0) throw new SharingError(SharingErrorCode.REQUEST_ALREADY_DECIDED, sharingMessages.alreadyDecided, { field: "requestId" });
  await recordChange(tx, { type: "SharingRequest", id, unit: consumerOrProvider }, before, requestAudit(request));
}

async function decide(tx: RequestContext, request: SharingRequest, status: SharingRequestStatus): Promise<void> {
  const calendar = await tx.loaders(CalendarLoaders).calendar();
  const today = tx.today();
  request.status = status;
  request.decidedAt = tx.now();
  request.decidedOn = today;
  request.decisionWorkingDays = workingDaysBetween(request.requestedOn, today, calendar);
  request.decidedByAccountId = accountIdOf(tx);
  request.pendingKey = null;
  request.updatedAt = tx.now();
}

/** The provider approves with the conditions recorded; the rules are checked again (the resource may have changed since). */
export async function approveSharingRequest(ctx: RequestContext, input: ApproveSharingRequestInput): Promise<SharingRequest> {
  requireSignedIn(ctx);
  const conditions = requiredText(input.conditions, "conditions", sharingFieldNames.conditions);
  if (input.expiresOn != null && !isDate(input.expiresOn)) throw invalid("expiresOn", sharingMessages.dateInvalid("expiresOn"));
  return withTransaction(ctx, async (tx) => {
    const { request, provider } = await decidableRequest(tx, input.requestId);
    const resource = (await tx.manager.findOneBy(DataResource, { id: request.resourceId }))!;
    const named = request.wholeResource ? null : (await tx.manager.findBy(SharingRequestItem, { requestId: request.id })).map((ri) => ri.itemId);
    const outcome = requestOutcome(resource, await itemsOf(tx, resource, named));
    if (isViolation(outcome)) throw violated(outcome);
    const expiresOn = input.expiresOn ?? request.wantedUntil;
    if (expiresOn != null && expiresOn < tx.today()) throw invalid("expiresOn", sharingMessages.wantedUntilPast);

    const before = requestAudit(request);
    await decide(tx, request, SharingRequestStatus.GRANTED);
    request.conditions = conditions;
    await saveDecision(tx, request, before, provider);
    await insertGrant(tx, request, provider, expiresOn, conditions);
    return request;
  });
}

/** The provider rejects with a reason. */
export async function rejectSharingRequest(ctx: RequestContext, input: RejectSharingRequestInput): Promise<SharingRequest> {
  requireSignedIn(ctx);
  const reason = requiredText(input.reason, "reason", sharingFieldNames.reason);
  return withTransaction(ctx, async (tx) => {
    const { request, provider } = await decidableRequest(tx, input.requestId);
    const before = requestAudit(request);
    await decide(tx, request, SharingRequestStatus.REJECTED);
    request.rejectionReason = reason;
    await saveDecision(tx, request, before, provider);
    return request;
  });
}

/** The provider revokes an active grant with a reason; the day of revocation is its last day of use. */
export async function revokeSharingGrant(ctx: RequestContext, input: RevokeSharingGrantInput): Promise<SharingGrant> {
  requireSignedIn(ctx);
  const reason = requiredText(input.reason, "reason", sharingFieldNames.reason);
  return withTransaction(ctx, async (tx) => {
    const grant = await tx.manager.findOneBy(SharingGrant, { id: rowIdOf("SharingGrant", input.grantId, "grantId") });
    if (!grant || !(await maySeeSharing(tx, grant))) throw notFound("grantId", sharingMessages.grantNotFound);
    const provider = (await tx.manager.findOneBy(Unit, { id: grant.providerUnitId }))!;
    if (!mayDecideFor(tx.viewer, provider))
      throw new CatalogError(CommonErrorCode.FORBIDDEN, sharingMessages.onlyProvider(provider.name), { field: "grantId" });
    if (grantState(grant, tx.today()) !== SharingGrantState.ACTIVE)
      throw new SharingError(SharingErrorCode.GRANT_NOT_ACTIVE, sharingMessages.notActive, { field: "grantId" });
    const before = grantAudit(grant);
    const now = tx.now();
    const result = await tx.manager
      .createQueryBuilder()
      .update(SharingGrant)
      .set({ revokedAt: now, revokedOn: tx.today(), revocationReason: reason, updatedAt: now })
      .where("id = :id AND revoked_at IS NULL", { id: grant.id })
      .execute();
    if (result.affected === 0) throw new SharingError(SharingErrorCode.GRANT_NOT_ACTIVE, sharingMessages.notActive, { field: "grantId" });
    Object.assign(grant, { revokedAt: now, revokedOn: tx.today(), revocationReason: reason, updatedAt: now });
    await recordChange(tx, { type: "SharingGrant", id: grant.id, unit: provider }, before, grantAudit(grant));
    return grant;
  });
}

// ── Usage ────────────────────────────────────────────────────────────────────

export interface UsageRecordInput {
  grantId: string;
  date: string;
  calls: number;
  records: number;
}

/** A usage record refused: the field is `records.<index>.<field>` and `index` names the record (0-based). */
function refusedRecord(index: number, field: string, code: string, message: Localised): CatalogError {
  return new CatalogError(code, message, { field: `records.${index}.${field}`, index });
}

/**
 * A batch of daily usage, all or nothing: the first refused record fails the whole batch with its
 * index. A day already recorded for a grant takes the new figures (the platform's correction).
 * District administrators (the exchange platform's account, or the office) report usage.
 */
export async function recordSharingUsage(
  ctx: RequestContext,
  records: readonly UsageRecordInput[],
  maxRecords = MAX_USAGE_BATCH,
): Promise<RecordSharingUsagePayload> {
  requireSignedIn(ctx);
  if (!ctx.viewer.districtAdministrator) throw new CatalogError(CommonErrorCode.FORBIDDEN, sharingMessages.onlyDistrictOffice);
  if (records.length === 0) throw invalid("records", sharingMessages.usageEmpty);
  if (records.length > maxRecords) throw invalid("records", sharingMessages.usageTooMany(maxRecords));
  const seen = new Map<string, number>();
  const parsed = records.map((record, index) => {
    let grantRowId: number;
    try {
      grantRowId = rowIdOf("SharingGrant", record.grantId, `records.${index}.grantId`);
    } catch (error) {
      if (error instanceof CatalogError) throw Object.assign(error, { extensions: { ...error.extensions, index } });
      throw error;
    }
    if (!isDate(record.date)) throw refusedRecord(index, "date", CommonErrorCode.BAD_USER_INPUT, sharingMessages.dateInvalid("date"));
    for (const field of ["calls", "records"] as const) {
      const value = record[field];
      if (!Number.isInteger(value) || value < 0 || value > MAX_USAGE_COUNT)
        throw refusedRecord(index, field, CommonErrorCode.BAD_USER_INPUT, sharingMessages.usageCount(field));
    }
    const key = `${grantRowId}|${record.date}`;
    const first = seen.get(key);
    if (first !== undefined) throw refusedRecord(index, "date", SharingErrorCode.USAGE_DUPLICATE_IN_BATCH, sharingMessages.usageDuplicate(index, first));
    seen.set(key, index);
    return { grantRowId, date: record.date, calls: record.calls, records: record.records, index };
  });

  return withTransaction(ctx, async (tx) => {
    const grantIds = [...new Set(parsed.map((p) => p.grantRowId))];
    const grants = new Map<number, SharingGrant>();
    for (let i = 0; i < grantIds.length; i += 1000) {
      for (const grant of await tx.manager.findBy(SharingGrant, { id: In(grantIds.slice(i, i + 1000)) })) grants.set(grant.id, grant);
    }
    const today = tx.today();
    for (const p of parsed) {
      const grant = grants.get(p.grantRowId);
      if (!grant) throw refusedRecord(p.index, "grantId", CommonErrorCode.NOT_FOUND, sharingMessages.grantNotFound);
      const refusal = usageRefusal(grant, p.date, today);
      if (refusal) throw refusedRecord(p.index, "date", refusal.code, refusal.message);
    }
    const dates = [...new Set(parsed.map((p) => p.date))];
    const existing = new Map<string, SharingUsageRecord>();
    for (let i = 0; i < grantIds.length; i += 500) {
      const rows = await tx.manager.findBy(SharingUsageRecord, { grantId: In(grantIds.slice(i, i + 500)), usageDate: In(dates) });
      for (const row of rows) existing.set(`${row.grantId}|${row.usageDate}`, row);
    }
    const now = tx.now();
    const units = new Map<number, Unit>();
    for (const unit of await tx.manager.findBy(Unit, { id: In([...new Set([...grants.values()].map((g) => g.providerUnitId))]) })) units.set(unit.id, unit);
    const target = (row: SharingUsageRecord) => ({ type: "SharingUsageRecord", id: row.id, unit: units.get(grants.get(row.grantId)!.providerUnitId)! });
    const audited = (row: SharingUsageRecord) => ({ grantId: row.grantId, usageDate: row.usageDate, callCount: row.callCount, recordCount: row.recordCount });

    const created: SharingUsageRecord[] = [];
    const replaced: { before: ReturnType<typeof audited>; row: SharingUsageRecord }[] = [];
    let unchanged = 0;
    for (const p of parsed) {
      const old = existing.get(`${p.grantRowId}|${p.date}`);
      if (!old) {
        created.push(
          tx.manager.create(SharingUsageRecord, {
            grantId: p.grantRowId,
            providerUnitId: grants.get(p.grantRowId)!.providerUnitId,
            consumerUnitId: grants.get(p.grantRowId)!.consumerUnitId,
            resourceId: grants.get(p.grantRowId)!.resourceId,
            usageDate: p.date,
            callCount: p.calls,
            recordCount: p.records,
            recordedAt: now,
          }),
        );
      } else if (old.callCount !== p.calls || old.recordCount !== p.records) {
        const before = audited(old);
        Object.assign(old, { callCount: p.calls, recordCount: p.records, recordedAt: now });
        replaced.push({ before, row: old });
      } else unchanged++;
    }
    // In slices: TypeORM reads back inserted rows with one OR per row (SQLite's expression depth).
    for (let i = 0; i < created.length; i += 200) await tx.manager.insert(SharingUsageRecord, created.slice(i, i + 200));
    for (const { row } of replaced)
      await tx.manager.update(SharingUsageRecord, { id: row.id }, { callCount: row.callCount, recordCount: row.recordCount, recordedAt: now });
    await recordChanges(tx, [
      ...created.map((row) => [target(row), null, audited(row)] as const),
      ...replaced.map(({ before, row }) => [target(row), before, audited(row)] as const),
    ]);
    return { created: created.length, replaced: replaced.length, unchanged };
  });
}

/** The longest period an analysis or listing covers (about five years). */
const MAX_PERIOD_DAYS = 1830;

/** A period of days [from, to], checked and bounded. */
export function checkedPeriod(from: string, to: string): void {
  if (!isDate(from)) throw invalid("from", sharingMessages.dateInvalid("from"));
  if (!isDate(to)) throw invalid("to", sharingMessages.dateInvalid("to"));
  if (to < from) throw invalid("to", sharingMessages.periodReversed);
  if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > MAX_PERIOD_DAYS) throw invalid("to", sharingMessages.periodTooLong(MAX_PERIOD_DAYS));
}
