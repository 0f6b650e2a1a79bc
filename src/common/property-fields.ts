import { getMetadataStorage } from "type-graphql";

type ObjectTypeMetadata = ReturnType<typeof getMetadataStorage>["objectTypes"][number];
type FieldMetadata = NonNullable<ObjectTypeMetadata["fields"]>[number];

/**
 * The fields of a declared object type that answer the entity's property of the same name: no field
 * resolver, no renaming. The one rule behind both the schema's plain column fields (src/schema.ts:
 * those with no middleware or role either lose their resolver) and the nested pages' column choice
 * (src/common/pagination.ts: a page reads only the columns of the properties a client selected).
 */
export function propertyFields(declared: ObjectTypeMetadata): FieldMetadata[] {
  const resolved = new Set(
    getMetadataStorage()
      .fieldResolvers.filter((resolver) => resolver.getObjectType?.() === declared.target)
      .map((resolver) => resolver.schemaName),
  );
  return (declared.fields ?? []).filter((field) => field.name === field.schemaName && !resolved.has(field.schemaName));
}
