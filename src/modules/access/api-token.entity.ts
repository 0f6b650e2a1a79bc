import { DateTimeResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { UserAccount } from "./user-account.entity";

/** A long-lived API token of a service account: stored as a SHA-256 hash, shown once, revocable. */
@Entity("api_tokens")
@ObjectType("ApiToken", { implements: Node, description: "A long-lived API token (its secret is shown once, when issued)." })
export class ApiToken {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index()
  @Column({ type: "integer" })
  accountId!: number;

  @ManyToOne(() => UserAccount, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "account_id" })
  owner?: UserAccount;

  @Field({ description: "What the token is for, e.g. 共享交换平台同步." })
  @Column({ type: "varchar", length: 128 })
  name!: string;

  @Field({ description: "The token's first characters, to recognise it." })
  @Column({ type: "varchar", length: 16 })
  prefix!: string;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  secretHash!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the token stops working; null: never (revoke it instead)." })
  @Column({ type: "datetime", nullable: true })
  expiresAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the token was last used (to the minute); null: never used." })
  @Column({ type: "datetime", nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: "When the token was revoked; null: not revoked." })
  @Column({ type: "datetime", nullable: true })
  revokedAt!: Date | null;

  @Field(() => DateTimeResolver, { description: "When the token was issued." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the token's record last changed." })
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
