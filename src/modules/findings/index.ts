/** The findings module's front door (DOMAIN §6): the governance to-do list, each finding derived from the records behind it. */
import { FindingOccurrence } from "./finding-occurrence.entity";
import { findingNodeTypes } from "./findings.loaders";
import { FindingOccurrenceResolver, FindingResolver, FindingsResolver, UnitFindingCountsResolver } from "./findings.resolver";

export { FindingOccurrence };
export * from "./findings.enums";
/** The ledger's daily sweep (the evaluation's "findings resolved" reads the ledger it keeps). */
export { recordFindings, type FindingSweep } from "./finding-ledger.service";
export { scheduleFindingSweep, runFindingsCommand } from "./findings-command";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers: Function[] = [FindingsResolver, FindingResolver, FindingOccurrenceResolver, UnitFindingCountsResolver];
export const entities: Function[] = [FindingOccurrence];
export const nodeTypes = findingNodeTypes;
