import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { QualityDimension } from "./quality.enums";

/**
 * The roll-ups, kept in the same transaction as the measurements (see quality-measurement.service.ts)
 * and read by every score and trend: a dashboard never scans the raw measurements. Scores and sums
 * are integer hundredths, so they agree exactly with a computation over the raw rows.
 */

/** A resource's latest score per dimension, and its target when an active rule sets one. */
@Entity("quality_latest")
@Index(["unitId"])
export class QualityLatest {
  @PrimaryColumn({ type: "integer" })
  resourceId!: number;

  @PrimaryColumn({ type: "varchar", length: 16 })
  dimension!: QualityDimension;

  /** The resource's provider (copied, so the below-target list filters without a join to resources). */
  @Column({ type: "integer" })
  unitId!: number;

  /** Null until the first measurement (a rule set the target first). */
  @Column({ type: "integer", nullable: true })
  scoreCenti!: number | null;

  @Column({ type: "datetime", nullable: true })
  measuredAt!: Date | null;

  /** The highest target of the active rules in this dimension; null: the district's default target. */
  @Column({ type: "integer", nullable: true })
  targetCenti!: number | null;
}

/** What a day's measurements fold into: count, sum, least and greatest score (hundredths). */
abstract class DayFold {
  @PrimaryColumn({ type: "varchar", length: 16 })
  dimension!: QualityDimension;

  @PrimaryColumn({ type: "date" })
  day!: string;

  @Column({ type: "integer" })
  measurementCount!: number;

  @Column({ type: "bigint" })
  scoreSum!: number;

  @Column({ type: "integer" })
  scoreMin!: number;

  @Column({ type: "integer" })
  scoreMax!: number;
}

/** A resource's measurements per dimension and district day. */
@Entity("quality_daily")
export class QualityDaily extends DayFold {
  @PrimaryColumn({ type: "integer" })
  resourceId!: number;
}

/** The measurements of a unit's resources and its descendants' per dimension and day (a row for the unit and each ancestor). */
@Entity("quality_unit_daily")
export class QualityUnitDaily extends DayFold {
  @PrimaryColumn({ type: "integer" })
  unitId!: number;
}

/** Count and sum of the latest scores of a unit's subtree's resources per dimension, moved by deltas when a latest score changes. */
@Entity("quality_unit_current")
export class QualityUnitCurrent {
  @PrimaryColumn({ type: "integer" })
  unitId!: number;

  @PrimaryColumn({ type: "varchar", length: 16 })
  dimension!: QualityDimension;

  @Column({ type: "integer" })
  resourceCount!: number;

  @Column({ type: "bigint" })
  scoreSum!: number;
}
