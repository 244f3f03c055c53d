import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { ItemStatus } from './plans.table.ts';

// Progress updates of plan items: the timeline of each item, and its count and latest date.

const none = (ids: readonly string[]) => ids.length === 0;

/** How many progress updates each item has, and the date of the latest. */
export async function updateStats(db: Kysely<Database>, ids: readonly string[]) {
  if (none(ids)) return new Map<string, { n: number; last: string | null }>();
  const rows = await db
    .selectFrom('plan_item_updates')
    .select(['item_id', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.max('date').as('last')])
    .where('item_id', 'in', [...ids])
    .groupBy('item_id')
    .execute();
  return new Map(rows.map((r) => [r.item_id, { n: Number(r.n), last: (r.last as string | null) ?? null }]));
}

/** An item's progress updates, newest first. */
export async function updatesOfItem(db: Kysely<Database>, itemId: string) {
  return db
    .selectFrom('plan_item_updates as u')
    .leftJoin('accounts as a', 'a.id', 'u.author_account_id')
    .selectAll('u')
    .select('a.display_name as author_name')
    .where('u.item_id', '=', itemId)
    .orderBy('u.date', 'desc')
    .orderBy('u.created_at', 'desc')
    .execute();
}

/** Records a progress update. */
export async function insertProgressUpdate(
  db: Kysely<Database>,
  row: {
    item_id: string;
    date: string;
    text: string;
    progress: number | null;
    status: ItemStatus | null;
    author_account_id: string | null;
    organisation_id: string | null;
    evidence: string;
  },
) {
  return db.insertInto('plan_item_updates').values(row).returningAll().executeTakeFirstOrThrow();
}
