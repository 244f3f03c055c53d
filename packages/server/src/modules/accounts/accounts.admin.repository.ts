import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RoleGrant } from './accounts.table.ts';

/** Accounts with their grants: all of them, or those holding a role in one of `organisationIds`. */
export async function listAccountsWithGrants(
  db: Kysely<Database>,
  scope: { all: true } | { organisationIds: string[] },
  page: { limit: number; offset: number; q?: string | undefined },
) {
  let query = db.selectFrom('accounts as a');
  if (!('all' in scope)) {
    const ids = scope.organisationIds.length
      ? scope.organisationIds
      : ['00000000-0000-0000-0000-000000000000'];
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('role_grants as g')
          .select('g.id')
          .whereRef('g.account_id', '=', 'a.id')
          .where('g.organisation_id', 'in', ids),
      ),
    );
  }
  if (page.q) {
    const like = `%${page.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where((eb) => eb.or([eb('a.email', 'ilike', like), eb('a.display_name', 'ilike', like)]));
  }
  const [accounts, count] = await Promise.all([
    query
      .select([
        'a.id',
        'a.email',
        'a.display_name',
        'a.status',
        'a.locale',
        'a.created_at',
        'a.last_sign_in_at',
      ])
      .orderBy('a.email')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  const grants = accounts.length
    ? await db
        .selectFrom('role_grants')
        .selectAll()
        .where(
          'account_id',
          'in',
          accounts.map((a) => a.id),
        )
        .orderBy('created_at')
        .execute()
    : [];
  return { accounts, grants, total: Number(count.n) };
}

export async function findGrant(db: Kysely<Database>, id: string): Promise<RoleGrant | undefined> {
  return db.selectFrom('role_grants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteGrant(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('role_grants').where('id', '=', id).execute();
}

export async function countGrantsOfRole(db: Kysely<Database>, role: RoleGrant['role']): Promise<number> {
  const row = await db
    .selectFrom('role_grants')
    .innerJoin('accounts', 'accounts.id', 'role_grants.account_id')
    .select(sql<number>`count(*)`.as('n'))
    .where('role_grants.role', '=', role)
    .where('accounts.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
