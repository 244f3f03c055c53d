import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { toLocale } from '../mail/mail.templates.ts';
import { emailOfPerson } from '../meetings/participation.repository.ts';
import { textIn } from '../registry/registry.presenter.ts';
import type { Programme } from './programmes.table.ts';

/**
 * Queues the feedback request (when the survey opens) or its reminder to each of these
 * participants, in their language, through the outbox; returns how many were queued (a person
 * without an address gets none).
 */
export async function sendFeedbackMails(
  trx: Kysely<Database>,
  publicUrl: URL,
  programme: Programme,
  participants: readonly { id: string; person_id: string }[],
  template: 'feedbackRequest' | 'feedbackReminder',
): Promise<number> {
  let sent = 0;
  for (const p of participants) {
    const address = await emailOfPerson(trx, p.person_id);
    if (!address) continue;
    const locale = toLocale(address.locale);
    await enqueueMail(trx, {
      to: address.email,
      template,
      locale,
      vars: {
        programme: textIn(programme.title, locale),
        link: new URL(`/applications/${p.id}/feedback`, publicUrl).href,
      },
    });
    sent += 1;
  }
  return sent;
}
