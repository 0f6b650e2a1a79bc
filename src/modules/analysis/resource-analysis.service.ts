import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { enumLabelsOf } from "../../common/enum-labels";
import { badUserInput } from "../../common/errors";
import { toGlobalId } from "../../common/global-id";
import type { Unit } from "../organisation";
import { ResourceDimension } from "./analysis.enums";
import { AnalysisMessages } from "./analysis.messages";
import type { DimensionValue, ResourceAnalysis, ResourceCrossTab, ResourceCrossTabCell, ResourceFacet } from "./analysis.types";
import { DIMENSIONS, type Selection, selectedResources, selectionOf } from "./resource-selection";

interface GroupRow {
  a: string | number;
  b?: string | number;
  resources: string | number;
  records: string | number | null;
}

/** A dimension's values in order: an enum's as declared, units (at the roll-up depth) by code. */
function valuesOf(ctx: RequestContext, dimension: ResourceDimension, selection: Selection, depth: number): DimensionValue[] {
  if (dimension === ResourceDimension.UNIT) return selection.units.atDepth(depth).map(unitValue);
  const labels = enumLabelsOf(DIMENSIONS[dimension].labels) ?? {};
  return Object.entries(labels).map(([value, label]) => ({ value, label: ctx.localise(label) }));
}

function unitValue(unit: Unit): DimensionValue {
  return { value: toGlobalId("Unit", unit.id), label: unit.name, unit };
}

/** Reads a grouped value as a dimension value (a unit ID rolled up to `depth`). */
function valueOf(ctx: RequestContext, dimension: ResourceDimension, raw: string | number, selection: Selection, depth: number): DimensionValue {
  if (dimension === ResourceDimension.UNIT) return unitValue(selection.units.rolledUp(Number(raw), depth)!);
  const label = enumLabelsOf(DIMENSIONS[dimension].labels)?.[String(raw)];
  return { value: String(raw), label: label ? ctx.localise(label) : String(raw) };
}

/** Sorts values as valuesOf lists them. */
function orderOf(ctx: RequestContext, dimension: ResourceDimension, selection: Selection, depth: number): (value: DimensionValue) => number {
  // Units in code order whatever their depth (a unit above the roll-up depth keeps its own resources).
  const values = dimension === ResourceDimension.UNIT ? selection.units.all.map(unitValue) : valuesOf(ctx, dimension, selection, depth);
  const order = new Map(values.map((value, i) => [value.value, i]));
  return (value) => order.get(value.value) ?? order.size;
}

/** `resourceAnalysis`: the filter is checked here, once; its cross-tabs and facets read it later. */
export async function analyseResources(ctx: RequestContext, analysis: ResourceAnalysis): Promise<ResourceAnalysis> {
  requireSignedIn(ctx);
  await selectionOf(ctx, analysis.filter);
  return analysis;
}

/**
 * A cross-tab in one GROUP BY statement (plus the unit tree, read once per request): units are
 * grouped by provider in SQL and rolled up to the analysis' depth here, so the statement count
 * does not depend on how many groups there are.
 */
export async function crossTab(
  ctx: RequestContext,
  analysis: ResourceAnalysis,
  rows: ResourceDimension,
  columns: ResourceDimension,
): Promise<ResourceCrossTab> {
  if (rows === columns) throw badUserInput("columns", AnalysisMessages.sameDimensions);
  const selection = await selectionOf(ctx, analysis.filter);
  const grouped = await selectedResources(ctx, selection)
    .select(DIMENSIONS[rows].column, "a")
    .addSelect(DIMENSIONS[columns].column, "b")
    .addSelect("COUNT(*)", "resources")
    .addSelect("SUM(COALESCE(r.recordCount, 0))", "records")
    .groupBy(DIMENSIONS[rows].column)
    .addGroupBy(DIMENSIONS[columns].column)
    .getRawMany<GroupRow>();
  const cells = new Map<string, ResourceCrossTabCell>();
  for (const row of grouped) {
    const rowValue = valueOf(ctx, rows, row.a, selection, analysis.unitDepth);
    const columnValue = valueOf(ctx, columns, row.b!, selection, analysis.unitDepth);
    const key = `${rowValue.value}\u0000${columnValue.value}`;
    const cell = cells.get(key) ?? { row: rowValue, column: columnValue, resourceCount: 0, recordCount: 0 };
    cell.resourceCount += Number(row.resources);
    cell.recordCount += Number(row.records ?? 0);
    cells.set(key, cell);
  }
  const rowOrder = orderOf(ctx, rows, selection, analysis.unitDepth);
  const columnOrder = orderOf(ctx, columns, selection, analysis.unitDepth);
  const sorted = [...cells.values()].sort((x, y) => rowOrder(x.row) - rowOrder(y.row) || columnOrder(x.column) - columnOrder(y.column));
  return {
    rows,
    columns,
    cells: sorted,
    resourceCount: sorted.reduce((sum, cell) => sum + cell.resourceCount, 0),
    recordCount: sorted.reduce((sum, cell) => sum + cell.recordCount, 0),
  };
}

/**
 * Facets: one GROUP BY per dimension asked for, each with every filter but its own (disjunctive
 * faceting), every value listed with zero counts included. Units are listed at the analysis' depth.
 */
export async function facets(ctx: RequestContext, analysis: ResourceAnalysis, dimensions: readonly ResourceDimension[]): Promise<ResourceFacet[]> {
  const selection = await selectionOf(ctx, analysis.filter);
  return Promise.all(
    [...new Set(dimensions)].map(async (dimension) => {
      const { column, filter: key } = DIMENSIONS[dimension];
      const grouped = await selectedResources(ctx, selection, dimension)
        .select(column, "a")
        .addSelect("COUNT(*)", "resources")
        .groupBy(column)
        .getRawMany<GroupRow>();
      const counts = new Map<string, { value: DimensionValue; count: number }>();
      for (const value of valuesOf(ctx, dimension, selection, analysis.unitDepth)) counts.set(value.value, { value, count: 0 });
      for (const row of grouped) {
        const value = valueOf(ctx, dimension, row.a, selection, analysis.unitDepth);
        const entry = counts.get(value.value) ?? { value, count: 0 };
        entry.count += Number(row.resources);
        counts.set(value.value, entry);
      }
      const chosen = new Set(
        dimension === ResourceDimension.UNIT
          ? selection.selectedUnits.map((unit) => toGlobalId("Unit", unit.id))
          : ((analysis.filter[key] as string[] | undefined) ?? []),
      );
      const order = orderOf(ctx, dimension, selection, analysis.unitDepth);
      const values = [...counts.values()]
        .sort((x, y) => order(x.value) - order(y.value))
        .map(({ value, count }) => ({ value, resourceCount: count, selected: chosen.has(value.value) }));
      return { dimension, values };
    }),
  );
}

/** How many resources the analysis selects and their record counts' sum (one statement). */
export async function totals(ctx: RequestContext, analysis: ResourceAnalysis): Promise<{ resourceCount: number; recordCount: number }> {
  const selection = await selectionOf(ctx, analysis.filter);
  const row = await selectedResources(ctx, selection)
    .select("COUNT(*)", "resources")
    .addSelect("SUM(COALESCE(r.recordCount, 0))", "records")
    .getRawOne<GroupRow>();
  return { resourceCount: Number(row?.resources ?? 0), recordCount: Number(row?.records ?? 0) };
}
