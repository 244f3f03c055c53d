import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code, so it sees the database as
// `Kysely<any>` (the application types of today must not shape the schema of yesterday).
// Meetings (issue 4, ADR 0015): series, events with their times in the place's zone, programme,
// participation and numbered decisions. Minutes and files come in later migrations and refer to
// these tables; `programme_item_documents.file_id` gets its foreign key from them.

const now = sql`now()`;
const uuid = sql`gen_random_uuid()`;
const visibility = (c: ColumnDefinitionBuilder) =>
  c.notNull().defaultTo('public').check(sql`visibility in ('public', 'network', 'owner')`);

async function seriesAndEvents(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event_series')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('code', 'text', (c) => c.notNull().unique().check(sql`code ~ '^[A-Z][A-Z0-9]{0,9}$'`))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('owner_org_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('visibility', 'text', visibility)
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();

  await db.schema
    .createTable('events')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('meeting', 'exchange_of_experience', 'training', 'forum', 'conference', 'commemoration', 'visit', 'other')`,
        ),
    )
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('summary', 'jsonb')
    .addColumn('series_id', 'uuid', (c) => c.references('event_series.id').onDelete('restrict'))
    .addColumn('number', 'integer', (c) => c.check(sql`number > 0`))
    .addColumn('parent_id', 'uuid', (c) => c.references('events.id').onDelete('set null'))
    // Local dates and times at the place, its IANA zone, and the UTC instants derived from them
    // (an all-day event has no times; its instants are the local midnights, the end exclusive).
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('start_time', 'time')
    .addColumn('end_date', 'date', (c) => c.notNull())
    .addColumn('end_time', 'time')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('country_code', 'char(2)')
    .addColumn('place_id', 'uuid', (c) => c.references('places.id').onDelete('set null'))
    .addColumn('venue', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('planned').check(sql`status in ('planned', 'held', 'postponed', 'cancelled')`),
    )
    .addColumn('owner_org_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('visibility', 'text', visibility)
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('events_series_number', ['series_id', 'number'])
    .addCheckConstraint('events_number_needs_series', sql`number is null or series_id is not null`)
    .addCheckConstraint('events_end_after_start', sql`ends_at >= starts_at`)
    .addCheckConstraint('events_times_together', sql`(start_time is null) = (end_time is null)`)
    .addCheckConstraint('events_not_own_parent', sql`parent_id <> id`)
    .execute();
  await db.schema.createIndex('events_starts_at').on('events').columns(['starts_at', 'id']).execute();
  await db.schema.createIndex('events_parent').on('events').column('parent_id').execute();
  await db.schema.createIndex('events_owner').on('events').column('owner_org_id').execute();

  await db.schema
    .createTable('event_organisations')
    .addColumn('event_id', 'uuid', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('organiser', 'host', 'co_organiser', 'partner')`),
    )
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('event_organisations_pk', ['event_id', 'organisation_id', 'role'])
    .execute();
  await db.schema
    .createIndex('event_organisations_org')
    .on('event_organisations')
    .column('organisation_id')
    .execute();
}

async function participation(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event_delegations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('event_id', 'uuid', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('country_code', 'char(2)')
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id').onDelete('cascade'))
    .addColumn('head_person_id', 'uuid', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint(
      'event_delegations_country_or_org',
      sql`country_code is not null or organisation_id is not null`,
    )
    .execute();
  await db.schema.createIndex('event_delegations_event').on('event_delegations').column('event_id').execute();

  await db.schema
    .createTable('event_participants')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('event_id', 'uuid', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('delegation_id', 'uuid', (c) => c.references('event_delegations.id').onDelete('set null'))
    .addColumn('role', 'text', (c) =>
      c
        .notNull()
        .defaultTo('other')
        .check(sql`role in ('head_of_delegation', 'speaker', 'guest', 'ambassador', 'observer', 'other')`),
    )
    .addColumn('invitation', 'text', (c) =>
      c.check(sql`invitation in ('invited', 'accepted', 'declined', 'tentative')`),
    )
    .addColumn('invited_at', 'timestamptz')
    .addColumn('responded_at', 'timestamptz')
    .addColumn('attendance', 'text', (c) => c.check(sql`attendance in ('present', 'absent', 'excused')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('event_participants_once', ['event_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('event_participants_person')
    .on('event_participants')
    .column('person_id')
    .execute();
}

async function programme(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programme_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('event_id', 'uuid', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull().check(sql`position >= 0`))
    .addColumn('kind', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`kind in ('visit', 'wreath_laying', 'welcome', 'opening_speech', 'speech', 'presentation', 'video_screening', 'discussion', 'announcement', 'signing', 'other')`,
        ),
    )
    .addColumn('title', 'jsonb')
    .addColumn('summary', 'jsonb')
    .addColumn('start_time', 'time')
    .addColumn('visited_place_id', 'uuid', (c) => c.references('places.id').onDelete('set null'))
    .addColumn('visited_place_text', 'text')
    .addColumn('delegation_org_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('delegation_country', 'char(2)')
    // [{ url, label }]: https links, shown as links and never embedded.
    .addColumn('media_links', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  // Deferred, so that a reorder may swap positions inside one transaction.
  await sql`alter table programme_items add constraint programme_items_position
    unique (event_id, position) deferrable initially deferred`.execute(db);

  await db.schema
    .createTable('programme_item_speakers')
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('programme_items.id').onDelete('cascade'))
    .addColumn('person_id', 'uuid', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // The position held that day: a registry position, or a title given explicitly.
    .addColumn('position_id', 'uuid', (c) => c.references('positions.id').onDelete('set null'))
    .addColumn('title', 'jsonb')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('programme_item_speakers_pk', ['item_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('programme_item_speakers_person')
    .on('programme_item_speakers')
    .column('person_id')
    .execute();

  await db.schema
    .createTable('programme_item_documents')
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('programme_items.id').onDelete('cascade'))
    .addColumn('file_id', 'uuid', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('programme_item_documents_pk', ['item_id', 'file_id'])
    .execute();
}

async function decisions(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('event_id', 'uuid', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number > 0`))
    .addColumn('text', 'jsonb', (c) => c.notNull())
    .addColumn('due_text', 'jsonb')
    .addColumn('due_from', 'date')
    .addColumn('due_to', 'date')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status in ('open', 'in_progress', 'done', 'dropped')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('decisions_event_number', ['event_id', 'number'])
    .addCheckConstraint('decisions_due_order', sql`due_from is null or due_to is null or due_from <= due_to`)
    .execute();

  await db.schema
    .createTable('decision_responsible_bodies')
    .addColumn('decision_id', 'uuid', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('decision_responsible_bodies_pk', ['decision_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('decision_responsible_bodies_org')
    .on('decision_responsible_bodies')
    .column('organisation_id')
    .execute();

  // Links from a decision to what follows it up (an action-plan item, a later event); the modules
  // that own the targets fill them, so there is no foreign key to any one table.
  await db.schema
    .createTable('decision_follow_ups')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('decision_id', 'uuid', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('target_type', 'text', (c) => c.notNull().check(sql`target_type ~ '^[a-z_]+$'`))
    .addColumn('target_id', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('decision_follow_ups_once', ['decision_id', 'target_type', 'target_id'])
    .execute();
  await db.schema
    .createIndex('decision_follow_ups_target')
    .on('decision_follow_ups')
    .columns(['target_type', 'target_id'])
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await seriesAndEvents(db);
  await participation(db);
  await programme(db);
  await decisions(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    'decision_follow_ups',
    'decision_responsible_bodies',
    'decisions',
    'programme_item_documents',
    'programme_item_speakers',
    'programme_items',
    'event_participants',
    'event_delegations',
    'event_organisations',
    'events',
    'event_series',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
