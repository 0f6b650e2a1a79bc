import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { UserAccount } from "./user-account.entity";

/** Why a sign-in session ended before its time. */
export enum SessionEndReason {
  /** `signOut`: the holder ended this session. */
  SIGNED_OUT = "SIGNED_OUT",
  /** `signOutEverywhere`, a password change or a disabled account: every session of the account. */
  SIGNED_OUT_EVERYWHERE = "SIGNED_OUT_EVERYWHERE",
  /** A refresh token already exchanged was presented again: it was copied, so the whole family ends. */
  TOKEN_REUSED = "TOKEN_REUSED",
}

/**
 * One sign-in: the family of refresh tokens it hands out, one after the other. It lives at most
 * SESSION_MAX_AGE_SECONDS and ends early when signed out or when a retired token comes back.
 */
@Entity("sign_in_sessions")
export class SignInSession {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index()
  @Column({ type: "integer" })
  accountId!: number;

  @ManyToOne(() => UserAccount, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "account_id" })
  holder?: UserAccount;

  /** The account's token version at sign-in: a password change or a disabled account ends the session. */
  @Column({ type: "integer" })
  tokenVersion!: number;

  @Column({ type: "datetime" })
  createdAt!: Date;

  /** The session's hard end (sign-in + SESSION_MAX_AGE_SECONDS). */
  @Column({ type: "datetime" })
  expiresAt!: Date;

  @Column({ type: "datetime" })
  lastRefreshedAt!: Date;

  @Column({ type: "datetime", nullable: true })
  endedAt!: Date | null;

  @Column({ type: "varchar", length: 24, nullable: true })
  endReason!: SessionEndReason | null;
}

/**
 * A refresh token of a session: opaque, stored as a SHA-256 hash. Exchanged once for a new access
 * and refresh token (then retired); a retired one presented again ends its whole session.
 */
@Entity("refresh_tokens")
export class RefreshToken {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Index()
  @Column({ type: "integer" })
  sessionId!: number;

  @ManyToOne(() => SignInSession, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "session_id" })
  session?: SignInSession;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  secretHash!: string;

  @Column({ type: "datetime" })
  createdAt!: Date;

  /** Idle limit: unused until then, it expires (never past the session's own end). */
  @Column({ type: "datetime" })
  expiresAt!: Date;

  /** When it was exchanged for the next one. */
  @Column({ type: "datetime", nullable: true })
  retiredAt!: Date | null;
}
