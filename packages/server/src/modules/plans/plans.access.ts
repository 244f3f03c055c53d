import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { forbidden, notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import type { Actor } from '../accounts/actor.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findItem } from './items.repository.ts';
import { canEditPlan, canReadPlan } from './plans.policy.ts';
import { findPlan, lockPlan } from './plans.repository.ts';
import type { Plan, PlanItem } from './plans.table.ts';

// The lookups every plans service starts from: a plan or item the caller may read or edit, and
// the audit entries of their writes. An unseen record is as good as none (404).

/**
 * A plan the actor may read.
 * @throws AppError NOT_FOUND when there is none or the actor may not see it
 */
export async function readablePlan(db: Kysely<Database>, actor: Actor, id: string): Promise<Plan> {
  const plan = await findPlan(db, id);
  if (!plan || !canReadPlan(actor, plan)) throw notFound('The plan');
  return plan;
}

/**
 * A plan the actor may edit, locked until the transaction ends (codes and roll-ups of its items
 * are serialised per plan).
 * @throws AppError NOT_FOUND when not visible; FORBIDDEN when visible but not editable
 */
export async function editablePlan(trx: Kysely<Database>, actor: Actor, id: string): Promise<Plan> {
  const plan = await lockPlan(trx, id);
  if (!plan || !canReadPlan(actor, plan)) throw notFound('The plan');
  if (!canEditPlan(actor, plan)) throw forbidden('You may not edit this plan.');
  return plan;
}

/**
 * An item the actor may read, with its plan (locked when `lock`, for writes).
 * @throws AppError NOT_FOUND when there is none or its plan is not visible
 */
export async function readableItem(
  db: Kysely<Database>,
  actor: Actor,
  id: string,
  lock = false,
): Promise<{ item: PlanItem; plan: Plan }> {
  const found = await findItem(db, id);
  const plan = found && (lock ? await lockPlan(db, found.plan_id) : await findPlan(db, found.plan_id));
  if (!found || !plan || !canReadPlan(actor, plan)) throw notFound('The item');
  // Re-read after the plan's lock: a concurrent write may have changed the item meanwhile.
  const item = lock ? await findItem(db, id) : found;
  if (!item) throw notFound('The item');
  return { item, plan };
}

/**
 * An item the actor may edit (the plan's editors), with its plan locked.
 * @throws AppError NOT_FOUND; FORBIDDEN
 */
export async function editableItem(trx: Kysely<Database>, actor: Actor, id: string) {
  const found = await readableItem(trx, actor, id, true);
  if (!canEditPlan(actor, found.plan)) throw forbidden('You may not edit this plan.');
  return found;
}

/** Records a write in the audit log, as part of the plan's or the item's history. */
export async function auditPlans(
  trx: Kysely<Database>,
  ctx: RequestContext,
  entity: { type: 'plan' | 'plan_item'; id: string },
  action: string,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(trx, ctx, { action, entityType: entity.type, entityId: entity.id, ...change });
}
