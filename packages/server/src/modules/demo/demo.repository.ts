import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { NewPersonName, NewPosition, Visibility } from '../registry/registry.table.ts';

/**
 * Waits for, then holds until the transaction ends, the lock that serialises demo loads, so two
 * servers starting on one empty database do not both load.
 */
export async function lockDemoLoad(trx: Kysely<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('kopru.demo-load'))`.execute(trx);
}

/** True when the registry holds at least one organisation. */
export async function hasOrganisations(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Inserts a person with all their spellings; returns the new id. */
export async function insertPerson(
  db: Kysely<Database>,
  person: { slug: string; ownerOrgId: string | null; visibility: Visibility },
  names: readonly Omit<NewPersonName, 'person_id'>[],
): Promise<string> {
  const row = await db
    .insertInto('people')
    .values({ slug: person.slug, owner_org_id: person.ownerOrgId, visibility: person.visibility })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (names.length) {
    await db
      .insertInto('person_names')
      .values(names.map((n) => ({ ...n, person_id: row.id })))
      .execute();
  }
  return row.id;
}

/** Inserts positions held by people. */
export async function insertPositions(
  db: Kysely<Database>,
  positions: readonly NewPosition[],
): Promise<void> {
  if (positions.length)
    await db
      .insertInto('positions')
      .values([...positions])
      .execute();
}

/** Sets who owns an organisation's record (for owners inserted after the record itself). */
export async function setOrganisationOwner(
  db: Kysely<Database>,
  id: string,
  ownerOrgId: string,
): Promise<void> {
  await db.updateTable('organisations').set({ owner_org_id: ownerOrgId }).where('id', '=', id).execute();
}
