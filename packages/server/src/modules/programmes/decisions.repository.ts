import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { profile } from './applications.repository.ts';
import type { ApplicationStatus } from './programmes.table.ts';

// Queries of decisions and the waitlist. Callers hold the programme's row lock (lockProgramme), so
// decisions and waitlist moves of one programme happen one after another.

/** The programme's applications past the draft and not withdrawn, locked, with their seat profile. */
export async function decisionRows(db: Kysely<Database>, programmeId: string) {
  return db
    .selectFrom('applications as a')
    .selectAll('a')
    .select(profile.as('profile'))
    .where('a.programme_id', '=', programmeId)
    .where('a.status', 'not in', ['draft', 'withdrawn'])
    .orderBy('a.id')
    .forUpdate()
    .execute();
}

/** One application's row in `decisionRows`. */
export type DecisionRow = Awaited<ReturnType<typeof decisionRows>>[number];

/** Sets an application's status and waitlist position; `decided` also stamps decided_at. */
export async function setDecision(
  db: Kysely<Database>,
  id: string,
  change: { status?: ApplicationStatus; position: number | null; decided?: boolean },
): Promise<void> {
  await db
    .updateTable('applications')
    .set({
      ...(change.status ? { status: change.status } : {}),
      waitlist_position: change.position,
      ...(change.decided ? { decided_at: sql<Date>`now()` } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** An account's address and language, by id (a nominating representative's, for mail). */
export async function accountById(db: Kysely<Database>, id: string) {
  return db.selectFrom('accounts').select(['id', 'email', 'locale']).where('id', '=', id).executeTakeFirst();
}
