import DataLoader from "dataloader";
import { In } from "typeorm";
import { requireSignedIn } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { byKey, groupedByKey } from "../../common/loader-helpers";
import { nodeType } from "../../common/node";
import { InnovationCase, InnovationCaseResource, InnovationCaseUnit } from "./innovation-case.entity";

/** The innovation module's per-request loaders: one statement per level of a page, never one per row. */
export class InnovationLoaders {
  constructor(private readonly ctx: RequestContext) {}

  readonly caseById = new DataLoader<number, InnovationCase | null>(async (ids) =>
    byKey(ids, await this.ctx.manager.findBy(InnovationCase, { id: In([...ids]) }), (c) => c.id),
  );

  readonly resourceLinksOf = new DataLoader<number, InnovationCaseResource[]>(async (ids) =>
    groupedByKey(ids, await this.ctx.manager.find(InnovationCaseResource, { where: { caseId: In([...ids]) }, order: { resourceId: "ASC" } }), (l) => l.caseId),
  );

  readonly unitLinksOf = new DataLoader<number, InnovationCaseUnit[]>(async (ids) =>
    groupedByKey(ids, await this.ctx.manager.find(InnovationCaseUnit, { where: { caseId: In([...ids]) }, order: { unitId: "ASC" } }), (l) => l.caseId),
  );

  /** The cases using each resource, newest first: two statements (links, then cases) for a whole page of resources. */
  readonly casesOfResource = new DataLoader<number, InnovationCase[]>(async (ids) => {
    const links = await this.ctx.manager.find(InnovationCaseResource, { where: { resourceId: In([...ids]) } });
    const cases = await this.caseById.loadMany([...new Set(links.map((l) => l.caseId))]);
    const byId = new Map(cases.filter((c): c is InnovationCase => c instanceof InnovationCase).map((c) => [c.id, c]));
    const newestFirst = (a: InnovationCase, b: InnovationCase) => b.year - a.year || b.id - a.id;
    return groupedByKey(ids, links, (l) => l.resourceId).map((group) => group.map((l) => byId.get(l.caseId)!).sort(newestFirst));
  });
}

/** Cases as `node(id)` finds them: readable by anyone with a role. */
export const innovationNodeTypes = [
  nodeType(InnovationCase, "InnovationCase", async (ctx, ids) => {
    requireSignedIn(ctx);
    return ctx.loaders(InnovationLoaders).caseById.loadMany(ids) as Promise<(InnovationCase | null)[]>;
  }),
];
