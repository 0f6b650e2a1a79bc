/** The innovation module's front door (DOMAIN §5, 融合创新): innovation cases and the resources they use. */
import { InnovationCase, InnovationCaseResource, InnovationCaseUnit } from "./innovation-case.entity";
import { innovationNodeTypes } from "./innovation.loaders";
import { DataResourceInnovationResolver, InnovationCaseResolver, InnovationResolver } from "./innovation.resolver";

export { InnovationCase };
export * from "./innovation.enums";
export { createInnovationCase } from "./innovation.service";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [InnovationResolver, InnovationCaseResolver, DataResourceInnovationResolver];
export const entities = [InnovationCase, InnovationCaseResource, InnovationCaseUnit];
export const nodeTypes = innovationNodeTypes;
