import {
  getNamedType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  isAbstractType,
  isInputObjectType,
  isObjectType,
  isScalarType,
} from "graphql";
import { catalogSchema } from "../../src/schema";
import { PublishOpenDatasetDocument, WithdrawOpenDatasetDocument } from "../generated/graphql";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { sampleValue } from "../support/schema-walk";
import { DistrictScenario } from "../support/scenario";
import { createResource, publication } from "./opening-support";

/**
 * The anonymous boundary (DOMAIN §7: anonymous callers read the public open-data catalog only).
 * Canaries are planted everywhere a visitor must never reach: a person's name and phone, a draft
 * resource, a published but unopened resource, the items and internal metadata of an opened
 * resource, the files of a withdrawn dataset. Then (1) the types reachable from the public
 * queries must be exactly the public ones, (2) every other root field refuses an anonymous caller,
 * and (3) every field of every public type, nested, is asked for anonymously: no canary may
 * appear anywhere. A field added later to a public type is walked automatically.
 */
const CANARY = "金丝雀";
const canaryPhone = "+8619000009931";
const DEPTH = 4;

const PUBLIC_TYPES = [
  "OpenDatasetConnection",
  "OpenDatasetEdge",
  "PageInfo",
  "OpenDataset",
  "OpenDistribution",
  "PublicUnit",
  "OpenDatasetFacets",
  "OpenThemeFacet",
  "PublicUnitFacet",
  "DistributionFormatFacet",
  "OpenDatasetFilter",
  "OpenDatasetStatus",
  "OpenTheme",
  "OpenLicence",
  "DistributionFormat",
  "OpenType",
  "UpdateFrequency",
  "ID",
  "String",
  "Int",
  "Boolean",
  "LocalDate",
  "DateTime",
];
/** The root fields an anonymous caller may use: the public catalog, `me` (null when anonymous), `login` and the enums' labels (not data). */
const ANONYMOUS_ROOTS = ["openDatasets", "openDataset", "me", "login", "enumLabels"];

let server: TestCatalog;
let schema: GraphQLSchema;
let openId: string;
let withdrawnId: string;
let internalIds: string[];

beforeAll(async () => {
  // The walk documents are large: let them through the anonymous size limits (the boundary, not the limits, is tested here).
  server = await startTestCatalog({
    MAX_ANONYMOUS_QUERY_TOKENS: "100000",
    MAX_ANONYMOUS_QUERY_BYTES: "1000000",
    MAX_QUERY_DEPTH: "40",
    MAX_QUERY_COST: "10000000",
  });
  schema = await catalogSchema();
  const district = await DistrictScenario.create(server.api);
  const { unit, cdo } = await district.staffedUnit("STREET", "茶山街道");
  await district.person(unit.id, `${CANARY}丙`, "degree", { phone: canaryPhone, email: "canary.open@tianning.example.cn" });
  const draft = await createResource(server.api, unit.id, {
    name: `${CANARY}草稿`,
    status: "DRAFT",
    items: [{ code: "A1", name: `${CANARY}草稿项`, dataType: "STRING" }],
  });
  const unopened = await createResource(server.api, unit.id, { name: `${CANARY}未开放`, openType: "NOT_OPEN" });
  const opened = await createResource(server.api, unit.id, {
    name: `${CANARY}内部名称`,
    summary: `${CANARY}内部摘要`,
    sourceSystem: `${CANARY}来源系统`,
    items: [{ code: "B1", name: `${CANARY}信息项`, dataType: "STRING", description: `${CANARY}说明` }],
  });
  const { publishOpenDataset } = await server.api.request(PublishOpenDatasetDocument, {
    input: publication(opened.id, { title: "公开数据集", description: "公开的描述" }),
  });
  openId = publishOpenDataset.id;
  const toWithdraw = await createResource(server.api, unit.id, { name: `${CANARY}撤回资源` });
  const { publishOpenDataset: withdrawn } = await server.api.request(PublishOpenDatasetDocument, {
    input: publication(toWithdraw.id, {
      title: "已撤回数据集",
      description: "撤回前的描述",
      distributions: [
        {
          format: "CSV",
          accessUrl: "https://opendata.tianning.example.cn/jinsique-withdrawn",
          downloadUrl: "https://opendata.tianning.example.cn/jinsique.csv",
        },
      ],
    }),
  });
  withdrawnId = withdrawn.id;
  await server.api.request(WithdrawOpenDatasetDocument, { input: { id: withdrawnId, reason: "测试撤回" } });
  internalIds = [unit.id, cdo.id, draft.id, unopened.id, opened.id];
});
afterAll(() => server.stop());

const secrets = [CANARY, canaryPhone, "canary.open", "jinsique"];

function reachableTypes(): Set<string> {
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        visit(getNamedType(field.type));
        field.args.forEach((a) => visit(getNamedType(a.type)));
      }
    }
    if (isAbstractType(type)) schema.getPossibleTypes(type).forEach(visit);
    if (isInputObjectType(type)) Object.values(type.getFields()).forEach((f) => visit(getNamedType(f.type)));
  };
  const query = schema.getQueryType()!.getFields();
  for (const name of ["openDatasets", "openDataset"]) {
    visit(getNamedType(query[name].type));
    query[name].args.forEach((a) => visit(getNamedType(a.type)));
  }
  return seen;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, id: string): string {
  const given = field.args
    .filter((a) => a.type instanceof GraphQLNonNull || a.name === "first")
    .map((a) => `${a.name}: ${a.name === "first" ? 50 : JSON.stringify(sampleValue(a.type, id))}`);
  return given.length ? `(${given.join(", ")})` : "";
}

/** Every field of a type, nested to `depth` (Node's possible types are not followed: only the public type itself). */
function selection(type: GraphQLNamedType, depth: number, id: string): string {
  if (isScalarType(type) || type instanceof GraphQLEnumType) return "";
  if (depth === 0 || !isObjectType(type)) return "{ __typename }";
  const fields = Object.values(type.getFields()).map((field) => `${field.name}${argumentsOf(field, id)} ${selection(getNamedType(field.type), depth - 1, id)}`);
  return `{ ${fields.join(" ")} }`;
}

describe("the anonymous boundary", () => {
  it("reaches only the public types from the public queries", () => {
    const reachable = [...reachableTypes()].sort();
    // OpenDataset implements Node, but no public field returns a Node: no fragment can reach another type through it.
    expect(reachable).toEqual([...PUBLIC_TYPES].sort());
  });

  it("refuses every other root field to an anonymous caller", async () => {
    const answered: string[] = [];
    for (const [kind, root] of [
      ["query", schema.getQueryType()!],
      ["mutation", schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values((root as GraphQLObjectType).getFields())) {
        const required = field.args.filter((a) => a.type instanceof GraphQLNonNull);
        // Uploads go as multipart: test/access/every-operation.test.ts sends importInventory that way, anonymously too.
        if (required.some((a) => getNamedType(a.type).name === "Upload")) continue;
        const variables = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
        const args = required.map((a) => `${a.name}: $${a.name}`).join(", ");
        const named = getNamedType(field.type);
        const result = await server.anonymous.raw(
          `${kind}${variables ? ` (${variables})` : ""} { ${field.name}${args ? `(${args})` : ""}${isScalarType(named) || named instanceof GraphQLEnumType ? "" : " { __typename }"} }`,
          Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type, internalIds[0])])),
        );
        if (result.errors?.[0]?.extensions?.code !== "UNAUTHENTICATED") answered.push(field.name);
        expect(JSON.stringify(result)).not.toContain(CANARY);
      }
    }
    // login answers a wrong password with its own refusal, not a token: it is listed as reachable, as it is.
    expect(answered.sort()).toEqual([...ANONYMOUS_ROOTS].filter((n) => n !== "login").sort());
  });

  it("shows no person, no unopened resource, no item and no internal field through any nested path", async () => {
    const query = schema.getQueryType()!.getFields();
    const documents = [
      `{ walk: openDatasets${argumentsOf(query.openDatasets, openId)} ${selection(getNamedType(query.openDatasets.type), DEPTH, openId)} }`,
      `{ walk: openDatasets(first: 50, filter: { includeWithdrawn: true }) ${selection(getNamedType(query.openDatasets.type), DEPTH, openId)} }`,
      ...[openId, withdrawnId, ...internalIds].map(
        (id) => `{ walk: openDataset(id: ${JSON.stringify(id)}) ${selection(getNamedType(query.openDataset.type), DEPTH, id)} }`,
      ),
    ];
    let reachedOpen = false;
    for (const document of documents) {
      const result = await server.anonymous.raw(document);
      const body = JSON.stringify(result);
      for (const secret of secrets) expect([document.slice(0, 60), body.includes(secret)]).toEqual([document.slice(0, 60), false]);
      // Another type's ID is refused as such; nothing else may fail.
      for (const error of result.errors ?? []) expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      reachedOpen ||= body.includes("公开数据集") && body.includes("https://opendata.tianning.example.cn/files/a.csv");
    }
    // The walk did reach real data (a walk that reads nothing proves nothing).
    expect(reachedOpen).toBe(true);
  });
});
