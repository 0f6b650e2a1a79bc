/** The opening module's front door (DOMAIN §4, 开放): open datasets, the public catalog and its harvesting routes. */
export { OpenDataset, OpenDistribution, OpenDatasetUsage } from "./open-dataset.entity";
export * from "./opening.enums";
export { OpeningErrorCode } from "./opening.errors";
export { OpeningLoaders } from "./opening.loaders";
export { publishOpenDataset, withdrawOpenDataset, recordOpenDataUsage } from "./opening.service";
export { openDataRoutes } from "./open-data.routes";
