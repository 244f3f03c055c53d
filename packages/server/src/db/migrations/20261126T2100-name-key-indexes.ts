import { type Kysely, sql } from 'kysely';

// The trigram index on name_keys takes new keys into its pending list again (fastupdate = on, which
// 20261126T2000 had turned off). Without the list, every inserted key updates the index at once: a
// 100,000-row import spent most of its time there (PGlite: ~90 µs per key, against ~20 µs with the
// list). Searches scan the list as well as the index, so writers that add many keys (imports, the
// search benchmark's loader) merge it into the index when they finish (`gin_clean_pending_list`),
// and housekeeping merges it on a schedule (PGlite has no autovacuum to do it); the list never
// exceeds gin_pending_list_limit (4 MB) anyway, as an insert that fills it merges it.
// The index on name_keys(name_id) goes: nothing looks keys up by spelling, and every insert paid for it.

// name_keys_entity becomes (entity_id, entity_type): led by the entity type, the planner used it to
// AND "every person's key" (4 M rows, ~95 ms) into key lookups that needed none of it.
// A GIN index on the words of each key serves search's word step: keys that share a whole word with
// the query's keys (a typo in one word of a name leaves the others equal). On PostgreSQL with
// 4.6 M keys it answers in ~1–5 ms, where the trigram index needs ~35 ms for one key at 0.5.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter index name_keys_key_trgm set (fastupdate = on)`.execute(db);
  await sql`drop index name_keys_name`.execute(db);
  await sql`create index name_keys_words on name_keys using gin (string_to_array(key, ' '))`.execute(db);
  await sql`drop index name_keys_entity`.execute(db);
  await sql`create index name_keys_entity on name_keys (entity_id, entity_type)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index name_keys_entity`.execute(db);
  await sql`create index name_keys_entity on name_keys (entity_type, entity_id)`.execute(db);
  await sql`drop index name_keys_words`.execute(db);
  await sql`create index name_keys_name on name_keys (name_id)`.execute(db);
  await sql`alter index name_keys_key_trgm set (fastupdate = off)`.execute(db);
}
