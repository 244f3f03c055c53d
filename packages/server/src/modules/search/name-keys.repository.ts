import { matchKeys } from '@kopru/turkic';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { SearchEntityType } from './search.table.ts';

/** One stored spelling of a record: the id of its names row and its text. */
export interface SpellingRef {
  id: string;
  text: string;
}

/**
 * Replaces the match keys of one record with the keys of its current spellings. Call it in the
 * transaction that writes the names, so search never sees a half-updated record.
 */
export async function replaceNameKeys(
  db: Kysely<Database>,
  entityType: SearchEntityType,
  entityId: string,
  spellings: readonly SpellingRef[],
): Promise<void> {
  await replaceNameKeysMany(db, entityType, [{ entityId, spellings }]);
}

/**
 * `replaceNameKeys` for many records of one type at once: one delete and a few multi-row inserts
 * instead of two queries per record (seeding and imports write hundreds of records).
 */
export async function replaceNameKeysMany(
  db: Kysely<Database>,
  entityType: SearchEntityType,
  records: readonly { entityId: string; spellings: readonly SpellingRef[] }[],
): Promise<void> {
  if (!records.length) return;
  const ids = records.map((r) => r.entityId);
  await db
    .deleteFrom('name_keys')
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', ids)
    .execute();
  const rows = records.flatMap((r) =>
    r.spellings.flatMap((s) =>
      matchKeys(s.text).map((key) => ({
        entity_type: entityType,
        entity_id: r.entityId,
        name_id: s.id,
        key,
      })),
    ),
  );
  await insertNameKeys(db, rows);
}

/** Removes every key of a record (on delete, merge or erasure). */
export async function deleteNameKeys(db: Kysely<Database>, entityType: SearchEntityType, entityId: string) {
  await db
    .deleteFrom('name_keys')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .execute();
}

/**
 * Merges the keys waiting in the pending lists of the GIN indexes (trigrams, words) into the indexes (migration
 * 20261126T2100): after writes that add many keys, so searches do not scan them one by one.
 */
export async function mergePendingKeys(db: Kysely<Database>): Promise<void> {
  await sql`select gin_clean_pending_list('name_keys_key_trgm'::regclass),
    gin_clean_pending_list('name_keys_words'::regclass)`.execute(db);
}

/**
 * Inserts match keys as four arrays (`unnest`): four bound parameters however many keys, so no
 * statement grows with the batch and the database parses one short statement.
 */
export async function insertNameKeys(
  db: Kysely<Database>,
  keys: readonly { entity_type: SearchEntityType; entity_id: string; name_id: string; key: string }[],
): Promise<void> {
  if (!keys.length) return;
  await sql`
    insert into name_keys (entity_type, entity_id, name_id, key)
    select * from unnest(
      ${keys.map((k) => k.entity_type)}::text[],
      ${keys.map((k) => k.entity_id)}::uuid[],
      ${keys.map((k) => k.name_id)}::uuid[],
      ${keys.map((k) => k.key)}::text[]
    )`.execute(db);
}
