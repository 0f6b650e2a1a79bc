import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../../common/node";
import { AppointmentRole, SpecialistPosition } from "./organisation.enums";
import { Person } from "./person.entity";
import { Unit } from "./unit.entity";
import { isActiveOn } from "./appointment.policy";

/** 任命/选聘: a person holds a role on a unit for [startDate, endDate). History is never overwritten. */
@Entity("appointments")
@Index(["unitId", "role", "openTerm"], { unique: true })
@ObjectType("Appointment", { implements: Node, description: "任命: a person × unit × role over [startDate, endDate)." })
export class Appointment {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index()
  @Column({ type: "integer" })
  personId!: number;

  @ManyToOne(() => Person, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "person_id" })
  appointee?: Person;

  @Column({ type: "integer" })
  unitId!: number;

  @ManyToOne(() => Unit, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "unit_id" })
  appointingUnit?: Unit;

  @Field(() => AppointmentRole, {
    description: "任命角色: DISTRICT_CDO 区首席数据官, DISTRICT_CHIEF_DATA_EXECUTIVE 区首席数据执行官, UNIT_CDO 首席数据官 or DATA_SPECIALIST 数据专员.",
  })
  @Column({ type: "varchar", length: 40 })
  role!: AppointmentRole;

  @Field(() => LocalDateResolver, { description: "First day of the term (district time)." })
  @Column({ type: "date" })
  startDate!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Day the term ended (exclusive); null while open." })
  @Column({ type: "date", nullable: true })
  endDate!: string | null;

  @Field(() => String, { nullable: true, description: "任命文号: number of the appointment document, e.g. 天数办〔2024〕3号" })
  @Column({ type: "varchar", length: 64, nullable: true })
  documentNumber!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Why a unit CDO who does not meet the qualification rule (选聘条件) was appointed anyway; null when qualified.",
  })
  @Column({ type: "varchar", length: 500, nullable: true })
  qualificationExceptionReason!: string | null;

  @Field(() => SpecialistPosition, { nullable: true, description: "For data specialists: the post they hold." })
  @Column({ type: "varchar", length: 40, nullable: true })
  specialistPosition!: SpecialistPosition | null;

  @Field(() => String, { nullable: true, description: "Why the term ended (e.g. 工作调动, succeeded by …)." })
  @Column({ type: "varchar", length: 255, nullable: true })
  endReason!: string | null;

  /**
   * 1 while the term is open (no end date), NULL once it has one. The unique index on
   * (unit_id, role, open_term) lets the database itself refuse two open terms for one role.
   */
  @Column({ type: "integer", nullable: true })
  openTerm!: number | null;

  @Field(() => DateTimeResolver, { description: "When the appointment was recorded." })
  @Column({ type: "datetime" })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: "When the appointment record last changed (e.g. its term ended)." })
  @Column({ type: "datetime" })
  updatedAt!: Date;

  /** Active on `day`: started on or before it and not yet ended. */
  isActiveOn(day: string): boolean {
    return isActiveOn(this, day);
  }
}
