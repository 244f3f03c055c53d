import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { profile } from './applications.repository.ts';

// Queries of the applicant and participant lists' exports.

/** The seat profile (country of residence, communities) of applications, by id. */
export async function profilesOf(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return new Map<string, { country: string | null; communities: string[] } | null>();
  const rows = await db
    .selectFrom('applications as a')
    .select(['a.id', profile.as('profile')])
    .where('a.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.profile]));
}

/** The account email and the email and phone contacts of people (personal data), by person. */
export async function contactsOfPeople(db: Kysely<Database>, personIds: readonly string[]) {
  const out = new Map<string, { account: string; emails: string[]; phones: string[] }>();
  if (!personIds.length) return out;
  const [accounts, contacts] = await Promise.all([
    db.selectFrom('accounts').select(['person_id', 'email']).where('person_id', 'in', personIds).execute(),
    db
      .selectFrom('contacts')
      .select(['entity_id', 'kind', 'value'])
      .where('entity_type', '=', 'person')
      .where('entity_id', 'in', personIds)
      .where('kind', 'in', ['email', 'phone'])
      .orderBy('created_at')
      .execute(),
  ]);
  const of = (id: string) => {
    const found = out.get(id) ?? { account: '', emails: [], phones: [] };
    out.set(id, found);
    return found;
  };
  for (const a of accounts) if (a.person_id) of(a.person_id).account = a.email;
  for (const c of contacts)
    (c.kind === 'email' ? of(c.entity_id).emails : of(c.entity_id).phones).push(c.value);
  return out;
}
