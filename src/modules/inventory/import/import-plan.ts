/**
 * What the import's planning hands its writing: a resource that passed every check, with what
 * writing it takes (inventory-import.service.ts plans, import-writer.ts writes).
 */
import { catalogKey } from "../inventory.policy";
import type { ExistingItem, ExistingResource, ItemValues, ResourceValues } from "./stored-inventory";

/** A resource that passed every check, with what writing it takes. */
export interface PlannedResource {
  values: ResourceValues;
  existing: ExistingResource | undefined;
  provider: ScopeUnit;
  /** The resource's own fields differ from what is stored (always true for a new resource). */
  fieldsChanged: boolean;
  newItems: ItemValues[];
  changedItems: { before: ExistingItem; after: ItemValues }[];
  unchangedItems: number;
  /** Stored items the file does not list: removed (itemsNotListed). */
  removedItems: ExistingItem[];
  /** Function names to link (the file's 服务职能), when the links are to be (re)written. */
  functionNames: string[] | undefined;
  functionsBefore: string[] | undefined;
}

export interface ScopeUnit {
  id: number;
  code: string;
  path: string;
  name: string;
}

/** The functions of each provider unit, by functionKey(name); id 0 for one a dry run would create (or the writer is to). */
export type FunctionsOfUnit = Map<number, Map<string, { id: number; name: string }>>;

/** Function names compare under the API's uniqueness rule (case and width ignored, as MariaDB's collation would). */
export const functionKey = catalogKey;

/** Whether writing the plan changes anything (always, for a new resource). */
export function planChanges(plan: PlannedResource): boolean {
  return plan.fieldsChanged || plan.newItems.length > 0 || plan.changedItems.length > 0 || plan.removedItems.length > 0 || plan.functionNames !== undefined;
}
