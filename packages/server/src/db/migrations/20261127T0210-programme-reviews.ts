import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code, so it sees the database as
// `Kysely<any>`. Reviews of programme applications (issue 6, ADR 0023 "Reviews, scores and
// decisions"): a programme's reviewers and criteria, one review per reviewer and application with a
// score per criterion, and the application's aggregate score kept on the application (so lists
// filter and sort by it).

const now = sql`now()`;
const uuid = sql`gen_random_uuid()`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programme_reviewers')
    .addColumn('programme_id', 'uuid', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('programme_reviewers_pk', ['programme_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('programme_reviewers_account')
    .on('programme_reviewers')
    .column('account_id')
    .execute();

  await db.schema
    .createTable('review_criteria')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('programme_id', 'uuid', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'jsonb', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull().check(sql`weight > 0`))
    .addColumn('max_score', 'integer', (c) => c.notNull().check(sql`max_score > 0`))
    .execute();
  await db.schema
    .createIndex('review_criteria_programme')
    .on('review_criteria')
    .column('programme_id')
    .execute();

  await db.schema
    .createTable('application_reviews')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('reviewer_id', 'uuid', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    // The review's weighted score normalised to 0–100.
    .addColumn('score', 'double precision', (c) => c.notNull().check(sql`score between 0 and 100`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('application_reviews_one', ['application_id', 'reviewer_id'])
    .execute();

  await db.schema
    .createTable('review_scores')
    .addColumn('review_id', 'uuid', (c) =>
      c.notNull().references('application_reviews.id').onDelete('cascade'),
    )
    .addColumn('criterion_id', 'uuid', (c) =>
      c.notNull().references('review_criteria.id').onDelete('cascade'),
    )
    .addColumn('score', 'double precision', (c) => c.notNull().check(sql`score >= 0`))
    .addPrimaryKeyConstraint('review_scores_pk', ['review_id', 'criterion_id'])
    .execute();

  await db.schema
    .alterTable('applications')
    .addColumn('score', 'double precision', (c) => c.check(sql`score between 0 and 100`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('applications').dropColumn('score').execute();
  for (const t of ['review_scores', 'application_reviews', 'review_criteria', 'programme_reviewers']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
