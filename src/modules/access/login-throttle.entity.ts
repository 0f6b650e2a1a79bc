import { Column, Entity, PrimaryColumn } from "typeorm";

/**
 * Failed sign-ins per username, whether or not the account exists (so the reply and the lockout
 * never reveal which usernames are real).
 */
@Entity("login_throttles")
export class LoginThrottle {
  @PrimaryColumn({ type: "varchar", length: 64 })
  username!: string;

  @Column({ type: "integer", default: 0 })
  failures!: number;

  @Column({ type: "datetime", nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: "datetime" })
  updatedAt!: Date;
}
