import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { VisibilityScope } from '../registry/organisations.repository.ts';
import { eventsInScope } from './events.repository.ts';
import type { Delegation, Participant } from './meetings.table.ts';

type DelegationFields = Pick<Delegation, 'country_code' | 'organisation_id' | 'head_person_id'>;
type ParticipantFields = Partial<
  Pick<Participant, 'delegation_id' | 'role' | 'invitation' | 'invited_at' | 'responded_at' | 'attendance'>
>;

/** The delegations of the given events, in their order. */
export async function delegationsOfEvents(db: Kysely<Database>, eventIds: readonly string[]) {
  if (!eventIds.length) return [];
  return db
    .selectFrom('event_delegations')
    .selectAll()
    .where('event_id', 'in', [...new Set(eventIds)])
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

/** One delegation of one event, or undefined. */
export async function findDelegation(db: Kysely<Database>, eventId: string, id: string) {
  return db
    .selectFrom('event_delegations')
    .selectAll()
    .where('id', '=', id)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

/** Adds a delegation at the end of the event's list; returns the row. */
export async function insertDelegation(db: Kysely<Database>, eventId: string, d: DelegationFields) {
  const sort = sql<number>`(select coalesce(max(sort) + 1, 0) from event_delegations where event_id = ${eventId})`;
  return db
    .insertInto('event_delegations')
    .values({ ...d, event_id: eventId, sort })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Changes a delegation; returns the new row. */
export async function updateDelegationRow(db: Kysely<Database>, id: string, d: Partial<DelegationFields>) {
  return db
    .updateTable('event_delegations')
    .set(d)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes a delegation (its participants stay, without a delegation). */
export async function deleteDelegation(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('event_delegations').where('id', '=', id).execute();
}

/** The participants of the given events, by when they were added. */
export async function participantsOfEvents(db: Kysely<Database>, eventIds: readonly string[]) {
  if (!eventIds.length) return [];
  return db
    .selectFrom('event_participants')
    .selectAll()
    .where('event_id', 'in', [...new Set(eventIds)])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** One participant of one event, or undefined. */
export async function findParticipant(db: Kysely<Database>, eventId: string, id: string) {
  return db
    .selectFrom('event_participants')
    .selectAll()
    .where('id', '=', id)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

/** Adds a participant; returns the row. */
export async function insertParticipant(
  db: Kysely<Database>,
  p: { event_id: string; person_id: string } & ParticipantFields,
): Promise<Participant> {
  return db.insertInto('event_participants').values(p).returningAll().executeTakeFirstOrThrow();
}

/** Changes a participant; returns the new row. */
export async function updateParticipantRow(db: Kysely<Database>, id: string, p: ParticipantFields) {
  return db
    .updateTable('event_participants')
    .set(p)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Removes a participant. */
export async function deleteParticipant(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('event_participants').where('id', '=', id).execute();
}

/** Forgets that an event's invitations were reminded (its time changed: the next reminder is due again). */
export async function forgetReminders(db: Kysely<Database>, eventId: string): Promise<void> {
  await db
    .updateTable('event_participants')
    .set({ reminded_at: null })
    .where('event_id', '=', eventId)
    .where('reminded_at', 'is not', null)
    .execute();
}

/** The person an account stands for, if any. */
export async function personOfAccount(db: Kysely<Database>, accountId: string): Promise<string | null> {
  const row = await db
    .selectFrom('accounts')
    .select('person_id')
    .where('id', '=', accountId)
    .executeTakeFirst();
  return row?.person_id ?? null;
}

/** Where an invitation to `personId` can go: the person's account, else their first email contact. */
export async function emailOfPerson(db: Kysely<Database>, personId: string) {
  const account = await db
    .selectFrom('accounts')
    .select(['email', 'locale'])
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .executeTakeFirst();
  if (account) return { email: account.email, locale: account.locale };
  const contact = await db
    .selectFrom('contacts')
    .select('value')
    .where('entity_type', '=', 'person')
    .where('entity_id', '=', personId)
    .where('kind', '=', 'email')
    .orderBy('created_at')
    .executeTakeFirst();
  return contact ? { email: contact.value, locale: null } : undefined;
}

/**
 * The events visible in `scope` where `personId` took part or spoke, by start: the participant
 * row's role and attendance (when any) and how many programme items they spoke in.
 */
export async function participationOf(db: Kysely<Database>, scope: VisibilityScope, personId: string) {
  const speeches = sql<number>`(select count(*) from programme_item_speakers s
    join programme_items i on i.id = s.item_id where i.event_id = e.id and s.person_id = ${personId})`;
  return db
    .selectFrom('events as e')
    .leftJoin('event_participants as p', (j) =>
      j.onRef('p.event_id', '=', 'e.id').on('p.person_id', '=', personId),
    )
    .selectAll('e')
    .select(['p.role as participant_role', 'p.attendance as participant_attendance', speeches.as('speeches')])
    .where(eventsInScope(scope))
    .where((eb) => eb.or([eb('p.id', 'is not', null), eb(speeches, '>', 0)]))
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .execute();
}
