import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { inScope, type VisibilityScope } from '../registry/organisations.repository.ts';

// The database side of finding and merging duplicates. Merges run in the caller's transaction.

/**
 * Pairs of records of `type`, both readable in `scope`, with match keys within the trigram
 * threshold of each other (a self-join on name_keys served by its trigram index), at most `limit`.
 * Call inside a transaction that set the threshold.
 */
export async function candidatePairs(
  db: Kysely<Database>,
  type: 'person' | 'organisation',
  scope: VisibilityScope,
  limit: number,
): Promise<{ a: string; b: string }[]> {
  const readable =
    type === 'person'
      ? sql`(select p.id from people p where ${inScope(scope, 'p', false)})`
      : sql`(select o.id from organisations o where ${inScope(scope, 'o', true)})`;
  const { rows } = await sql<{ a: string; b: string }>`
    select a.entity_id as a, b.entity_id as b
    from name_keys a
    join name_keys b on b.entity_type = a.entity_type and b.entity_id > a.entity_id and b.key % a.key
    where a.entity_type = ${type}
      and a.entity_id in ${readable} and b.entity_id in ${readable}
    group by a.entity_id, b.entity_id
    order by max(similarity(a.key, b.key)) desc, a.entity_id, b.entity_id
    limit ${limit}`.execute(db);
  return rows;
}

/** Single-column foreign keys that point at `table`'s id: `[table, column]` of the referencing side. */
async function referencesTo(db: Kysely<Database>, table: 'people' | 'organisations') {
  const { rows } = await sql<{ table_name: string; column_name: string }>`
    select cl.relname as table_name, att.attname as column_name
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute att on att.attrelid = c.conrelid and att.attnum = c.conkey[1]
    where c.contype = 'f' and c.confrelid = ${table}::regclass and array_length(c.conkey, 1) = 1
    order by 1, 2`.execute(db);
  return rows;
}

/**
 * Points every foreign key that refers to `from` at `to`, in every table, except the columns in
 * `except` (`table.column`) that the caller moves itself. Tables added by later modules are moved
 * too, so a merge never loses a link.
 */
export async function repointReferences(
  db: Kysely<Database>,
  table: 'people' | 'organisations',
  from: string,
  to: string,
  except: readonly string[],
): Promise<void> {
  for (const ref of await referencesTo(db, table)) {
    if (except.includes(`${ref.table_name}.${ref.column_name}`)) continue;
    const column = sql.ref(ref.column_name);
    await sql`update ${sql.table(ref.table_name)} set ${column} = ${to} where ${column} = ${from}`.execute(
      db,
    );
  }
}

/** Moves the contacts of one record to another of the same type, dropping repeats (same kind and value). */
export async function moveContacts(
  db: Kysely<Database>,
  entityType: 'person' | 'organisation',
  from: string,
  to: string,
): Promise<void> {
  await db
    .updateTable('contacts')
    .set({ entity_id: to })
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', from)
    .execute();
  await sql`delete from contacts c using contacts d
    where c.entity_type = ${entityType} and c.entity_id = ${to} and d.entity_type = c.entity_type
      and d.entity_id = c.entity_id and d.kind = c.kind and lower(d.value) = lower(c.value)
      and (d.created_at, d.id) < (c.created_at, c.id)`.execute(db);
}

/** Drops positions of `personId` (or at `organisationId`) that repeat another exactly. */
export async function dropRepeatedPositions(
  db: Kysely<Database>,
  where: { personId?: string; organisationId?: string },
): Promise<void> {
  const column = where.personId ? sql.ref('p.person_id') : sql.ref('p.organisation_id');
  await sql`delete from positions p using positions d
    where ${column} = ${where.personId ?? where.organisationId}
      and d.person_id = p.person_id and d.organisation_id = p.organisation_id and d.title = p.title
      and d.from_date is not distinct from p.from_date and d.to_date is not distinct from p.to_date
      and (d.created_at, d.id) < (p.created_at, p.id)`.execute(db);
}

/** Moves the relationships of organisation `from` to `to`; those between the two, and repeats, go. */
export async function moveRelationships(db: Kysely<Database>, from: string, to: string): Promise<void> {
  await db
    .deleteFrom('organisation_relationships')
    .where((eb) =>
      eb.or([
        eb.and([eb('from_org_id', '=', from), eb('to_org_id', '=', to)]),
        eb.and([eb('from_org_id', '=', to), eb('to_org_id', '=', from)]),
      ]),
    )
    .execute();
  await db
    .updateTable('organisation_relationships')
    .set({ from_org_id: to })
    .where('from_org_id', '=', from)
    .execute();
  await db
    .updateTable('organisation_relationships')
    .set({ to_org_id: to })
    .where('to_org_id', '=', from)
    .execute();
  await sql`delete from organisation_relationships r using organisation_relationships d
    where (r.from_org_id = ${to} or r.to_org_id = ${to})
      and d.from_org_id = r.from_org_id and d.to_org_id = r.to_org_id and d.kind = r.kind
      and d.from_date is not distinct from r.from_date and d.to_date is not distinct from r.to_date
      and (d.created_at, d.id) < (r.created_at, r.id)`.execute(db);
}

/** Moves role grants in organisation `from` to `to`; a grant the account already holds there goes. */
export async function moveRoleGrants(db: Kysely<Database>, from: string, to: string): Promise<void> {
  await sql`delete from role_grants g using role_grants k
    where g.organisation_id = ${from} and k.organisation_id = ${to}
      and k.account_id = g.account_id and k.role = g.role`.execute(db);
  await db
    .updateTable('role_grants')
    .set({ organisation_id: to })
    .where('organisation_id', '=', from)
    .execute();
}

/** Moves children of `from` under `to` (never `to` itself, which would become its own parent). */
export async function moveChildren(db: Kysely<Database>, from: string, to: string): Promise<void> {
  await db
    .updateTable('organisations')
    .set({ parent_id: to })
    .where('parent_id', '=', from)
    .where('id', '<>', to)
    .execute();
}

/** Moves the spellings of person `from` to `to` as non-primary ones, except `drop` (repeats), which go. */
export async function movePersonNames(
  db: Kysely<Database>,
  from: string,
  to: string,
  drop: readonly string[],
) {
  if (drop.length) await db.deleteFrom('person_names').where('id', 'in', drop).execute();
  await db
    .updateTable('person_names')
    .set({ person_id: to, is_primary: false })
    .where('person_id', '=', from)
    .execute();
}

/**
 * Moves the names of organisation `from` to `to` after its own, official ones as aliases (the kept
 * record keeps its official names), except `drop` (repeats), which go.
 */
export async function moveOrganisationNames(
  db: Kysely<Database>,
  from: string,
  to: string,
  drop: readonly string[],
) {
  if (drop.length) await db.deleteFrom('organisation_names').where('id', 'in', drop).execute();
  const last = await db
    .selectFrom('organisation_names')
    .select(sql<number>`coalesce(max(sort), -1)`.as('sort'))
    .where('organisation_id', '=', to)
    .executeTakeFirstOrThrow();
  await db
    .updateTable('organisation_names')
    .set({
      organisation_id: to,
      name_type: sql`case when name_type = 'official' then 'alias' else name_type end`,
      sort: sql`sort + ${Number(last.sort) + 1}`,
    })
    .where('organisation_id', '=', from)
    .execute();
}

/** Deletes a person or an organisation row (its names, positions… cascade; moved ones are gone already). */
export async function deleteRecord(db: Kysely<Database>, table: 'people' | 'organisations', id: string) {
  await db.deleteFrom(table).where('id', '=', id).execute();
}
