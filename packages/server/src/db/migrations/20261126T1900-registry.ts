import { type Kysely, sql } from 'kysely';

// Frozen in time: this file never imports application code, so it sees the database as
// `Kysely<any>` (the application types of today must not shape the schema of yesterday).

const now = sql`now()`;
const uuid = sql`gen_random_uuid()`;

async function places(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('places')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('slug', 'text', (c) => c.unique())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('country', 'region', 'city', 'other')`))
    .addColumn('country_code', 'char(2)')
    .addColumn('parent_id', 'uuid', (c) => c.references('places.id').onDelete('set null'))
    .addColumn('ots_status', 'text', (c) => c.check(sql`ots_status in ('member', 'observer', 'none')`))
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('time_zone', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema.createIndex('places_country').on('places').columns(['country_code', 'kind']).execute();
  await sql`create unique index places_one_country on places (country_code) where kind = 'country'`.execute(
    db,
  );
  await db.schema
    .createTable('place_names')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('place_id', 'uuid', (c) => c.notNull().references('places.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('script', 'text', (c) => c.notNull().check(sql`script in ('Latn', 'Cyrl', 'Arab', 'other')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_type', 'text', (c) =>
      c
        .notNull()
        .defaultTo('official')
        .check(sql`name_type in ('official', 'short', 'historical', 'foreign', 'alias')`),
    )
    .addColumn('valid_from', 'date')
    .addColumn('valid_to', 'date')
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('place_names_place').on('place_names').column('place_id').execute();
}

async function organisationsMore(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('place_id', 'uuid', (c) => c.references('places.id').onDelete('set null'))
    .addColumn('communities', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('verification', 'text', (c) =>
      c.check(sql`verification in ('submitted', 'verified', 'archived')`),
    )
    .addColumn('last_verified_on', 'date')
    .addColumn('description', 'jsonb')
    .execute();
  await db.schema
    .createIndex('organisations_kind_country')
    .on('organisations')
    .columns(['kind', 'country_code'])
    .execute();
  await db.schema.createIndex('organisations_parent').on('organisations').column('parent_id').execute();
  await db.schema
    .createTable('organisation_relationships')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('from_org_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('to_org_id', 'uuid', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('member_of', 'partner_of', 'founded_by', 'successor_of', 'other')`),
    )
    .addColumn('from_date', 'date')
    .addColumn('to_date', 'date')
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .addCheckConstraint('organisation_relationships_not_self', sql`from_org_id <> to_org_id`)
    .execute();
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(uuid))
    .addColumn('entity_type', 'text', (c) =>
      c.notNull().check(sql`entity_type in ('person', 'organisation')`),
    )
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('email', 'phone', 'address', 'website', 'social')`),
    )
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('label', 'text')
    .addColumn('visibility', 'text', (c) =>
      c.notNull().defaultTo('owner').check(sql`visibility in ('public', 'network', 'owner')`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex('contacts_entity')
    .on('contacts')
    .columns(['entity_type', 'entity_id'])
    .execute();
}

async function nameKeys(db: Kysely<any>): Promise<void> {
  // Match keys of every stored spelling (computed by packages/turkic), trigram-indexed for search.
  await db.schema
    .createTable('name_keys')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('entity_type', 'text', (c) =>
      c.notNull().check(sql`entity_type in ('person', 'organisation', 'place')`),
    )
    .addColumn('entity_id', 'uuid', (c) => c.notNull())
    .addColumn('name_id', 'uuid', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('name_keys_entity')
    .on('name_keys')
    .columns(['entity_type', 'entity_id'])
    .execute();
  await db.schema.createIndex('name_keys_name').on('name_keys').column('name_id').execute();
  await sql`create index name_keys_key_trgm on name_keys using gin (key gin_trgm_ops)`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await places(db);
  await organisationsMore(db);
  await nameKeys(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['name_keys', 'contacts', 'organisation_relationships'])
    await db.schema.dropTable(t).ifExists().execute();
  await db.schema
    .alterTable('organisations')
    .dropColumn('place_id')
    .dropColumn('communities')
    .dropColumn('verification')
    .dropColumn('last_verified_on')
    .dropColumn('description')
    .execute();
  for (const t of ['place_names', 'places']) await db.schema.dropTable(t).ifExists().execute();
}
