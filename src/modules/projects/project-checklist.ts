import { In, Not } from "typeorm";
import type { RequestContext } from "../../common/context";
import { DataItem, DataResource } from "../inventory";
import { ProjectResourceUsage } from "./projects.enums";
import { checklistPrefill, looksLikeSameData, type ResourceLook } from "./projects.policy";

/** Candidates looked at per submission for the same items (a common item name could match many resources). */
const MAX_DUPLICATE_CANDIDATES = 500;

async function looksOf(tx: RequestContext, resources: readonly DataResource[]): Promise<ResourceLook[]> {
  if (resources.length === 0) return [];
  const items = await tx.manager.find(DataItem, { where: { resourceId: In(resources.map((r) => r.id)) }, select: { resourceId: true, name: true } });
  return resources.map((r) => ({
    id: r.id,
    name: r.name,
    providerUnitId: r.providerUnitId,
    status: r.status,
    publishedDate: r.publishedDate,
    itemNames: items.filter((item) => item.resourceId === r.id).map((item) => item.name),
  }));
}

export interface PrefilledChecklist {
  registeredInInventory: boolean | null;
  noDuplicateCollection: boolean | null;
  unregisteredResourceIds: number[];
  duplicateResourceIds: number[];
}

/**
 * The checklist as the catalog answers it on the submission date: are the project's resources in
 * the inventory, and does another unit already provide the data a created resource would collect
 * (same name, or same item names)? A fixed number of statements, whatever the project links.
 */
export async function prefillChecklist(tx: RequestContext, links: readonly { resourceId: number; usage: ProjectResourceUsage }[]): Promise<PrefilledChecklist> {
  const linked = await looksOf(tx, links.length ? await tx.manager.findBy(DataResource, { id: In(links.map((l) => l.resourceId)) }) : []);
  const createdIds = new Set(links.filter((l) => l.usage === ProjectResourceUsage.CREATES).map((l) => l.resourceId));
  const created = linked.filter((r) => createdIds.has(r.id));

  let duplicates: ResourceLook[] = [];
  if (created.length) {
    const names = [...new Set(created.map((r) => r.name))];
    const itemNames = [...new Set(created.flatMap((r) => r.itemNames))];
    const sameItem = itemNames.length
      ? await tx.manager
          .createQueryBuilder(DataItem, "i")
          .select("DISTINCT i.resourceId", "resourceId")
          .where("i.name IN (:...itemNames) AND i.resourceId NOT IN (:...createdIds)", { itemNames, createdIds: [...createdIds] })
          .limit(MAX_DUPLICATE_CANDIDATES)
          .getRawMany<{ resourceId: number }>()
      : [];
    const candidates = await tx.manager.find(DataResource, {
      where: [{ name: In(names), id: Not(In([...createdIds])) }, ...(sameItem.length ? [{ id: In(sameItem.map((row) => Number(row.resourceId))) }] : [])],
      take: MAX_DUPLICATE_CANDIDATES,
    });
    duplicates = (await looksOf(tx, candidates)).filter((other) => created.some((mine) => looksLikeSameData(mine, other)));
  }
  const prefill = checklistPrefill(linked, created.length, duplicates.length);
  return {
    registeredInInventory: prefill.registeredInInventory,
    noDuplicateCollection: prefill.noDuplicateCollection,
    unregisteredResourceIds: prefill.unregistered.map((r) => r.id).sort((a, b) => a - b),
    duplicateResourceIds: duplicates.map((r) => r.id).sort((a, b) => a - b),
  };
}
