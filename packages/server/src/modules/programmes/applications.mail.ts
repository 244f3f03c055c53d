import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../accounts/actor.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { formatMailDate, toLocale } from '../mail/mail.templates.ts';
import { textIn } from '../registry/registry.presenter.ts';
import { accountOfPerson } from './applications.repository.ts';
import type { Application, Call, Programme } from './programmes.table.ts';

/**
 * Queues the receipt of a submitted application through the outbox: to the applicant's account in
 * its language, else to whoever submitted it (a nominating representative) in theirs. Nothing is
 * queued when neither has an address.
 */
export async function sendApplicationReceipt(
  trx: Kysely<Database>,
  publicUrl: URL,
  actor: Actor,
  found: { application: Application; programme: Programme; call: Call; personName: string },
): Promise<void> {
  const { application, programme, call } = found;
  const own = await accountOfPerson(trx, application.person_id);
  const to = own ?? (actor.kind === 'account' ? { email: actor.email, locale: actor.locale } : undefined);
  if (!to) return;
  const locale = toLocale(to.locale);
  await enqueueMail(trx, {
    to: to.email,
    template: 'applicationReceived',
    locale,
    vars: {
      person: found.personName,
      programme: textIn(programme.title, locale),
      submitted: formatMailDate(application.submitted_at ?? new Date(), locale),
      closes: formatMailDate(call.closes_at, locale),
      link: new URL(`/applications/${application.id}`, publicUrl).href,
    },
  });
}
