import type { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import {
  APPROVE,
  createResource,
  gql,
  NATIONAL_DAY_2026,
  refusal,
  REJECT,
  REQUEST,
  requestInput,
  REVOKE,
  SET_EXCEPTION,
  staffedUnitWithClients,
  TestClock,
  USAGE,
} from "./sharing-support";

const clock = new TestClock("2026-09-28T02:00:00Z");
let server: TestCatalog;
let admin: ApiClient;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog({}, { clock: clock.now });
  admin = server.api;
  district = await DistrictScenario.create(admin);
  for (const input of NATIONAL_DAY_2026) await gql(admin, SET_EXCEPTION, { input });
});
afterAll(() => server.stop());

/** A provider department and a consumer street, each with a signed-in CDO and data specialist. */
async function providerAndConsumer(tag: string) {
  const provider = await staffedUnitWithClients(district, admin, "DEPARTMENT", `区民政局${tag}`);
  const consumer = await staffedUnitWithClients(district, admin, "STREET", `茶山街道${tag}`);
  return { provider, consumer };
}

const REQUESTS_OF = `query Of($consumer: ID!) { sharingRequests(filter: { consumerUnitId: $consumer }) { totalCount nodes { id status } } }`;

describe("a consumer unit's request takes the path its sharing type sets", () => {
  it("无条件共享: granted at once, with an active grant and no deadline", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("A");
    const resource = await createResource(admin, provider.unit.id, "养老服务机构名录");
    const { requestSharing } = await gql(consumer.specialist, REQUEST, requestInput(consumer.unit.id, resource.id, { wantedUntil: "2026-12-31" }));
    expect(requestSharing).toMatchObject({
      status: "GRANTED",
      effectiveSharingType: "UNCONDITIONAL",
      grantedAtOnce: true,
      requestedOn: "2026-09-28",
      decisionDueOn: null,
      decidedOn: "2026-09-28",
      decisionWorkingDays: 0,
      grant: { state: "ACTIVE", grantedOn: "2026-09-28", expiresOn: "2026-12-31", conditions: null },
    });
  });

  it("有条件共享: waits for the provider, due 10 working days later across the National Day holiday and its make-up Saturday", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("B");
    const resource = await createResource(admin, provider.unit.id, "城乡低保对象信息", { sharingType: "CONDITIONAL" });
    const { requestSharing } = await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id));
    // Sep 29, 30 (2); Oct 1–7 off but for the weekend; Oct 8, 9 (4); Saturday Oct 10 worked (5); Oct 12–16 (10).
    expect(requestSharing).toMatchObject({ status: "PENDING", effectiveSharingType: "CONDITIONAL", decisionDueOn: "2026-10-16", grant: null, overdue: false });

    const { approveSharingRequest } = await gql(provider.specialist, APPROVE, {
      input: { requestId: requestSharing.id, conditions: "仅用于低保复核，不得转授", expiresOn: "2027-09-30" },
    });
    expect(approveSharingRequest).toMatchObject({
      status: "GRANTED",
      conditions: "仅用于低保复核，不得转授",
      decidedOn: "2026-09-28",
      decisionWorkingDays: 0,
      grant: { state: "ACTIVE", expiresOn: "2027-09-30", conditions: "仅用于低保复核，不得转授" },
    });
    const again = await refusal(provider.cdo, REJECT, { input: { requestId: requestSharing.id, reason: "重复审核" } });
    expect(again.extensions).toMatchObject({ code: "REQUEST_ALREADY_DECIDED", field: "requestId" });
  });

  it("有条件共享 rejected: with the reason recorded and no grant", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("C");
    const resource = await createResource(admin, provider.unit.id, "出生医学证明签发记录", { sharingType: "CONDITIONAL" });
    const { requestSharing } = await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id));
    clock.setDay("2026-10-08");
    const { rejectSharingRequest } = await gql(provider.cdo, REJECT, { input: { requestId: requestSharing.id, reason: "申请用途超出法定范围" } });
    // Sep 29, Sep 30, Oct 8: three working days (the holiday week does not count).
    expect(rejectSharingRequest).toMatchObject({
      status: "REJECTED",
      rejectionReason: "申请用途超出法定范围",
      decidedOn: "2026-10-08",
      decisionWorkingDays: 3,
      grant: null,
    });
  });

  it("不予共享: refused at request time with its own code and the recorded basis, and nothing written", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("D");
    const resource = await createResource(admin, provider.unit.id, "危化品企业台账", { sharingType: "NOT_SHARED" });
    const error = await refusal(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id));
    expect(error.extensions).toMatchObject({ code: "RESOURCE_NOT_SHARED", field: "resourceId", basis: "《政务数据共享条例》第十三条" });
    const { sharingRequests } = await gql(admin, REQUESTS_OF, { consumer: consumer.unit.id });
    expect(sharingRequests.totalCount).toBe(0);
  });

  it("an item stricter than its resource follows the stricter rule; the strictest of the requested items and the resource decides", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("E");
    const resource = await createResource(admin, provider.unit.id, "市场主体登记信息", {
      items: [{ code: "I1" }, { code: "I2", sharingType: "CONDITIONAL" }, { code: "I3", sharingType: "NOT_SHARED" }],
    });
    const onlyOpen = await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id, { itemIds: [resource.itemIds.I1] }));
    expect(onlyOpen.requestSharing).toMatchObject({ status: "GRANTED", effectiveSharingType: "UNCONDITIONAL", items: [{ code: "I1" }] });

    const withConditional = await gql(
      consumer.cdo,
      REQUEST,
      requestInput(consumer.unit.id, resource.id, { itemIds: [resource.itemIds.I2, resource.itemIds.I1] }),
    );
    expect(withConditional.requestSharing).toMatchObject({ status: "PENDING", effectiveSharingType: "CONDITIONAL", items: [{ code: "I1" }, { code: "I2" }] });

    const withNotShared = await refusal(
      consumer.cdo,
      REQUEST,
      requestInput(consumer.unit.id, resource.id, { itemIds: [resource.itemIds.I1, resource.itemIds.I3] }),
    );
    expect(withNotShared.extensions).toMatchObject({ code: "RESOURCE_NOT_SHARED", field: "itemIds", itemCode: "I3" });
    // The whole resource names every item, I3 included.
    const whole = await refusal(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id));
    expect(whole.extensions).toMatchObject({ code: "RESOURCE_NOT_SHARED", field: "itemIds", itemCode: "I3" });
  });

  it("refuses drafts, a unit's own resource, a second pending request and items of another resource", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("F");
    const draft = await createResource(admin, provider.unit.id, "草稿资源", { status: "DRAFT" });
    expect((await refusal(provider.cdo, REQUEST, requestInput(consumer.unit.id, draft.id))).extensions?.code).toBe("FORBIDDEN");
    expect((await refusal(consumer.cdo, REQUEST, requestInput(consumer.unit.id, draft.id))).extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "resourceId",
    });
    const published = await createResource(admin, provider.unit.id, "已发布资源", { sharingType: "CONDITIONAL" });
    expect((await refusal(provider.cdo, REQUEST, requestInput(provider.unit.id, published.id))).extensions).toMatchObject({
      code: "OWN_RESOURCE",
      field: "consumerUnitId",
    });
    await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, published.id));
    expect((await refusal(consumer.specialist, REQUEST, requestInput(consumer.unit.id, published.id))).extensions).toMatchObject({
      code: "REQUEST_ALREADY_PENDING",
      field: "resourceId",
    });
    const other = await createResource(admin, provider.unit.id, "另一资源");
    expect((await refusal(consumer.cdo, REQUEST, requestInput(consumer.unit.id, published.id, { itemIds: [other.itemIds.I1] }))).extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "itemIds",
    });
  });
});

describe("who may request and who decides", () => {
  it("only the consumer's people request; only the provider's CDO or specialist decides; the district office neither", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("G");
    const outsider = await staffedUnitWithClients(district, admin, "STREET", "青龙街道G");
    const resource = await createResource(admin, provider.unit.id, "医疗机构执业信息", { sharingType: "CONDITIONAL" });

    for (const client of [provider.cdo, outsider.cdo, admin]) {
      expect((await refusal(client, REQUEST, requestInput(consumer.unit.id, resource.id))).extensions).toMatchObject({
        code: "FORBIDDEN",
        field: "consumerUnitId",
      });
    }
    const analyst = (await signedInAs(admin, null, { analyst: true })).client;
    expect((await refusal(analyst, REQUEST, requestInput(consumer.unit.id, resource.id))).extensions?.code).toBe("FORBIDDEN");

    const { requestSharing } = await gql(consumer.specialist, REQUEST, requestInput(consumer.unit.id, resource.id));
    const approve = { input: { requestId: requestSharing.id, conditions: "限本街道使用" } };
    expect((await refusal(consumer.cdo, APPROVE, approve)).extensions).toMatchObject({ code: "FORBIDDEN", field: "requestId" });
    expect((await refusal(admin, APPROVE, approve)).extensions).toMatchObject({ code: "FORBIDDEN", field: "requestId" });
    // Outside both units the request does not exist for you.
    expect((await refusal(outsider.cdo, APPROVE, approve)).extensions).toMatchObject({ code: "NOT_FOUND", field: "requestId" });
    expect((await gql(provider.cdo, APPROVE, approve)).approveSharingRequest.status).toBe("GRANTED");
  });

  it("scope: a unit's people see requests to and from their unit only; analysts and the district office see all", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("H");
    const outsider = await staffedUnitWithClients(district, admin, "STREET", "雕庄街道H");
    const resource = await createResource(admin, provider.unit.id, "城管执法案件信息");
    const { requestSharing } = await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id));
    const query = `query Of($provider: ID!) { sharingRequests(filter: { providerUnitId: $provider }) { totalCount nodes { id } } sharingGrants(filter: { providerUnitId: $provider }) { totalCount } }`;
    const analyst = (await signedInAs(admin, null, { analyst: true })).client;
    for (const client of [provider.specialist, consumer.cdo, analyst, admin]) {
      const seen = await gql(client, query, { provider: provider.unit.id });
      expect(seen.sharingRequests.nodes.map((n: { id: string }) => n.id)).toEqual([requestSharing.id]);
      expect(seen.sharingGrants.totalCount).toBe(1);
    }
    const hidden = await gql(outsider.cdo, query, { provider: provider.unit.id });
    expect(hidden.sharingRequests.totalCount).toBe(0);
    expect(hidden.sharingGrants.totalCount).toBe(0);
    expect((await gql(outsider.cdo, `query N($id: ID!) { node(id: $id) { id } }`, { id: requestSharing.id })).node).toBeNull();
    expect((await gql(consumer.specialist, `query N($id: ID!) { node(id: $id) { id } }`, { id: requestSharing.id })).node).toEqual({ id: requestSharing.id });
  });
});

describe("deadlines in working days", () => {
  it("a request is overdue from the day after its due day, listed per provider, and its decision counts working days", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("I");
    const resource = await createResource(admin, provider.unit.id, "网格事件处置记录", { sharingType: "CONDITIONAL" });
    const { requestSharing } = await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id));
    const overdue = `query Overdue($provider: ID) { overdueSharingRequests(providerUnitId: $provider) { totalCount nodes { id decisionDueOn overdue } } }`;

    clock.setDay("2026-10-16");
    expect((await gql(provider.cdo, overdue, { provider: provider.unit.id })).overdueSharingRequests.totalCount).toBe(0);
    clock.setDay("2026-10-17");
    const listed = await gql(provider.cdo, overdue, { provider: provider.unit.id });
    expect(listed.overdueSharingRequests.nodes).toEqual([{ id: requestSharing.id, decisionDueOn: "2026-10-16", overdue: true }]);
    // The consumer sees it too; another provider's list does not hold it.
    expect((await gql(consumer.cdo, overdue, { provider: provider.unit.id })).overdueSharingRequests.totalCount).toBe(1);

    clock.setDay("2026-10-19");
    const { approveSharingRequest } = await gql(provider.cdo, APPROVE, { input: { requestId: requestSharing.id, conditions: "限网格治理" } });
    expect(approveSharingRequest).toMatchObject({ decidedOn: "2026-10-19", decisionWorkingDays: 11 });
    expect((await gql(provider.cdo, overdue, { provider: provider.unit.id })).overdueSharingRequests.totalCount).toBe(0);
  });
});

describe("revocation, expiry and usage", () => {
  it("a revoked grant accepts no usage after the day of revocation; an expired one none after its last day", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("J");
    const resource = await createResource(admin, provider.unit.id, "固定资产投资项目备案信息");
    const other = await createResource(admin, provider.unit.id, "养老机构名录J");
    const revoked = (await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id))).requestSharing.grant.id;
    const expiring = (await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, other.id, { wantedUntil: "2026-10-31" }))).requestSharing.grant.id;

    clock.setDay("2026-10-22");
    const usage = (grantId: string, date: string) => ({ grantId, date, calls: 10, records: 100 });
    expect((await gql(admin, USAGE, { input: { records: [usage(revoked, "2026-10-20"), usage(expiring, "2026-10-20")] } })).recordSharingUsage).toEqual({
      created: 2,
      replaced: 0,
      unchanged: 0,
    });
    expect((await refusal(consumer.cdo, REVOKE, { input: { grantId: revoked, reason: "越权" } })).extensions?.code).toBe("FORBIDDEN");
    const { revokeSharingGrant } = await gql(provider.specialist, REVOKE, { input: { grantId: revoked, reason: "使用方超范围使用数据" } });
    expect(revokeSharingGrant).toMatchObject({ state: "REVOKED", revokedOn: "2026-10-22", revocationReason: "使用方超范围使用数据" });
    expect((await refusal(provider.cdo, REVOKE, { input: { grantId: revoked, reason: "再次撤销" } })).extensions?.code).toBe("GRANT_NOT_ACTIVE");

    expect((await gql(admin, USAGE, { input: { records: [usage(revoked, "2026-10-22")] } })).recordSharingUsage.created).toBe(1);
    clock.setDay("2026-10-23");
    const afterRevocation = await refusal(admin, USAGE, { input: { records: [usage(revoked, "2026-10-23")] } });
    expect(afterRevocation.extensions).toMatchObject({ code: "GRANT_REVOKED", field: "records.0.date", index: 0 });

    clock.setDay("2026-11-02");
    const state = await gql(admin, `query N($id: ID!) { node(id: $id) { ... on SharingGrant { state expiresOn } } }`, { id: expiring });
    expect(state.node).toEqual({ state: "EXPIRED", expiresOn: "2026-10-31" });
    expect((await gql(admin, USAGE, { input: { records: [usage(expiring, "2026-10-31")] } })).recordSharingUsage.created).toBe(1);
    const afterExpiry = await refusal(admin, USAGE, { input: { records: [usage(expiring, "2026-11-01")] } });
    expect(afterExpiry.extensions).toMatchObject({ code: "GRANT_EXPIRED", field: "records.0.date", index: 0 });
    expect((await refusal(provider.cdo, REVOKE, { input: { grantId: expiring, reason: "到期后撤销" } })).extensions?.code).toBe("GRANT_NOT_ACTIVE");
  });

  it("a usage batch is all or nothing: the failing record's index is given, and nothing of the batch is written", async () => {
    clock.setDay("2026-10-12");
    const { provider, consumer } = await providerAndConsumer("K");
    const resource = await createResource(admin, provider.unit.id, "医疗机构名录K");
    const grantId = (await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id))).requestSharing.grant.id;
    clock.setDay("2026-10-20");
    const batch = [
      { grantId, date: "2026-10-13", calls: 5, records: 50 },
      { grantId, date: "2026-10-14", calls: 6, records: 60 },
      { grantId, date: "2026-10-11", calls: 7, records: 70 }, // before the grant
    ];
    const error = await refusal(admin, USAGE, { input: { records: batch } });
    expect(error.extensions).toMatchObject({ code: "USAGE_OUTSIDE_GRANT", field: "records.2.date", index: 2 });
    const totals = `query T($id: ID!) { node(id: $id) { ... on SharingGrant { usageTotals { days calls records } } } }`;
    expect((await gql(admin, totals, { id: grantId })).node.usageTotals).toEqual({ days: 0, calls: 0, records: 0 });

    const duplicate = await refusal(admin, USAGE, { input: { records: [batch[0], batch[1], batch[0]] } });
    expect(duplicate.extensions).toMatchObject({ code: "USAGE_DUPLICATE_IN_BATCH", field: "records.2.date", index: 2 });
    expect((await refusal(provider.cdo, USAGE, { input: { records: [batch[0]] } })).extensions?.code).toBe("FORBIDDEN");
    const malformed = await refusal(admin, USAGE, { input: { records: [batch[0], { ...batch[1], grantId: resource.id }] } });
    expect(malformed.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "records.1.grantId", index: 1 });

    expect((await gql(admin, USAGE, { input: { records: batch.slice(0, 2) } })).recordSharingUsage).toEqual({ created: 2, replaced: 0, unchanged: 0 });
    // The platform re-reports a day with corrected figures: replaced, not added.
    const corrected = [{ ...batch[0], records: 55 }, batch[1]];
    expect((await gql(admin, USAGE, { input: { records: corrected } })).recordSharingUsage).toEqual({ created: 0, replaced: 1, unchanged: 1 });
    expect((await gql(admin, totals, { id: grantId })).node.usageTotals).toEqual({ days: 2, calls: 11, records: 115 });
  });

  it("every decision is in the audit trail", async () => {
    clock.setDay("2026-09-28");
    const { provider, consumer } = await providerAndConsumer("L");
    const resource = await createResource(admin, provider.unit.id, "审计资源L", { sharingType: "CONDITIONAL" });
    const { requestSharing } = await gql(consumer.cdo, REQUEST, requestInput(consumer.unit.id, resource.id));
    const { approveSharingRequest } = await gql(provider.cdo, APPROVE, { input: { requestId: requestSharing.id, conditions: "限审计" } });
    const trail = `query Trail($id: ID!) { auditEntries(filter: { targetId: $id }) { nodes { operation changes { field after } } } }`;
    const entries = (await gql(admin, trail, { id: requestSharing.id })).auditEntries.nodes.map((e: { operation: string }) => e.operation).sort();
    expect(entries).toEqual(["approveSharingRequest", "requestSharing"]);
    const grantEntries = (await gql(admin, trail, { id: approveSharingRequest.grant.id })).auditEntries.nodes;
    expect(grantEntries.map((e: { operation: string }) => e.operation)).toEqual(["approveSharingRequest"]);
  });
});
