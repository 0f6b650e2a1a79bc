/** The labels module's front door: the enums' labels as data (the label maps live in each module's messages). */
export { LabelsResolver };
import { LabelsResolver } from "./labels.resolver";

/** Registered by src/schema.ts. */
export const resolvers = [LabelsResolver];
export const entities = [];
export const nodeTypes = [];
