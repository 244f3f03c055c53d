import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** An invitation whose reminder is due: the participant, the person and the event. */
export interface DueReminder {
  participant_id: string;
  person_id: string;
  event_id: string;
}

/**
 * Invitations not declined, to planned events starting between `now` and `until`, not reminded yet;
 * locked (skip locked) so two servers never send the same reminder.
 */
export async function dueReminders(db: Kysely<Database>, now: Date, until: Date): Promise<DueReminder[]> {
  return db
    .selectFrom('event_participants as p')
    .innerJoin('events as e', 'e.id', 'p.event_id')
    .select(['p.id as participant_id', 'p.person_id', 'p.event_id'])
    .where('p.invitation', 'in', ['invited', 'accepted', 'tentative'])
    .where('p.reminded_at', 'is', null)
    .where('e.status', '=', 'planned')
    .where('e.starts_at', '>', now)
    .where('e.starts_at', '<=', until)
    .orderBy('e.starts_at')
    .forUpdate('p')
    .skipLocked()
    .execute();
}

/** Marks an invitation as reminded. */
export async function markReminded(db: Kysely<Database>, participantId: string, at: Date): Promise<void> {
  await db
    .updateTable('event_participants')
    .set({ reminded_at: at })
    .where('id', '=', participantId)
    .execute();
}
