import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code, so it sees the database as
// `Kysely<any>`. Minutes of meetings (issue 4, ADR 0014): one set of minutes per event, every
// version kept whole (paragraphs with stable ids, text per language), comments and amendments of
// the delegations while the minutes are circulated.

const now = sql`now()`;
const uuid = sql`gen_random_uuid()`;

async function minutesAndVersions(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('minutes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('event_id', 'uuid', (c) => c.notNull().unique().references('events.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status in ('draft', 'circulated', 'adopted', 'locked')`),
    )
    // The number of the current version: every edit must name it (optimistic concurrency).
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`version > 0`))
    .addColumn('languages', sql`text[]`, (c) => c.notNull())
    .addColumn('circulated_at', 'timestamptz')
    .addColumn('adopted_at', 'timestamptz')
    .addColumn('locked_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('minutes_has_languages', sql`cardinality(languages) > 0`)
    .execute();

  await db.schema
    .createTable('minutes_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('minutes_id', 'uuid', (c) => c.notNull().references('minutes.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number > 0`))
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason in ('created', 'edit', 'amendment_accepted', 'adopted')`),
    )
    .addColumn('note', 'text')
    // [{ id, text: { lang: text } }]: the whole text of this version, in order.
    .addColumn('paragraphs', 'jsonb', (c) => c.notNull())
    .addColumn('languages', sql`text[]`, (c) => c.notNull())
    .addColumn('amendment_id', 'uuid')
    .addColumn('author_account_id', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('minutes_versions_number', ['minutes_id', 'number'])
    .execute();
}

async function commentsAndAmendments(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('minutes_comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('minutes_id', 'uuid', (c) => c.notNull().references('minutes.id').onDelete('cascade'))
    .addColumn('paragraph_id', 'uuid', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // The delegation the author spoke for; null for the secretariat and the minutes' editors.
    .addColumn('delegation_id', 'uuid', (c) => c.references('event_delegations.id').onDelete('set null'))
    .addColumn('author_account_id', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('minutes_comments_minutes')
    .on('minutes_comments')
    .column('minutes_id')
    .execute();

  await db.schema
    .createTable('minutes_amendments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('minutes_id', 'uuid', (c) => c.notNull().references('minutes.id').onDelete('cascade'))
    .addColumn('paragraph_id', 'uuid', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('base_version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('motivation', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('proposed').check(sql`status in ('proposed', 'accepted', 'rejected')`),
    )
    .addColumn('delegation_id', 'uuid', (c) => c.references('event_delegations.id').onDelete('set null'))
    .addColumn('author_account_id', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('author_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by_account_id', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('decided_by_label', 'text')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('result_version', 'integer')
    .addCheckConstraint(
      'minutes_amendments_decided',
      sql`(status = 'proposed') = (decided_at is null) and (status = 'proposed' or decision_reason is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('minutes_amendments_minutes')
    .on('minutes_amendments')
    .column('minutes_id')
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await minutesAndVersions(db);
  await commentsAndAmendments(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['minutes_amendments', 'minutes_comments', 'minutes_versions', 'minutes']) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
