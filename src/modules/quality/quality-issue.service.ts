import { recordChange } from "../../common/audit";
import { addWorkingDays, CalendarLoaders } from "../calendar";
import { requireSignedIn, unitScopeCondition } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { ConnectionArgs, paginateQuery } from "../../common/pagination";
import { withTransaction } from "../../common/transaction";
import { DataItem } from "../inventory";
import { Unit } from "../organisation";
import { QualityIssueState } from "./quality.enums";
import { QualityError, QualityErrorCode } from "./quality.errors";
import { qualityMessages } from "./quality.messages";
import { ISSUE_TRANSITIONS, type IssueAction, nextIssueState, OPEN_FOR_PROVIDER, qualitySettings, requiredText } from "./quality.policy";
import { QualityIssue } from "./quality-issue.entity";
import { measuredResources, readable } from "./quality-measurement.service";

export interface IssueReport {
  resourceId: string;
  itemId?: string | null;
  title: string;
  description: string;
}

export interface IssueFilter {
  unitId?: string | null;
  includeDescendants?: boolean | null;
  states?: QualityIssueState[] | null;
  overdueOnly?: boolean | null;
  resourceId?: string | null;
}

const MAX_TITLE = 200;
const MAX_DESCRIPTION = 2000;
const MAX_COMMENT = 1000;

/** Overdue: the provider still owes work (reported, accepted or reopened) and the due date has passed. */
export const isOverdue = (issue: QualityIssue, today: string): boolean => OPEN_FOR_PROVIDER.includes(issue.state) && issue.dueDate < today;

/** The reporter, the provider's people (and those above them) and district readers see an issue. */
export function mayReadIssue(ctx: RequestContext, issue: QualityIssue, providerPath: string): boolean {
  const account = ctx.viewer.account;
  return ctx.viewer.canRead(providerPath) || (account !== null && account.id > 0 && account.id === issue.reporterAccountId);
}

/** 数据纠错: anyone signed in reports a defect in a resource they can read; it goes to the provider with a due date. */
export async function reportQualityIssue(ctx: RequestContext, input: IssueReport): Promise<QualityIssue> {
  requireSignedIn(ctx);
  const title = requiredText(input.title, "title", MAX_TITLE);
  const description = requiredText(input.description, "description", MAX_DESCRIPTION);
  return withTransaction(ctx, async (tx) => {
    const resourceId = rowIdOf("DataResource", input.resourceId, "resourceId");
    const resource = (await measuredResources(tx, [resourceId])).get(resourceId);
    if (!resource || !readable(tx, resource)) throw new CatalogError(CommonErrorCode.NOT_FOUND, qualityMessages.resourceNotFound, { field: "resourceId" });
    let itemId: number | null = null;
    if (input.itemId) {
      itemId = rowIdOf("DataItem", input.itemId, "itemId");
      const item = await tx.manager.findOneBy(DataItem, { id: itemId });
      if (!item || item.resourceId !== resourceId)
        throw new QualityError(QualityErrorCode.QUALITY_ITEM_NOT_OF_RESOURCE, qualityMessages.itemNotOfResource, { field: "itemId" });
    }
    const now = tx.now();
    const account = tx.viewer.account!;
    const issue = tx.manager.create(QualityIssue, {
      resourceId,
      itemId,
      providerUnitId: resource.providerUnitId,
      title,
      description,
      state: QualityIssueState.REPORTED,
      reporterAccountId: account.id > 0 ? account.id : null,
      reporterUsername: account.username,
      reportedAt: now,
      dueDate: addWorkingDays(tx.today(), qualitySettings(tx).issueDueWorkingDays, await tx.loaders(CalendarLoaders).calendar()),
      rejectionReason: null,
      rectificationNote: null,
      reopenReason: null,
      reopenCount: 0,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(QualityIssue, issue);
    await recordChange(tx, { type: "QualityIssue", id: issue.id, unit: { id: resource.providerUnitId, path: resource.unitPath } }, null, issue);
    return issue;
  });
}

/**
 * One step of the workflow: who may (the provider's people accept, reject and rectify; the
 * reporter or the district office verify and reopen), then from which state. A rejection and a
 * reopening need a reason; a reopened issue gets a new due date.
 */
export async function moveQualityIssue(ctx: RequestContext, id: string, action: IssueAction, comment: string | null | undefined): Promise<QualityIssue> {
  requireSignedIn(ctx);
  return withTransaction(ctx, async (tx) => {
    const issue = await tx.manager.findOneBy(QualityIssue, { id: rowIdOf("QualityIssue", id) });
    const provider = issue && (await tx.manager.findOneBy(Unit, { id: issue.providerUnitId }));
    if (!issue || !provider || !mayReadIssue(tx, issue, provider.path))
      throw new CatalogError(CommonErrorCode.NOT_FOUND, qualityMessages.issueNotFound, { field: "id" });
    const before = { ...issue };
    const next = nextIssueState(tx.viewer, issue, provider, action);
    const now = tx.now();
    switch (ISSUE_TRANSITIONS[action].to) {
      case QualityIssueState.REJECTED:
        issue.rejectionReason = requiredText(comment, "reason", MAX_COMMENT);
        issue.closedAt = now;
        break;
      case QualityIssueState.RECTIFIED:
        issue.rectificationNote = comment?.trim() ? requiredText(comment, "note", MAX_COMMENT) : issue.rectificationNote;
        break;
      case QualityIssueState.REOPENED:
        issue.reopenReason = requiredText(comment, "reason", MAX_COMMENT);
        issue.reopenCount += 1;
        issue.dueDate = addWorkingDays(tx.today(), qualitySettings(tx).issueDueWorkingDays, await tx.loaders(CalendarLoaders).calendar());
        break;
      case QualityIssueState.VERIFIED:
        issue.closedAt = now;
        break;
    }
    issue.state = next;
    issue.updatedAt = now;
    // The state in the WHERE: a concurrent step on the same issue changes nothing here and answers CONFLICT.
    const result = await tx.manager.update(QualityIssue, { id: issue.id, state: before.state }, { ...issue });
    if (result.affected === 0) throw new CatalogError(CommonErrorCode.CONFLICT, qualityMessages.issueNotFound, { field: "id" });
    await recordChange(tx, { type: "QualityIssue", id: issue.id, unit: provider }, before, issue);
    return issue;
  });
}

/** Issues: the district's for district readers; otherwise those of the caller's units and those they reported. Ordered by due date. */
export async function findQualityIssues(ctx: RequestContext, filter: IssueFilter = {}, page: ConnectionArgs) {
  requireSignedIn(ctx);
  const query = ctx.manager.createQueryBuilder(QualityIssue, "i").innerJoin(Unit, "u", "u.id = i.providerUnitId");
  const scope = unitScopeCondition(ctx.viewer, "u.path");
  if (scope) {
    const account = ctx.viewer.account!;
    query.andWhere(`(${scope.where} OR i.reporterAccountId = :me)`, { ...scope.params, me: account.id > 0 ? account.id : -1 });
  }
  if (filter.unitId) {
    const unit = await ctx.manager.findOneBy(Unit, { id: rowIdOf("Unit", filter.unitId, "filter.unitId") });
    if (!unit) throw new CatalogError(CommonErrorCode.NOT_FOUND, qualityMessages.unitNotFound, { field: "filter.unitId" });
    if (filter.includeDescendants) query.andWhere("u.path LIKE :under", { under: `${unit.path}%` });
    else query.andWhere("i.providerUnitId = :unitRowId", { unitRowId: unit.id });
  }
  if (filter.resourceId) query.andWhere("i.resourceId = :resourceRowId", { resourceRowId: rowIdOf("DataResource", filter.resourceId, "filter.resourceId") });
  if (filter.states?.length) query.andWhere("i.state IN (:...states)", { states: filter.states });
  if (filter.overdueOnly) query.andWhere("i.state IN (:...open) AND i.dueDate < :today", { open: OPEN_FOR_PROVIDER, today: ctx.today() });
  query.orderBy("i.dueDate", "ASC").addOrderBy("i.id", "ASC");
  return paginateQuery(query, page);
}
