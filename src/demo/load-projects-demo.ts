import { IsNull } from "typeorm";
import { AccessRole, Viewer } from "../common/auth";
import type { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import { DataResource } from "../modules/inventory";
import { Appointment, AppointmentRole, Unit, UnitKind } from "../modules/organisation";
import {
  createItProject,
  ItProject,
  ProjectResourceUsage,
  ProjectReview,
  ProjectVerdict,
  recordProjectVerdict,
  startProjectReview,
  submitItProject,
  updateItProject,
  withdrawItProject,
} from "../modules/projects";
import { onDay } from "./load-sharing-demo";
import { type DemoProjectResource, demoProjects } from "./projects.data";

/** The unit's data specialist, who prepares and submits its projects (no account: demo only). */
function preparerOf(unit: Unit): Viewer {
  return Viewer.of({ id: 0, username: `demo:${unit.code}`, personId: null }, [], [{ role: AccessRole.DATA_SPECIALIST, unitId: unit.id, unitPath: unit.path }]);
}

/** The reviewing CDO as the policy names them: the district CDO for the district, the unit's CDO elsewhere (the district CDO standing in when it has none). */
async function reviewerOf(tx: RequestContext, unit: Unit, root: Unit): Promise<Viewer> {
  const own =
    unit.kind === UnitKind.DISTRICT ? null : await tx.manager.findOneBy(Appointment, { unitId: unit.id, role: AppointmentRole.UNIT_CDO, endDate: IsNull() });
  if (own)
    return Viewer.of(
      { id: 0, username: `demo:cdo:${unit.code}`, personId: own.personId },
      [],
      [{ role: AccessRole.UNIT_CDO, unitId: unit.id, unitPath: unit.path }],
    );
  const leader = await tx.manager.findOneBy(Appointment, { unitId: root.id, role: AppointmentRole.DISTRICT_CDO, endDate: IsNull() });
  return Viewer.of({ id: 0, username: "demo:district.cdo", personId: leader?.personId ?? null }, [AccessRole.DISTRICT_CDO], []);
}

/** IT projects and their review rounds for several Tianning units, through the projects services and their rules. */
export async function loadProjectsDemo(tx: RequestContext): Promise<number> {
  const units = new Map((await tx.manager.find(Unit)).map((unit) => [unit.code, unit]));
  const root = [...units.values()].find((unit) => unit.kind === UnitKind.DISTRICT)!;
  const resourceIds = async (links: DemoProjectResource[]) => {
    const found = [];
    for (const link of links) {
      const resource = (await tx.manager.findOneBy(DataResource, { providerUnitId: units.get(link.unitCode)!.id, name: link.name }))!;
      found.push({ resourceId: toGlobalId("DataResource", resource.id), usage: link.usage as ProjectResourceUsage });
    }
    return found;
  };
  for (const p of demoProjects) {
    const unit = units.get(p.unitCode)!;
    const preparer = preparerOf(unit);
    const reviewer = await reviewerOf(tx, unit, root);
    const created = p.rounds[0]?.submittedOn ?? "2026-11-20";
    const project = await createItProject(onDay(tx, created, preparer, "createItProject"), {
      unitId: toGlobalId("Unit", unit.id),
      name: p.name,
      year: p.year,
      budget: p.budgetFen,
      independentApplication: p.independentApplication,
      description: p.description,
      resources: await resourceIds(p.resources),
    });
    const id = toGlobalId("ItProject", project.id);
    for (const round of p.rounds) {
      if (round.revise) {
        const { resources, ...changes } = round.revise;
        await updateItProject(onDay(tx, round.submittedOn, preparer, "updateItProject"), {
          id,
          ...changes,
          ...(resources ? { resources: await resourceIds(resources) } : {}),
        });
      }
      await submitItProject(onDay(tx, round.submittedOn, preparer, "submitItProject"), { id });
      const { roundCount } = (await tx.manager.findOneBy(ItProject, { id: project.id }))!;
      const reviewId = toGlobalId("ProjectReview", (await tx.manager.findOneBy(ProjectReview, { projectId: project.id, round: roundCount }))!.id);
      if (round.startedOn) await startProjectReview(onDay(tx, round.startedOn, reviewer, "startProjectReview"), { reviewId });
      if (round.withdrawnOn) await withdrawItProject(onDay(tx, round.withdrawnOn, preparer, "withdrawItProject"), { id });
      if (round.verdict) {
        const [registeredInInventory, sharedThroughPlatform, noDuplicateCollection, standardsFollowed] = round.verdict.checklist;
        await recordProjectVerdict(onDay(tx, round.verdict.on, reviewer, "recordProjectVerdict"), {
          reviewId,
          verdict: round.verdict.veto ? ProjectVerdict.VETO : ProjectVerdict.APPROVE,
          checklist: { registeredInInventory, sharedThroughPlatform, noDuplicateCollection, standardsFollowed },
          reasons: round.verdict.reasons,
        });
      }
    }
  }
  return demoProjects.length;
}
