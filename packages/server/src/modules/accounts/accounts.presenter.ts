import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { organisationLabels } from './accounts.repository.ts';
import type { Account } from './accounts.table.ts';
import type { Grant } from './actor.ts';

/** The account as the API shows it: never its password hash. */
export function presentAccount(account: Account) {
  return {
    id: account.id,
    email: account.email,
    displayName: account.display_name,
    locale: account.locale,
    createdAt: account.created_at.toISOString(),
  };
}

/** The body of `GET /api/auth/me`: the account, its roles and the organisations they are in. */
export async function presentMe(db: Kysely<Database>, account: Account, grants: readonly Grant[]) {
  const labels = await organisationLabels(db, [...new Set(grants.map((g) => g.organisationId))]);
  const organisation = (id: string) => ({ id, name: labels.get(id) ?? id });
  return {
    account: presentAccount(account),
    roles: grants.map((g) => ({ id: g.id, role: g.role, organisation: organisation(g.organisationId) })),
    organisations: [...new Set(grants.map((g) => g.organisationId))].map(organisation),
  };
}

export type Me = Awaited<ReturnType<typeof presentMe>>;
