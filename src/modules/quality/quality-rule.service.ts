import { recordChange } from "../../common/audit";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { rowIdOf } from "../../common/global-id";
import { withTransaction } from "../../common/transaction";
import { BulkStatements, DataItem } from "../inventory";
import type { QualityCheckKind, QualityDimension } from "./quality.enums";
import { QualityError, QualityErrorCode } from "./quality.errors";
import { qualityMessages } from "./quality.messages";
import { checkTargetScore, MAX_RULE_DESCRIPTION, mayRecordQuality, requiredText, toCenti } from "./quality.policy";
import { QualityRule } from "./quality-rule.entity";
import { type MeasuredResource } from "./quality-measurement-writes";
import { measuredResources, readable } from "./quality-measurement.service";

export interface RuleFacts {
  resourceId: string;
  itemId?: string | null;
  dimension: QualityDimension;
  checkKind: QualityCheckKind;
  description: string;
  targetScore: number;
}

export interface RuleChange {
  id: string;
  description?: string | null;
  targetScore?: number | null;
  active?: boolean | null;
}

/** The resource a rule is written on, which the caller must be allowed to record quality of (else NOT_FOUND or FORBIDDEN). */
async function ruleResource(tx: RequestContext, resourceRowId: number, field: string): Promise<MeasuredResource> {
  const resource = (await measuredResources(tx, [resourceRowId])).get(resourceRowId);
  if (!resource || !readable(tx, resource)) throw new CatalogError(CommonErrorCode.NOT_FOUND, qualityMessages.resourceNotFound, { field });
  if (!mayRecordQuality(tx.viewer, resource.unitPath))
    throw new CatalogError(CommonErrorCode.FORBIDDEN, qualityMessages.notEditor(resource.unitName), { field });
  return resource;
}

/**
 * The target of a resource × dimension: the highest target of its active rules in that dimension,
 * or none (the district's default). Kept on the latest-score roll-up, so scores and the
 * below-target list read it without touching the rules.
 */
async function refreshTarget(tx: RequestContext, resource: MeasuredResource, dimension: QualityDimension): Promise<void> {
  const sql = new BulkStatements(tx.manager);
  const [{ target }] = await sql.query<{ target: number | null }>(
    "SELECT MAX(target_centi) AS target FROM quality_rules WHERE resource_id = ? AND dimension = ? AND active = 1",
    [resource.id, dimension],
  );
  await sql.insert(
    "quality_latest",
    ["resource_id", "dimension", "unit_id", "score_centi", "measured_at", "target_centi"],
    [[resource.id, dimension, resource.providerUnitId, null, null, target === null ? null : Number(target)]],
    { key: ["resource_id", "dimension"], update: ["target_centi"] },
  );
}

export async function createQualityRule(ctx: RequestContext, input: RuleFacts): Promise<QualityRule> {
  requireSignedIn(ctx);
  checkTargetScore(input.targetScore);
  const description = requiredText(input.description, "description", MAX_RULE_DESCRIPTION);
  return withTransaction(ctx, async (tx) => {
    const resource = await ruleResource(tx, rowIdOf("DataResource", input.resourceId, "resourceId"), "resourceId");
    let itemId: number | null = null;
    if (input.itemId) {
      itemId = rowIdOf("DataItem", input.itemId, "itemId");
      const item = await tx.manager.findOneBy(DataItem, { id: itemId });
      if (!item || item.resourceId !== resource.id)
        throw new QualityError(QualityErrorCode.QUALITY_ITEM_NOT_OF_RESOURCE, qualityMessages.itemNotOfResource, { field: "itemId" });
    }
    const now = tx.now();
    const rule = tx.manager.create(QualityRule, {
      resourceId: resource.id,
      itemId,
      dimension: input.dimension,
      checkKind: input.checkKind,
      description,
      targetCenti: toCenti(input.targetScore),
      active: true,
      createdAt: now,
      updatedAt: now,
    });
    await tx.manager.insert(QualityRule, rule);
    await refreshTarget(tx, resource, rule.dimension);
    await recordChange(tx, { type: "QualityRule", id: rule.id, unit: { id: resource.providerUnitId, path: resource.unitPath } }, null, rule);
    return rule;
  });
}

export async function updateQualityRule(ctx: RequestContext, input: RuleChange): Promise<QualityRule> {
  requireSignedIn(ctx);
  checkTargetScore(input.targetScore);
  return withTransaction(ctx, async (tx) => {
    const rule = await tx.manager.findOneBy(QualityRule, { id: rowIdOf("QualityRule", input.id) });
    const resource = rule && (await measuredResources(tx, [rule.resourceId])).get(rule.resourceId);
    if (!rule || !resource || !tx.viewer.canRead(resource.unitPath))
      throw new CatalogError(CommonErrorCode.NOT_FOUND, qualityMessages.ruleNotFound, { field: "id" });
    if (!mayRecordQuality(tx.viewer, resource.unitPath))
      throw new CatalogError(CommonErrorCode.FORBIDDEN, qualityMessages.notEditor(resource.unitName), { field: "id" });
    const before = { ...rule };
    if (input.description != null) rule.description = requiredText(input.description, "description", MAX_RULE_DESCRIPTION);
    if (input.targetScore != null) rule.targetCenti = toCenti(input.targetScore);
    if (input.active != null) rule.active = input.active;
    if (before.description === rule.description && before.targetCenti === rule.targetCenti && before.active === rule.active) return rule;
    rule.updatedAt = tx.now();
    await tx.manager.save(QualityRule, rule);
    await refreshTarget(tx, resource, rule.dimension);
    await recordChange(tx, { type: "QualityRule", id: rule.id, unit: { id: resource.providerUnitId, path: resource.unitPath } }, before, rule);
    return rule;
  });
}
