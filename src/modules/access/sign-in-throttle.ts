import { isIP } from "node:net";
import { QueryFailedError } from "typeorm";
import type { RequestContext } from "../../common/context";
import { tooManyRequests } from "../../common/errors";
import { logger } from "../../common/logger";
import { withTransaction } from "../../common/transaction";
import { SignInMessages } from "./access.messages";
import { ALL_CLIENTS, LoginThrottle } from "./login-throttle.entity";
import { SignInRate, SignInRatePeriod } from "./sign-in-rate.entity";

/**
 * The sign-in limits (README, "Signing in"), kept in the database so that every server process
 * behind a load balancer sees the same counts:
 * - per client (IP): attempts per minute, and failed password checks per day across all usernames
 *   (spraying); over either, HTTP 429 with Retry-After;
 * - per (username, client): LOGIN_MAX_FAILURES failures lock that pair for LOGIN_LOCK_SECONDS, so an
 *   attacker elsewhere never locks the owner's own client;
 * - per username across all clients: past LOGIN_USERNAME_MAX_FAILURES, every client gets one try
 *   per delay that doubles with each further failure (1 s, 2 s, … up to LOGIN_LOCK_SECONDS): a
 *   distributed attack slows down, and the owner's first try from a fresh client is still checked.
 * Every write here is one short transaction; no password is hashed inside one.
 */

const MINUTE = 60;
const DAY = 24 * 3600;
/** A username's failures across clients are forgotten after a quiet day; rows older than that are purged. */
const FORGET_AFTER_SECONDS = DAY;
const PERIOD_SECONDS: Record<SignInRatePeriod, number> = { [SignInRatePeriod.MINUTE]: MINUTE, [SignInRatePeriod.DAY]: DAY };

/**
 * The key a client is counted under: its IPv4 address, or the /64 network of an IPv6 address (one
 * subscriber commonly holds a whole /64, so single addresses would give an attacker endless fresh
 * clients). Bounded to the column's 64 characters whatever a misconfigured proxy forwards.
 */
function clientKey(ctx: RequestContext): string {
  const address = ctx.clientAddress.startsWith("::ffff:") && isIP(ctx.clientAddress.slice(7)) === 4 ? ctx.clientAddress.slice(7) : ctx.clientAddress;
  if (isIP(address) !== 6) return address.slice(0, 64);
  const [head, tail = ""] = address.split("::");
  const groups = [...head.split(":").filter(Boolean), ...Array(8).fill("0")].slice(0, 8);
  if (tail) groups.splice(8 - tail.split(":").length, tail.split(":").length, ...tail.split(":"));
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

const ago = (now: Date, seconds: number) => new Date(now.getTime() - seconds * 1000);
const windowStart = (now: Date, period: SignInRatePeriod) => {
  const length = PERIOD_SECONDS[period] * 1000;
  return new Date(Math.floor(now.getTime() / length) * length);
};

const isDeadlock = (error: unknown) => error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === "ER_LOCK_DEADLOCK";

/**
 * One short counting transaction. MariaDB may pick one of two concurrent upserts of the same new
 * row as a deadlock victim: the count is then simply taken again (the work has no side effect
 * outside the transaction).
 */
async function counting<T>(ctx: RequestContext, work: (tx: RequestContext) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withTransaction(ctx, work);
    } catch (error) {
      if (attempt >= 5 || !isDeadlock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * (5 + Math.random() * 20)));
    }
  }
}

/** Housekeeping in a transaction of its own, after the counting: a purge that loses a lock race waits for the next one. */
async function purge(ctx: RequestContext, work: (tx: RequestContext) => Promise<unknown>): Promise<void> {
  try {
    await withTransaction(ctx, work);
  } catch (error) {
    if (!isDeadlock(error)) throw error;
    logger.debug("sign-in throttle purge skipped (lock race)", { error: (error as Error).message });
  }
}

/** Runs an upsert written for each database; the driver writes dates the way each stores them. */
async function upsert(tx: RequestContext, sqlite: string, mysql: string, parameters: Record<string, unknown>): Promise<void> {
  const sql = tx.dataSource.options.type === "better-sqlite3" ? sqlite : mysql;
  await tx.manager.query(...tx.dataSource.driver.escapeQueryWithParameters(sql, parameters));
}

/** Adds to the client's count in the current window of a period (a new window starts again from zero). */
async function countForClient(tx: RequestContext, period: SignInRatePeriod, now: Date): Promise<void> {
  await upsert(
    tx,
    "INSERT INTO sign_in_rates (client, period, window_start, count) VALUES (:client, :period, :start, 1) " +
      "ON CONFLICT(client, period) DO UPDATE SET count = CASE WHEN window_start = excluded.window_start THEN count + 1 ELSE 1 END, window_start = excluded.window_start",
    // MySQL assigns left to right: count is set while window_start still holds the old window.
    "INSERT INTO sign_in_rates (client, period, window_start, count) VALUES (:client, :period, :start, 1) " +
      "ON DUPLICATE KEY UPDATE count = IF(window_start = VALUES(window_start), count + 1, 1), window_start = VALUES(window_start)",
    { client: clientKey(tx), period, start: windowStart(now, period) },
  );
}

/** The client's count in the current window of a period, and the seconds until that window ends. */
function current(rate: SignInRate | undefined, period: SignInRatePeriod, now: Date): { count: number; secondsLeft: number } {
  const start = windowStart(now, period);
  const count = rate && rate.windowStart.getTime() === start.getTime() ? rate.count : 0;
  return { count, secondsLeft: (start.getTime() + PERIOD_SECONDS[period] * 1000 - now.getTime()) / 1000 };
}

/**
 * Counts one attempt to check a password from the caller's client, before any hashing. Over the
 * client's limit per minute, or past its failures for the day: TOO_MANY_REQUESTS (HTTP 429).
 */
export async function countSignInAttempt(ctx: RequestContext): Promise<void> {
  const settings = ctx.settings.auth;
  const now = new Date();
  const rates = await counting(ctx, async (tx) => {
    await countForClient(tx, SignInRatePeriod.MINUTE, now);
    return tx.manager.findBy(SignInRate, { client: clientKey(tx) });
  });
  await purge(ctx, (tx) =>
    tx.manager
      .createQueryBuilder()
      .delete()
      .from(SignInRate)
      .where("window_start < :stale", { stale: ago(now, DAY) })
      .execute(),
  );
  const minute = current(
    rates.find((r) => r.period === SignInRatePeriod.MINUTE),
    SignInRatePeriod.MINUTE,
    now,
  );
  const day = current(
    rates.find((r) => r.period === SignInRatePeriod.DAY),
    SignInRatePeriod.DAY,
    now,
  );
  const wait = Math.max(
    minute.count > settings.signInAttemptsPerMinute ? minute.secondsLeft : 0,
    day.count >= settings.signInFailuresPerDay ? day.secondsLeft : 0,
  );
  if (wait > 0) throw tooManyRequests(SignInMessages.tooManyAttempts(Math.ceil(wait)), wait);
}

/** True while this username is locked for the caller's client. */
export async function isLockedForClient(ctx: RequestContext, username: string): Promise<boolean> {
  const throttle = await ctx.manager.findOneBy(LoginThrottle, { username, client: clientKey(ctx) });
  return throttle?.lockedUntil != null && throttle.lockedUntil > ctx.now();
}

async function countFailure(tx: RequestContext, username: string, client: string, forgetBefore: Date): Promise<void> {
  await upsert(
    tx,
    "INSERT INTO login_throttles (username, client, failures, locked_until, updated_at) VALUES (:username, :client, 1, NULL, :now) " +
      "ON CONFLICT(username, client) DO UPDATE SET failures = CASE WHEN updated_at < :forgetBefore THEN 1 ELSE failures + 1 END, updated_at = excluded.updated_at",
    "INSERT INTO login_throttles (username, client, failures, locked_until, updated_at) VALUES (:username, :client, 1, NULL, :now) " +
      "ON DUPLICATE KEY UPDATE failures = IF(updated_at < :forgetBefore, 1, failures + 1), updated_at = VALUES(updated_at)",
    { username, client, now: tx.now(), forgetBefore },
  );
}

/**
 * Counts a failed password check, atomically (concurrent guesses all count): against the client's
 * day, and, for a username that is not already locked for this client, against the pair and the
 * username. Locks the pair past the limits.
 */
export async function registerSignInFailure(ctx: RequestContext, username: string | null): Promise<void> {
  const settings = ctx.settings.auth;
  const client = clientKey(ctx);
  await counting(ctx, async (tx) => {
    const now = tx.now();
    await countForClient(tx, SignInRatePeriod.DAY, new Date());
    if (username === null) return;
    await countFailure(tx, username, client, ago(now, settings.loginLockSeconds));
    await countFailure(tx, username, ALL_CLIENTS, ago(now, FORGET_AFTER_SECONDS));
    const acrossClients = (await tx.manager.findOneBy(LoginThrottle, { username, client: ALL_CLIENTS }))?.failures ?? 0;
    const lock = tx.manager.createQueryBuilder().update(LoginThrottle).where("username = :username AND client = :client", { username, client });
    if (acrossClients >= settings.usernameMaxFailures) {
      const delay = Math.min(2 ** Math.min(acrossClients - settings.usernameMaxFailures, 30), settings.loginLockSeconds);
      await lock.set({ failures: 0, lockedUntil: new Date(now.getTime() + delay * 1000) }).execute();
    } else {
      await lock
        .set({ failures: 0, lockedUntil: new Date(now.getTime() + settings.loginLockSeconds * 1000) })
        .andWhere("failures >= :max", { max: settings.maxLoginFailures })
        .execute();
    }
  });
  if (username !== null) {
    const stale = ago(ctx.now(), FORGET_AFTER_SECONDS + settings.loginLockSeconds);
    await purge(ctx, (tx) => tx.manager.createQueryBuilder().delete().from(LoginThrottle).where("updated_at < :stale", { stale }).execute());
  }
}

/** After the right password: the pair starts afresh (the username's count across clients stays, and fades). */
export async function clearSignInFailures(tx: RequestContext, username: string): Promise<void> {
  await tx.manager.delete(LoginThrottle, { username, client: clientKey(tx) });
}
