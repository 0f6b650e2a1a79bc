/** Relay object identification (`node`, `nodes`): every module's node types answer it (see src/common/node.ts). */
import { NodeResolver } from "./node.resolver";

/** Registered by src/schema.ts. */
export const resolvers = [NodeResolver];
export const entities = [];
export const nodeTypes = [];
