import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code, so it sees the database as
// `Kysely<any>`. Programmes (issue 6, ADR 0023): trainings, summer schools, forums and internships
// with their bodies and quotas, one call for applications per programme with its typed questions,
// and applications with their answers. One application per person and programme is a unique
// index, so it holds under parallel requests.

const now = sql`now()`;
const uuid = sql`gen_random_uuid()`;
const emptyText = sql`'{}'::text[]`;

async function programmes(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programmes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('training', 'summer_school', 'forum', 'internship', 'other')`),
    )
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('owner_org_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('country_code', 'text')
    // The host place, or a region while undecided ("one of the European countries"), per language.
    .addColumn('place', 'jsonb')
    .addColumn('period_text', 'text')
    .addColumn('period_lang', 'text', (c) => c.check(sql`period_lang in ('en', 'az', 'tr', 'ru')`))
    .addColumn('period_start', 'date')
    .addColumn('period_end', 'date')
    .addColumn('period_precision', 'text', (c) =>
      c.check(
        sql`period_precision in ('day', 'decade', 'month', 'season', 'quarter', 'half', 'year_part', 'year')`,
      ),
    )
    .addColumn('start_date', 'date')
    .addColumn('end_date', 'date')
    .addColumn('communities', sql`text[]`, (c) => c.notNull().defaultTo(emptyText))
    .addColumn('residence_countries', sql`text[]`, (c) => c.notNull().defaultTo(emptyText))
    .addColumn('age_min', 'integer', (c) => c.check(sql`age_min between 0 and 150`))
    .addColumn('age_max', 'integer', (c) => c.check(sql`age_max between 0 and 150`))
    .addColumn('languages', sql`text[]`, (c) => c.notNull().defaultTo(emptyText))
    .addColumn('capacity', 'integer', (c) => c.check(sql`capacity > 0`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status in ('draft', 'published', 'closed', 'completed', 'cancelled')`),
    )
    .addColumn('plan_item_id', 'uuid', (c) => c.references('plan_items.id').onDelete('set null'))
    .addColumn('event_id', 'uuid', (c) => c.references('events.id').onDelete('set null'))
    .addColumn('visibility', 'text', (c) =>
      c.notNull().defaultTo('public').check(sql`visibility in ('public', 'network', 'owner')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint(
      'programmes_dates_order',
      sql`start_date is null or end_date is null or start_date <= end_date`,
    )
    .addCheckConstraint('programmes_age_order', sql`age_min is null or age_max is null or age_min <= age_max`)
    .execute();
  await db.schema
    .createIndex('programmes_status')
    .on('programmes')
    .columns(['status', 'visibility'])
    .execute();
  await db.schema.createIndex('programmes_owner').on('programmes').column('owner_org_id').execute();

  await db.schema
    .createTable('programme_bodies')
    .addColumn('programme_id', 'uuid', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) =>
      c.notNull().defaultTo('support').check(sql`role in ('support', 'partner', 'host', 'funder')`),
    )
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('programme_bodies_pk', ['programme_id', 'organisation_id'])
    .execute();

  await db.schema
    .createTable('programme_quotas')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('programme_id', 'uuid', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('country_code', 'text')
    .addColumn('community', 'text')
    .addColumn('seats', 'integer', (c) => c.notNull().check(sql`seats >= 0`))
    .addCheckConstraint('programme_quotas_one_key', sql`(country_code is null) <> (community is null)`)
    .execute();
  await db.schema
    .createIndex('programme_quotas_programme')
    .on('programme_quotas')
    .column('programme_id')
    .execute();
}

async function calls(db: Kysely<any>): Promise<void> {
  // One call per programme: the organiser's local open and close times with their zone, and the
  // UTC instants they name (computed on write, as meetings do; ADR 0015). Deadlines compare instants.
  await db.schema
    .createTable('calls')
    .addColumn('programme_id', 'uuid', (c) => c.primaryKey().references('programmes.id').onDelete('cascade'))
    .addColumn('opens_date', 'date', (c) => c.notNull())
    .addColumn('opens_time', 'time', (c) => c.notNull())
    .addColumn('closes_date', 'date', (c) => c.notNull())
    .addColumn('closes_time', 'time', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('opens_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closes_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('calls_order', sql`opens_at < closes_at`)
    .execute();
  await db.schema.createIndex('calls_closes').on('calls').columns(['opens_at', 'closes_at']).execute();

  await db.schema
    .createTable('call_questions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('programme_id', 'uuid', (c) =>
      c.notNull().references('calls.programme_id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('short_text', 'long_text', 'choice', 'multi_choice', 'date', 'number', 'file', 'consent')`,
        ),
    )
    .addColumn('label', 'jsonb', (c) => c.notNull())
    .addColumn('help', 'jsonb')
    .addColumn('required', 'boolean', (c) => c.notNull().defaultTo(false))
    // [{ value, label: { <lang>: { value, status } } }] for choice and multi_choice.
    .addColumn('options', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    // { min?, max?, maxLength? }
    .addColumn('validation', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addUniqueConstraint('call_questions_position', ['programme_id', 'position'])
    .execute();
}

async function applications(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('applications')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('programme_id', 'uuid', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('submitted_by', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('nominated_by_org_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(
          sql`status in ('draft', 'submitted', 'under_review', 'accepted', 'waitlisted', 'rejected', 'withdrawn')`,
        ),
    )
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('waitlist_position', 'integer', (c) => c.check(sql`waitlist_position > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  // The one-application rule (ADR 0023): in the database, so parallel requests cannot both pass.
  await db.schema
    .createIndex('applications_one_per_person')
    .on('applications')
    .columns(['programme_id', 'person_id'])
    .unique()
    .execute();
  await db.schema.createIndex('applications_person').on('applications').column('person_id').execute();
  await db.schema.createIndex('applications_submitter').on('applications').column('submitted_by').execute();

  await db.schema
    .createTable('application_answers')
    .addColumn('application_id', 'uuid', (c) => c.notNull().references('applications.id').onDelete('cascade'))
    .addColumn('question_id', 'uuid', (c) => c.notNull().references('call_questions.id').onDelete('cascade'))
    .addColumn('value', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('application_answers_pk', ['application_id', 'question_id'])
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await programmes(db);
  await calls(db);
  await applications(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'application_answers',
    'applications',
    'call_questions',
    'calls',
    'programme_quotas',
    'programme_bodies',
    'programmes',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
