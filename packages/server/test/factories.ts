import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';
import type { Role } from '../src/modules/accounts/accounts.table.ts';
import { hashPassword } from '../src/modules/accounts/passwords.ts';
import { insertOrganisation } from '../src/modules/registry/organisations.repository.ts';
import type { NewOrganisation } from '../src/modules/registry/registry.table.ts';
import { ORIGIN, sessionCookie } from './test-app.ts';

let counter = 0;
const next = () => ++counter;

/** An organisation with an English official name. */
export async function buildOrganisation(
  db: Kysely<Database>,
  overrides: Partial<NewOrganisation> & { name?: string } = {},
) {
  const { name, ...rest } = overrides;
  const n = next();
  return insertOrganisation(db, { kind: 'state_body', visibility: 'public', ...rest }, [
    { lang: 'en', name: name ?? `Test Organisation ${n}`, abbreviation: `TO${n}` },
  ]);
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** An account holding `role` in `organisationId` (no role when omitted). */
export async function buildAccount(
  db: Kysely<Database>,
  options: { role?: Role; organisationId?: string; email?: string; password?: string } = {},
) {
  const n = next();
  const account = await db
    .insertInto('accounts')
    .values({
      email: options.email ?? `user${n}-${Date.now()}@example.org`,
      display_name: `Test User ${n}`,
      password_hash: await hashPassword(options.password ?? TEST_PASSWORD),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (options.role && options.organisationId) {
    await db
      .insertInto('role_grants')
      .values({ account_id: account.id, role: options.role, organisation_id: options.organisationId })
      .execute();
  }
  return account;
}

/** Signs in through the API and returns the cookie header for later requests. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { origin: ORIGIN },
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return sessionCookie(response);
}

/** The outbox messages addressed to `email`, oldest first. */
export async function mailsTo(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('outbox')
    .selectAll()
    .where('to_address', '=', email.toLowerCase())
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
