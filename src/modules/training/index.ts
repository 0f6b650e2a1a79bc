/** The training module's front door (DOMAIN §5, 培训): the district's annual plan and the units' sessions. */
import { PlannedTrainingSession, TrainingAttendance, TrainingPlan, TrainingSession } from "./training.entity";
import { trainingNodeTypes } from "./training.loaders";
import {
  PersonTrainingHoursResolver,
  PlannedTrainingSessionResolver,
  TrainingPlanResolver,
  TrainingResolver,
  TrainingSessionResolver,
} from "./training.resolver";

export { TrainingPlan, TrainingSession };
export * from "./training.enums";
export { createTrainingPlan, recordTrainingSession } from "./training.service";
/** 未开展数据安全培训, as a query over units (alias `u`), for the findings module. */
export { withoutDataSecurityTraining } from "./training.service";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [TrainingResolver, TrainingPlanResolver, PlannedTrainingSessionResolver, TrainingSessionResolver, PersonTrainingHoursResolver];
export const entities = [TrainingPlan, PlannedTrainingSession, TrainingSession, TrainingAttendance];
export const nodeTypes = trainingNodeTypes;
