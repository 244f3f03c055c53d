import type { Kysely } from 'kysely';
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
  if (!entries.length) return;
  // Chunks keep each statement well under PostgreSQL's 65,535 bound parameters (9 per entry).
  for (let i = 0; i < entries.length; i += 5000) {
    await db
      .insertInto('audit_log')
      .values(entries.slice(i, i + 5000))
      .execute();
  }
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
