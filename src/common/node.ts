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

/** How `node(id)` finds records of one GraphQL type: its entity, its type name, and a batched, scoped load. */
export interface NodeType {
  entity: Function;
  typeName: string;
  load(ctx: RequestContext, rowIds: readonly number[]): Promise<(object | null)[]>;
}

/**
 * Declares that `entity` is exposed as GraphQL type `typeName`, and how `node(id)` loads it (batched;
 * null for a record the caller may not read). Each module's front door lists its node types; the
 * schema registers them (registerNodeTypes), so no import has a side effect.
 */
export function nodeType<T extends object>(
  entity: abstract new (...args: never[]) => T,
  typeName: string,
  load: (ctx: RequestContext, rowIds: readonly number[]) => Promise<(T | null)[]>,
): NodeType {
  return { entity, typeName, load };
}

/** Makes the types answer `node(id)` and resolve the Node interface; called once, where the schema is built. */
export function registerNodeTypes(types: readonly NodeType[]): void {
  for (const { entity, typeName, load } of types) {
    nodeTypes.set(entity, typeName);
    nodeLoaders.set(typeName, load);
  }
}

export function nodeTypeName(value: object): string {
  const name = nodeTypes.get(value.constructor);
  if (!name) throw new Error(`${value.constructor.name} is not a registered Node type`);
  return name;
}

export function nodeLoader(typeName: string) {
  return nodeLoaders.get(typeName);
}
