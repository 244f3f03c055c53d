import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Application, ApplicationStatus } from './programmes.table.ts';

// Queries on applications and their answers.

/** The application with `id`. */
export async function findApplication(db: Kysely<Database>, id: string): Promise<Application | undefined> {
  return db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The application with `id`, locked until the transaction ends. */
export async function lockApplication(db: Kysely<Database>, id: string): Promise<Application | undefined> {
  return db.selectFrom('applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/** Inserts an application; a second one for the same person and programme violates the unique index. */
export async function insertApplication(
  db: Kysely<Database>,
  row: {
    programme_id: string;
    person_id: string;
    submitted_by: string | null;
    nominated_by_org_id: string | null;
  },
): Promise<Application> {
  return db.insertInto('applications').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Sets an application's status (and its submission time when given). */
export async function setApplicationStatus(
  db: Kysely<Database>,
  id: string,
  status: ApplicationStatus,
  submittedAt?: Date,
): Promise<Application> {
  return db
    .updateTable('applications')
    .set({ status, updated_at: sql<Date>`now()`, ...(submittedAt ? { submitted_at: submittedAt } : {}) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Writes answers (replacing those of the same questions) and touches the application. */
export async function upsertAnswers(
  db: Kysely<Database>,
  applicationId: string,
  answers: readonly { questionId: string; value: unknown }[],
): Promise<void> {
  for (const a of answers) {
    await db
      .insertInto('application_answers')
      .values({ application_id: applicationId, question_id: a.questionId, value: JSON.stringify(a.value) })
      .onConflict((oc) =>
        oc
          .columns(['application_id', 'question_id'])
          .doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })),
      )
      .execute();
  }
  await db
    .updateTable('applications')
    .set({ updated_at: sql<Date>`now()` })
    .where('id', '=', applicationId)
    .execute();
}

/** The answers of an application. */
export async function answersOf(db: Kysely<Database>, applicationId: string) {
  return db
    .selectFrom('application_answers')
    .selectAll()
    .where('application_id', '=', applicationId)
    .execute();
}

/** How many applications of a programme are in each status. */
export async function applicationCounts(db: Kysely<Database>, programmeId: string) {
  const rows = await db
    .selectFrom('applications')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('programme_id', '=', programmeId)
    .groupBy('status')
    .execute();
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

/** The application of a person to a programme. */
export async function applicationOfPerson(db: Kysely<Database>, programmeId: string, personId: string) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The country and communities an applicant is counted under: the nominating body's, else the current position's. */
export const profile = sql<{ country: string | null; communities: string[] }>`(
  select json_build_object('country', o.country_code, 'communities', o.communities)
  from organisations o
  where o.id = a.nominated_by_org_id
     or (a.nominated_by_org_id is null and o.id = (
       select pos.organisation_id from positions pos where pos.person_id = a.person_id
       and (pos.to_date is null or pos.to_date >= current_date) order by pos.from_date desc nulls last limit 1))
  limit 1)`;

/** Filters of a programme's applications. */
export interface ApplicationFilter {
  status?: string | undefined;
  country?: string | undefined;
  community?: string | undefined;
  /** Only applications scored at least this (0–100). */
  minScore?: number | undefined;
  /** `score`: highest score first (unscored last); default oldest first. */
  sort?: 'created' | 'score' | undefined;
  /** Leaves drafts out (reviewers' lists). */
  submittedOnly?: boolean | undefined;
}

/** A programme's applications, oldest first, with the applicant's country and communities. */
export async function listApplications(
  db: Kysely<Database>,
  where: { programmeId?: string; personId?: string | null; submittedBy?: string },
  filter: ApplicationFilter,
  page: { limit: number; offset: number },
) {
  let query = db.selectFrom('applications as a');
  if (where.programmeId) query = query.where('a.programme_id', '=', where.programmeId);
  const { personId, submittedBy } = where;
  if (submittedBy) {
    query = query.where((eb) =>
      eb.or([
        eb('a.submitted_by', '=', submittedBy),
        ...(personId ? [eb('a.person_id', '=', personId)] : []),
      ]),
    );
  }
  if (filter.status) query = query.where('a.status', '=', filter.status as ApplicationStatus);
  if (filter.country) query = query.where(sql`${profile}->>'country'`, '=', filter.country);
  if (filter.community) {
    query = query.where(sql<boolean>`(${profile}->'communities') ? ${filter.community}`);
  }
  if (filter.minScore !== undefined) query = query.where('a.score', '>=', filter.minScore);
  if (filter.submittedOnly) query = query.where('a.status', '!=', 'draft');
  const sorted = filter.sort === 'score' ? query.orderBy(sql`a.score desc nulls last`) : query;
  const [items, total] = await Promise.all([
    sorted
      .selectAll('a')
      .orderBy('a.created_at')
      .orderBy('a.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/** The country and communities of a person's organisation for eligibility (see `profile`). */
export async function applicantProfile(db: Kysely<Database>, applicationId: string) {
  const row = await db
    .selectFrom('applications as a')
    .select(profile.as('profile'))
    .where('a.id', '=', applicationId)
    .executeTakeFirst();
  return row?.profile ?? null;
}

/** Does the person hold a position in the organisation (today, or without an end)? */
export async function holdsPositionIn(
  db: Kysely<Database>,
  personId: string,
  orgId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('positions')
    .select('id')
    .where('person_id', '=', personId)
    .where('organisation_id', '=', orgId)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', sql<string>`current_date`)]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The account linked to a person (its email and language, for mail). */
export async function accountOfPerson(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('accounts')
    .select(['id', 'email', 'locale'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The display names of accounts, by id. */
export async function submitterLabels(db: Kysely<Database>, ids: readonly string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await db
    .selectFrom('accounts')
    .select(['id', 'display_name'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
