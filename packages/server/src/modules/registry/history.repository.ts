import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** One page of the audit entries about one record, newest first, with the actor's display name. */
export async function listRecordHistory(
  db: Kysely<Database>,
  entityType: string,
  entityId: string,
  page: { limit: number; offset: number },
) {
  const query = db
    .selectFrom('audit_log as a')
    .where('a.entity_type', '=', entityType)
    .where('a.entity_id', '=', entityId);
  const [items, count] = await Promise.all([
    query
      .leftJoin('accounts as ac', 'ac.id', 'a.actor_account_id')
      .select(['a.id', 'a.at', 'a.actor_account_id', 'a.action', 'a.before', 'a.after', 'ac.display_name'])
      .orderBy('a.id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
