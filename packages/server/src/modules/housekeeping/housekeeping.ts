import type { Logger } from 'pino';
import type { AppDeps } from '../../app-deps.ts';
import { analyseStale } from '../../db/statistics.ts';
import { deleteExpiredSessions } from '../accounts/sessions.repository.ts';
import { pruneLoginAttempts } from '../accounts/throttle.ts';
import { sendDueReminders } from '../calendar/reminders.ts';
import { filesRoot } from '../files/files.storage.ts';
import { sweepOrphanFiles } from '../files/files.sweep.ts';
import { sendProgrammeReminders } from '../programmes/programme-reminders.ts';
import { mergePendingKeys } from '../search/name-keys.repository.ts';

type Deps = Pick<AppDeps, 'db' | 'config'>;

/**
 * One round of upkeep: removes expired sessions and old sign-in attempts, queues due event
 * reminders and reminders before programmes, removes uploaded bytes left without a record (a crash mid-upload), merges pending search keys into their indexes and analyses tables with stale
 * statistics (PGlite has no autovacuum).
 */
export async function runHousekeeping(deps: Deps, now = new Date()) {
  const { db } = deps;
  const sessions = await deleteExpiredSessions(db, now);
  await pruneLoginAttempts(db, now);
  const reminders = (await sendDueReminders(deps, now)) + (await sendProgrammeReminders(deps, now));
  const orphanFiles = await sweepOrphanFiles(db, filesRoot(deps.config), now);
  await mergePendingKeys(db);
  const analysed = await analyseStale(db);
  return { sessions, reminders, orphanFiles, analysed };
}

/** Runs {@link runHousekeeping} every hour (the first time an hour after start). */
export function startHousekeeping(deps: Deps, log: Logger, everyMs = 3600_000) {
  const run = async () => {
    const { sessions, reminders, orphanFiles, analysed } = await runHousekeeping(deps);
    if (sessions || reminders || orphanFiles || analysed.length) {
      log.info({ sessions, reminders, orphanFiles, analysed }, 'housekeeping');
    }
  };
  const timer = setInterval(
    () => run().catch((err: unknown) => log.error({ err }, 'housekeeping failed')),
    everyMs,
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
