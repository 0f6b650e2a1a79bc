import { DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { Person } from "../organisation";
import { AccountKind } from "./access.enums";

/** A sign-in identity. Its unit roles come from its person's active appointments; the rest are granted here. */
@Entity("user_accounts")
@ObjectType("UserAccount", { implements: Node, description: "A sign-in identity, linked to a person (roles follow the person's appointments) or a service." })
export class UserAccount {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Field({ description: "The sign-in name (lower case)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  username!: string;

  @Field(() => AccountKind, { description: "PERSON (signs in) or SERVICE (calls with API tokens)." })
  @Column({ type: "varchar", length: 16 })
  kind!: AccountKind;

  @Column({ type: "integer", nullable: true })
  personId!: number | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "person_id" })
  accountHolder?: Person | null;

  /** scrypt$N$r$p$salt$hash; null for service accounts and single-sign-on-only users. */
  @Column({ type: "varchar", length: 255, nullable: true })
  passwordHash!: string | null;

  @Field({ description: "Granted: office of the digital-government leading group (everything, district-wide)." })
  @Column({ type: "boolean", default: false })
  districtAdministrator!: boolean;

  @Field({ description: "Granted: read-only across all units, without personal information." })
  @Column({ type: "boolean", default: false })
  analyst!: boolean;

  @Field({ description: "A disabled account cannot sign in; its tokens stopped working when it was disabled." })
  @Column({ type: "boolean", default: false })
  disabled!: boolean;

  /** Bumped on password change, disabling or forced sign-out: access tokens carrying an older version are refused. */
  @Column({ type: "integer", default: 0 })
  tokenVersion!: number;

  /** The last mutation the account made: its reads stay on the primary for READ_YOUR_WRITES_SECONDS after (DATABASE_REPLICA_URLS). */
  @Column({ type: "datetime", nullable: true })
  lastWriteAt!: Date | null;

  @Field(() => DateTimeResolver, { description: "When the account was created." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the account last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
