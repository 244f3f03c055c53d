import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type {
  NewOrganisation,
  NewOrganisationName,
  Organisation,
  OrganisationKind,
  OrganisationName,
  OrganisationUpdate,
  Visibility,
} from './registry.table.ts';

/** One organisation by id, or undefined. */
export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A text[] value both engines accept (their drivers serialise JS arrays differently). */
export const textArray = (values: readonly string[]) =>
  values.length ? sql<string[]>`array[${sql.join(values)}]::text[]` : sql<string[]>`'{}'::text[]`;

/** Inserts an organisation with its names; returns the row. */
export async function insertOrganisation(
  db: Kysely<Database>,
  organisation: NewOrganisation,
  names: Omit<NewOrganisationName, 'organisation_id'>[],
): Promise<Organisation> {
  const { communities, ...rest } = organisation;
  const row = await db
    .insertInto('organisations')
    .values({ ...rest, ...(communities ? { communities: textArray(communities) } : {}) })
    .returningAll()
    .executeTakeFirstOrThrow();
  await insertOrganisationNames(db, row.id, names);
  return row;
}

async function insertOrganisationNames(
  db: Kysely<Database>,
  organisationId: string,
  names: Omit<NewOrganisationName, 'organisation_id'>[],
): Promise<void> {
  if (!names.length) return;
  await db
    .insertInto('organisation_names')
    .values(names.map((n, i) => ({ ...n, organisation_id: organisationId, sort: n.sort ?? i })))
    .execute();
}

/** Changes the given columns of an organisation (and its `updated_at`); returns the new row. */
export async function updateOrganisation(
  db: Kysely<Database>,
  id: string,
  changes: OrganisationUpdate,
): Promise<Organisation> {
  const { communities, ...rest } = changes;
  return db
    .updateTable('organisations')
    .set({ ...rest, ...(communities ? { communities: textArray(communities) } : {}), updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Replaces every name of an organisation with `names`. */
export async function replaceOrganisationNames(
  db: Kysely<Database>,
  organisationId: string,
  names: Omit<NewOrganisationName, 'organisation_id'>[],
): Promise<void> {
  await db.deleteFrom('organisation_names').where('organisation_id', '=', organisationId).execute();
  await insertOrganisationNames(db, organisationId, names);
}

/** The names of an organisation, in their order. */
export async function listOrganisationNames(db: Kysely<Database>, id: string): Promise<OrganisationName[]> {
  return db
    .selectFrom('organisation_names')
    .selectAll()
    .where('organisation_id', '=', id)
    .orderBy('sort')
    .orderBy('id')
    .execute();
}

/** Who may see what: visibilities open to everyone the caller is, plus records of its own organisations. */
export interface VisibilityScope {
  visibilities: Visibility[];
  ownOrganisationIds: string[];
}

/** The SQL form of a read scope for a table with `visibility` and `owner_org_id` (and, for bodies, `id`). */
export function inScope(scope: VisibilityScope, alias: string, withId: boolean): Expression<SqlBool> {
  const own = scope.ownOrganisationIds;
  const ids = own.length ? sql.join(own) : null;
  const vis = sql.join(scope.visibilities);
  const t = sql.table(alias);
  if (!ids) return sql<SqlBool>`${t}.visibility in (${vis})`;
  const byId = withId ? sql`or ${t}.id in (${ids})` : sql``;
  return sql<SqlBool>`(${t}.visibility in (${vis}) or ${t}.owner_org_id in (${ids}) ${byId})`;
}

/** The label of an organisation: its current English official name, else its first official one. */
export const organisationLabel = (alias = 'o') =>
  sql<string>`(select n.name from organisation_names n where n.organisation_id = ${sql.ref(`${alias}.id`)}
    and n.name_type = 'official' and n.valid_to is null order by (n.lang = 'en') desc, n.sort limit 1)`;

const abbreviationOf = sql<string | null>`(select n.abbreviation from organisation_names n
    where n.organisation_id = o.id and n.valid_to is null and n.abbreviation is not null
    order by (n.lang = 'en') desc, n.sort limit 1)`;

export interface OrganisationFilter {
  q?: string | undefined;
  kind?: OrganisationKind | undefined;
  country?: string | undefined;
  community?: string | undefined;
  verification?: 'submitted' | 'verified' | 'archived' | undefined;
  parent?: string | undefined;
}

/** Escapes a user's text for `ilike '%…%'`. */
export const containing = (q: string) => `%${q.replace(/[%_\\]/g, '\\$&')}%`;

/** A page of organisations visible in `scope`, by label, with the list filters applied. */
export async function listOrganisations(
  db: Kysely<Database>,
  scope: VisibilityScope,
  filter: OrganisationFilter,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('organisations as o').where(inScope(scope, 'o', true));
  if (filter.kind) query = query.where('o.kind', '=', filter.kind);
  if (filter.country) query = query.where('o.country_code', '=', filter.country);
  if (filter.verification) query = query.where('o.verification', '=', filter.verification);
  if (filter.parent) query = query.where('o.parent_id', '=', filter.parent);
  if (filter.community) query = query.where(sql<SqlBool>`${filter.community} = any(o.communities)`);
  if (filter.q) {
    const like = containing(filter.q);
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('organisation_names as n')
          .select('n.id')
          .whereRef('n.organisation_id', '=', 'o.id')
          .where((eb) => eb.or([eb('n.name', 'ilike', like), eb('n.abbreviation', 'ilike', like)])),
      ),
    );
  }
  const label = organisationLabel();
  const [items, count] = await Promise.all([
    query
      .select(['o.id', 'o.kind', 'o.country_code', 'o.city', 'o.parent_id', 'o.communities'])
      .select(['o.verification', 'o.visibility', 'o.owner_org_id'])
      .select([label.as('name'), abbreviationOf.as('abbreviation')])
      .orderBy(label)
      .orderBy('o.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

/** Organisations by id with their label and what the read policy needs. */
export async function organisationSummaries(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return new Map<string, OrganisationSummary>();
  const rows = await db
    .selectFrom('organisations as o')
    .select(['o.id', 'o.kind', 'o.visibility', 'o.owner_org_id', organisationLabel().as('name')])
    .where('o.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { ...r, name: r.name ?? '' }]));
}
export interface OrganisationSummary {
  id: string;
  name: string;
  kind: OrganisationKind;
  visibility: Visibility;
  owner_org_id: string | null;
}

/** The ids of an organisation's direct children. */
export async function childIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db.selectFrom('organisations').select('id').where('parent_id', '=', id).execute();
  return rows.map((r) => r.id);
}

/** The chain of parents above `id` (its parent first), to refuse a cycle. */
export async function ancestorIds(db: Kysely<Database>, id: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    with recursive up(id, depth) as (
      select parent_id, 1 from organisations where id = ${id} and parent_id is not null
      union all
      select o.parent_id, up.depth + 1 from organisations o join up on o.id = up.id
      where o.parent_id is not null and up.depth < 100
    ) select id from up order by depth`.execute(db);
  return result.rows.map((r) => r.id);
}
