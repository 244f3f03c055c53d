import type { AppDeps } from '../../app-deps.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { type Locale, toLocale } from '../mail/mail.templates.ts';
import { delegationRecipients } from './meeting.repository.ts';
import type { MinutesContext } from './minutes.context.ts';

/** The UI language of a country, for mail to an organisation's address (which has no language of its own). */
const COUNTRY_LOCALE: Record<string, Locale> = { AZ: 'az', TR: 'tr', KZ: 'kk', KG: 'ky', UZ: 'uz', RU: 'ru' };

/** The event's title in `locale`, else English, else any. */
function titleIn(title: Record<string, { value: string }>, locale: Locale): string {
  return (title[locale] ?? title.en ?? Object.values(title)[0])?.value ?? '';
}

/**
 * Queues one "minutes circulated" mail per address of the delegations (accounts in their own
 * language, organisations' e-mail contacts in their country's), in the caller's transaction.
 */
export async function notifyCirculation(deps: AppDeps, context: MinutesContext): Promise<number> {
  const { accounts, contacts } = await delegationRecipients(deps.db, context.delegations);
  const recipients = new Map<string, Locale>();
  for (const a of accounts) recipients.set(a.email.toLowerCase(), toLocale(a.locale));
  for (const c of contacts) {
    const email = c.email.toLowerCase();
    if (!recipients.has(email)) recipients.set(email, COUNTRY_LOCALE[c.country_code ?? ''] ?? 'en');
  }
  const link = new URL(`/events/${context.meeting.id}/minutes`, deps.config.publicUrl).href;
  for (const [to, locale] of recipients) {
    await enqueueMail(deps.db, {
      to,
      template: 'minutesCirculated',
      locale,
      vars: { event: titleIn(context.meeting.title, locale), version: String(context.minutes.version), link },
    });
  }
  return recipients.size;
}
