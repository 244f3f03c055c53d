import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { alignFiles } from '../files/files.service.ts';
import { findPeople } from '../registry/people.repository.ts';
import { findPlace } from '../registry/places.repository.ts';
import { canReadPerson } from '../registry/registry.policy.ts';
import type { Person, Place } from '../registry/registry.table.ts';
import { findEvent, lockEvent, organisationsOfEvents } from './events.repository.ts';
import { documentFilesOfEvent } from './programme.repository.ts';
import { canEditEvent, canReadEvent, type EventBodies } from './meetings.policy.ts';
import type { Event } from './meetings.table.ts';

// The lookups every meetings service starts from: an event the caller may read or edit, and the
// people and places a request refers to. Each refusal has its stable code.

/** An event with the bodies its policy needs. */
export interface EventWithBodies {
  event: Event;
  bodies: EventBodies;
}

async function withBodies(db: Kysely<Database>, event: Event): Promise<EventWithBodies> {
  const organisations = await organisationsOfEvents(db, [event.id]);
  return {
    event,
    bodies: {
      visibility: event.visibility,
      owner_org_id: event.owner_org_id,
      organisationIds: organisations.map((o) => o.organisation_id),
    },
  };
}

/**
 * An event the actor may read.
 * @throws AppError NOT_FOUND when there is none or the actor may not see it
 */
export async function readableEvent(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<EventWithBodies> {
  const event = await findEvent(db, id);
  const found = event ? await withBodies(db, event) : undefined;
  if (!found || !canReadEvent(actor, found.bodies)) throw notFound('The event');
  return found;
}

/**
 * An event the actor may edit, locked until the transaction ends so that numbering and ordering
 * inside it are serialised.
 * @throws AppError NOT_FOUND when not visible; FORBIDDEN when visible but not editable
 */
export async function editableEvent(
  trx: Kysely<Database>,
  actor: Actor,
  id: string,
): Promise<EventWithBodies> {
  const event = await lockEvent(trx, id);
  const found = event ? await withBodies(trx, event) : undefined;
  if (!found || !canReadEvent(actor, found.bodies)) throw notFound('The event');
  if (!canEditEvent(actor, found.bodies)) throw forbidden('You may not edit this event.');
  return found;
}

/**
 * The people a request refers to, each existing and visible to the actor.
 * @throws AppError UNKNOWN_PERSON naming the path of every unknown one
 */
export async function referencedPeople(
  db: Kysely<Database>,
  actor: Actor,
  refs: readonly { id: string; path: string }[],
): Promise<Map<string, Person>> {
  const people = new Map(
    (
      await findPeople(
        db,
        refs.map((r) => r.id),
      )
    ).map((p) => [p.id, p]),
  );
  const unknown = refs.filter((r) => {
    const p = people.get(r.id);
    return !p || !canReadPerson(actor, p);
  });
  if (unknown.length) {
    throw new AppError('UNKNOWN_PERSON', 'A person the request names is not in the registry.', {
      errors: unknown.map((r) => ({ path: r.path, message: 'is not a known person' })),
    });
  }
  return people;
}

/**
 * The place a request refers to.
 * @throws AppError UNKNOWN_PLACE at `path` when there is none
 */
export async function referencedEventPlace(db: Kysely<Database>, id: string, path: string): Promise<Place> {
  const place = await findPlace(db, id);
  if (!place) {
    throw new AppError('UNKNOWN_PLACE', 'The place is not in the gazetteer.', {
      errors: [{ path, message: 'is not a known place' }],
    });
  }
  return place;
}

/** Records a write in the audit log as part of the event's history. */
export async function auditEvent(
  trx: Kysely<Database>,
  ctx: RequestContext,
  eventId: string,
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(trx, ctx, { action, entityType: 'event', entityId: eventId, ...change });
}

/**
 * Gives the documents of an event's programme the event's owner and visibility: a document is as
 * visible as the event it belongs to (an event made private takes its documents with it).
 */
export async function alignEventDocuments(trx: Kysely<Database>, ctx: RequestContext, event: Event) {
  await alignFiles(trx, ctx, await documentFilesOfEvent(trx, event.id), {
    ownerOrgId: event.owner_org_id,
    visibility: event.visibility,
  });
}
