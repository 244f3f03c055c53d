import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { canEditProgramme, canReadProgramme } from './programmes.policy.ts';
import { findProgramme, lockProgramme } from './programmes.repository.ts';
import type { Programme } from './programmes.table.ts';

// The lookups every programmes service starts from, and the audit of their writes. An unseen
// record is as good as none (404).

/**
 * A programme the actor may read.
 * @throws AppError NOT_FOUND when there is none or the actor may not see it
 */
export async function readableProgramme(db: Kysely<Database>, actor: Actor, id: string): Promise<Programme> {
  const programme = await findProgramme(db, id);
  if (!programme || !canReadProgramme(actor, programme)) throw notFound('The programme');
  return programme;
}

/**
 * A programme the actor may edit, locked until the transaction ends.
 * @throws AppError NOT_FOUND when not visible; FORBIDDEN when visible but not editable
 */
export async function editableProgramme(trx: Kysely<Database>, actor: Actor, id: string): Promise<Programme> {
  const programme = await lockProgramme(trx, id);
  if (!programme || !canReadProgramme(actor, programme)) throw notFound('The programme');
  if (!canEditProgramme(actor, programme)) throw forbidden('You may not edit this programme.');
  return programme;
}

/** Records a write in the audit log, as part of the programme's or the application's history. */
export async function auditProgrammes(
  trx: Kysely<Database>,
  ctx: RequestContext,
  entity: { type: 'programme' | 'application'; id: string },
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(trx, ctx, { action, entityType: entity.type, entityId: entity.id, ...change });
}
