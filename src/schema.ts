import "reflect-metadata";
import { DateTimeResolver } from "graphql-scalars";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./common/auth";
import type { RequestContext } from "./common/context";
import { AccessResolver } from "./modules/access/access.resolver";
import {
  AppointmentHistoryResolver,
  AuditResolver,
  DataItemHistoryResolver,
  DataResourceHistoryResolver,
  FunctionHistoryResolver,
  PersonHistoryResolver,
  UnitHistoryResolver,
} from "./modules/audit/audit.resolver";
import { InventoryImportResolver } from "./modules/inventory/import/inventory-import.resolver";
import { DataItemResolver, DataResourceResolver, FunctionResolver, UnitInventoryResolver } from "./modules/inventory/inventory.resolver";
import { NodeResolver } from "./modules/node/node.resolver";
import { AppointmentResolver } from "./modules/organisation/appointment.resolver";
import { PersonResolver } from "./modules/organisation/person.resolver";
import { UnitResolver } from "./modules/organisation/unit.resolver";
import {
  DataResourceQualityResolver,
  QualityBelowTargetResolver,
  QualityIssueResolver,
  QualityMeasurementResolver,
  QualityResolver,
  QualityRuleResolver,
  QualityScoresResolver,
  UnitQualityResolver,
} from "./modules/quality/quality.resolver";

export const resolvers = [
  NodeResolver,
  UnitResolver,
  PersonResolver,
  AppointmentResolver,
  AccessResolver,
  AuditResolver,
  UnitHistoryResolver,
  PersonHistoryResolver,
  AppointmentHistoryResolver,
  DataResourceResolver,
  DataItemResolver,
  FunctionResolver,
  UnitInventoryResolver,
  DataResourceHistoryResolver,
  DataItemHistoryResolver,
  FunctionHistoryResolver,
  InventoryImportResolver,
  ...[QualityResolver, QualityScoresResolver, DataResourceQualityResolver, UnitQualityResolver, QualityRuleResolver, QualityMeasurementResolver],
  ...[QualityIssueResolver, QualityBelowTargetResolver],
] as const;

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

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process: validation on for every input, `@Authorized` on every root field. */
export function catalogSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    authChecker,
    authMode: "error",
  }).then(nameTheOperations);
  return built;
}

/** The schema as committed in schema.graphql: sorted, so every API change is a readable diff. */
export async function printCatalogSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await catalogSchema())) + "\n";
}
