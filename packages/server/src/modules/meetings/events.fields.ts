import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { storedText } from '../registry/registry.presenter.ts';
import { invalidField, referencedOrganisation } from '../registry/registry.references.ts';
import { descendantEventIds, findSeries, nextEventNumber } from './events.repository.ts';
import { readableEvent, referencedEventPlace } from './meetings.access.ts';
import { canReadSeries } from './meetings.policy.ts';
import type { EventCreate } from './meetings.schema.ts';
import type { Event, NewEvent } from './meetings.table.ts';
import { eventInstants, shortTime } from './meetings.time.ts';

// From a request's event fields to the columns stored: times in the place's zone with their UTC
// instants, the series number, and every reference checked.

/** The request's fields, with the stored event's values for those the request leaves out. */
export function mergedInput(event: Event, input: Partial<EventCreate>): EventCreate {
  const keep = <K extends keyof EventCreate>(key: K, current: EventCreate[K]) =>
    (input[key] === undefined ? current : input[key]) as EventCreate[K];
  return {
    kind: keep('kind', event.kind),
    title: input.title ?? event.title,
    summary: input.summary === undefined ? event.summary : input.summary,
    seriesId: keep('seriesId', event.series_id),
    // A meeting moved to another series (or out of one) gets the number the request gives, or none.
    number:
      input.number !== undefined || (input.seriesId !== undefined && input.seriesId !== event.series_id)
        ? input.number
        : event.number,
    parentId: keep('parentId', event.parent_id),
    startDate: keep('startDate', event.start_date),
    startTime: keep('startTime', shortTime(event.start_time)),
    endDate: keep('endDate', event.end_date),
    endTime: keep('endTime', shortTime(event.end_time)),
    // A new place brings its own zone unless the request names one.
    timeZone: input.timeZone ?? (input.placeId ? undefined : event.time_zone),
    // A new place brings its own country too unless the request names one.
    countryCode:
      input.countryCode !== undefined || input.placeId
        ? input.countryCode
        : (event.country_code?.trim() ?? null),
    placeId: keep('placeId', event.place_id),
    venue: keep('venue', event.venue),
    status: keep('status', event.status),
    ownerOrgId: keep('ownerOrgId', event.owner_org_id),
    visibility: keep('visibility', event.visibility),
  };
}

async function placeAndZone(trx: Kysely<Database>, input: EventCreate) {
  const place = input.placeId ? await referencedEventPlace(trx, input.placeId, 'body.placeId') : undefined;
  const timeZone = input.timeZone ?? place?.time_zone ?? null;
  if (!timeZone) throw invalidField('body.timeZone', 'is required when the place gives none');
  const countryCode = input.countryCode ?? place?.country_code?.trim() ?? null;
  return { placeId: place?.id ?? null, timeZone, countryCode };
}

function times(input: EventCreate, timeZone: string) {
  const startTime = input.startTime ?? null;
  const endTime = input.endTime ?? null;
  if ((startTime === null) !== (endTime === null)) {
    throw invalidField(startTime ? 'body.endTime' : 'body.startTime', 'start and end times go together');
  }
  const local = { startDate: input.startDate, startTime, endDate: input.endDate, endTime, timeZone };
  const { startsAt, endsAt } = eventInstants(local);
  if (endsAt < startsAt || input.endDate < input.startDate) {
    throw new AppError('EVENT_ENDS_BEFORE_START', 'The event ends before it starts.', {
      errors: [{ path: 'body.endDate', message: 'is before the start' }],
    });
  }
  return { startTime, endTime, startsAt, endsAt };
}

async function seriesNumber(trx: Kysely<Database>, actor: Actor, input: EventCreate, event?: Event) {
  const seriesId = input.seriesId ?? null;
  if (!seriesId) {
    if (input.number) throw invalidField('body.number', 'a number needs a series');
    return { seriesId: null, number: null };
  }
  const series = await findSeries(trx, seriesId, true);
  if (!series || !canReadSeries(actor, series)) throw invalidField('body.seriesId', 'is not a known series');
  const unchanged = event?.series_id === seriesId && event.number !== null;
  const number = input.number ?? (unchanged ? event.number : await nextEventNumber(trx, seriesId));
  return { seriesId, number };
}

async function checkParent(trx: Kysely<Database>, actor: Actor, parentId: string | null, selfId?: string) {
  if (!parentId) return;
  await readableEvent(trx, actor, parentId).catch(() => {
    throw invalidField('body.parentId', 'is not a known event');
  });
  if (selfId && (parentId === selfId || (await descendantEventIds(trx, selfId)).includes(parentId))) {
    throw invalidField('body.parentId', 'would make the event its own ancestor');
  }
}

/**
 * The stored columns of an event from a (merged) request, every reference checked.
 * @throws AppError EVENT_ENDS_BEFORE_START; UNKNOWN_PLACE; VALIDATION_FAILED (zone, series, parent,
 *   organisations, times given singly)
 */
export async function eventColumns(
  trx: Kysely<Database>,
  actor: Actor,
  input: EventCreate,
  event?: Event,
): Promise<Omit<NewEvent, 'id'>> {
  const where = await placeAndZone(trx, input);
  const when = times(input, where.timeZone);
  const numbering = await seriesNumber(trx, actor, input, event);
  await checkParent(trx, actor, input.parentId ?? null, event?.id);
  for (const [i, o] of (input.organisations ?? []).entries()) {
    await referencedOrganisation(trx, actor, o.organisationId, `body.organisations.${i}.organisationId`);
  }
  if (input.ownerOrgId) await referencedOrganisation(trx, actor, input.ownerOrgId, 'body.ownerOrgId');
  return {
    kind: input.kind,
    title: JSON.stringify(storedText(input.title)),
    summary: input.summary ? JSON.stringify(storedText(input.summary)) : null,
    series_id: numbering.seriesId,
    number: numbering.number,
    parent_id: input.parentId ?? null,
    start_date: input.startDate,
    start_time: when.startTime,
    end_date: input.endDate,
    end_time: when.endTime,
    time_zone: where.timeZone,
    starts_at: when.startsAt,
    ends_at: when.endsAt,
    country_code: where.countryCode,
    place_id: where.placeId,
    venue: input.venue ?? null,
    status: input.status ?? 'planned',
    owner_org_id: input.ownerOrgId ?? null,
    visibility: input.visibility ?? 'public',
  };
}
