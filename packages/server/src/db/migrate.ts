import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Database } from './schema.ts';
import * as foundation from './migrations/20261126T1800-foundation.ts';
import * as registry from './migrations/20261126T1900-registry.ts';
import * as searchIndexes from './migrations/20261126T2000-search-indexes.ts';
import * as nameKeyIndexes from './migrations/20261126T2100-name-key-indexes.ts';
import * as meetings from './migrations/20261127T0000-meetings.ts';
import * as files from './migrations/20261127T0010-files.ts';
import * as minutes from './migrations/20261127T0020-minutes.ts';
import * as eventReminders from './migrations/20261127T0030-event-reminders.ts';
import * as plans from './migrations/20261127T0100-plans.ts';
import * as programmes from './migrations/20261127T0200-programmes.ts';
import * as programmeReviews from './migrations/20261127T0210-programme-reviews.ts';
import * as programmeAttendance from './migrations/20261127T0220-programme-attendance.ts';
import * as personalFiles from './migrations/20261127T0230-personal-files.ts';

// Listed by hand so the set is explicit and works the same from source and from a bundle.
const migrations: Record<string, Migration> = {
  '20261126T1800-foundation': foundation,
  '20261126T1900-registry': registry,
  '20261126T2000-search-indexes': searchIndexes,
  '20261126T2100-name-key-indexes': nameKeyIndexes,
  '20261127T0000-meetings': meetings,
  '20261127T0010-files': files,
  '20261127T0020-minutes': minutes,
  '20261127T0030-event-reminders': eventReminders,
  '20261127T0100-plans': plans,
  '20261127T0200-programmes': programmes,
  '20261127T0210-programme-reviews': programmeReviews,
  '20261127T0220-programme-attendance': programmeAttendance,
  '20261127T0230-personal-files': personalFiles,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** What `migrateToLatest` did and where the database now stands. */
export interface MigrationState {
  readonly applied: string[];
  readonly pending: string[];
  readonly latest: string | null;
}

/**
 * Runs every pending migration, in order, inside one transaction.
 * @throws the migration's own error; nothing of a failed run stays applied.
 */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Reports the migrations that are applied and pending. */
export async function migrationState(db: Kysely<Database>): Promise<MigrationState> {
  const all = await new Migrator({ db, provider }).getMigrations();
  const applied = all.filter((m) => m.executedAt).map((m) => m.name);
  return {
    applied,
    pending: all.filter((m) => !m.executedAt).map((m) => m.name),
    latest: applied.at(-1) ?? null,
  };
}
