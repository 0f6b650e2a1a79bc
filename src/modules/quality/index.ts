/** The quality module's front door (DOMAIN §3: rules, measurements and their roll-ups, scores, 数据纠错). */
export { QualityRule } from "./quality-rule.entity";
export { QualityMeasurement } from "./quality-measurement.entity";
export { QualityIssue } from "./quality-issue.entity";
export * from "./quality.enums";
export { QualityLoaders } from "./quality.loaders";
export { recordCatalogChecks, recordQualityMeasurements, refreshCatalogChecks } from "./quality-measurement.service";
export { createQualityRule } from "./quality-rule.service";
export { reportQualityIssue, moveQualityIssue } from "./quality-issue.service";
