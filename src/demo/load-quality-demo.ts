import { AccessRole, Viewer } from "../common/auth";
import type { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import { DataItem, DataResource } from "../modules/inventory";
import { currentDataSpecialist, OrganisationLoaders } from "../modules/organisation";
import { createQualityRule, moveQualityIssue, QualityDimension, QualitySource, recordQualityMeasurements, reportQualityIssue } from "../modules/quality";
import { demoHistories, demoIssues, demoRules } from "./quality.data";

const DAYS = 90;

/**
 * The quality demo (DOMAIN §3), through the quality module's services and so its rules: rules,
 * 90 days of daily automated checks (one batch), and 数据纠错 issues, one accepted by the
 * provider's data specialist. The catalog's own checks were made when the resources were created.
 */
export async function loadQualityDemo(tx: RequestContext): Promise<{ measurements: number; issues: number }> {
  const resources = new Map((await tx.manager.find(DataResource)).map((r) => [r.name, r]));
  const idOf = (name: string) => toGlobalId("DataResource", resources.get(name)!.id);
  for (const rule of demoRules) {
    await createQualityRule(tx, {
      resourceId: idOf(rule.resource),
      dimension: rule.dimension as QualityDimension,
      checkKind: rule.checkKind as never,
      description: rule.description,
      targetScore: rule.targetScore,
    });
  }
  // Each day at 02:00 district time (18:00 UTC the day before), the last 90 days up to yesterday.
  const today = Date.parse(`${tx.today()}T00:00:00+08:00`);
  const rows = demoHistories.flatMap(({ resource, daily }) =>
    Object.entries(daily).flatMap(([dimension, [first, last]]) =>
      Array.from({ length: DAYS }, (_, i) => {
        const share = i / (DAYS - 1);
        const wobble = ((i * 37) % 11) / 10 - 0.5; // deterministic day-to-day noise of ±0.5
        const score = Math.max(0, Math.min(100, Math.round((first + (last - first) * share + wobble) * 100) / 100));
        return {
          resourceId: idOf(resource),
          dimension: dimension as QualityDimension,
          score,
          measuredAt: new Date(today - (DAYS - i) * 86_400_000 + 2 * 3_600_000),
          source: QualitySource.AUTOMATED,
        };
      }),
    ),
  );
  const { recorded } = await recordQualityMeasurements(tx, rows);

  const loaders = tx.loaders(OrganisationLoaders);
  for (const issue of demoIssues) {
    const resource = resources.get(issue.resource)!;
    const item = issue.item ? await tx.manager.findOneBy(DataItem, { resourceId: resource.id, code: issue.item }) : null;
    const reported = await reportQualityIssue(tx, {
      resourceId: idOf(issue.resource),
      itemId: item ? toGlobalId("DataItem", item.id) : null,
      title: issue.title,
      description: issue.description,
    });
    if (!issue.accepted) continue;
    // Accepted by the provider's data specialist, acting as such.
    const unit = (await loaders.unitById.load(resource.providerUnitId))!;
    const specialist = currentDataSpecialist(await loaders.currentAppointmentsOf.load(unit.id));
    if (!specialist) continue;
    const asSpecialist = tx.as(
      Viewer.of(
        { id: 0, username: "demo.specialist", personId: specialist.personId },
        [],
        [{ role: AccessRole.DATA_SPECIALIST, unitId: unit.id, unitPath: unit.path }],
      ),
    );
    await moveQualityIssue(asSpecialist, toGlobalId("QualityIssue", reported.id), "accept", null);
  }
  return { measurements: recorded, issues: demoIssues.length };
}
