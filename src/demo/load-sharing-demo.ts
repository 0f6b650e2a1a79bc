import { AccessRole, Viewer } from "../common/auth";
import { RequestContext } from "../common/context";
import { toGlobalId } from "../common/global-id";
import { addDays, CalendarLoaders, isWorkingDay, setWorkingDayException, WorkingDayExceptionKind } from "../modules/calendar";
import { DataItem, DataResource } from "../modules/inventory";
import { Unit } from "../modules/organisation";
import { approveSharingRequest, recordSharingUsage, rejectSharingRequest, requestSharing, revokeSharingGrant, SharingGrant } from "../modules/sharing";
import { demoWorkingDayExceptions } from "./calendar.data";
import { demoSharingRequests, demoUsagePlans, demoUsageReportedOn } from "./sharing.data";

/** The same transaction, acting on a given day (10:00 in Tianning) as a given viewer. */
export function onDay(tx: RequestContext, date: string, viewer: Viewer, operation: string): RequestContext {
  const ctx = new RequestContext(tx.dataSource, tx.requestId, tx.settings, viewer, tx.manager, () => new Date(`${date}T02:00:00Z`));
  ctx.operation = operation;
  return ctx;
}

/** The unit's data specialist, as the demo's requests and decisions are made by them (no account: demo only). */
function specialistOf(unit: Unit): Viewer {
  return Viewer.of({ id: 0, username: `demo:${unit.code}`, personId: null }, [], [{ role: AccessRole.DATA_SPECIALIST, unitId: unit.id, unitPath: unit.path }]);
}

/** The district's 2026 calendar (demo), through the calendar service. */
export async function loadCalendarDemo(tx: RequestContext): Promise<number> {
  for (const e of demoWorkingDayExceptions) await setWorkingDayException(tx, { ...e, kind: e.kind as WorkingDayExceptionKind });
  return demoWorkingDayExceptions.length;
}

/** Requests, decisions, revocations and usage between Tianning units, through the sharing services and their rules. */
export async function loadSharingDemo(tx: RequestContext): Promise<number> {
  const units = new Map((await tx.manager.find(Unit)).map((unit) => [unit.code, unit]));
  const grantOf = new Map<string, SharingGrant>();
  for (const r of [...demoSharingRequests].sort((a, b) => a.requestedOn.localeCompare(b.requestedOn))) {
    const consumer = units.get(r.consumerCode)!;
    const provider = units.get(r.providerCode)!;
    const resource = (await tx.manager.findOneBy(DataResource, { providerUnitId: provider.id, name: r.resourceName }))!;
    const items = r.itemCodes ? await tx.manager.findBy(DataItem, { resourceId: resource.id }) : [];
    const request = await requestSharing(onDay(tx, r.requestedOn, specialistOf(consumer), "requestSharing"), {
      consumerUnitId: toGlobalId("Unit", consumer.id),
      resourceId: toGlobalId("DataResource", resource.id),
      itemIds: r.itemCodes?.map((code) => toGlobalId("DataItem", items.find((item) => item.code === code)!.id)),
      purpose: r.purpose,
      legalBasis: r.legalBasis,
      wantedUntil: r.wantedUntil,
    });
    const requestId = toGlobalId("SharingRequest", request.id);
    if (r.decision?.approve) {
      const { on, conditions, expiresOn } = r.decision;
      await approveSharingRequest(onDay(tx, on, specialistOf(provider), "approveSharingRequest"), { requestId, conditions, expiresOn });
    } else if (r.decision) {
      await rejectSharingRequest(onDay(tx, r.decision.on, specialistOf(provider), "rejectSharingRequest"), { requestId, reason: r.decision.reason });
    }
    const grant = await tx.manager.findOneBy(SharingGrant, { requestId: request.id });
    if (grant) grantOf.set(r.key, grant);
    if (grant && r.revoke) {
      await revokeSharingGrant(onDay(tx, r.revoke.on, specialistOf(provider), "revokeSharingGrant"), {
        grantId: toGlobalId("SharingGrant", grant.id),
        reason: r.revoke.reason,
      });
    }
  }

  // The exchange platform's daily figures on working days, varied a little from day to day.
  const calendar = await tx.loaders(CalendarLoaders).calendar();
  const records = [];
  for (const plan of demoUsagePlans) {
    const grantId = toGlobalId("SharingGrant", grantOf.get(plan.key)!.id);
    for (let date = plan.from, i = 0; date <= plan.to; date = addDays(date, 1)) {
      if (!isWorkingDay(date, calendar)) continue;
      const swing = (i++ * 7) % 9;
      records.push({ grantId, date, calls: plan.calls + swing, records: plan.records + swing * Math.ceil(plan.records / 20) });
    }
  }
  await recordSharingUsage(onDay(tx, demoUsageReportedOn, Viewer.system(), "recordSharingUsage"), records);
  return demoSharingRequests.length;
}
