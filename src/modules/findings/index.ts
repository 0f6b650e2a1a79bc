/** The findings module's front door (DOMAIN §6): the governance to-do list, each finding derived from the records behind it. */
import type { NodeType } from "../../common/node";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers: Function[] = [];
export const entities: Function[] = [];
export const nodeTypes: NodeType[] = [];
