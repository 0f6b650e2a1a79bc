import "reflect-metadata";
import { DateTimeResolver } from "graphql-scalars";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, MiddlewareFn } from "type-graphql";
import { authChecker } from "./common/auth";
import type { RequestContext } from "./common/context";
import { AccessResolver } from "./modules/access/access.resolver";
import { AppointmentHistoryResolver, AuditResolver, DataResourceHistoryResolver, PersonHistoryResolver, UnitHistoryResolver } from "./modules/audit/audit.resolver";
import { DataItemResolver, DataResourceResolver, FunctionResolver, UnitInventoryResolver } from "./modules/inventory/inventory.resolver";
import { NodeResolver } from "./modules/node/node.resolver";
import { AppointmentResolver } from "./modules/organisation/appointment.resolver";
import { PersonResolver } from "./modules/organisation/person.resolver";
import { UnitResolver } from "./modules/organisation/unit.resolver";

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
] as const;

/** Names the mutation being run, so its audit entries say which operation wrote them. */
const nameTheOperation: MiddlewareFn<RequestContext> = ({ info, context }, next) => {
  if (info.parentType.name === "Mutation" && info.path.prev === undefined) context.operation = info.fieldName;
  return next();
};

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process: validation on for every input, `@Authorized` on every root field. */
export function catalogSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    authChecker,
    authMode: "error",
    globalMiddlewares: [nameTheOperation],
  });
  return built;
}

/** The schema as committed in schema.graphql: sorted, so every API change is a readable diff. */
export async function printCatalogSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await catalogSchema())) + "\n";
}
