import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** Sign-in limits: failures allowed in the window per account (email) and per client IP. */
export const THROTTLE = { windowMs: 15 * 60_000, perAccount: 5, perIp: 30 } as const;

async function failuresSince(
  db: Kysely<Database>,
  column: 'email' | 'ip',
  value: string,
  since: Date,
): Promise<Date[]> {
  // Failures count from the window's start or the last success, whichever is later.
  const lastSuccess = await db
    .selectFrom('login_attempts')
    .select('at')
    .where(column, '=', value)
    .where('succeeded', '=', true)
    .where('at', '>', since)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const from = lastSuccess && lastSuccess.at > since ? lastSuccess.at : since;
  const rows = await db
    .selectFrom('login_attempts')
    .select('at')
    .where(column, '=', value)
    .where('succeeded', '=', false)
    .where('at', '>', from)
    .orderBy('at')
    .execute();
  return rows.map((r) => r.at);
}

/**
 * How many seconds this sign-in must wait, or 0 if it may go ahead. A lock ends when the oldest
 * failure that counts leaves the window.
 */
export async function throttleDelaySeconds(
  db: Kysely<Database>,
  key: { email: string; ip: string },
  now: Date,
): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE.windowMs);
  const checks: [Date[], number][] = [
    [await failuresSince(db, 'email', key.email, since), THROTTLE.perAccount],
    [await failuresSince(db, 'ip', key.ip, since), THROTTLE.perIp],
  ];
  let wait = 0;
  for (const [failures, limit] of checks) {
    if (failures.length < limit) continue;
    const unlocksAt = failures[failures.length - limit]!.getTime() + THROTTLE.windowMs;
    wait = Math.max(wait, Math.ceil((unlocksAt - now.getTime()) / 1000));
  }
  return wait;
}

/**
 * Reserves a sign-in attempt: under a lock per email and per IP, checks the limits and, if the
 * attempt may go ahead, records it as a failure at once. Parallel attempts therefore see each
 * other, so a burst cannot slip past the limit; `markAttemptSucceeded` turns the record into a
 * success when the password was right.
 * @returns the seconds to wait, or the id of the recorded attempt
 */
export async function reserveLoginAttempt(
  db: Kysely<Database>,
  key: { email: string; ip: string },
  now: Date,
): Promise<{ wait: number } | { attemptId: number }> {
  return db.transaction().execute(async (trx) => {
    // Always email first, then IP: every transaction takes them in the same order (no deadlock).
    await sql`select pg_advisory_xact_lock(hashtext(${`login-email:${key.email}`}))`.execute(trx);
    await sql`select pg_advisory_xact_lock(hashtext(${`login-ip:${key.ip}`}))`.execute(trx);
    const wait = await throttleDelaySeconds(trx, key, now);
    if (wait > 0) return { wait };
    const row = await trx
      .insertInto('login_attempts')
      .values({ ...key, succeeded: false, at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { attemptId: row.id };
  });
}

/** Marks a reserved attempt as the success it turned out to be. */
export async function markAttemptSucceeded(db: Kysely<Database>, attemptId: number): Promise<void> {
  await db.updateTable('login_attempts').set({ succeeded: true }).where('id', '=', attemptId).execute();
}

/** Forgets attempts older than a day; the housekeeping job calls it. */
export async function pruneLoginAttempts(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .deleteFrom('login_attempts')
    .where('at', '<', new Date(now.getTime() - 24 * 3600_000))
    .execute();
}
