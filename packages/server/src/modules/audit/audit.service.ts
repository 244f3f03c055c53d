import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { type AuditFilter, insertAuditEntries, listAuditEntries } from './audit.repository.ts';
import type { NewAuditEntry } from './audit.table.ts';

/** What happened to which record; `before`/`after` are presented objects, never raw secrets. */
export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  /** For events with no signed-in actor (a failed sign-in): who it concerned. */
  actorLabel?: string;
}

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * Records one write in the audit log, in the caller's transaction so that the write and its
 * record commit together.
 */
export async function recordAudit(
  db: Kysely<Database>,
  ctx: RequestContext,
  event: AuditEvent,
): Promise<void> {
  await insertAuditEntries(db, [auditEntryOf(ctx, event)]);
}

/** `recordAudit` for many events at once (imports): multi-row inserts in the caller's transaction. */
export async function recordAuditMany(
  db: Kysely<Database>,
  ctx: RequestContext,
  events: readonly AuditEvent[],
): Promise<void> {
  await insertAuditEntries(
    db,
    events.map((event) => auditEntryOf(ctx, event)),
  );
}

function auditEntryOf(ctx: RequestContext, event: AuditEvent): NewAuditEntry {
  const actor = ctx.actor.kind === 'account' ? ctx.actor : undefined;
  return {
    actor_account_id: actor?.accountId ?? null,
    actor_label: actor ? actor.email : (event.actorLabel ?? 'system'),
    action: event.action,
    entity_type: event.entityType,
    entity_id: event.entityId,
    before: json(event.before),
    after: json(event.after),
    request_id: ctx.requestId,
    ip: ctx.ip,
  };
}

/** A page of the audit log as the API shows it. */
export async function browseAuditLog(
  db: Kysely<Database>,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  const { items, total } = await listAuditEntries(db, filter, page);
  return {
    total,
    items: items.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor:
        e.actor_account_id || e.actor_label ? { id: e.actor_account_id, label: e.actor_label ?? '' } : null,
      action: e.action,
      entityType: e.entity_type,
      entityId: e.entity_id,
      before: e.before ?? null,
      after: e.after ?? null,
      requestId: e.request_id,
      ip: e.ip,
    })),
  };
}
