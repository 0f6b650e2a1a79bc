import { Column, Entity, Index, PrimaryColumn } from "typeorm";

export enum SignInRatePeriod {
  /** Sign-in attempts, successful or not. */
  MINUTE = "minute",
  /** Failed password checks, across all usernames. */
  DAY = "day",
}

/** One client's sign-in count in the current fixed window of a period (a new window starts the count again). */
@Entity("sign_in_rates")
export class SignInRate {
  @PrimaryColumn({ type: "varchar", length: 64 })
  client!: string;

  @PrimaryColumn({ type: "varchar", length: 8 })
  period!: SignInRatePeriod;

  @Index()
  @Column({ type: "datetime" })
  windowStart!: Date;

  @Column({ type: "integer", default: 0 })
  count!: number;
}
