import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { toLocale } from '../mail/mail.templates.ts';
import { primaryOf } from '../registry/people.presenter.ts';
import { namesOfPeople } from '../registry/people.repository.ts';
import { textIn } from '../registry/registry.presenter.ts';
import { accountOfPerson } from './applications.repository.ts';
import { accountById } from './decisions.repository.ts';
import type { Application, Programme } from './programmes.table.ts';

/** What a decision mail tells: accepted, waitlisted (with the position), rejected, or moved up. */
export type DecisionMail =
  | { kind: 'accepted' | 'rejected' | 'moved' }
  | { kind: 'waitlisted'; position: number };

const TEMPLATES = {
  accepted: 'applicationAccepted',
  waitlisted: 'applicationWaitlisted',
  rejected: 'applicationRejected',
  moved: 'waitlistMoved',
} as const;

/**
 * Queues a decision or waitlist-movement mail through the outbox: to the applicant's account in its
 * language, else to the account that submitted the application (a nominating representative) in
 * theirs. Nothing is queued when neither exists.
 */
export async function sendDecisionMail(
  trx: Kysely<Database>,
  publicUrl: URL,
  found: { application: Application; programme: Programme },
  mail: DecisionMail,
): Promise<void> {
  const { application, programme } = found;
  const to =
    (await accountOfPerson(trx, application.person_id)) ??
    (application.submitted_by ? await accountById(trx, application.submitted_by) : undefined);
  if (!to) return;
  const locale = toLocale(to.locale);
  const names = await namesOfPeople(trx, [application.person_id]);
  await enqueueMail(trx, {
    to: to.email,
    template: TEMPLATES[mail.kind],
    locale,
    vars: {
      person: primaryOf(names) ?? '',
      programme: textIn(programme.title, locale),
      position: mail.kind === 'waitlisted' ? String(mail.position) : '',
      link: new URL(`/applications/${application.id}`, publicUrl).href,
    },
  });
}
