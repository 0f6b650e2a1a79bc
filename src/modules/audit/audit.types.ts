import { IsOptional, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { MAX_AUDIT_LAST_DAYS } from "./audit.policy";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { AuditEntry } from "./audit-entry.entity";

export const AuditEntryConnection = ConnectionType("AuditEntry", AuditEntry);

@ObjectType({ description: "One field's value before and after a change (null before a creation)." })
export class FieldChange {
  @Field({ description: "The changed field, by its API name." })
  field!: string;

  @Field(() => JSONResolver, { nullable: true, description: "The value before the change (null on creation); IDs as global IDs." })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: "The value after the change; IDs as global IDs." })
  after!: unknown;
}

@InputType({ description: "Which audit entries to list. Filters combine with AND." })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: "Changes to this record (any type's ID)." })
  @IsOptional()
  targetId?: string;

  @Field(() => ID, { nullable: true, description: "Changes made by this account." })
  @IsOptional()
  actorId?: string;

  @Field(() => ID, { nullable: true, description: "Changes to records of this unit or any unit below it." })
  @IsOptional()
  unitId?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: "From this time (inclusive)." })
  @IsOptional()
  from?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: "Until this time (exclusive)." })
  @IsOptional()
  to?: Date;

  @Field(() => Int, {
    nullable: true,
    description: `Only changes of the last this many days (1 to ${MAX_AUDIT_LAST_DAYS}), counted back from now: "what changed in the last 30 days" is lastDays: 30.`,
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_AUDIT_LAST_DAYS)
  lastDays?: number;

  @Field(() => String, { nullable: true, description: "Only this operation, e.g. appoint." })
  @IsOptional()
  @MaxLength(64)
  operation?: string;
}

@ArgsType()
export class AuditEntriesArgs extends ConnectionArgs {
  @Field(() => AuditFilter, { nullable: true, description: "Which entries to list; none: the whole trail." })
  @IsOptional()
  @ValidateNested()
  filter?: AuditFilter;
}
