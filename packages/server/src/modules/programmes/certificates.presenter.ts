import type { AppDeps } from '../../app-deps.ts';
import { ANONYMOUS } from '../accounts/actor.ts';
import { toLocale } from '../mail/mail.templates.ts';
import { readableRefNames } from '../registry/organisation-refs.ts';
import { organisationSummaries } from '../registry/organisations.repository.ts';
import { flattenText, textIn } from '../registry/registry.presenter.ts';
import { followupOf } from './attendance.repository.ts';
import type { Certificate } from './attendance.table.ts';
import type { CertificateContent } from './certificates.document.ts';
import { certificatesOf } from './certificates.repository.ts';
import type { Programme } from './programmes.table.ts';

// Certificates as the API shows them, and what the printed certificate says.

/** The public verification URL of a code: `<public URL>/verify/<code>`. */
export const verifyUrl = (publicUrl: URL, code: string) => new URL(`/verify/${code}`, publicUrl).href;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** An application's certificate as its `Application` shows it, or null when none was issued. */
export const certificateRef = (c: Certificate | undefined) =>
  c ? { code: c.code, issuedAt: c.issued_at.toISOString(), revoked: c.revoked_at !== null } : null;

/** The programme's certificates for its organisers. */
export async function certificateViews(deps: Pick<AppDeps, 'db' | 'config'>, programme: Programme) {
  const items = (await certificatesOf(deps.db, programme.id)).map((c) => ({
    id: c.id,
    applicationId: c.application_id,
    person: { id: c.person_id, name: c.holder_name, latinName: c.holder_latin },
    code: c.code,
    verifyUrl: verifyUrl(deps.config.publicUrl, c.code),
    issuedAt: c.issued_at.toISOString(),
    revoked: c.revoked_at !== null,
    revokedAt: iso(c.revoked_at),
    revokeReason: c.revoke_reason,
  }));
  return { items, total: items.length };
}

/** The public answer of the verification: what the certificate states, and whether it was revoked. */
export async function verificationView(deps: Pick<AppDeps, 'db'>, programme: Programme, c: Certificate) {
  const owner = programme.owner_org_id;
  const names = owner ? await readableRefNames(deps.db, ANONYMOUS, [owner]) : new Map<string, string>();
  return {
    holder: { name: c.holder_name, latinName: c.holder_latin },
    programme: { id: programme.id, title: flattenText(programme.title) ?? {} },
    dates: { start: programme.start_date ?? '', end: programme.end_date ?? '' },
    place: flattenText(programme.place),
    issuedAt: c.issued_at.toISOString(),
    organiser: owner ? { id: owner, name: names.get(owner) ?? '' } : null,
    revoked: c.revoked_at !== null,
    revokedAt: iso(c.revoked_at),
  };
}

/** What the printed certificate says, in `lang` (one of the seven; default English). */
export async function certificateContent(
  deps: Pick<AppDeps, 'db' | 'config'>,
  programme: Programme,
  c: Certificate,
  lang: string | undefined,
): Promise<CertificateContent> {
  const locale = toLocale(lang);
  const owner = programme.owner_org_id;
  const [followup, orgs] = await Promise.all([
    followupOf(deps.db, programme.id),
    organisationSummaries(deps.db, owner ? [owner] : []),
  ]);
  const organiser = (owner && orgs.get(owner)?.name) || '';
  return {
    lang: locale,
    name: c.holder_name,
    latinName: c.holder_latin,
    programme: textIn(programme.title, locale),
    start: programme.start_date ?? '',
    end: programme.end_date ?? '',
    place: textIn(programme.place, locale),
    organiser,
    issuedAt: c.issued_at,
    code: c.code,
    verifyUrl: verifyUrl(deps.config.publicUrl, c.code),
    signatory: { name: followup.signatory_name ?? organiser, position: followup.signatory_position },
  };
}
