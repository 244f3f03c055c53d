import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code. After a programme (issue 6, ADR 0023):
// attendance per day of an accepted application, the programme's follow-up settings (the share of
// days that counts as attended, when the feedback survey opened, who signs the certificates), certificates of attendance (one
// per person and programme; a unique verification code), the feedback survey's questions (shaped
// as the call's) and responses (one per application), and the reminder before the programme (at
// most one per application).

const now = sql`now()`;
const uuid = sql`gen_random_uuid()`;
const application = (c: any) => c.notNull().references('applications.id').onDelete('cascade');
const programme = (c: any) => c.notNull().references('programmes.id').onDelete('cascade');
const account = (c: any) => c.references('accounts.id').onDelete('set null');

async function attendance(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programme_attendance')
    .addColumn('application_id', 'uuid', application)
    .addColumn('day', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('present', 'absent', 'excused')`))
    .addColumn('recorded_by', 'uuid', account)
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addPrimaryKeyConstraint('programme_attendance_pk', ['application_id', 'day'])
    .execute();
  await db.schema
    .createTable('programme_followups')
    .addColumn('programme_id', 'uuid', (c) => programme(c).primaryKey())
    .addColumn('attendance_share', 'integer', (c) =>
      c.notNull().defaultTo(80).check(sql`attendance_share between 1 and 100`),
    )
    .addColumn('feedback_opened_at', 'timestamptz')
    // Who signs the certificates (default: the organising body, by name).
    .addColumn('signatory_name', 'text')
    .addColumn('signatory_position', 'text')
    .execute();
  await db.schema
    .createTable('programme_reminders')
    .addColumn('application_id', 'uuid', (c) => application(c).primaryKey())
    .addColumn('sent_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
}

async function certificates(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programme_certificates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('programme_id', 'uuid', programme)
    .addColumn('application_id', 'uuid', (c) => application(c).unique())
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // 128 random bits, base64url; stored as printed (ADR 0023) and found by its unique index.
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('holder_name', 'text', (c) => c.notNull())
    .addColumn('holder_latin', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'uuid', account)
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid', account)
    .addColumn('revoke_reason', 'text')
    .addUniqueConstraint('programme_certificates_person', ['programme_id', 'person_id'])
    .execute();
}

async function feedback(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('feedback_questions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('programme_id', 'uuid', programme)
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
    .addColumn('options', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('validation', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addUniqueConstraint('feedback_questions_position', ['programme_id', 'position'])
    .execute();
  await db.schema
    .createTable('feedback_responses')
    .addColumn('application_id', 'uuid', (c) => application(c).primaryKey())
    .addColumn('programme_id', 'uuid', programme)
    // [{ questionId, value }]
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addColumn('submitted_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('feedback_responses_programme')
    .on('feedback_responses')
    .column('programme_id')
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await attendance(db);
  await certificates(db);
  await feedback(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'feedback_responses',
    'feedback_questions',
    'programme_certificates',
    'programme_reminders',
    'programme_followups',
    'programme_attendance',
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
