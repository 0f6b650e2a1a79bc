import { In } from "typeorm";
import { recordChange } from "../../common/audit";
import { requireSignedIn, requireUnitAccess } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { DataResource, mayReadResource } from "../inventory";
import { Unit } from "../organisation";
import { InnovationCase, InnovationCaseResource, InnovationCaseUnit } from "./innovation-case.entity";
import { InnovationCaseKind } from "./innovation.enums";
import { innovationMessages } from "./innovation.messages";
import { atMost, checkUsable, checkYear, MAX_SUMMARY, MAX_TITLE, requiredText } from "./innovation.policy";

interface InnovationCaseFields {
  kind: InnovationCaseKind;
  title: string;
  summary: string;
  year: number;
  resourceIds: string[];
  unitIds: string[];
}

export interface CreateInnovationCase extends InnovationCaseFields {
  leadUnitId: string;
}

export interface UpdateInnovationCase {
  id: string;
  kind?: InnovationCaseKind | null;
  title?: string | null;
  summary?: string | null;
  year?: number | null;
  resourceIds?: string[] | null;
  unitIds?: string[] | null;
}

const notFound = (message: typeof innovationMessages.caseNotFound, field: string) => new CatalogError(CommonErrorCode.NOT_FOUND, message, { field });

/** The resources (readable by the editor, not newly retired) and units (the lead unit first) a case links. */
async function links(
  tx: RequestContext,
  lead: Unit,
  resourceIds: readonly string[],
  unitIds: readonly string[],
  linked: ReadonlySet<number>,
): Promise<{ resourceIds: number[]; unitIds: number[] }> {
  const resourceRowIds = [...new Set(atMost(resourceIds, "resourceIds").map((id, i) => rowIdOf("DataResource", id, `resourceIds.${i}`)))];
  const resources = new Map((resourceRowIds.length ? await tx.manager.findBy(DataResource, { id: In(resourceRowIds) }) : []).map((r) => [r.id, r]));
  for (const [i, id] of resourceRowIds.entries()) {
    const resource = resources.get(id);
    if (!resource || !(await mayReadResource(tx, resource))) throw notFound(innovationMessages.resourceNotFound, `resourceIds.${i}`);
    checkUsable(resource, linked.has(id), `resourceIds.${i}`);
  }
  const unitRowIds = [...new Set([lead.id, ...atMost(unitIds, "unitIds").map((id, i) => rowIdOf("Unit", id, `unitIds.${i}`))])];
  const found = await tx.manager.countBy(Unit, { id: In(unitRowIds) });
  if (found !== unitRowIds.length) throw notFound(innovationMessages.unitNotFound, "unitIds");
  return { resourceIds: resourceRowIds, unitIds: unitRowIds };
}

async function writeLinks(tx: RequestContext, caseId: number, linked: { resourceIds: number[]; unitIds: number[] }): Promise<void> {
  await tx.manager.delete(InnovationCaseResource, { caseId });
  await tx.manager.delete(InnovationCaseUnit, { caseId });
  if (linked.resourceIds.length)
    await tx.manager.insert(
      InnovationCaseResource,
      linked.resourceIds.map((resourceId) => ({ caseId, resourceId })),
    );
  await tx.manager.insert(
    InnovationCaseUnit,
    linked.unitIds.map((unitId) => ({ caseId, unitId })),
  );
}

/** 融合创新案例: the lead unit's CDO (or district administrators) records a case, the resources it uses and the units involved. */
export async function createInnovationCase(ctx: RequestContext, input: CreateInnovationCase): Promise<InnovationCase> {
  requireSignedIn(ctx);
  const title = requiredText(input.title, "title", MAX_TITLE);
  const summary = requiredText(input.summary, "summary", MAX_SUMMARY);
  const year = checkYear(input.year);
  return withTransaction(ctx, async (tx) => {
    const lead = await tx.manager.findOneBy(Unit, { id: rowIdOf("Unit", input.leadUnitId, "leadUnitId") });
    if (!lead) throw notFound(innovationMessages.unitNotFound, "leadUnitId");
    requireUnitAccess(tx, lead, "manage");
    const linked = await links(tx, lead, input.resourceIds, input.unitIds, new Set());
    const now = tx.now();
    const created = tx.manager.create(InnovationCase, { leadUnitId: lead.id, kind: input.kind, title, summary, year, createdAt: now, updatedAt: now });
    await tx.manager.insert(InnovationCase, created);
    await writeLinks(tx, created.id, linked);
    await recordChange(tx, { type: "InnovationCase", id: created.id, unit: { id: lead.id, path: lead.path } }, null, { ...created, ...linked });
    return created;
  });
}

/** Changes a case; resourceIds and unitIds, when given, replace the lists (the lead unit stays involved). */
export async function updateInnovationCase(ctx: RequestContext, input: UpdateInnovationCase): Promise<InnovationCase> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const found = await tx.manager.findOneBy(InnovationCase, { id: rowIdOf("InnovationCase", input.id) });
    if (!found) throw notFound(innovationMessages.caseNotFound, "id");
    const lead = (await tx.manager.findOneBy(Unit, { id: found.leadUnitId }))!;
    requireUnitAccess(tx, lead, "manage");
    const current = {
      resourceIds: (await tx.manager.find(InnovationCaseResource, { where: { caseId: found.id }, order: { resourceId: "ASC" } })).map((l) => l.resourceId),
      unitIds: (await tx.manager.find(InnovationCaseUnit, { where: { caseId: found.id }, order: { unitId: "ASC" } })).map((l) => l.unitId),
    };
    const before = { ...found, ...current };
    if (input.title !== undefined && input.title !== null) found.title = requiredText(input.title, "title", MAX_TITLE);
    if (input.summary !== undefined && input.summary !== null) found.summary = requiredText(input.summary, "summary", MAX_SUMMARY);
    if (input.year !== undefined && input.year !== null) found.year = checkYear(input.year);
    if (input.kind) found.kind = input.kind;
    const linked = await links(tx, lead, input.resourceIds ?? [], input.unitIds ?? [], new Set(current.resourceIds));
    const next = {
      resourceIds: input.resourceIds ? linked.resourceIds : current.resourceIds,
      unitIds: input.unitIds ? linked.unitIds : current.unitIds,
    };
    found.updatedAt = tx.now();
    await tx.manager.update(
      InnovationCase,
      { id: found.id },
      { title: found.title, summary: found.summary, year: found.year, kind: found.kind, updatedAt: found.updatedAt },
    );
    await writeLinks(tx, found.id, next);
    await recordChange(tx, { type: "InnovationCase", id: found.id, unit: { id: lead.id, path: lead.path } }, before, { ...found, ...next });
    return found;
  });
}

export interface InnovationCaseFilter {
  kind?: InnovationCaseKind | null;
  unitId?: string | null;
}

/**
 * Cases, the newest first. The district's showcase: readable by anyone with a role (a case's
 * resources are shown only where the reader may read them).
 */
export function findInnovationCases(ctx: RequestContext, filter: InnovationCaseFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(InnovationCase, "c");
  if (filter.kind) query.andWhere("c.kind = :kind", { kind: filter.kind });
  if (filter.unitId)
    query.andWhere("EXISTS (SELECT 1 FROM innovation_case_units cu WHERE cu.case_id = c.id AND cu.unit_id = :unitRowId)", {
      unitRowId: rowIdOf("Unit", filter.unitId, "filter.unitId"),
    });
  query.orderBy("c.year", "DESC").addOrderBy("c.id", "DESC");
  return paginateQuery(query, page);
}
