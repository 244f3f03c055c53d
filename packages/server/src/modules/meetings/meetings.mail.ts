import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError } from '../../errors/app-error.ts';
import type { Actor } from '../accounts/actor.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { toLocale } from '../mail/mail.templates.ts';
import { placeLabels } from '../registry/places.repository.ts';
import { textIn } from '../registry/registry.presenter.ts';
import type { Event } from './meetings.table.ts';
import { emailOfPerson } from './participation.repository.ts';

/** When an event takes place, in `locale`, at the place's local time with its zone named. */
export function eventWhen(event: Event, locale: string): string {
  const allDay = event.start_time === null;
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    ...(allDay ? {} : { timeStyle: 'short' }),
    timeZone: allDay ? 'UTC' : event.time_zone,
  });
  // An all-day event's dates are calendar dates, formatted as such (noon UTC names the same day).
  const start = allDay ? new Date(`${event.start_date}T12:00:00Z`) : event.starts_at;
  const end = allDay ? new Date(`${event.end_date}T12:00:00Z`) : event.ends_at;
  const span = format.formatRange(start, end);
  return allDay ? span : `${span} (${event.time_zone})`;
}

/**
 * Queues the invitation to an event for a person, in their language (the request's, else their
 * account's, else English), to the address given, else their account's, else their email contact.
 * @throws AppError NO_EMAIL_ADDRESS when there is no address to write to
 */
export async function sendEventInvitation(
  trx: Kysely<Database>,
  publicUrl: URL,
  actor: Actor,
  event: Event,
  personId: string,
  request: { email?: string | undefined; locale?: string | undefined },
): Promise<void> {
  const known = request.email ? undefined : await emailOfPerson(trx, personId);
  const to = request.email ?? known?.email;
  if (!to) {
    throw new AppError('NO_EMAIL_ADDRESS', 'There is no email address to send the invitation to.', {
      errors: [{ path: 'body.email', message: 'is needed: the person has no known address' }],
    });
  }
  const locale = toLocale(request.locale ?? known?.locale ?? 'en');
  const place = event.place_id
    ? (await placeLabels(trx, [event.place_id], locale)).get(event.place_id)
    : undefined;
  await enqueueMail(trx, {
    to,
    template: 'eventInvitation',
    locale,
    vars: {
      inviter: actor.kind === 'account' ? actor.displayName : 'Köprü',
      event: textIn(event.title, locale),
      when: eventWhen(event, locale),
      place: [event.venue, place].filter(Boolean).join(', ') || '—',
      link: new URL(`/events/${event.id}`, publicUrl).href,
    },
  });
}
