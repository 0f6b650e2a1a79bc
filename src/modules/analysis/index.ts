/** The analysis module's front door (issue 13, analysts): cross-tabs, facets and search over the inventory. */
import type { NodeType } from "../../common/node";
import { ResourceAnalysisResolver } from "./analysis.resolver";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [ResourceAnalysisResolver];
export const entities: Function[] = [];
export const nodeTypes: NodeType[] = [];
