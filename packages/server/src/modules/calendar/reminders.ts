import type { AppDeps } from '../../app-deps.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { toLocale } from '../mail/mail.templates.ts';
import { findEvent } from '../meetings/events.repository.ts';
import { eventWhen } from '../meetings/meetings.mail.ts';
import { emailOfPerson } from '../meetings/participation.repository.ts';
import { placeLabels } from '../registry/places.repository.ts';
import { textIn } from '../registry/registry.presenter.ts';
import { dueReminders, markReminded } from './calendar.repository.ts';

/**
 * Queues one reminder per open invitation (invited, accepted or tentative) to a planned event that
 * starts within `config.reminderDays` days, in the person's language, and marks it sent; a person
 * with no address is marked too, so the reminder is not tried again every hour. Returns how many
 * mails were queued. Runs in one transaction: the mails exist exactly when the marks do.
 */
export async function sendDueReminders(deps: Pick<AppDeps, 'db' | 'config'>, now = new Date()) {
  const days = deps.config.reminderDays;
  if (days === 0) return 0;
  const until = new Date(now.getTime() + days * 86_400_000);
  return deps.db.transaction().execute(async (trx) => {
    let sent = 0;
    for (const due of await dueReminders(trx, now, until)) {
      await markReminded(trx, due.participant_id, now);
      const [event, address] = await Promise.all([
        findEvent(trx, due.event_id),
        emailOfPerson(trx, due.person_id),
      ]);
      if (!event || !address) continue;
      const locale = toLocale(address.locale);
      const place = event.place_id
        ? (await placeLabels(trx, [event.place_id], locale)).get(event.place_id)
        : undefined;
      await enqueueMail(trx, {
        to: address.email,
        template: 'eventReminder',
        locale,
        vars: {
          event: textIn(event.title, locale),
          when: eventWhen(event, locale),
          place: [event.venue, place].filter(Boolean).join(', ') || '—',
          link: new URL(`/events/${event.id}`, deps.config.publicUrl).href,
        },
      });
      sent += 1;
    }
    return sent;
  });
}
