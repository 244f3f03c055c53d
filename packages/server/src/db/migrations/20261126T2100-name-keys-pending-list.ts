import { type Kysely, sql } from 'kysely';

// The trigram index on name_keys takes new keys into its pending list again (fastupdate = on, which
// 20261126T2000 had turned off). Without the list, every inserted key updates the index at once: a
// 100,000-row import spent most of its time there (PGlite: ~90 µs per key, against ~20 µs with the
// list). Searches scan the list as well as the index, so writers that add many keys (imports, the
// search benchmark's loader) merge it into the index when they finish (`gin_clean_pending_list`),
// and housekeeping merges it on a schedule (PGlite has no autovacuum to do it); the list never
// exceeds gin_pending_list_limit (4 MB) anyway, as an insert that fills it merges it.
// The index on name_keys(name_id) goes: nothing looks keys up by spelling, and every insert paid for it.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter index name_keys_key_trgm set (fastupdate = on)`.execute(db);
  await sql`drop index name_keys_name`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`create index name_keys_name on name_keys (name_id)`.execute(db);
  await sql`alter index name_keys_key_trgm set (fastupdate = off)`.execute(db);
}
