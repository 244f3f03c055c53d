import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from '../../db/schema.ts';
import { analyseStale } from '../../db/statistics.ts';
import { deleteExpiredSessions } from '../accounts/sessions.repository.ts';
import { pruneLoginAttempts } from '../accounts/throttle.ts';
import { mergePendingKeys } from '../search/name-keys.repository.ts';

/**
 * One round of upkeep: removes expired sessions and old sign-in attempts, merges pending search keys
 * into their indexes and analyses tables with stale statistics (PGlite has no autovacuum).
 */
export async function runHousekeeping(db: Kysely<Database>, now = new Date()) {
  const sessions = await deleteExpiredSessions(db, now);
  await pruneLoginAttempts(db, now);
  await mergePendingKeys(db);
  const analysed = await analyseStale(db);
  return { sessions, analysed };
}

/** Runs {@link runHousekeeping} every hour (the first time an hour after start). */
export function startHousekeeping(db: Kysely<Database>, log: Logger, everyMs = 3600_000) {
  const run = async () => {
    const { sessions, analysed } = await runHousekeeping(db);
    if (sessions || analysed.length) log.info({ sessions, analysed }, 'housekeeping');
  };
  const timer = setInterval(
    () => run().catch((err: unknown) => log.error({ err }, 'housekeeping failed')),
    everyMs,
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
