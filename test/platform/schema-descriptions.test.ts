import { GraphQLSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from "graphql";
import { catalogSchema } from "../../src/schema";

let schema: GraphQLSchema;
beforeAll(async () => (schema = await catalogSchema()));

/** Every described place of the schema: types, fields, arguments, input fields, enum values (introspection and graphql-js's own scalars aside). */
function describedPlaces(schema: GraphQLSchema): { place: string; description: string | null | undefined }[] {
  const places: { place: string; description: string | null | undefined }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    places.push({ place: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        places.push({ place: `${type.name}.${field.name}`, description: field.description });
        for (const arg of "args" in field ? field.args : []) places.push({ place: `${type.name}.${field.name}(${arg.name})`, description: arg.description });
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) places.push({ place: `${type.name}.${value.name}`, description: value.description });
  }
  return places;
}

describe("the schema documents itself", () => {
  it("describes every type, field, argument, input field and enum value, in English (Chinese terms beside)", () => {
    const places = describedPlaces(schema);
    expect(places.length).toBeGreaterThan(500);
    expect(places.filter((p) => !p.description?.trim()).map((p) => p.place)).toEqual([]);
    // English first: a description of Chinese alone leaves a client team without the term's meaning.
    expect(places.filter((p) => !/[A-Za-z]{2}/.test(p.description ?? "")).map((p) => p.place)).toEqual([]);
  });

  it("names the policy's terms on the data resource's sharing type, open type and level", () => {
    const fields = (schema.getType("DataResource") as import("graphql").GraphQLObjectType).getFields();
    expect(fields.sharingType.description).toMatch(/共享类型/);
    expect(fields.openType.description).toMatch(/开放类型/);
    expect(fields.level.description).toMatch(/分级/);
    const sharing = schema.getType("SharingType");
    if (!isEnumType(sharing)) throw new Error("SharingType is not an enum");
    expect(sharing.getValues().map((v) => v.description?.split(":")[0])).toEqual(["无条件共享", "有条件共享", "不予共享"]);
  });

  it("describes the paging boilerplate too (connections, edges, page info)", () => {
    const places = new Map(describedPlaces(schema).map((p) => [p.place, p.description]));
    for (const place of ["UnitConnection.edges", "UnitEdge", "UnitEdge.cursor", "UnitEdge.node", "PageInfo", "PageInfo.endCursor", "Query.units(first)"]) {
      expect([place, places.get(place)]).toEqual([place, expect.stringMatching(/\w/)]);
    }
  });
});
