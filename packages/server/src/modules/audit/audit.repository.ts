import type { Kysely } from 'kysely';
import { insertMany } from '../../db/insert-many.ts';
import type { Database } from '../../db/schema.ts';
import type { AuditEntry, NewAuditEntry } from './audit.table.ts';

/** Filters for the audit log; every one optional. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

/** Appends entries to the audit log (none: no statement). */
export async function insertAuditEntries(
  db: Kysely<Database>,
  entries: readonly NewAuditEntry[],
): Promise<void> {
  await insertMany(db, 'audit_log', entries);
}

/** One page of audit entries, newest first, with the total that match. */
export async function listAuditEntries(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): Promise<{ items: AuditEntry[]; total: number }> {
  let query = db.selectFrom('audit_log');
  if (filter.actor) {
    const actor = filter.actor;
    query = query.where((eb) =>
      eb.or([
        eb('actor_label', 'ilike', `%${actor.replace(/[%_\\]/g, '\\$&')}%`),
        eb(eb.cast('actor_account_id', 'text'), '=', actor),
      ]),
    );
  }
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.entityType) query = query.where('entity_type', '=', filter.entityType);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<=', filter.to);
  const [items, count] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
