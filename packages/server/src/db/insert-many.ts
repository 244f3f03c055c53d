import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Inserts rows into one table with as few statements as PostgreSQL's 65,535 bound parameters allow;
 * no rows, no statement.
 */
export async function insertMany<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0] as object).length || 1;
  const size = Math.floor(60_000 / columns);
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}
