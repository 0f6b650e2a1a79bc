import { GraphQLEnumType, GraphQLInputObjectType, GraphQLInterfaceType, GraphQLNonNull, GraphQLObjectType, GraphQLSchema } from "graphql";

/** What the trail stores as the operation of changes the server made itself (demo data, the bootstrap administrator). */
const SYSTEM_OPERATION = "system";
/** Queries that leave an audit entry (issuing a signed export link grants a download): operations as the mutations are. */
const AUDITED_QUERIES = ["inventoryExportLink"];

/**
 * The audit entry's `operation` and `targetType` as enums, made from the schema itself: one value
 * per mutation, one per record type (every type implementing Node). A module's new mutation or
 * record type is in them without anyone keeping a list. The stored strings are the values'
 * names, so the trail needs no migration; renaming a mutation must keep the old value readable.
 */
export function withAuditEnums(schema: GraphQLSchema): GraphQLSchema {
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  const operation = new GraphQLEnumType({
    name: "AuditOperation",
    description: "The operation that made a change: the mutation, by its name, or system.",
    values: {
      ...Object.fromEntries(mutations.map((m) => [m.name, { value: m.name, description: `The ${m.name} mutation: ${m.description ?? ""}` }])),
      ...Object.fromEntries(
        Object.values(schema.getQueryType()?.getFields() ?? {})
          .filter((q) => AUDITED_QUERIES.includes(q.name))
          .map((q) => [q.name, { value: q.name, description: `The ${q.name} query: ${q.description ?? ""}` }]),
      ),
      [SYSTEM_OPERATION]: { value: SYSTEM_OPERATION, description: "The server itself: demo data and the start-up bootstrap administrator." },
    },
  });
  // The trail itself is append-only: never a target.
  const recordTypes = schema
    .getPossibleTypes(schema.getType("Node") as GraphQLInterfaceType)
    .map((type) => type.name)
    .filter((name) => name !== "AuditEntry");
  const targetType = new GraphQLEnumType({
    name: "AuditTargetType",
    description: "The type of a changed record (a GraphQL type implementing Node).",
    values: Object.fromEntries([...recordTypes].sort().map((name) => [name, { value: name, description: `A record of type ${name}.` }])),
  });

  const entry = (schema.getType("AuditEntry") as GraphQLObjectType).getFields();
  entry.operation.type = new GraphQLNonNull(operation);
  entry.targetType.type = new GraphQLNonNull(targetType);
  (schema.getType("AuditFilter") as GraphQLInputObjectType).getFields().operation.type = operation;
  // A schema anew, so its type map holds the two enums.
  return new GraphQLSchema(schema.toConfig());
}
