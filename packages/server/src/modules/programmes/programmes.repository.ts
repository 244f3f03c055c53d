import { type Kysely, type SqlBool, sql } from 'kysely';
import { insertMany } from '../../db/insert-many.ts';
import type { Database } from '../../db/schema.ts';
import { inScope, type VisibilityScope } from '../registry/organisations.repository.ts';
import type { NewProgramme, Programme, ProgrammeUpdate } from './programmes.table.ts';

// Queries on programmes, their bodies and quotas. Only the programmes module's repositories touch
// Kysely for its tables.

/** The programme with `id`. */
export async function findProgramme(db: Kysely<Database>, id: string): Promise<Programme | undefined> {
  return db.selectFrom('programmes').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The programme with `id`, locked until the transaction ends (its call and form change one at a time). */
export async function lockProgramme(db: Kysely<Database>, id: string): Promise<Programme | undefined> {
  return db.selectFrom('programmes').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** The programmes of `ids`, by id. */
export async function findProgrammes(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, Programme>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('programmes').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((p) => [p.id, p]));
}

/** Inserts a programme. */
export async function insertProgramme(db: Kysely<Database>, row: NewProgramme): Promise<Programme> {
  return db.insertInto('programmes').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Changes a programme's columns (and its `updated_at`). */
export async function updateProgrammeRow(db: Kysely<Database>, id: string, set: ProgrammeUpdate) {
  return db
    .updateTable('programmes')
    .set({ ...set, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Filters of the programmes list. */
export interface ProgrammeFilter {
  kind?: string | undefined;
  status?: string | undefined;
  country?: string | undefined;
  /** Only programmes whose call is open at this instant. */
  openAt?: Date | undefined;
}

/** Programmes in `scope` (drafts only of the bodies in `drafts`), newest first. */
export async function listProgrammes(
  db: Kysely<Database>,
  access: { scope: VisibilityScope; drafts: 'all' | string[] },
  filter: ProgrammeFilter,
  page: { limit: number; offset: number },
) {
  const { drafts } = access;
  let query = db
    .selectFrom('programmes as p')
    .where(inScope(access.scope, 'p', false))
    .where((eb) =>
      drafts === 'all'
        ? sql<SqlBool>`true`
        : drafts.length
          ? eb.or([eb('p.status', '<>', 'draft'), eb('p.owner_org_id', 'in', drafts)])
          : eb('p.status', '<>', 'draft'),
    );
  if (filter.kind) query = query.where('p.kind', '=', filter.kind as Programme['kind']);
  if (filter.status) query = query.where('p.status', '=', filter.status as Programme['status']);
  if (filter.country) query = query.where('p.country_code', '=', filter.country);
  const openAt = filter.openAt;
  if (openAt) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('calls as c')
          .select('c.programme_id')
          .whereRef('c.programme_id', '=', 'p.id')
          .where('c.opens_at', '<=', openAt)
          .where('c.closes_at', '>', openAt),
      ),
    );
  }
  const [items, total] = await Promise.all([
    query
      .selectAll('p')
      .orderBy(sql`coalesce(p.start_date, p.period_start)`, sql`desc nulls last`)
      .orderBy('p.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** The supporting bodies of the programmes of `ids`, in their order. */
export async function bodiesOf(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return [];
  return db
    .selectFrom('programme_bodies')
    .selectAll()
    .where('programme_id', 'in', ids)
    .orderBy('programme_id')
    .orderBy('sort')
    .execute();
}

/** Replaces a programme's supporting bodies. */
export async function replaceBodies(
  db: Kysely<Database>,
  id: string,
  bodies: readonly { organisationId: string; role?: string | undefined }[],
): Promise<void> {
  await db.deleteFrom('programme_bodies').where('programme_id', '=', id).execute();
  await insertMany(
    db,
    'programme_bodies',
    bodies.map((b, sort) => ({
      programme_id: id,
      organisation_id: b.organisationId,
      role: b.role ?? 'support',
      sort,
    })),
  );
}

/** The quotas of a programme. */
export async function quotasOf(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('programme_quotas')
    .selectAll()
    .where('programme_id', '=', id)
    .orderBy('country_code')
    .orderBy('community')
    .execute();
}

/** Replaces a programme's quotas. */
export async function replaceQuotas(
  db: Kysely<Database>,
  id: string,
  quotas: readonly {
    countryCode?: string | null | undefined;
    community?: string | null | undefined;
    seats: number;
  }[],
): Promise<void> {
  await db.deleteFrom('programme_quotas').where('programme_id', '=', id).execute();
  await insertMany(
    db,
    'programme_quotas',
    quotas.map((q) => ({
      programme_id: id,
      country_code: q.countryCode ?? null,
      community: q.community ?? null,
      seats: q.seats,
    })),
  );
}

/** The plan item a programme fulfils: id, code, title. */
export async function planItemRef(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('plan_items as i')
    .innerJoin('plans as p', 'p.id', 'i.plan_id')
    .select(['i.id', 'i.code', 'i.title', 'p.visibility', 'p.owner_org_id'])
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** Is there a programme with this English title (the demo's check)? */
export async function hasProgrammeTitled(db: Kysely<Database>, titleEn: string): Promise<boolean> {
  const row = await db
    .selectFrom('programmes')
    .select('id')
    .where(sql<string>`title->'en'->>'value'`, '=', titleEn)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The id of the item with `code` in the plan with this English title, if both exist. */
export async function planItemIdByCode(db: Kysely<Database>, planTitleEn: string, code: string) {
  const row = await db
    .selectFrom('plan_items as i')
    .innerJoin('plans as p', 'p.id', 'i.plan_id')
    .select('i.id')
    .where(sql<string>`p.title->'en'->>'value'`, '=', planTitleEn)
    .where('i.code', '=', code)
    .executeTakeFirst();
  return row?.id;
}
