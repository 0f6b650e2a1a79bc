/** The evaluation module's front door (DOMAIN §6, 履职评价): the yearly indicator system and each unit CDO's scores. */
import {
  EvaluationEvidence,
  EvaluationIndicator,
  EvaluationManualScore,
  EvaluationResult,
  EvaluationRun,
  EvaluationScheme,
  EvaluationScore,
} from "./evaluation.entity";
import { evaluationNodeTypes } from "./evaluation.loaders";
import {
  EvaluationEvidenceResolver,
  EvaluationIndicatorResolver,
  EvaluationManualScoreResolver,
  EvaluationResolver,
  EvaluationResultResolver,
  EvaluationRunResolver,
  EvaluationSchemeResolver,
  EvaluationScoreResolver,
  UnitEvaluationResolver,
} from "./evaluation.resolver";

export { EvaluationIndicator };
export * from "./evaluation.enums";
export { createEvaluationScheme, publishEvaluationScheme, setEvaluationManualScore } from "./evaluation-scheme.service";
export { runEvaluation, publishEvaluationRun } from "./evaluation-run.service";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [
  EvaluationResolver,
  EvaluationSchemeResolver,
  EvaluationIndicatorResolver,
  EvaluationManualScoreResolver,
  EvaluationRunResolver,
  EvaluationResultResolver,
  EvaluationScoreResolver,
  EvaluationEvidenceResolver,
  UnitEvaluationResolver,
];
export const entities = [EvaluationScheme, EvaluationIndicator, EvaluationManualScore, EvaluationRun, EvaluationResult, EvaluationScore, EvaluationEvidence];
export const nodeTypes = evaluationNodeTypes;
