import "reflect-metadata";
import { DateTimeResolver } from "graphql-scalars";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { NodeResolver } from "./modules/node/node.resolver";
import { AppointmentResolver } from "./modules/organisation/appointment.resolver";
import { PersonResolver } from "./modules/organisation/person.resolver";
import { UnitResolver } from "./modules/organisation/unit.resolver";

export const resolvers = [NodeResolver, UnitResolver, PersonResolver, AppointmentResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process: validation on for every input (class-validator). */
export function catalogSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  });
  return built;
}

/** The schema as committed in schema.graphql: sorted, so every API change is a readable diff. */
export async function printCatalogSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await catalogSchema())) + "\n";
}
