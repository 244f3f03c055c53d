import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { eventsInScope } from '../meetings/events.repository.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';

/** What a feed holds: events visible in `scope`, of a series or a body (owner, organiser, host). */
export interface FeedFilter {
  series?: string | undefined;
  organisation?: string | undefined;
  /** Events that end on or after this date (`YYYY-MM-DD`). */
  since: string;
}

/** A feed's events by start, with their country and the place's label in `lang`, at most `limit`. */
export async function feedEvents(
  db: Kysely<Database>,
  scope: VisibilityScope,
  filter: FeedFilter,
  limit: number,
) {
  let query = db
    .selectFrom('events as e')
    .selectAll('e')
    .where(eventsInScope(scope))
    .where('e.end_date', '>=', filter.since);
  if (filter.series) query = query.where('e.series_id', '=', filter.series);
  if (filter.organisation) {
    const org = filter.organisation;
    query = query.where((eb) =>
      eb.or([
        eb('e.owner_org_id', '=', org),
        eb.exists(
          eb
            .selectFrom('event_organisations as eo')
            .select('eo.event_id')
            .whereRef('eo.event_id', '=', 'e.id')
            .where('eo.organisation_id', '=', org),
        ),
      ]),
    );
  }
  return query.orderBy('e.starts_at').orderBy('e.id').limit(limit).execute();
}

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
