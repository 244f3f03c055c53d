import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { LocalizedText } from '../registry/registry.table.ts';
import type { NewProgrammeItem, ProgrammeItem, Speaker } from './meetings.table.ts';

/** The programme of the given events, in order. */
export async function programmeOfEvents(db: Kysely<Database>, eventIds: readonly string[]) {
  if (!eventIds.length) return [];
  return db
    .selectFrom('programme_items')
    .selectAll()
    .where('event_id', 'in', [...new Set(eventIds)])
    .orderBy('event_id')
    .orderBy('position')
    .execute();
}

/** One programme item of one event, or undefined. */
export async function findProgrammeItem(db: Kysely<Database>, eventId: string, id: string) {
  return db
    .selectFrom('programme_items')
    .selectAll()
    .where('id', '=', id)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

/** The position after the last item of an event (0 for an empty programme). */
export async function nextPosition(db: Kysely<Database>, eventId: string): Promise<number> {
  const row = await db
    .selectFrom('programme_items')
    .select(sql<number>`coalesce(max(position) + 1, 0)`.as('n'))
    .where('event_id', '=', eventId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Moves the items at `position` and after one place down, to make room for a new one there. */
export async function makeRoomAt(db: Kysely<Database>, eventId: string, position: number) {
  await db
    .updateTable('programme_items')
    .set({ position: sql`position + 1` })
    .where('event_id', '=', eventId)
    .where('position', '>=', position)
    .execute();
}

/** Inserts a programme item; returns the row. */
export async function insertProgrammeItem(
  db: Kysely<Database>,
  item: NewProgrammeItem,
): Promise<ProgrammeItem> {
  return db.insertInto('programme_items').values(item).returningAll().executeTakeFirstOrThrow();
}

/** Changes the given columns of an item (and its `updated_at`); returns the new row. */
export async function updateProgrammeItemRow(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<NewProgrammeItem, 'id' | 'event_id' | 'created_at'>>,
): Promise<ProgrammeItem> {
  return db
    .updateTable('programme_items')
    .set({ ...changes, updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Deletes a programme item (its speakers and documents go with it). */
export async function deleteProgrammeItem(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('programme_items').where('id', '=', id).execute();
}

/** Sets each item's position to its index in `ids` (the unique constraint is checked at commit). */
export async function setPositions(db: Kysely<Database>, eventId: string, ids: readonly string[]) {
  if (!ids.length) return;
  const values = sql.join(ids.map((id, i) => sql`(${id}::uuid, ${i}::int)`));
  await sql`update programme_items p set position = v.pos, updated_at = now()
    from (values ${values}) as v(id, pos) where p.id = v.id and p.event_id = ${eventId}`.execute(db);
}

/** The speakers of the given items, in their order. */
export async function speakersOfItems(db: Kysely<Database>, itemIds: readonly string[]): Promise<Speaker[]> {
  if (!itemIds.length) return [];
  return db
    .selectFrom('programme_item_speakers')
    .selectAll()
    .where('item_id', 'in', [...new Set(itemIds)])
    .orderBy('item_id')
    .orderBy('sort')
    .execute();
}

/** Replaces the speakers of an item. */
export async function replaceSpeakers(
  db: Kysely<Database>,
  itemId: string,
  speakers: readonly { personId: string; positionId: string | null; title: LocalizedText | null }[],
): Promise<void> {
  await db.deleteFrom('programme_item_speakers').where('item_id', '=', itemId).execute();
  if (!speakers.length) return;
  await db
    .insertInto('programme_item_speakers')
    .values(
      speakers.map((s, i) => ({
        item_id: itemId,
        person_id: s.personId,
        position_id: s.positionId,
        title: s.title ? JSON.stringify(s.title) : null,
        sort: i,
      })),
    )
    .execute();
}

/** The file ids attached to the given items, in their order. */
export async function documentsOfItems(db: Kysely<Database>, itemIds: readonly string[]) {
  if (!itemIds.length) return [];
  return db
    .selectFrom('programme_item_documents')
    .selectAll()
    .where('item_id', 'in', [...new Set(itemIds)])
    .orderBy('item_id')
    .orderBy('sort')
    .execute();
}

/** Replaces the documents attached to an item. */
export async function replaceDocuments(db: Kysely<Database>, itemId: string, fileIds: readonly string[]) {
  await db.deleteFrom('programme_item_documents').where('item_id', '=', itemId).execute();
  if (!fileIds.length) return;
  await db
    .insertInto('programme_item_documents')
    .values([...new Set(fileIds)].map((fileId, i) => ({ item_id: itemId, file_id: fileId, sort: i })))
    .execute();
}

/** The stored files attached to the items of an event's programme. */
export async function documentFilesOfEvent(db: Kysely<Database>, eventId: string) {
  return db
    .selectFrom('files as f')
    .selectAll('f')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('programme_item_documents as d')
          .innerJoin('programme_items as i', 'i.id', 'd.item_id')
          .select('d.file_id')
          .whereRef('d.file_id', '=', 'f.id')
          .where('i.event_id', '=', eventId),
      ),
    )
    .execute();
}
