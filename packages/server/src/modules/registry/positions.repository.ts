import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Position } from './registry.table.ts';

/** The positions the given people hold or held, current first, latest start first. */
export async function positionsOfPeople(
  db: Kysely<Database>,
  personIds: readonly string[],
  options: { currentOnly?: boolean } = {},
): Promise<Position[]> {
  if (!personIds.length) return [];
  let query = db
    .selectFrom('positions')
    .selectAll()
    .where('person_id', 'in', [...new Set(personIds)]);
  if (options.currentOnly) {
    const today = new Date().toISOString().slice(0, 10);
    query = query.where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', today)]));
  }
  return query
    .orderBy((eb) => eb('to_date', 'is', null), 'desc')
    .orderBy('from_date', 'desc')
    .orderBy('id')
    .execute();
}

/** One position of one person, or undefined when that person holds no such position. */
export async function findPosition(db: Kysely<Database>, personId: string, id: string) {
  return db
    .selectFrom('positions')
    .selectAll()
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

type PositionFields = Pick<Position, 'organisation_id' | 'from_date' | 'to_date'> & { title: string };

/** Records a position held by a person; returns the row. */
export async function insertPosition(db: Kysely<Database>, personId: string, p: PositionFields) {
  return db
    .insertInto('positions')
    .values({ ...p, person_id: personId })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Changes the given fields of a position; returns the new row. */
export async function updatePosition(db: Kysely<Database>, id: string, p: Partial<PositionFields>) {
  return db.updateTable('positions').set(p).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** Deletes a position. */
export async function deletePosition(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('positions').where('id', '=', id).execute();
}
