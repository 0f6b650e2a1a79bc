/** The evaluation module's front door (DOMAIN §6, 履职评价): the yearly indicator system and each unit CDO's scores. */
import type { NodeType } from "../../common/node";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers: Function[] = [];
export const entities: Function[] = [];
export const nodeTypes: NodeType[] = [];
