import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Person, Unit } from "../organisation";
import { AnnualReportStatus } from "./reports.enums";

/**
 * 年度述职报告 (DOMAIN §6): a unit CDO's yearly report, one per unit and year.
 * The columns here are the contract other modules read (findings: missing or late reports; evaluation: report on time);
 * the reports module adds its sections, figures and review history beside them.
 */
@Entity("annual_reports")
@Index(["unitId", "year"], { unique: true })
@Index(["year", "status"])
export class AnnualReport {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  unit?: Unit;

  /** The year reported on (述职年度). */
  @Column({ type: "integer" })
  year!: number;

  /** The CDO who writes it: the unit's CDO in office when it was created. */
  @Column({ type: "integer" })
  cdoPersonId!: number;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "cdo_person_id" })
  cdo?: Person;

  @Column({ type: "varchar", length: 16 })
  status!: AnnualReportStatus;

  /** The first submission: "on time" compares it with the year's deadline. Never changes once set. */
  @Column({ type: "datetime", nullable: true })
  firstSubmittedAt!: Date | null;

  /** The latest submission (a resubmission after a return moves it). */
  @Column({ type: "datetime", nullable: true })
  submittedAt!: Date | null;

  /** When the district office accepted it. */
  @Column({ type: "datetime", nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: "datetime" })
  createdAt!: Date;

  @Column({ type: "datetime" })
  updatedAt!: Date;
}

/** 报告提交期限: the district office's deadline for a year's reports (a report is late when first submitted after it, or missing past it). */
@Entity("annual_report_deadlines")
export class AnnualReportDeadline {
  @PrimaryColumn({ type: "integer" })
  year!: number;

  /** The last day (district calendar date) a report for `year` may first be submitted on time. */
  @Column({ type: "date" })
  dueOn!: string;

  @Column({ type: "datetime" })
  updatedAt!: Date;
}
