import type { AppDeps } from '../../app-deps.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { toLocale } from '../mail/mail.templates.ts';
import { emailOfPerson } from '../meetings/participation.repository.ts';
import { textIn } from '../registry/registry.presenter.ts';
import { participantNames } from './attendance.views.ts';
import { dueProgrammeReminders, markProgrammeReminded } from './programme-reminders.repository.ts';
import { findProgramme } from './programmes.repository.ts';

// The reminder before a programme (issue 6, Notifications), from the hourly housekeeping round, as
// the calendar's reminder before an event does: `config.reminderDays` days before the start, once
// per accepted application (a mark per application), in the person's language.

const day = (d: Date) => d.toISOString().slice(0, 10);

const longDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/**
 * Queues one reminder per accepted application whose programme starts within `config.reminderDays`
 * days (dates in UTC) and marks it; a person without an address is marked too, so the reminder is
 * not tried every hour. Returns how many mails were queued. One transaction: mails exist exactly
 * when their marks do; `for update skip locked` keeps two rounds from sending the same reminder.
 */
export async function sendProgrammeReminders(deps: Pick<AppDeps, 'db' | 'config'>, now = new Date()) {
  const days = deps.config.reminderDays;
  if (days === 0) return 0;
  const until = day(new Date(now.getTime() + days * 86_400_000));
  return deps.db.transaction().execute(async (trx) => {
    let sent = 0;
    for (const due of await dueProgrammeReminders(trx, day(now), until)) {
      if (!(await markProgrammeReminded(trx, due.application_id, now))) continue;
      const [programme, address, names] = await Promise.all([
        findProgramme(trx, due.programme_id),
        emailOfPerson(trx, due.person_id),
        participantNames(trx, [due.person_id]),
      ]);
      if (!programme?.start_date || !address) continue;
      const locale = toLocale(address.locale);
      await enqueueMail(trx, {
        to: address.email,
        template: 'programmeReminder',
        locale,
        vars: {
          programme: textIn(programme.title, locale),
          person: names.get(due.person_id) ?? '',
          start: longDate(programme.start_date, locale),
          end: longDate(programme.end_date ?? programme.start_date, locale),
          place: textIn(programme.place, locale) || '—',
          link: new URL(`/applications/${due.application_id}`, deps.config.publicUrl).href,
        },
      });
      sent += 1;
    }
    return sent;
  });
}
