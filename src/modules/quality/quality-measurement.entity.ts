import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Generated, Index, PrimaryColumn } from "typeorm";
import { Node } from "../../common/node";
import { QualityDimension, QualitySource } from "./quality.enums";

/** A BIGINT id as the driver gives it (mysql2: a string; SQLite: a number) as an exact JS number. */
function exactRowId(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const id = Number(value);
  if (!Number.isSafeInteger(id)) throw new Error(`quality_measurements.id ${String(value)} is past 2^53`);
  return id;
}

/**
 * 质量测量: one score of a resource × dimension (or of a rule) at a time. A time series of
 * millions of rows a year: written in multi-row INSERTs, read by drill-downs only; every score
 * and trend reads the roll-ups (quality-rollup.entity.ts). Its table is the migrations' alone
 * (synchronize: false): on MySQL/MariaDB its primary key is (id, day) and it is partitioned by
 * month (quality-partitions.ts); on SQLite the key is id.
 */
@Entity("quality_measurements", { synchronize: false })
@Index(["resourceId", "dimension", "measuredAt"])
@ObjectType("QualityMeasurement", { implements: Node, description: "质量测量: one score of a resource in a dimension (or of one of its rules) at a time." })
export class QualityMeasurement {
  /**
   * BIGINT on MySQL/MariaDB (migration 1764263000000), the 64-bit rowid on SQLite. Read as a JS number:
   * exact up to 2^53 (9 × 10^15, ages at a billion measurements a day), and a larger one is refused rather
   * than rounded, so the global ID ("QualityMeasurement:<id>") stays what it always was.
   */
  @PrimaryColumn({ type: "bigint", transformer: { to: (id: unknown) => id, from: exactRowId } })
  @Generated("increment")
  id!: number;

  @Column({ type: "integer" })
  resourceId!: number;

  @Column({ type: "integer", nullable: true })
  ruleId!: number | null;

  @Field(() => QualityDimension, { description: "The dimension measured." })
  @Column({ type: "varchar", length: 16 })
  dimension!: QualityDimension;

  /** Score in hundredths (0–10000). */
  @Column({ type: "integer" })
  scoreCenti!: number;

  @Column({ type: "bigint", nullable: true })
  passed!: number | null;

  @Column({ type: "bigint", nullable: true })
  total!: number | null;

  @Field(() => QualitySource, { description: "Who or what measured it." })
  @Column({ type: "varchar", length: 24 })
  source!: QualitySource;

  @Field(() => DateTimeResolver, { description: "When the check was made (its district day is the day it counts in)." })
  @Column({ type: "datetime" })
  measuredAt!: Date;

  /** The civil date of measuredAt in the district's time zone: the day it counts in. */
  @Field(() => LocalDateResolver, { description: "The civil date of measuredAt in the district's time zone: the day it counts in." })
  @Column({ type: "date" })
  day!: string;

  @Field(() => String, { nullable: true, description: "A note on the measurement (备注)." })
  @Column({ type: "varchar", length: 500, nullable: true })
  note!: string | null;

  @Column({ type: "integer", nullable: true })
  recordedByAccountId!: number | null;

  @Field({ description: "Username of the account that recorded it (system for the catalog's own checks)." })
  @Column({ type: "varchar", length: 64 })
  recordedBy!: string;

  @Field(() => DateTimeResolver, { description: "When it was recorded." })
  @Column({ type: "datetime" })
  recordedAt!: Date;
}
