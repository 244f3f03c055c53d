import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { organisationsOfEvents } from '../meetings/events.repository.ts';
import type { EventBodies } from '../meetings/meetings.policy.ts';
import {
  delegationsOf,
  findMeeting,
  type Meeting,
  type MeetingDelegation,
  organisationCountries,
} from './meeting.repository.ts';
import { actorOrganisationIds, canReadMinutes, type MeetingPart, meetingPartOf } from './minutes.policy.ts';
import { findMinutes, findMinutesOfEvent, findVersion } from './minutes.repository.ts';
import type { Minutes, MinutesStatus, Paragraph } from './minutes.table.ts';

// Loading minutes together with their meeting and the caller's part in it: the one path every
// service takes, so that no read or write skips the policy.

export interface MinutesContext {
  minutes: Minutes;
  meeting: Meeting;
  delegations: MeetingDelegation[];
  part: MeetingPart;
}

/** The meeting, its delegations and the actor's part in it. @throws AppError NOT_FOUND */
export async function meetingContext(db: Kysely<Database>, actor: Actor, eventId: string) {
  const meeting = await findMeeting(db, eventId);
  if (!meeting) throw notFound('The event');
  const delegations = await delegationsOf(db, eventId);
  const orgs = await organisationCountries(db, actorOrganisationIds(actor));
  const organisations = await organisationsOfEvents(db, [eventId]);
  const bodies: EventBodies = {
    visibility: meeting.visibility,
    owner_org_id: meeting.owner_org_id,
    organisationIds: organisations.map((o) => o.organisation_id),
  };
  return { meeting, bodies, delegations, part: meetingPartOf(actor, bodies, delegations, orgs) };
}

async function contextOf(
  db: Kysely<Database>,
  actor: Actor,
  minutes: Minutes | undefined,
): Promise<MinutesContext> {
  if (!minutes) throw notFound('The minutes');
  const { meeting, bodies, delegations, part } = await meetingContext(db, actor, minutes.event_id);
  if (!canReadMinutes(actor, part, bodies, minutes.status)) throw notFound('The minutes');
  return { minutes, meeting, delegations, part };
}

/**
 * Minutes the actor may read, by event. Minutes it may not read are reported as not found, so a
 * draft's existence does not leak.
 * @throws AppError NOT_FOUND
 */
export async function readableMinutesOfEvent(db: Kysely<Database>, actor: Actor, eventId: string) {
  return contextOf(db, actor, await findMinutesOfEvent(db, eventId));
}

/** Minutes the actor may read, by id. @throws AppError NOT_FOUND */
export async function readableMinutes(db: Kysely<Database>, actor: Actor, id: string) {
  return contextOf(db, actor, await findMinutes(db, id));
}

/**
 * Minutes about to be written, their row locked for the transaction. Locked minutes refuse every
 * write, whoever asks.
 * @throws AppError NOT_FOUND; MINUTES_LOCKED
 */
export async function writableMinutes(db: Kysely<Database>, actor: Actor, id: string) {
  const context = await contextOf(db, actor, await findMinutes(db, id, true));
  if (context.minutes.status === 'locked') {
    throw new AppError('MINUTES_LOCKED', 'The minutes are locked: they can no longer be changed.');
  }
  return context;
}

/** Refuses a caller who is not one of the minutes' editors. @throws AppError FORBIDDEN */
export function requireEditor(context: MinutesContext): void {
  if (!context.part.editor) throw forbidden('Only the minutes’ editors may do this.');
}

/** Refuses an action in any status but `allowed`. @throws AppError MINUTES_WRONG_STATE */
export function requireStatus(minutes: Minutes, allowed: readonly MinutesStatus[], action: string): void {
  if (!allowed.includes(minutes.status)) {
    throw new AppError('MINUTES_WRONG_STATE', `Minutes that are ${minutes.status} cannot be ${action}.`, {
      extra: { status: minutes.status },
    });
  }
}

/** Refuses a write based on another version than the current one. @throws AppError MINUTES_VERSION_CONFLICT */
export function requireCurrentVersion(minutes: Minutes, baseVersion: number): void {
  if (baseVersion !== minutes.version) {
    throw new AppError(
      'MINUTES_VERSION_CONFLICT',
      `The minutes have changed since version ${baseVersion}; they are now at version ${minutes.version}.`,
      { extra: { currentVersion: minutes.version, baseVersion } },
    );
  }
}

/** The paragraphs of one version. @throws AppError NOT_FOUND */
export async function paragraphsOf(
  db: Kysely<Database>,
  minutesId: string,
  number: number,
): Promise<Paragraph[]> {
  const version = await findVersion(db, minutesId, number);
  if (!version) throw notFound(`Version ${number}`);
  return version.paragraphs;
}
