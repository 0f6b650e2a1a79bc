import { print } from "graphql";
import {
  AuditEntriesDocument,
  MostDownloadedOpenDatasetsDocument,
  OpenDatasetDocument,
  OpenDatasetsDocument,
  PublishOpenDatasetDocument,
  RecordOpenDataUsageDocument,
  ResourceOpenDatasetDocument,
  RetireDataResourceDocument,
  UpdateDataResourceDocument,
  WithdrawOpenDatasetDocument,
} from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, signedInAs } from "../support/scenario";
import { sqlStatementsOf } from "../support/sql-statements";
import { createResource, daysAgo, openDatasetOf, publication } from "./opening-support";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

async function rows(table: string): Promise<number> {
  const [row] = await server.catalog.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row.n);
}

describe("publishing a resource as an open dataset obeys its open type and the classification rules", () => {
  const personal = [{ code: "XM001", name: "老人姓名", dataType: "STRING" as const, personalInformation: true }];
  const cases: [string, Parameters<typeof createResource>[2], Parameters<typeof publication>[1], string, string][] = [
    ["a draft resource", { status: "DRAFT" }, {}, "RESOURCE_NOT_PUBLISHED", "resourceId"],
    [
      "core data, never opened",
      { level: "CORE", sharingType: "CONDITIONAL", sharingConditions: "限政务", openType: "NOT_OPEN" },
      {},
      "CORE_DATA_NEVER_OPENED",
      "resourceId",
    ],
    ["a resource not to be opened (不予开放)", { openType: "NOT_OPEN" }, {}, "RESOURCE_NOT_OPEN", "resourceId"],
    [
      "important data asked to open unconditionally",
      { level: "IMPORTANT", openType: "CONDITIONAL", openConditions: "经申请" },
      { openType: "UNCONDITIONAL" },
      "SENSITIVE_DATA_OPENED_UNCONDITIONALLY",
      "openType",
    ],
    [
      "personal-privacy data asked to open unconditionally",
      { personalPrivacy: true, openType: "CONDITIONAL", openConditions: "经申请" },
      { openType: "UNCONDITIONAL" },
      "SENSITIVE_DATA_OPENED_UNCONDITIONALLY",
      "openType",
    ],
    [
      "a resource with personal information asked to open unconditionally",
      { sharingType: "CONDITIONAL", sharingConditions: "限民生用途", openType: "CONDITIONAL", openConditions: "脱敏后申请", items: personal },
      { openType: "UNCONDITIONAL" },
      "PERSONAL_INFORMATION_UNCONDITIONAL",
      "openType",
    ],
    ["conditional opening without its conditions", {}, { openType: "CONDITIONAL" }, "OPEN_CONDITIONS_REQUIRED", "openConditions"],
    [
      "opening wider than sharing",
      { sharingType: "CONDITIONAL", sharingConditions: "限政务", openType: "CONDITIONAL", openConditions: "经申请" },
      { openType: "UNCONDITIONAL" },
      "OPENING_WIDER_THAN_SHARING",
      "openType",
    ],
    [
      "a dataset wider than its resource's open type",
      { openType: "CONDITIONAL", openConditions: "经申请" },
      { openType: "UNCONDITIONAL" },
      "OPENING_WIDER_THAN_RESOURCE",
      "openType",
    ],
  ];

  it.each(cases)("refuses %s with its code and field, writing nothing", async (_name, resource, publish, code, field) => {
    const unit = await district.department("区民政局");
    const created = await createResource(server.api, unit.id, resource);
    const before = [await rows("open_datasets"), await rows("open_distributions"), await rows("audit_entries")];
    const error = await server.api.error(PublishOpenDatasetDocument, { input: publication(created.id, publish) });
    expect(error.extensions).toMatchObject({ code, field });
    expect([await rows("open_datasets"), await rows("open_distributions"), await rows("audit_entries")]).toEqual(before);
  });

  it("refuses a retired resource, and a second dataset of one resource", async () => {
    const unit = await district.department("区民政局");
    const retired = await createResource(server.api, unit.id);
    await server.api.request(RetireDataResourceDocument, { input: { id: retired.id, version: retired.version } });
    expect((await server.api.error(PublishOpenDatasetDocument, { input: publication(retired.id) })).extensions).toMatchObject({
      code: "RESOURCE_NOT_PUBLISHED",
      field: "resourceId",
    });
    const resource = await createResource(server.api, unit.id);
    await server.api.request(PublishOpenDatasetDocument, { input: publication(resource.id) });
    expect((await server.api.error(PublishOpenDatasetDocument, { input: publication(resource.id) })).extensions).toMatchObject({
      code: "OPEN_DATASET_EXISTS",
      field: "resourceId",
    });
  });

  it("opens sensitive data conditionally, and an unconditional resource more strictly than it could", async () => {
    const unit = await district.department("区民政局");
    const sensitive = await openDatasetOf(server.api, unit.id, { tradeSecret: true, openType: "CONDITIONAL", openConditions: "经申请用于产业研究" });
    expect(sensitive).toMatchObject({ openType: "CONDITIONAL", openConditions: "经申请用于产业研究", status: "PUBLISHED" });
    const stricter = await openDatasetOf(server.api, unit.id, {}, { openType: "CONDITIONAL", openConditions: "实名申请" });
    expect(stricter).toMatchObject({ openType: "CONDITIONAL", openConditions: "实名申请" });
  });

  it("takes the resource's name, summary and update frequency unless given, derives media types, and records who published it", async () => {
    const unit = await district.department("区卫生健康局");
    const dataset = await openDatasetOf(
      server.api,
      unit.id,
      { name: "医疗机构执业信息", summary: "执业许可和诊疗科目" },
      { theme: "HEALTH", issued: "2025-03-01" },
    );
    expect(dataset).toMatchObject({
      title: "医疗机构执业信息",
      description: "执业许可和诊疗科目",
      updateFrequency: "QUARTERLY",
      theme: "HEALTH",
      themeLabel: "卫生健康",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
      issued: "2025-03-01",
      publisher: { id: unit.id, name: "区卫生健康局" },
    });
    expect(dataset.distributions.map((d) => [d.format, d.mediaType])).toEqual([
      ["CSV", "text/csv"],
      ["API", "application/json"],
    ]);
    const { auditEntries } = await server.api.request(AuditEntriesDocument, { filter: { targetId: dataset.id } });
    expect(auditEntries.nodes.map((e) => e.operation)).toEqual(["publishOpenDataset"]);
  });

  it("checks the input's bounds before anything else", async () => {
    const unit = await district.department("区民政局");
    const resource = await createResource(server.api, unit.id);
    const refused = async (overrides: Parameters<typeof publication>[1]) =>
      (await server.api.error(PublishOpenDatasetDocument, { input: publication(resource.id, overrides) })).extensions;
    expect(await refused({ distributions: [] })).toMatchObject({ code: "BAD_USER_INPUT", field: "distributions" });
    const many = Array.from({ length: 11 }, () => ({ format: "CSV" as const, accessUrl: "https://a.example.cn/" }));
    expect(await refused({ distributions: many })).toMatchObject({ code: "BAD_USER_INPUT", field: "distributions" });
    expect(await refused({ distributions: [{ format: "CSV", accessUrl: "javascript:alert(1)" }] })).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "distributions.0.accessUrl",
    });
    expect(await refused({ distributions: [{ format: "CSV", accessUrl: `https://a.example.cn/${"x".repeat(500)}` }] })).toMatchObject({
      field: "distributions.0.accessUrl",
    });
    expect(await refused({ title: "题".repeat(201) })).toMatchObject({ code: "BAD_USER_INPUT", field: "title" });
    expect(await refused({ issued: "2999-01-01" })).toMatchObject({ code: "BAD_USER_INPUT", field: "issued" });
    expect(await refused({ openType: "NOT_OPEN" })).toMatchObject({ code: "BAD_USER_INPUT", field: "openType" });
  });
});

describe("who publishes and withdraws", () => {
  it("lets the provider unit's data specialist publish and its CDO withdraw; others are refused", async () => {
    const ours = await district.staffedUnit("STREET", "茶山街道");
    const theirs = await district.staffedUnit("STREET", "兰陵街道");
    const specialist = (await signedInAs(server.api, ours.specialist.id)).client;
    const cdo = (await signedInAs(server.api, ours.cdo.id)).client;
    const theirCdo = (await signedInAs(server.api, theirs.cdo.id)).client;
    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;

    const resource = await createResource(server.api, ours.unit.id);
    for (const client of [theirCdo, analyst]) {
      expect((await client.error(PublishOpenDatasetDocument, { input: publication(resource.id) })).extensions).toMatchObject({ code: "FORBIDDEN" });
    }
    const draft = await createResource(server.api, ours.unit.id, { status: "DRAFT" });
    // Another unit's draft answers as a missing resource (no existence oracle).
    expect((await theirCdo.error(PublishOpenDatasetDocument, { input: publication(draft.id) })).extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "resourceId",
    });

    const { publishOpenDataset: dataset } = await specialist.request(PublishOpenDatasetDocument, { input: publication(resource.id) });
    expect((await theirCdo.error(WithdrawOpenDatasetDocument, { input: { id: dataset.id, reason: "越权" } })).extensions).toMatchObject({
      code: "FORBIDDEN",
    });
    const { withdrawOpenDataset } = await cdo.request(WithdrawOpenDatasetDocument, { input: { id: dataset.id, reason: "数据口径调整" } });
    expect(withdrawOpenDataset).toMatchObject({ status: "WITHDRAWN", withdrawalReason: "数据口径调整", distributions: [] });
    expect(withdrawOpenDataset.withdrawnOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const { auditEntries } = await server.api.request(AuditEntriesDocument, { filter: { targetId: dataset.id } });
    expect(auditEntries.nodes.map((e) => [e.operation, e.actorRole]).sort()).toEqual([
      ["publishOpenDataset", "DATA_SPECIALIST"],
      ["withdrawOpenDataset", "UNIT_CDO"],
    ]);
  });
});

describe("withdrawal", () => {
  it("keeps a withdrawn dataset readable as WITHDRAWN, without its files, and out of the default listing", async () => {
    const unit = await district.department("区城市管理局");
    const dataset = await openDatasetOf(server.api, unit.id, { name: "城管执法案件撤回测试" });
    await server.api.request(WithdrawOpenDatasetDocument, { input: { id: dataset.id, reason: "去除当事人信息后重新发布" } });

    const { openDataset } = await server.anonymous.request(OpenDatasetDocument, { id: dataset.id });
    expect(openDataset).toMatchObject({ id: dataset.id, status: "WITHDRAWN", withdrawalReason: "去除当事人信息后重新发布", distributions: [] });
    const listed = await server.anonymous.request(OpenDatasetsDocument, { filter: { search: "城管执法案件撤回测试" } });
    expect(listed.openDatasets.totalCount).toBe(0);
    const all = await server.anonymous.request(OpenDatasetsDocument, { filter: { search: "城管执法案件撤回测试", includeWithdrawn: true } });
    expect(all.openDatasets.nodes.map((n) => [n.id, n.status])).toEqual([[dataset.id, "WITHDRAWN"]]);

    const again = await server.api.error(WithdrawOpenDatasetDocument, { input: { id: dataset.id, reason: "再次" } });
    expect(again.extensions).toMatchObject({ code: "OPEN_DATASET_WITHDRAWN", field: "id" });
    expect((await server.api.error(WithdrawOpenDatasetDocument, { input: { id: dataset.id, reason: " " } })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "reason",
    });
  });

  it("shows a dataset as withdrawn at once when its resource is reclassified NOT_OPEN or retired", async () => {
    const unit = await district.department("区商务局");
    const resource = await createResource(server.api, unit.id, { name: "重新分级的资源" });
    const { publishOpenDataset: dataset } = await server.api.request(PublishOpenDatasetDocument, { input: publication(resource.id) });
    await server.api.request(UpdateDataResourceDocument, { input: { id: resource.id, version: resource.version, openType: "NOT_OPEN" } });
    const { openDataset } = await server.anonymous.request(OpenDatasetDocument, { id: dataset.id });
    expect(openDataset).toMatchObject({ status: "WITHDRAWN", distributions: [] });
    expect((await server.anonymous.request(OpenDatasetsDocument, { filter: { search: "重新分级的资源" } })).openDatasets.totalCount).toBe(0);
    const { dataResource } = await server.api.request(ResourceOpenDatasetDocument, { id: resource.id });
    expect(dataResource?.openDataset).toEqual({ id: dataset.id, status: "WITHDRAWN" });
  });
});

describe("downloads and API calls, recorded per day", () => {
  it("records a batch, replaces a day sent again, and counts totals", async () => {
    const unit = await district.department("区统计局");
    const dataset = await openDatasetOf(server.api, unit.id, {}, { issued: daysAgo(20) });
    const entries = [
      { datasetId: dataset.id, day: daysAgo(3), downloads: 10, apiCalls: 100 },
      { datasetId: dataset.id, day: daysAgo(2), downloads: 5, apiCalls: 50 },
    ];
    expect((await server.api.request(RecordOpenDataUsageDocument, { input: { entries } })).recordOpenDataUsage).toEqual({ recorded: 2, unchanged: 0 });
    // The portal re-sends: nothing changes; then corrects one day.
    expect((await server.api.request(RecordOpenDataUsageDocument, { input: { entries } })).recordOpenDataUsage).toEqual({ recorded: 0, unchanged: 2 });
    const corrected = [{ ...entries[1], downloads: 7 }];
    expect((await server.api.request(RecordOpenDataUsageDocument, { input: { entries: corrected } })).recordOpenDataUsage).toEqual({
      recorded: 1,
      unchanged: 0,
    });
    const { openDataset } = await server.anonymous.request(OpenDatasetDocument, { id: dataset.id });
    expect([openDataset?.downloadCount, openDataset?.apiCallCount]).toEqual([17, 150]);
  });

  it("refuses a bad batch whole, each problem with its field", async () => {
    const unit = await district.department("区统计局");
    const dataset = await openDatasetOf(server.api, unit.id, {}, { issued: daysAgo(10) });
    const good = { datasetId: dataset.id, day: daysAgo(5), downloads: 1, apiCalls: 1 };
    const before = await rows("open_dataset_usage");
    const refused = async (entries: (typeof good)[]) => (await server.api.error(RecordOpenDataUsageDocument, { input: { entries } })).extensions;
    expect(await refused([good, { ...good, day: "2999-01-01" }])).toMatchObject({ code: "USAGE_DATE_OUT_OF_RANGE", field: "entries.1.day" });
    expect(await refused([good, { ...good, day: daysAgo(30) }])).toMatchObject({ code: "USAGE_DATE_OUT_OF_RANGE", field: "entries.1.day" });
    expect(await refused([good, { ...good }])).toMatchObject({ code: "BAD_USER_INPUT", field: "entries.1" });
    expect(await refused([good, { ...good, day: daysAgo(4), downloads: -1 }])).toMatchObject({ code: "BAD_USER_INPUT", field: "entries.1.downloads" });
    expect(await refused([])).toMatchObject({ code: "BAD_USER_INPUT", field: "entries" });
    const tooMany = Array.from({ length: 1001 }, (_, i) => ({ ...good, day: daysAgo(1 + (i % 5)) }));
    expect(await refused(tooMany)).toMatchObject({ code: "BAD_USER_INPUT", field: "entries" });
    expect(await rows("open_dataset_usage")).toBe(before);
  });

  it("lets a unit's CDO report its own datasets, not its data specialist nor another unit's CDO", async () => {
    const ours = await district.staffedUnit("STREET", "红梅街道");
    const theirs = await district.staffedUnit("STREET", "天宁街道");
    const dataset = await openDatasetOf(server.api, ours.unit.id, {}, { issued: daysAgo(10) });
    const input = { entries: [{ datasetId: dataset.id, day: daysAgo(2), downloads: 3, apiCalls: 0 }] };
    for (const personId of [ours.specialist.id, theirs.cdo.id]) {
      const client = (await signedInAs(server.api, personId)).client;
      expect((await client.error(RecordOpenDataUsageDocument, { input })).extensions).toMatchObject({ code: "FORBIDDEN" });
    }
    const cdo = (await signedInAs(server.api, ours.cdo.id)).client;
    expect((await cdo.request(RecordOpenDataUsageDocument, { input })).recordOpenDataUsage.recorded).toBe(1);
  });
});

describe("the most-downloaded datasets of a period, across units", () => {
  it("ranks by downloads in the period, in a fixed number of statements", async () => {
    const unitA = await district.department("区教育局");
    const unitB = await district.department("区农业农村局");
    const a = await openDatasetOf(server.api, unitA.id, { name: "排行甲" }, { issued: daysAgo(60) });
    const b = await openDatasetOf(server.api, unitB.id, { name: "排行乙" }, { issued: daysAgo(60) });
    const c = await openDatasetOf(server.api, unitB.id, { name: "排行丙" }, { issued: daysAgo(60) });
    const [from, to] = [daysAgo(40), daysAgo(31)];
    const entries = [
      // In the period: a 3 + 4 = 7, b 9, c 7 (ties by dataset: a before c); outside it, b's 1,000 do not count.
      { datasetId: a.id, day: daysAgo(35), downloads: 3, apiCalls: 1 },
      { datasetId: a.id, day: daysAgo(32), downloads: 4, apiCalls: 2 },
      { datasetId: b.id, day: daysAgo(40), downloads: 9, apiCalls: 0 },
      { datasetId: b.id, day: daysAgo(30), downloads: 1000, apiCalls: 0 },
      { datasetId: c.id, day: daysAgo(31), downloads: 7, apiCalls: 5 },
    ];
    await server.api.request(RecordOpenDataUsageDocument, { input: { entries } });
    const analyst = (await signedInAs(server.api, null, { analyst: true })).client;
    const result = await analyst.raw<{ mostDownloadedOpenDatasets: { rank: number; downloads: number; apiCalls: number; dataset: { id: string } }[] }>(
      print(MostDownloadedOpenDatasetsDocument),
      { from, to, first: 3 },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.mostDownloadedOpenDatasets.map((r) => [r.rank, r.dataset.id, r.downloads, r.apiCalls])).toEqual([
      [1, b.id, 9, 0],
      [2, a.id, 7, 3],
      [3, c.id, 7, 5],
    ]);
    const one = await analyst.raw(print(MostDownloadedOpenDatasetsDocument), { from, to, first: 1 });
    expect(sqlStatementsOf(one)).toBe(sqlStatementsOf(result));

    const cdo = (await signedInAs(server.api, (await district.staffedUnit("STREET", "雕庄街道")).cdo.id)).client;
    expect((await cdo.error(MostDownloadedOpenDatasetsDocument, { from, to })).extensions).toMatchObject({ code: "FORBIDDEN" });
    expect((await analyst.error(MostDownloadedOpenDatasetsDocument, { from: to, to: from })).extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    expect((await analyst.error(MostDownloadedOpenDatasetsDocument, { from, to, first: 51 })).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "first",
    });
  });
});
