import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code, so it sees the database as
// `Kysely<any>`. The joint action plan (issue 5, ADR 0019): plans, their items nested to any depth
// with codes, responsible and supporting bodies, indicators, evidence and dated progress updates.
// Links from decisions to items live in `decision_follow_ups` (target_type 'plan_item').

const now = sql`now()`;
const uuid = sql`gen_random_uuid()`;
const STATUSES = sql`('planned', 'in_progress', 'done', 'postponed', 'cancelled')`;

async function plans(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('period_start', 'date', (c) => c.notNull())
    .addColumn('period_end', 'date', (c) => c.notNull())
    .addColumn('adopted_at_event_id', 'uuid', (c) => c.references('events.id').onDelete('set null'))
    .addColumn('adopted_by_decision_id', 'uuid', (c) => c.references('decisions.id').onDelete('set null'))
    .addColumn('owner_org_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    .addColumn('visibility', 'text', (c) =>
      c.notNull().defaultTo('network').check(sql`visibility in ('public', 'network', 'owner')`),
    )
    // The weighted roll-up of the top-level items, kept in the same transaction as every change.
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0).check(sql`progress between 0 and 100`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('plans_period_order', sql`period_start <= period_end`)
    .execute();
  await db.schema.createIndex('plans_period').on('plans').columns(['period_start', 'id']).execute();
}

async function items(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_items')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('plan_id', 'uuid', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('parent_id', 'uuid', (c) => c.references('plan_items.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().check(sql`code ~ '^[0-9]{1,6}(\\.[0-9]{1,6}){0,9}$'`))
    // Code order is numeric per part (1, 1.2, 1.10, 2): the parts as integers sort that way.
    .addColumn('code_key', sql`integer[]`, (c) =>
      c.generatedAlwaysAs(sql`string_to_array(code, '.')::integer[]`).stored(),
    )
    .addColumn('title', 'jsonb', (c) => c.notNull())
    .addColumn('description', 'jsonb')
    .addColumn('countries', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('region', 'jsonb')
    .addColumn('period_text', 'text')
    .addColumn('period_lang', 'text', (c) => c.check(sql`period_lang in ('en', 'az', 'tr', 'ru')`))
    .addColumn('period_start', 'date')
    .addColumn('period_end', 'date')
    .addColumn('period_precision', 'text', (c) =>
      c.check(
        sql`period_precision in ('day', 'decade', 'month', 'season', 'quarter', 'half', 'year_part', 'year')`,
      ),
    )
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned').check(sql`status in ${STATUSES}`))
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0).check(sql`progress between 0 and 100`))
    .addColumn('progress_mode', 'text', (c) =>
      c.notNull().defaultTo('rollup').check(sql`progress_mode in ('manual', 'rollup')`),
    )
    .addColumn('weight', sql`numeric(9, 3)`, (c) => c.notNull().defaultTo(1).check(sql`weight > 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addUniqueConstraint('plan_items_code', ['plan_id', 'code'])
    .addCheckConstraint('plan_items_not_own_parent', sql`parent_id <> id`)
    .addCheckConstraint(
      'plan_items_period_order',
      sql`period_start is null or period_end is null or period_start <= period_end`,
    )
    .execute();
  await db.schema
    .createIndex('plan_items_plan_order')
    .on('plan_items')
    .columns(['plan_id', 'code_key'])
    .execute();
  await db.schema.createIndex('plan_items_parent').on('plan_items').column('parent_id').execute();

  await db.schema
    .createTable('plan_item_bodies')
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('organisation_id', 'uuid', (c) =>
      c.notNull().references('organisations.id').onDelete('cascade'),
    )
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('responsible', 'supporting')`))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('plan_item_bodies_pk', ['item_id', 'organisation_id'])
    .execute();
  await db.schema
    .createIndex('plan_item_bodies_org')
    .on('plan_item_bodies')
    .columns(['organisation_id', 'role'])
    .execute();
}

async function details(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_item_indicators')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('target', 'numeric')
    .addColumn('actual', 'numeric')
    .addColumn('unit', 'text')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('plan_item_indicators_item')
    .on('plan_item_indicators')
    .column('item_id')
    .execute();

  // Evidence points at an event, a file or (issue 6) a programme; no foreign key, since the
  // target table depends on the type and programmes do not exist yet.
  await db.schema
    .createTable('plan_item_evidence')
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('event', 'file', 'programme')`))
    .addColumn('target_id', 'uuid', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('plan_item_evidence_pk', ['item_id', 'type', 'target_id'])
    .execute();

  await db.schema
    .createTable('plan_item_updates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('item_id', 'uuid', (c) => c.notNull().references('plan_items.id').onDelete('cascade'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('text', 'jsonb', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.check(sql`progress between 0 and 100`))
    .addColumn('status', 'text', (c) => c.check(sql`status in ${STATUSES}`))
    .addColumn('author_account_id', 'uuid', (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id').onDelete('set null'))
    // [{ type, id }]: the evidence given with this update, kept as it was given (ADR 0019).
    .addColumn('evidence', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('plan_item_updates_item')
    .on('plan_item_updates')
    .columns(['item_id', 'date'])
    .execute();
  await db.schema
    .createIndex('plan_item_updates_org')
    .on('plan_item_updates')
    .columns(['organisation_id', 'date'])
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await plans(db);
  await items(db);
  await details(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from decision_follow_ups where target_type = 'plan_item'`.execute(db);
  for (const t of [
    'plan_item_updates',
    'plan_item_evidence',
    'plan_item_indicators',
    'plan_item_bodies',
    'plan_items',
    'plans',
  ]) {
    await db.schema.dropTable(t).ifExists().execute();
  }
}
