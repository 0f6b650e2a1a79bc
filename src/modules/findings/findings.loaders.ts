import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey } from "../../common/loader-helpers";
import { nodeLoader, nodeType } from "../../common/node";
import { OrganisationLoaders } from "../organisation";
import { FindingOccurrence } from "./finding-occurrence.entity";
import { currentFindings } from "./findings.service";

/** The findings module's per-request loaders: the current findings computed once per request, and their subjects batched per type. */
export class FindingLoaders {
  constructor(private readonly ctx: RequestContext) {}

  private computed?: ReturnType<typeof currentFindings>;

  /** The district's current findings, once per request (the list and the counts of one request share them). */
  current(): ReturnType<typeof currentFindings> {
    return (this.computed ??= currentFindings(this.ctx));
  }

  /** The record a finding is about, by "Type:rowId", through that type's own `node(id)` loader (so its read rule applies): one batch per type. */
  readonly subject = new DataLoader<string, object | null>(async (keys) => {
    const byType = new Map<string, number[]>();
    for (const key of keys) {
      const [type, id] = key.split(":");
      byType.set(type, [...(byType.get(type) ?? []), Number(id)]);
    }
    const loaded = new Map<string, object | null>();
    for (const [type, ids] of byType) {
      const load = nodeLoader(type);
      const rows = load ? await load(this.ctx, ids) : ids.map(() => null);
      ids.forEach((id, i) => loaded.set(`${type}:${id}`, rows[i] ?? null));
    }
    return keys.map((key) => loaded.get(key) ?? null);
  });

  readonly occurrenceById = new DataLoader<number, FindingOccurrence | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(FindingOccurrence, { id: In([...ids]) }), (o) => o.id),
  );
}

/** A finding occurrence answers `node(id)` when you may read its unit. */
export const findingNodeTypes = [
  nodeType(FindingOccurrence, "FindingOccurrence", async (ctx, ids) => {
    requireSignedIn(ctx);
    const occurrences = await ctx.loaders(FindingLoaders).occurrenceById.loadMany(ids);
    return Promise.all(
      occurrences.map(async (o) => {
        if (!(o instanceof FindingOccurrence)) return null;
        const unit = await ctx.loaders(OrganisationLoaders).unitById.load(o.unitId);
        return unit && ctx.viewer.canRead(unit.path) ? o : null;
      }),
    );
  }),
];
