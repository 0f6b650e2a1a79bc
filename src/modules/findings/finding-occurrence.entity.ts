import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { FindingKind, FindingSeverity } from "./findings.enums";

/**
 * 问题台账: one occurrence of a finding, from the sweep that first saw it to the sweep that saw it
 * gone (recordFindings). A cause that comes back after it was fixed is a new occurrence. The
 * evaluation's "findings resolved" counts these.
 */
@Entity("finding_occurrences")
@Index(["findingKey", "resolvedOn"])
@Index(["unitId", "firstSeenOn"])
@Index(["resolvedOn"])
@Index(["openKey"], { unique: true })
@ObjectType("FindingOccurrence", {
  implements: Node,
  description: "问题台账: one occurrence of a finding, from first seen to resolved (kept by the daily sweep).",
})
export class FindingOccurrence {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  /** The finding's stable key (kind and subject, e.g. `RESOURCE_STALE:DataResource:12`). */
  @Column({ type: "varchar", length: 120 })
  findingKey!: string;

  @Field(() => FindingKind, { description: "问题类型: the kind of finding (its rule and severity are documented on FindingKind)." })
  @Column({ type: "varchar", length: 32 })
  kind!: FindingKind;

  @Field(() => FindingSeverity, { description: "严重程度 when first seen." })
  @Column({ type: "varchar", length: 8 })
  severity!: FindingSeverity;

  @Column({ type: "integer" })
  unitId!: number;

  /** The record it is about, as "GraphQLType:rowId" (e.g. `DataResource:12`): a finding's subject may be of any record type. */
  @Column({ type: "varchar", length: 64 })
  subjectRef!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day its cause began (as the finding said when first seen); null when unknown." })
  @Column({ type: "date", nullable: true })
  since!: string | null;

  @Field(() => LocalDateResolver, { description: "首次发现: the district day the sweep first saw it." })
  @Column({ type: "date" })
  firstSeenOn!: string;

  @Field(() => LocalDateResolver, { description: "The district day a sweep last saw it." })
  @Column({ type: "date" })
  lastSeenOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "已整改: the district day the sweep found its cause fixed; null while open." })
  @Column({ type: "date", nullable: true })
  resolvedOn!: string | null;

  /** The finding's key while open, null once resolved: unique, so two sweeps at once never open the same finding twice. */
  @Column({ type: "varchar", length: 120, nullable: true })
  openKey!: string | null;

  /** The sweep that last saw it open (each sweep's own random id): at its end, a sweep resolves the open occurrences it did not see. */
  @Column({ type: "varchar", length: 36, nullable: true })
  seenBySweep!: string | null;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Column({ type: "datetime" })
  updatedAt!: Date;
}
