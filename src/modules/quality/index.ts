/** The quality module's front door (DOMAIN §3: rules, measurements and their roll-ups, scores, 数据纠错). */
import { QualityIssue } from "./quality-issue.entity";
import { QualityMeasurement } from "./quality-measurement.entity";
import { QualityDaily, QualityLatest, QualityUnitCurrent, QualityUnitDaily } from "./quality-rollup.entity";
import { QualityRule } from "./quality-rule.entity";
import { qualityNodeTypes } from "./quality.loaders";
import { MAX_BATCH_REQUEST_BYTES } from "./quality.policy";
import {
  DataResourceQualityResolver,
  QualityBelowTargetResolver,
  QualityIssueResolver,
  QualityMeasurementResolver,
  QualityResolver,
  QualityRuleResolver,
  QualityScoresResolver,
  UnitQualityResolver,
} from "./quality.resolver";

export { QualityRule, QualityMeasurement, QualityIssue };
export * from "./quality.enums";
export { QualityLoaders } from "./quality.loaders";
export { recordCatalogChecks, refreshCatalogChecks } from "./quality-catalog-checks.service";
export { recordQualityMeasurements } from "./quality-measurement.service";
export { maintainQualityPartitions, prepareQualityPartitions, qualityPartitions, scheduleQualityPartitions } from "./quality-partitions";
/** Mutations whose request body may pass MAX_REQUEST_BYTES, and their own bound (src/http/large-bodies.ts). */
export const LARGE_REQUEST_OPERATIONS = { recordQualityMeasurements: MAX_BATCH_REQUEST_BYTES, recordQualityMeasurementColumns: MAX_BATCH_REQUEST_BYTES };
export { createQualityRule } from "./quality-rule.service";
export { reportQualityIssue, moveQualityIssue } from "./quality-issue.service";
/** The rules the findings module reports (stale resources, scores below target, overdue issues), written once here. */
export { isOverdue as isQualityIssueOverdue } from "./quality-issue.service";
export { OPEN_FOR_PROVIDER, UPDATE_PERIOD_DAYS, timelinessCenti, qualitySettings, toCenti, fromCenti, districtDay } from "./quality.policy";
export { QualityLatest } from "./quality-rollup.entity";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [
  QualityResolver,
  QualityScoresResolver,
  DataResourceQualityResolver,
  UnitQualityResolver,
  QualityRuleResolver,
  QualityMeasurementResolver,
  QualityIssueResolver,
  QualityBelowTargetResolver,
];
export const entities = [QualityRule, QualityMeasurement, QualityIssue, QualityLatest, QualityDaily, QualityUnitDaily, QualityUnitCurrent];
export const nodeTypes = qualityNodeTypes;
/** A unit's (or resource's) current scores per dimension and overall, for the annual report's figures. */
export { dimensionScores } from "./quality-score.service";
export { QualityScores } from "./quality.types";
export { overallScore } from "./quality.policy";
