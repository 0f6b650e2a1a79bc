import { DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { AccessRole } from "../../common/auth";
import { AUDIT_TABLE, type AuditEntryValues } from "../../common/audit";
import { Node } from "../../common/node";

/**
 * One successful mutation's change to one record: who (account, role), where (unit), what
 * (operation, target, fields before and after), when, in which request. Append-only: no API
 * updates or deletes it.
 */
@Entity(AUDIT_TABLE)
@Index(["targetType", "targetId"])
@ObjectType("AuditEntry", { implements: Node, description: "An append-only record of one change: who, in which role and unit, what before and after, when." })
export class AuditEntry implements AuditEntryValues {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Field(() => DateTimeResolver, { description: "When the change was committed (UTC)." })
  @Index()
  @Column({ type: "datetime" })
  occurredAt!: Date;

  @Field({ description: "The request that made the change (the x-request-id header and the server log carry the same id)." })
  @Column({ type: "varchar", length: 64 })
  requestId!: string;

  @Index()
  @Column({ type: "integer", nullable: true })
  actorAccountId!: number | null;

  @Field({ description: "The actor's username at the time." })
  @Column({ type: "varchar", length: 64 })
  actorUsername!: string;

  @Field(() => AccessRole, { nullable: true, description: "The role the actor acted in; null for the server itself." })
  @Column({ type: "varchar", length: 40, nullable: true })
  actorRole!: AccessRole | null;

  @Index()
  @Column({ type: "integer", nullable: true })
  unitId!: number | null;

  // The schema shows it as the AuditOperation enum (audit.schema.ts): one value per mutation.
  @Field({ description: "The mutation that made the change (by its name, e.g. appoint), or system." })
  @Column({ type: "varchar", length: 64 })
  operation!: string;

  // The schema shows it as the AuditTargetType enum (audit.schema.ts): one value per node type.
  @Field({ description: "The GraphQL type of the changed record, e.g. Appointment." })
  @Column({ type: "varchar", length: 40 })
  targetType!: string;

  @Column({ type: "integer" })
  targetId!: number;

  /** JSON: { field: { before, after } }. */
  @Column({ type: "text" })
  changes!: string;
}
