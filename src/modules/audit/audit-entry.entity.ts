import { DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
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

  @Field(() => DateTimeResolver)
  @Index()
  @Column({ type: "datetime" })
  occurredAt!: Date;

  @Field()
  @Column({ type: "varchar", length: 64 })
  requestId!: string;

  @Index()
  @Column({ type: "integer", nullable: true })
  actorAccountId!: number | null;

  @Field({ description: "The actor's username at the time." })
  @Column({ type: "varchar", length: 64 })
  actorUsername!: string;

  @Field(() => String, { nullable: true, description: "The role the actor acted in (AccessRole)." })
  @Column({ type: "varchar", length: 40, nullable: true })
  actorRole!: string | null;

  @Index()
  @Column({ type: "integer", nullable: true })
  unitId!: number | null;

  @Field({ description: "The mutation, e.g. appoint." })
  @Column({ type: "varchar", length: 64 })
  operation!: string;

  @Field({ description: "The GraphQL type of the changed record, e.g. Appointment." })
  @Column({ type: "varchar", length: 40 })
  targetType!: string;

  @Column({ type: "integer" })
  targetId!: number;

  /** JSON: { field: { before, after } }. */
  @Column({ type: "text" })
  changes!: string;
}
