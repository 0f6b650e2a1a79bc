import { Field, ID, InterfaceType } from "type-graphql";
import type { RequestContext } from "./context";

/**
 * The Relay `Node` interface. Every entity implements it with an opaque global ID, so
 * `node(id)`/`nodes(ids)` resolve any record and client caches normalise out of the box.
 */
const nodeTypes = new Map<Function, string>();
const nodeLoaders = new Map<string, (ctx: RequestContext, rowIds: readonly number[]) => Promise<(object | null)[]>>();

@InterfaceType("Node", {
  description: "A record with a global, opaque ID.",
  resolveType: (value: object) => nodeTypeName(value),
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID; never parse it." })
  id!: string;
}

/** Declares that `entity` is exposed as GraphQL type `typeName`, and how `node(id)` loads it (batched). */
export function registerNodeType<T extends object>(
  entity: abstract new (...args: never[]) => T,
  typeName: string,
  load: (ctx: RequestContext, rowIds: readonly number[]) => Promise<(T | null)[]>,
): void {
  nodeTypes.set(entity, typeName);
  nodeLoaders.set(typeName, load);
}

export function nodeTypeName(value: object): string {
  const name = nodeTypes.get(value.constructor);
  if (!name) throw new Error(`${value.constructor.name} is not a registered Node type`);
  return name;
}

export function nodeLoader(typeName: string) {
  return nodeLoaders.get(typeName);
}
