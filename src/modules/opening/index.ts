/** The opening module's front door (DOMAIN §4, 开放): open datasets, the public catalog and its harvesting routes. */
import { OpenDataset, OpenDatasetUsage, OpenDistribution } from "./open-dataset.entity";
import { openingNodeTypes } from "./opening.loaders";
import { OpenCatalogResolver, OpenDataPublishingResolver, OpenDatasetFieldResolver, ResourceOpeningResolver } from "./opening.resolver";

export { OpenDataset, OpenDistribution, OpenDatasetUsage };
export * from "./opening.enums";
export { OpeningErrorCode } from "./opening.errors";
export { OpeningLoaders } from "./opening.loaders";
export { publishOpenDataset, withdrawOpenDataset, recordOpenDataUsage } from "./opening.service";
export { openDataRoutes } from "./open-data.routes";
/** The publication rules, for the findings module's "opened against the rules". */
export { checkPublication } from "./opening.policy";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [OpenCatalogResolver, OpenDatasetFieldResolver, OpenDataPublishingResolver, ResourceOpeningResolver];
export const entities = [OpenDataset, OpenDistribution, OpenDatasetUsage];
export const nodeTypes = openingNodeTypes;
