import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';

// The reminder before a programme: which accepted applications are due, and the mark that one went.

/** An accepted application whose programme starts within the window and has had no reminder. */
export interface DueProgrammeReminder {
  application_id: string;
  person_id: string;
  programme_id: string;
}

/**
 * Accepted applications to published or closed programmes starting after `today` and at the latest
 * on `until` ('YYYY-MM-DD'), not yet reminded; locked, skipping those another round holds.
 */
export async function dueProgrammeReminders(
  db: Kysely<Database>,
  today: string,
  until: string,
): Promise<DueProgrammeReminder[]> {
  return db
    .selectFrom('applications as a')
    .innerJoin('programmes as p', 'p.id', 'a.programme_id')
    .select(['a.id as application_id', 'a.person_id', 'a.programme_id'])
    .where('a.status', '=', 'accepted')
    .where('p.status', 'in', ['published', 'closed'])
    .where('p.start_date', '>', sql<string>`${today}::date`)
    .where('p.start_date', '<=', sql<string>`${until}::date`)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('programme_reminders as r')
            .select('r.application_id')
            .whereRef('r.application_id', '=', 'a.id'),
        ),
      ),
    )
    .orderBy('p.start_date')
    .orderBy('a.id')
    .forUpdate('a')
    .skipLocked()
    .execute();
}

/** Marks an application as reminded; false when it already was (another round sent it). */
export async function markProgrammeReminded(
  db: Kysely<Database>,
  applicationId: string,
  at: Date,
): Promise<boolean> {
  const row = await db
    .insertInto('programme_reminders')
    .values({ application_id: applicationId, sent_at: at })
    .onConflict((oc) => oc.column('application_id').doNothing())
    .returning('application_id')
    .executeTakeFirst();
  return row !== undefined;
}
