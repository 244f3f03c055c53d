import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { analyseStale } from '../../db/statistics.ts';
import { deleteExpiredSessions } from '../accounts/sessions.repository.ts';
import { pruneLoginAttempts } from '../accounts/throttle.ts';
import { mergePendingKeys } from '../search/name-keys.repository.ts';

/**
 * Removes expired sessions and old sign-in attempts, merges pending search keys into their index and
 * analyses tables with stale statistics (PGlite has no autovacuum), every hour.
 */
export function startHousekeeping(db: Kysely<Database>, log: Logger, everyMs = 3600_000) {
  const run = async () => {
    const now = new Date();
    const sessions = await deleteExpiredSessions(db, now);
    await pruneLoginAttempts(db, now);
    await mergePendingKeys(db);
    await analyseStale(db);
    if (sessions) log.info({ sessions }, 'expired sessions removed');
  };
  const timer = setInterval(
    () => run().catch((err: unknown) => log.error({ err }, 'housekeeping failed')),
    everyMs,
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
