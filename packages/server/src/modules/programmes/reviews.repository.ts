import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { containing } from '../registry/organisations.repository.ts';
import { refName } from '../registry/organisation-refs.ts';
import type { ApplicationReview, ReviewCriterion } from './reviews.table.ts';

// Queries on a programme's reviewers and criteria and on the applications' reviews.

/** The reviewers' accounts of a programme, with their display names. */
export async function reviewersOf(db: Kysely<Database>, programmeId: string) {
  return db
    .selectFrom('programme_reviewers as r')
    .innerJoin('accounts as a', 'a.id', 'r.account_id')
    .select(['a.id', 'a.display_name'])
    .where('r.programme_id', '=', programmeId)
    .orderBy('a.display_name')
    .execute();
}

/** Is the account a reviewer of the programme? */
export async function isReviewerOf(db: Kysely<Database>, programmeId: string, accountId: string) {
  const row = await db
    .selectFrom('programme_reviewers')
    .select('account_id')
    .where('programme_id', '=', programmeId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Of `ids`, the accounts holding an agency admin or editor role (possible reviewers). */
export async function agencyAccounts(db: Kysely<Database>, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db
    .selectFrom('role_grants')
    .select('account_id')
    .where('account_id', 'in', ids)
    .where('role', 'in', ['agency_admin', 'agency_editor'])
    .execute();
  return new Set(rows.map((r) => r.account_id));
}

/**
 * Accounts that may be appointed reviewers: admins and editors of state bodies, with their body
 * (named as a `Ref`) and its country; `q` narrows by display name or body name. By display name.
 */
export async function reviewerCandidates(db: Kysely<Database>, q: string | undefined, limit: number) {
  let query = db
    .selectFrom('role_grants as g')
    .innerJoin('accounts as a', 'a.id', 'g.account_id')
    .innerJoin('organisations as o', 'o.id', 'g.organisation_id')
    .select([
      'a.id',
      'a.display_name',
      'o.id as organisation_id',
      'o.country_code',
      refName().as('organisation_name'),
    ])
    .where('g.role', 'in', ['agency_admin', 'agency_editor'])
    .where('o.kind', '=', 'state_body');
  if (q) {
    const pattern = containing(q);
    query = query.where((eb) =>
      eb.or([eb('a.display_name', 'ilike', pattern), eb(refName(), 'ilike', pattern)]),
    );
  }
  return query.orderBy('a.display_name').orderBy('a.id').limit(limit).execute();
}

/** Replaces the programme's reviewers. */
export async function replaceReviewers(db: Kysely<Database>, programmeId: string, ids: readonly string[]) {
  await db.deleteFrom('programme_reviewers').where('programme_id', '=', programmeId).execute();
  if (ids.length) {
    await db
      .insertInto('programme_reviewers')
      .values(ids.map((account_id) => ({ programme_id: programmeId, account_id })))
      .execute();
  }
}

/** The programme's criteria in order. */
export async function criteriaOf(db: Kysely<Database>, programmeId: string): Promise<ReviewCriterion[]> {
  return db
    .selectFrom('review_criteria')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
}

/** Replaces the programme's criteria, keeping the ids given. */
export async function replaceCriteria(
  db: Kysely<Database>,
  programmeId: string,
  rows: readonly { id?: string | undefined; label: string; weight: number; max_score: number }[],
) {
  const keep = rows.flatMap((r) => r.id ?? []);
  let gone = db.deleteFrom('review_criteria').where('programme_id', '=', programmeId);
  if (keep.length) gone = gone.where('id', 'not in', keep);
  await gone.execute();
  for (const [position, { id, ...row }] of rows.entries()) {
    const values = { ...row, position, programme_id: programmeId };
    if (id) await db.updateTable('review_criteria').set(values).where('id', '=', id).execute();
    else await db.insertInto('review_criteria').values(values).execute();
  }
}

/** How many reviews the programme's applications have. */
export async function reviewCount(db: Kysely<Database>, programmeId: string): Promise<number> {
  const row = await db
    .selectFrom('application_reviews as r')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.programme_id', '=', programmeId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Writes a reviewer's review of an application (one each) with its scores. */
export async function upsertReview(
  db: Kysely<Database>,
  row: { application_id: string; reviewer_id: string; comment: string; score: number },
  scores: readonly { criterionId: string; score: number }[],
): Promise<ApplicationReview> {
  const review = await db
    .insertInto('application_reviews')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['application_id', 'reviewer_id']).doUpdateSet({
        comment: row.comment,
        score: row.score,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.deleteFrom('review_scores').where('review_id', '=', review.id).execute();
  await db
    .insertInto('review_scores')
    .values(scores.map((s) => ({ review_id: review.id, criterion_id: s.criterionId, score: s.score })))
    .execute();
  return review;
}

/** Sets the application's score to the mean of its reviews' scores (2 decimals; null without). */
export async function refreshScore(db: Kysely<Database>, applicationId: string): Promise<void> {
  await db
    .updateTable('applications')
    .set({
      score: sql<number | null>`(select round(avg(r.score)::numeric, 2)::float8
        from application_reviews r where r.application_id = ${applicationId})`,
    })
    .where('id', '=', applicationId)
    .execute();
}

/** The reviews of an application with their scores, oldest first. */
export async function reviewsOf(db: Kysely<Database>, applicationId: string) {
  const reviews = await db
    .selectFrom('application_reviews as r')
    .innerJoin('accounts as a', 'a.id', 'r.reviewer_id')
    .selectAll('r')
    .select('a.display_name')
    .where('r.application_id', '=', applicationId)
    .orderBy('r.created_at')
    .execute();
  const scores = reviews.length
    ? await db
        .selectFrom('review_scores')
        .selectAll()
        .where(
          'review_id',
          'in',
          reviews.map((r) => r.id),
        )
        .execute()
    : [];
  return reviews.map((r) => ({ ...r, scores: scores.filter((s) => s.review_id === r.id) }));
}

/** Moves the programme's submitted applications under review; their ids. */
export async function submittedUnderReview(db: Kysely<Database>, programmeId: string): Promise<string[]> {
  const rows = await db
    .updateTable('applications')
    .set({ status: 'under_review', updated_at: sql<Date>`now()` })
    .where('programme_id', '=', programmeId)
    .where('status', '=', 'submitted')
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
