import { getNullableType, GraphQLEnumType, GraphQLInputType, GraphQLList, GraphQLNamedType, GraphQLNonNull, isInputObjectType } from "graphql";

/** A value for a required argument of a schema walk: `id` for IDs, the first enum value, required input fields filled, a plain sample otherwise. */
export function sampleValue(type: GraphQLInputType, id: string): unknown {
  const nullable = getNullableType(type);
  if (nullable instanceof GraphQLList) return [sampleValue(nullable.ofType, id)];
  if (nullable instanceof GraphQLEnumType) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    const fields = Object.values(nullable.getFields()).filter((f) => f.type instanceof GraphQLNonNull && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sampleValue(f.type, id)]));
  }
  const samples: Record<string, unknown> = {
    ID: id,
    String: "320402",
    Int: 1,
    Float: 1,
    Boolean: true,
    LocalDate: "2025-01-01",
    DateTime: "2025-01-01T00:00:00Z",
    Yuan: "1.00",
  };
  return samples[(nullable as GraphQLNamedType).name] ?? "x";
}
