import type { Kysely } from 'kysely';
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

export async function recordLoginAttempt(
  db: Kysely<Database>,
  attempt: { email: string; ip: string; succeeded: boolean },
): Promise<void> {
  await db.insertInto('login_attempts').values(attempt).execute();
}

/** Forgets attempts older than a day; the housekeeping job calls it. */
export async function pruneLoginAttempts(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .deleteFrom('login_attempts')
    .where('at', '<', new Date(now.getTime() - 24 * 3600_000))
    .execute();
}
