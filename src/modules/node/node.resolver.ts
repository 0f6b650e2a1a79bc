import { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { AuthorizedOperations } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { badUserInput } from "../../common/errors";
import { parseGlobalId, toGlobalId } from "../../common/global-id";
import { CommonMessages } from "../../common/messages";
import { Node, nodeLoader } from "../../common/node";

/** Relay object identification: any record by its global ID. */
@AuthorizedOperations()
@Resolver(() => Node)
export class NodeResolver {
  @FieldResolver(() => ID, { description: "Global ID: opaque, stable, unique across types (use it to refetch with `node`)." })
  id(@Root() record: { id: number }, @Info() info: GraphQLResolveInfo): string {
    return toGlobalId(info.parentType.name, record.id);
  }

  @Query(() => Node, {
    nullable: true,
    description: "Any record by its global ID; null if it does not exist or is outside your units (the same answer). A malformed ID is BAD_USER_INPUT.",
  })
  async node(@Ctx() ctx: RequestContext, @Arg("id", () => ID, { description: "A global ID of any type." }) id: string): Promise<object | null> {
    const [record] = await loadNodes(ctx, [id], "id");
    return record;
  }

  @Query(() => [Node], {
    nullable: "items",
    description: "Records by global ID, in the order given (null where one does not exist or is outside your units). At most 100.",
  })
  nodes(
    @Ctx() ctx: RequestContext,
    @Arg("ids", () => [ID], { description: "Global IDs of any type, at most 100." }) ids: string[],
  ): Promise<(object | null)[]> {
    if (ids.length > 100) throw badUserInput("ids", CommonMessages.tooManyIds(100));
    return loadNodes(ctx, ids, "ids");
  }
}

async function loadNodes(ctx: RequestContext, ids: readonly string[], field: string): Promise<(object | null)[]> {
  const parsed = ids.map((id) => {
    const { type, rowId } = parseGlobalId(id, field);
    const load = nodeLoader(type);
    if (!load) throw badUserInput(field, CommonMessages.notIdOfAnyType(id));
    return { load, rowId };
  });
  return Promise.all(parsed.map(async ({ load, rowId }) => (await load(ctx, [rowId]))[0] ?? null));
}
