import "reflect-metadata";
import { DateTimeResolver } from "graphql-scalars";
import { GraphQLSchema, isAbstractType, isObjectType, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, getMetadataStorage } from "type-graphql";
import { getMetadataArgsStorage } from "typeorm";
import { authChecker, requireAuthorisedOperations } from "./common/auth";
import type { RequestContext } from "./common/context";
import { type NodeType, registerNodeTypes } from "./common/node";
import { propertyFields } from "./common/property-fields";
import * as access from "./modules/access";
import * as analysis from "./modules/analysis";
import * as audit from "./modules/audit";
import * as calendar from "./modules/calendar";
import * as evaluation from "./modules/evaluation";
import * as findings from "./modules/findings";
import * as innovation from "./modules/innovation";
import * as inventory from "./modules/inventory";
import * as labels from "./modules/labels";
import * as meetings from "./modules/meetings";
import * as node from "./modules/node";
import * as opening from "./modules/opening";
import * as organisation from "./modules/organisation";
import * as projects from "./modules/projects";
import * as quality from "./modules/quality";
import * as reports from "./modules/reports";
import * as sharing from "./modules/sharing";
import * as training from "./modules/training";
import { withAuditEnums } from "./modules/audit";

/** What a domain module's front door (src/modules/<module>/index.ts) gives the schema. */
interface CatalogModule {
  resolvers: readonly Function[];
  nodeTypes: readonly NodeType[];
}

/** The modules of the API. A new module adds its import and one line here (and the same in src/modules/entities.ts). */
// prettier-ignore
const modules: readonly CatalogModule[] = [
  node,
  organisation,
  access,
  audit,
  inventory,
  labels,
  calendar,
  sharing,
  opening,
  quality,
  projects,
  meetings,
  training,
  innovation,
  analysis,
  reports,
  findings,
  evaluation,
];

const resolvers = modules.flatMap((module) => module.resolvers) as [Function, ...Function[]];

/**
 * Names the mutation being run, so its audit entries say which operation wrote them. Wrapping
 * the root mutation resolvers (not a global middleware) keeps every other field synchronous:
 * a global middleware would turn each of the thousands of scalar fields of a page into a promise.
 */
function nameTheOperations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve!;
    field.resolve = (root, args, context: RequestContext, info) => {
      context.operation = info.fieldName;
      return resolve(root, args, context, info);
    };
  }
  return schema;
}

/** type-graphql has no decorator for the root types' own descriptions. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  schema.getQueryType()!.description = "Reads: the unit tree, persons and appointments, the inventory, the audit trail, and any record by its global ID.";
  schema.getMutationType()!.description = "Writes: each is one transaction and leaves an audit entry; a refused one writes nothing.";
  return schema;
}

/**
 * type-graphql wraps a declared `resolveType` (Node's) in an async function; graphql-jit, which
 * executes every document (src/http/compiled-execution.ts), needs the type name synchronously.
 * The same declared function, called directly: a class it returns is named as type-graphql would.
 */
function synchronousTypeResolution(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeNames = new Map<Function, string>(storage.objectTypes.map((type) => [type.target, type.name]));
  const nameOf = (resolved: string | Function | null | undefined) => (typeof resolved === "function" ? typeNames.get(resolved) : (resolved ?? undefined));
  for (const declared of [...storage.interfaceTypes, ...storage.unions]) {
    const type = schema.getType(declared.name);
    const declaredResolveType = declared.resolveType;
    if (!declaredResolveType || !isAbstractType(type)) continue;
    type.resolveType = (value, context, info, abstractType) => {
      const resolved = declaredResolveType(value, context, info, abstractType);
      return resolved instanceof Promise ? resolved.then(nameOf) : nameOf(resolved);
    };
  }
  return schema;
}

/**
 * A field that reads an entity's column and nothing else (no field resolver, no middleware, no role)
 * is read as a plain property: type-graphql's wrapper for it allocates on every call (a nested page
 * makes thousands), and graphql-jit reads a field without a resolver inline. Columns only: their
 * values are never promises (the connections' lazy fields are, and keep their resolvers). The schema
 * has no global middleware, which such a field would otherwise skip.
 */
function columnsReadAsProperties(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const columns = getMetadataArgsStorage().columns;
  for (const declared of storage.objectTypes) {
    const type = schema.getType(declared.name);
    if (!isObjectType(type)) continue;
    const fields = type.getFields();
    for (const field of propertyFields(declared)) {
      const plain = !field.middlewares?.length && !field.roles;
      if (plain && fields[field.name] && columns.some((column) => column.target === declared.target && column.propertyName === field.name))
        fields[field.name].resolve = undefined;
    }
  }
  return schema;
}

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process: validation on for every input, authorisation declared on every root field (or no schema). */
export function catalogSchema(): Promise<GraphQLSchema> {
  if (!built) {
    registerNodeTypes(modules.flatMap((module) => module.nodeTypes));
    built = buildSchema({
      resolvers,
      validate: { forbidUnknownValues: false },
      scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
      authChecker,
      authMode: "error",
    }).then((schema) => {
      requireAuthorisedOperations();
      return withAuditEnums(describeRootTypes(nameTheOperations(synchronousTypeResolution(columnsReadAsProperties(schema)))));
    });
  }
  return built;
}

/** The schema as committed in schema.graphql: sorted, so every API change is a readable diff. */
export async function printCatalogSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await catalogSchema())) + "\n";
}
