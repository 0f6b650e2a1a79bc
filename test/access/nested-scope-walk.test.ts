import {
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputType,
  GraphQLList,
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
import { CreateDataResourceDocument, UpdateDataResourceDocument } from "../generated/graphql";
import { ApiClient } from "../support/api-client";
import { startTestCatalog, TestCatalog } from "../support/catalog";
import { sampleValue } from "../support/schema-walk";
import { DistrictScenario, signedInAs } from "../support/scenario";

/**
 * The nested-field scope walk: another unit's private records are planted with canary strings
 * (staff names and contacts, a draft resource and its items, a published resource's name while it
 * was still a draft), then every root query is asked for every field the schema offers, nested
 * several levels deep, by viewers of another unit. No canary may appear anywhere in any answer,
 * whatever path leads to it. A new field or type is walked automatically: a field added without
 * its scope check fails here. Out-of-scope fields answer null or empty, never an error (#12, point 7):
 * one document serves every role, and FORBIDDEN is left only on root fields a role may not use.
 */
const CANARY = "金丝雀";
const canaryPhone = "+8619000009917";
const canaryEmail = "canary.secret@tianning.example.cn";
const DEPTH = 3;

let server: TestCatalog;
let schema: GraphQLSchema;
let theirIds: string[];
/** Who walks, and what they must never read: analysts read every unit's catalog, but no contact data. */
const viewers: { name: string; client: ApiClient; secrets: string[] }[] = [];

beforeAll(async () => {
  // This test is about scope, not the document limits: let the big generated documents through.
  server = await startTestCatalog({ MAX_QUERY_DEPTH: "40", MAX_QUERY_COST: "10000000", MAX_QUERY_TOKENS: "100000", MAX_QUERY_ALIASES: "100000" });
  schema = await catalogSchema();
  const district = await DistrictScenario.create(server.api);
  const ours = await district.staffedUnit("STREET", "茶山街道");
  const theirUnit = await district.unit("STREET", "兰陵街道");
  const theirCdo = await district.person(theirUnit.id, `${CANARY}甲`, "degree", { phone: canaryPhone, email: canaryEmail });
  const theirSpecialist = await district.person(theirUnit.id, `${CANARY}乙`, "experience", { phone: "+8619000009918" });
  const cdoTerm = await district.appoint({ unitId: theirUnit.id, personId: theirCdo.id, role: "UNIT_CDO", startDate: "2024-01-01" });
  const specialistTerm = await district.appoint({
    unitId: theirUnit.id,
    personId: theirSpecialist.id,
    role: "DATA_SPECIALIST",
    startDate: "2024-01-01",
    specialistPosition: "RESPONSIBLE_SECTION_HEAD",
  });
  const resource = (name: string, status: "DRAFT" | "PUBLISHED", itemName: string) => ({
    providerUnitId: theirUnit.id,
    name,
    summary: `${name}的摘要`,
    catalogCategory: "DEPARTMENTAL" as const,
    classificationCode: "301002",
    format: "DATABASE" as const,
    updateFrequency: "DAILY" as const,
    sharingType: "UNCONDITIONAL" as const,
    openType: "NOT_OPEN" as const,
    level: "GENERAL" as const,
    status,
    items: [{ code: "001", name: itemName, dataType: "STRING" as const }],
  });
  const { createDataResource: draft } = await server.api.request(CreateDataResourceDocument, {
    input: resource(`${CANARY}草稿资源`, "DRAFT", `${CANARY}草稿信息项`),
  });
  // Published later under a public name: what it was called as a draft stays private.
  const { createDataResource: renamed } = await server.api.request(CreateDataResourceDocument, { input: resource(`${CANARY}曾用名`, "DRAFT", "公开信息项") });
  await server.api.request(UpdateDataResourceDocument, {
    input: { id: renamed.id, version: renamed.version, name: "兰陵公开资源", summary: "兰陵公开资源的摘要", status: "PUBLISHED" },
  });
  theirIds = [theirUnit.id, theirCdo.id, theirSpecialist.id, cdoTerm.appointment.id, specialistTerm.appointment.id, draft.id, renamed.id];

  const everything = [CANARY, canaryPhone, canaryEmail];
  viewers.push({ name: "CDO of another unit", client: (await signedInAs(server.api, ours.cdo.id)).client, secrets: everything });
  viewers.push({ name: "data specialist of another unit", client: (await signedInAs(server.api, ours.specialist.id)).client, secrets: everything });
  viewers.push({ name: "analyst", client: (await signedInAs(server.api, null, { analyst: true })).client, secrets: [canaryPhone, canaryEmail] });
});
afterAll(() => server.stop());

/** A value written inline in a document: enum values by name (unquoted), the rest as JSON. */
function literal(value: unknown, type?: GraphQLInputType): string {
  const nullable = type && getNullableType(type);
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, nullable instanceof GraphQLList ? nullable.ofType : undefined)).join(", ")}]`;
  if (nullable instanceof GraphQLEnumType) return nullable.getValues().find((v) => v.value === value)?.name ?? String(value);
  if (value !== null && typeof value === "object") {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}

/** Required arguments filled in, and every list paged wide enough to reach the planted records. */
function argumentsOf(field: GraphQLField<unknown, unknown>, id: string): string {
  const given = field.args
    .filter((a) => a.type instanceof GraphQLNonNull || a.name === "first" || a.name === "id")
    .map((a) => `${a.name}: ${a.name === "first" ? 10 : a.name === "ids" ? literal(theirIds) : literal(sampleValue(a.type, id), a.type)}`);
  return given.length ? `(${given.join(", ")})` : "";
}

/** Every field of a type, nested to `depth`; abstract types expand into each of their object types. */
function selection(type: GraphQLNamedType, depth: number, id: string, alias = "", only?: readonly GraphQLObjectType[]): string {
  if (isScalarType(type) || type instanceof GraphQLEnumType) return "";
  if (depth === 0) return "{ __typename }";
  if (isAbstractType(type)) {
    // Each object type's fields under an alias of its own, so same-named fields of different types never clash.
    return `{ __typename ${(only ?? schema.getPossibleTypes(type)).map((t) => `... on ${t.name} ${selection(t, depth, id, `${t.name}_`)}`).join(" ")} }`;
  }
  if (!isObjectType(type)) return "";
  // A connection's `edges` carry the same records as its `nodes`: walking one is enough.
  const fields = Object.values(type.getFields())
    .filter((field) => !(field.name === "edges" && "nodes" in type.getFields()) && field.name !== "pageInfo")
    .map((field) => `${alias ? `${alias}${field.name}: ` : ""}${field.name}${argumentsOf(field, id)} ${selection(getNamedType(field.type), depth - 1, id)}`);
  return `{ ${fields.join(" ")} }`;
}

const ABSTRACT_TYPES_PER_DOCUMENT = 12;
const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

function walkDocuments(): string[] {
  const queries = (schema.getQueryType() as GraphQLObjectType).getFields();
  const documents: string[] = [];
  for (const field of Object.values(queries)) {
    const ids = field.args.some((a) => getNamedType(a.type).name === "ID") ? theirIds : [theirIds[0]];
    const type = getNamedType(field.type);
    // A root of an abstract type (node, nodes) is walked a few of its object types at a time: all of them in one document
    // would pass the cost limit every client has (QUERY_TOO_COMPLEX), and the walk would check nothing.
    const groups = isAbstractType(type) ? chunks(schema.getPossibleTypes(type), ABSTRACT_TYPES_PER_DOCUMENT) : [undefined];
    for (const id of ids) for (const only of groups) documents.push(`{ walk: ${field.name}${argumentsOf(field, id)} ${selection(type, DEPTH, id, "", only)} }`);
  }
  return documents;
}

const secrets = [CANARY, canaryPhone, canaryEmail];

/** Root fields a role may be refused outright: the accounts and the audit trail (district administrators), district-wide or another unit's coverage, cross-unit rankings. */
const refusableRoots = ["accounts", "auditEntries", "appointmentCoverage", "mostDownloadedOpenDatasets"];
const rootOf = (document: string) => /^\{ walk: (\w+)/.exec(document)![1];

describe("no field at any depth shows another unit's private records", () => {
  it("walks every root query, every nested field and every path by ID, as viewers of another unit and as an analyst: no secret, and data with out-of-scope fields null or empty", async () => {
    const documents = walkDocuments();
    let answered = 0;
    /** Lookups handed another type's ID (BAD_USER_INPUT by design): not counted either way. */
    let mismatched = 0;
    for (const viewer of viewers) {
      for (const document of documents) {
        const result = await viewer.client.raw(document);
        const text = JSON.stringify(result);
        for (const secret of viewer.secrets) {
          if (text.includes(secret))
            throw new Error(
              `${viewer.name} read "${secret}" through ${document.slice(0, 200)}…: ${text.slice(Math.max(0, text.indexOf(secret) - 300), text.indexOf(secret) + 100)}`,
            );
        }
        expect([viewer.name, document.slice(0, 80), result.status < 500]).toEqual([viewer.name, document.slice(0, 80), true]);
        const root = rootOf(document);
        const errors = (result.errors ?? []).map((e) => ({ viewer: viewer.name, root, code: e.extensions?.code, path: (e.path ?? []).join(".") }));
        // No error below the root field (out-of-scope fields are null or empty); at the root, refusals only
        // where the role may not use the field, and BAD_USER_INPUT where the walk hands one type's ID to another's lookup.
        expect(errors.filter((e) => e.path !== "walk" || !(e.code === "BAD_USER_INPUT" || (e.code === "FORBIDDEN" && refusableRoots.includes(root))))).toEqual(
          [],
        );
        if (errors.length > 0 && errors.every((e) => e.code === "BAD_USER_INPUT")) mismatched++;
        if (errors.length === 0) {
          expect([viewer.name, root, result.data === null || result.data === undefined]).toEqual([viewer.name, root, false]);
          answered++;
        }
      }
    }
    // Most documents are answered whole (every list, me, node(s) and every lookup given an ID of its type).
    expect(answered).toBeGreaterThan((documents.length * viewers.length - mismatched) / 2);
  }, 240_000);

  it("reaches the planted records: the same walk shows every canary to the district administrator", async () => {
    const seen = new Set<string>();
    for (const document of walkDocuments()) {
      const text = JSON.stringify(await server.api.raw(document));
      for (const secret of secrets) if (text.includes(secret)) seen.add(secret);
    }
    expect([...seen].sort()).toEqual([...secrets].sort());
  }, 120_000);
});
