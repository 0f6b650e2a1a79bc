import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/** The row of a username's failures across all clients. */
export const ALL_CLIENTS = "*";

/**
 * Failed sign-ins of a username from one client (the pair is locked past LOGIN_MAX_FAILURES), and
 * of the username from all clients (client "*"). Kept whether or not the account exists, so the
 * reply and the lockout never reveal which usernames are real.
 */
@Entity("login_throttles")
export class LoginThrottle {
  @PrimaryColumn({ type: "varchar", length: 64 })
  username!: string;

  @PrimaryColumn({ type: "varchar", length: 64 })
  client!: string;

  @Column({ type: "integer", default: 0 })
  failures!: number;

  @Column({ type: "datetime", nullable: true })
  lockedUntil!: Date | null;

  @Index()
  @Column({ type: "datetime" })
  updatedAt!: Date;
}
