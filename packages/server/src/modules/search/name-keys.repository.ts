import { matchKeys } from '@kopru/turkic';
import type { Kysely } from 'kysely';
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
  await db.deleteFrom('name_keys').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
  const rows = spellings.flatMap((s) =>
    matchKeys(s.text).map((key) => ({ entity_type: entityType, entity_id: entityId, name_id: s.id, key })),
  );
  if (rows.length) await db.insertInto('name_keys').values(rows).execute();
}

/** Removes every key of a record (on delete, merge or erasure). */
export async function deleteNameKeys(db: Kysely<Database>, entityType: SearchEntityType, entityId: string) {
  await db.deleteFrom('name_keys').where('entity_type', '=', entityType).where('entity_id', '=', entityId).execute();
}
