import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { NewOrganisation, NewOrganisationName, Organisation, Visibility } from './registry.table.ts';

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertOrganisation(
  db: Kysely<Database>,
  organisation: NewOrganisation,
  names: Omit<NewOrganisationName, 'organisation_id'>[],
): Promise<Organisation> {
  const row = await db
    .insertInto('organisations')
    .values(organisation)
    .returningAll()
    .executeTakeFirstOrThrow();
  if (names.length) {
    await db
      .insertInto('organisation_names')
      .values(names.map((n, i) => ({ ...n, organisation_id: row.id, sort: n.sort ?? i })))
      .execute();
  }
  return row;
}

/** Who may see what: visibilities open to everyone the caller is, plus records of its own organisations. */
export interface VisibilityScope {
  visibilities: Visibility[];
  ownOrganisationIds: string[];
}

/** A page of organisations visible in `scope`, by English name, optionally filtered by a name fragment. */
export async function listOrganisations(
  db: Kysely<Database>,
  scope: VisibilityScope,
  filter: { q?: string | undefined; kind?: string | undefined },
  page: { limit: number; offset: number },
) {
  let query = db
    .selectFrom('organisations as o')
    .where((eb) =>
      eb.or([
        eb('o.visibility', 'in', scope.visibilities),
        ...(scope.ownOrganisationIds.length
          ? [eb('o.id', 'in', scope.ownOrganisationIds), eb('o.owner_org_id', 'in', scope.ownOrganisationIds)]
          : []),
      ]),
    );
  if (filter.kind) query = query.where('o.kind', '=', filter.kind as Organisation['kind']);
  if (filter.q) {
    const like = `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('organisation_names as n')
          .select('n.id')
          .whereRef('n.organisation_id', '=', 'o.id')
          .where((eb) => eb.or([eb('n.name', 'ilike', like), eb('n.abbreviation', 'ilike', like)])),
      ),
    );
  }
  const label = sql<string>`(select n.name from organisation_names n where n.organisation_id = o.id
    and n.name_type = 'official' and n.valid_to is null order by (n.lang = 'en') desc, n.sort limit 1)`;
  const abbreviation = sql<string | null>`(select n.abbreviation from organisation_names n
    where n.organisation_id = o.id and n.valid_to is null and n.abbreviation is not null
    order by (n.lang = 'en') desc, n.sort limit 1)`;
  const [items, count] = await Promise.all([
    query
      .select(['o.id', 'o.kind', 'o.country_code', 'o.parent_id'])
      .select([label.as('name'), abbreviation.as('abbreviation')])
      .orderBy(label)
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
