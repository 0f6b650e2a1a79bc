import type { RequestContext } from "../../common/context";
import { DataItem } from "../inventory";
import { Unit } from "../organisation";

/**
 * The district's unit tree, read once per request (one statement, a few hundred rows): the
 * cross-tab rolls units up to a level, facets list every unit of that level and search matches
 * unit names and their abbreviations, all in memory.
 */
export class AnalysisLoaders {
  private tree?: Promise<UnitTree>;
  private names?: Promise<string[]>;

  constructor(private readonly ctx: RequestContext) {}

  units(): Promise<UnitTree> {
    this.tree ??= this.ctx.manager.find(Unit, { order: { code: "ASC", id: "ASC" } }).then((units) => new UnitTree(units));
    return this.tree;
  }

  /**
   * The distinct item names (one statement; MariaDB reads them off the (name, resource_id) index
   * with a loose index scan), so that a search word reaches its resources through that index
   * instead of reading every resource's items.
   */
  itemNames(): Promise<string[]> {
    this.names ??= this.ctx.manager
      .createQueryBuilder(DataItem, "item")
      .select("DISTINCT item.name", "name")
      .getRawMany<{ name: string }>()
      .then((rows) => rows.map((row) => row.name));
    return this.names;
  }
}

export class UnitTree {
  readonly byId: Map<number, Unit>;

  constructor(readonly all: readonly Unit[]) {
    this.byId = new Map(all.map((unit) => [unit.id, unit]));
  }

  /** The unit's ancestor at `depth` (the unit itself when it is not deeper). */
  rolledUp(unitId: number, depth: number): Unit | undefined {
    let unit = this.byId.get(unitId);
    while (unit && unit.depth > depth && unit.parentId !== null) unit = this.byId.get(unit.parentId);
    return unit;
  }

  atDepth(depth: number): Unit[] {
    return this.all.filter((unit) => unit.depth === depth);
  }
}
