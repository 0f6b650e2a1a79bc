import { IsOptional, MaxLength, ValidateNested } from "class-validator";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import { ArgsType, Field, ID, InputType, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { AuditEntry } from "./audit-entry.entity";

export const AuditEntryConnection = ConnectionType("AuditEntry", AuditEntry);

@ObjectType({ description: "One field's value before and after a change (null before a creation)." })
export class FieldChange {
  @Field()
  field!: string;

  @Field(() => JSONResolver, { nullable: true })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true })
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

  @Field(() => String, { nullable: true, description: "Only this operation, e.g. appoint." })
  @IsOptional()
  @MaxLength(64)
  operation?: string;
}

@ArgsType()
export class AuditEntriesArgs extends ConnectionArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditFilter;
}
