import { IsNull } from "typeorm";
import type { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import {
  createEvaluationScheme,
  EvaluationIndicator,
  EvaluationMetric,
  IndicatorCategory,
  IndicatorMethod,
  publishEvaluationRun,
  publishEvaluationScheme,
  runEvaluation,
  setEvaluationManualScore,
} from "../modules/evaluation";
import { Appointment, AppointmentRole, Unit, UnitKind } from "../modules/organisation";
import { demoEvaluationScheme, demoManualDefault, demoManualScores } from "./evaluation.data";

/**
 * 履职评价: the demo year's indicator system, published; the district office's manual scores of every
 * unit CDO in office; one run over the demo catalog, published. Loaded last, over the other modules'
 * demo data, through the same services as the API.
 */
export async function loadEvaluationDemo(tx: RequestContext): Promise<{ evaluatedUnits: number }> {
  const district = await tx.manager.findOneByOrFail(Unit, { kind: UnitKind.DISTRICT });
  const year = Number(tx.today().slice(0, 4));
  const draft = await createEvaluationScheme(tx, {
    districtId: toGlobalId("Unit", district.id),
    year,
    title: `${demoEvaluationScheme.title}(${year} 年度)`,
    indicators: demoEvaluationScheme.indicators.map((i) => ({
      ...i,
      category: i.category as IndicatorCategory,
      method: i.method as IndicatorMethod,
      metric: "metric" in i ? (i.metric as EvaluationMetric) : null,
    })),
  });
  const scheme = await publishEvaluationScheme(tx, toGlobalId("EvaluationScheme", draft.id));
  const manual = await tx.manager.findOneByOrFail(EvaluationIndicator, { schemeId: scheme.id, method: IndicatorMethod.MANUAL });
  const cdoTerms = await tx.manager.find(Appointment, { where: { role: AppointmentRole.UNIT_CDO, endDate: IsNull() }, order: { unitId: "ASC" } });
  const units = new Map((await tx.manager.findBy(Unit, {})).map((u) => [u.id, u]));
  const inOffice = cdoTerms.filter((a) => a.startDate <= tx.today());
  for (const term of inOffice) {
    const { score, reason } = demoManualScores[units.get(term.unitId)!.code] ?? demoManualDefault;
    await setEvaluationManualScore(tx, { indicatorId: toGlobalId("EvaluationIndicator", manual.id), unitId: toGlobalId("Unit", term.unitId), score, reason });
  }
  const run = await runEvaluation(tx, { schemeId: toGlobalId("EvaluationScheme", scheme.id) });
  await publishEvaluationRun(tx, toGlobalId("EvaluationRun", run.id));
  return { evaluatedUnits: inOffice.length };
}
