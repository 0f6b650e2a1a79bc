import { GraphQLEnumType } from "graphql";
import { enumLabelsOf, labelledEnumNames } from "../../src/common/enum-labels";
import { localeFromAcceptLanguage } from "../../src/common/i18n";
import { catalogSchema } from "../../src/schema";
import { importFile, resourceCells, resourceRows, templateFile } from "../inventory-import/import-support";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { DistrictScenario, uniqueCode } from "../support/scenario";

let server: TestCatalog;
let district: DistrictScenario;

beforeAll(async () => {
  server = await startTestCatalog();
  district = await DistrictScenario.create(server.api);
});
afterAll(() => server.stop());

const HAN = /\p{Script=Han}/u;

const createUnit = `mutation CreateUnitIn($input: CreateUnitInput!) { createUnit(input: $input) { id code } }`;

describe("messages are Simplified Chinese by default, English on request, with the same code and field", () => {
  it("a broken rule (a unit code already used): 单位代码 … 已被其他单位使用 by default, English with Accept-Language: en", async () => {
    const street = await district.street("兰陵街道");
    const input = { kind: "STREET", code: street.code, name: "兰陵街道（重复）", parentId: district.rootId };
    const chinese = await server.api.raw(createUnit, { input });
    const english = await server.api.inLanguage("en").raw(createUnit, { input });

    expect(chinese.errors?.[0].extensions).toMatchObject({ code: "UNIT_CODE_TAKEN", field: "code" });
    expect(english.errors?.[0].extensions).toMatchObject({ code: "UNIT_CODE_TAKEN", field: "code" });
    expect(chinese.errors?.[0].message).toBe(`单位代码 ${street.code} 已被其他单位使用。`);
    expect(english.errors?.[0].message).toBe(`Unit code ${street.code} is already used by another unit.`);
    expect(chinese.headers.get("content-language")).toBe("zh-CN");
    expect(english.headers.get("content-language")).toBe("en");
  });

  it("honours q-values: English only when it outranks every Chinese tag; unknown languages get Chinese", async () => {
    const missing = { input: { kind: "STREET", code: uniqueCode(), name: "红梅街道" } }; // a street without its parent
    const cases: [string, "zh" | "en"][] = [
      ["en;q=0.5, zh-CN;q=0.9", "zh"],
      ["zh;q=0.1, en", "en"],
      ["en-GB,en;q=0.9", "en"],
      ["fr-FR, de;q=0.8", "zh"],
      ["*", "zh"],
    ];
    for (const [header, expected] of cases) {
      const result = await server.api.raw(createUnit, missing, { "accept-language": header });
      expect(result.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "parentId" });
      expect([header, result.errors?.[0].message]).toEqual([header, expected === "zh" ? "街道类单位需要上级单位。" : "A STREET unit needs a parent unit."]);
    }
    expect(localeFromAcceptLanguage("en;q=0, zh;q=0")).toBe("zh-CN");
  });

  it("input problems (class-validator) are listed in the request's language, each with its field", async () => {
    const input = { kind: "STREET", code: "bad code!", name: "街".repeat(129), parentId: district.rootId };
    const chinese = (await server.api.raw(createUnit, { input })).errors?.[0];
    const english = (await server.api.inLanguage("en").raw(createUnit, { input })).errors?.[0];
    for (const error of [chinese, english]) expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "code" });
    expect(chinese?.extensions?.problems).toEqual([
      { field: "code", messages: ["code 须为 1–64 位字母、数字或“-”"] },
      { field: "name", messages: ["name 的长度须在 1 到 128 个字符之间"] },
    ]);
    expect(english?.extensions?.problems).toEqual([
      { field: "code", messages: ["code must be 1–64 letters, digits or '-'"] },
      { field: "name", messages: ["name must be between 1 and 128 characters long"] },
    ]);
    expect(chinese?.message).toBe("code 不符合要求：code 须为 1–64 位字母、数字或“-”");
  });

  it("sign-in refusals and the gate's own refusals speak Chinese too", async () => {
    const refused = await server.anonymous.raw(`mutation { login(username: "nobody.here", password: "wrong-password") { accessToken } }`);
    expect(refused.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(refused.errors?.[0].message).toMatch(HAN);
    const unsigned = await server.anonymous.raw(`{ units(first: 1) { totalCount } }`);
    expect(unsigned.errors?.[0]).toMatchObject({
      message: "请先登录：此操作需要访问令牌（Authorization: Bearer …）。",
      extensions: { code: "UNAUTHENTICATED" },
    });
    const tooDeep = await server.api.inLanguage("en").raw("{ " + "units { edges { node { ".repeat(20) + "name" + " } } }".repeat(20) + " }");
    expect(tooDeep.errors?.[0]).toMatchObject({ message: "Query depth 61 exceeds the limit of 15.", extensions: { code: "QUERY_TOO_DEEP" } });
  });

  it("a spreadsheet's problems come in the request's language, with the same code, row and column", async () => {
    const unit = await district.street("天宁街道");
    const file = await templateFile(resourceRows(resourceCells(unit.code, "301002/00001", { sharingType: "有条件共享", sharingConditions: "" }), 1));
    const chinese = await importFile(server.api, unit.id, file, { dryRun: true });
    const english = await importFile(server.api.inLanguage("en"), unit.id, file, { dryRun: true });
    const where = { row: 2, column: "共享条件", code: "SHARING_CONDITIONS_REQUIRED" };
    expect(chinese.problems).toEqual([{ ...where, message: "有条件共享须写明共享条件。" }]);
    expect(english.problems).toEqual([{ ...where, message: "Conditional sharing (有条件共享) needs its conditions." }]);
  });
});

describe("enum labels are data, in the request's language", () => {
  const labelsQuery = `query Labels($enums: [String!]) { enumLabels(enums: $enums) { enum values { value label } } }`;

  it("enumLabels lists each enum's values with their labels, for anyone, in Chinese or English", async () => {
    const chinese = await server.anonymous.raw<{ enumLabels: unknown }>(labelsQuery, { enums: ["SharingType", "DataLevel"] });
    expect(chinese.data?.enumLabels).toEqual([
      {
        enum: "SharingType",
        values: [
          { value: "UNCONDITIONAL", label: "无条件共享" },
          { value: "CONDITIONAL", label: "有条件共享" },
          { value: "NOT_SHARED", label: "不予共享" },
        ],
      },
      {
        enum: "DataLevel",
        values: [
          { value: "CORE", label: "核心数据" },
          { value: "IMPORTANT", label: "重要数据" },
          { value: "GENERAL", label: "一般数据" },
        ],
      },
    ]);
    const english = await server.anonymous.inLanguage("en").raw<{ enumLabels: { values: { label: string }[] }[] }>(labelsQuery, { enums: ["SharingType"] });
    expect(english.data?.enumLabels[0].values.map((v) => v.label)).toEqual(["Shared unconditionally", "Shared conditionally", "Not shared"]);

    const all = await server.api.raw<{ enumLabels: { enum: string }[] }>(labelsQuery);
    expect(all.data?.enumLabels.map((e) => e.enum)).toEqual(labelledEnumNames());
    const unknown = await server.api.raw(labelsQuery, { enums: ["NoSuchEnum"] });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "enums" });
  });

  it("records and facets carry a label beside each enum value", async () => {
    const unit = await district.street("郑陆镇街道办");
    const file = await templateFile(
      resourceRows(resourceCells(unit.code, "301002/00001", { sharingType: "有条件共享", sharingConditions: "仅限民政业务" }), 1),
    );
    expect(await importFile(server.api, unit.id, file)).toMatchObject({ applied: true });
    const query = `query Resources($unitId: ID!) {
      dataResources(filter: { unitId: $unitId }) {
        nodes { sharingType sharingTypeLabel levelLabel statusLabel formatLabel provider { kind kindLabel } items(first: 1) { nodes { dataTypeLabel } } }
        facets { bySharingType { value label count } byLevel { value label } }
      }
    }`;
    type Page = {
      dataResources: {
        nodes: { sharingType: string; sharingTypeLabel: string; provider: { kindLabel: string }; items: { nodes: { dataTypeLabel: string }[] } }[];
        facets: { bySharingType: { value: string; label: string; count: number }[] };
      };
    };
    const chinese = await server.api.raw<Page>(query, { unitId: unit.id });
    const english = await server.api.inLanguage("en").raw<Page>(query, { unitId: unit.id });
    expect(chinese.errors).toBeUndefined();
    expect(chinese.data?.dataResources.nodes[0]).toMatchObject({ sharingType: "CONDITIONAL", sharingTypeLabel: "有条件共享", provider: { kindLabel: "街道" } });
    expect(english.data?.dataResources.nodes[0]).toMatchObject({
      sharingType: "CONDITIONAL",
      sharingTypeLabel: "Shared conditionally",
      provider: { kindLabel: "Street" },
    });
    expect(chinese.data?.dataResources.facets.bySharingType).toEqual([{ value: "CONDITIONAL", label: "有条件共享", count: 1 }]);
    expect(chinese.data?.dataResources.nodes[0].items.nodes[0].dataTypeLabel).toMatch(HAN);
  });

  it("every labelled enum covers exactly the schema's values, in both languages; every domain enum has labels", async () => {
    const schema = await catalogSchema();
    // Codes and ordering switches a program reads, not words a person reads (problems carry their own message).
    const technical = new Set(["DataResourceOrderField", "OrderDirection", "SpreadsheetFormat", "InventoryImportProblemCode"]);
    const enums = Object.values(schema.getTypeMap()).filter((t): t is GraphQLEnumType => t instanceof GraphQLEnumType && !t.name.startsWith("__"));
    for (const type of enums) {
      const labels = enumLabelsOf(type.name);
      if (technical.has(type.name)) continue;
      expect([type.name, labels && Object.keys(labels).sort()]).toEqual([
        type.name,
        type
          .getValues()
          .map((v) => v.value as string)
          .sort(),
      ]);
      for (const [value, label] of Object.entries(labels!)) {
        expect([type.name, value, HAN.test(label.zh), label.en.trim().length > 0 && !HAN.test(label.en)]).toEqual([type.name, value, true, true]);
      }
    }
  });
});
